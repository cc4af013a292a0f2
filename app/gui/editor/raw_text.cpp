// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/raw_text.h"

#include <QTextCursor>
#include <QTextDocument>

namespace pw::gui {

QString paragraphsAsNewlines(QString text, LineSeparators lineSeparators)
{
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (lineSeparators == LineSeparators::AsNewlines)
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

QString rawText(const QTextDocument *document, LineSeparators lineSeparators)
{
    return paragraphsAsNewlines(document->toRawText(), lineSeparators);
}

QString rawSelectedText(const QTextCursor &cursor)
{
    return paragraphsAsNewlines(cursor.selectedText());
}

} // namespace pw::gui
