// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/editor/markdown_editor.h"

#include <QTextBlock>
#include <QTextCursor>

namespace pw::bench {

// Puts the cursor at the end of the paragraph nearest the middle of the post: typing there
// shifts everything below, the case that costs most. Shared by the benchmarks that type.
inline void placeCursorMidPost(gui::MarkdownEditor *editor)
{
    QTextBlock block = editor->document()->findBlockByNumber(editor->document()->blockCount() / 2);
    while (block.isValid() && (block.text().size() < 40 || block.text().startsWith(QLatin1Char('|'))
                               || block.text().startsWith(QLatin1Char(' '))))
        block = block.next();
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
}

} // namespace pw::bench
