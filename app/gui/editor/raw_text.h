// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextCursor;
class QTextDocument;

namespace pw::gui {

// Text out of a QTextDocument with '\n' where Qt puts U+2029 PARAGRAPH SEPARATOR between
// blocks. It is the raw text: unlike toPlainText(), no-break spaces stay as they are, so the
// body saves as typed and every character keeps its QTextCursor position.
//
// U+2028 LINE SEPARATOR is a character inside a block. The body keeps it; search reads it
// as the line break it looks like, so that "^" and "$" agree with what the writer sees.
enum class LineSeparators { Keep, AsNewlines };

QString paragraphsAsNewlines(QString text, LineSeparators lineSeparators = LineSeparators::Keep);
QString rawText(const QTextDocument *document,
                LineSeparators lineSeparators = LineSeparators::Keep);
QString rawSelectedText(const QTextCursor &cursor);

} // namespace pw::gui
