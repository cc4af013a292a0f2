// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pw {

// Every reader hands the Post the same shape of text, so a post reads back equal whichever
// format it went through.

// Drops a BOM and turns CRLF and lone CR into LF.
QString normalizeLineEnds(QString text);

// The body without leading blank lines or trailing white space. Indentation of the first
// line is kept: it can make an indented code block.
QString trimBody(QStringView body);

// The lines of `text` split at '\n', as views into it (it must outlive them): a QStringList
// copied every line, ten times the text of a long post.
QList<QStringView> lineViews(QStringView text);

// Where `part`, a view into `text`, starts in it.
qsizetype offsetIn(const QString &text, QStringView part);

} // namespace pw
