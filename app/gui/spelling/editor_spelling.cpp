// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/spelling/editor_spelling.h"

#include "gui/editor/markdown_editor.h"
#include "gui/spelling/document_spelling.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTextBlock>
#include <QTextDocument>

namespace pw::gui {

namespace {
// Lines above the viewport's top that carry underlines; twice as many below it.
constexpr int kLinesAround = 150;
} // namespace

EditorSpelling::EditorSpelling(MarkdownEditor *editor, DocumentSpelling *spelling, QObject *parent)
    : QObject(parent), m_editor(editor), m_spelling(spelling)
{
    connect(m_spelling, &DocumentSpelling::marksChanged, this, &EditorSpelling::marksChanged);
    m_editor->viewport()->installEventFilter(this);
    // updateRequest's dy, not the scroll bar: QPlainTextEdit moves the bar with signals
    // blocked when the cursor scrolls the text (Page Down, Ctrl+End, typing).
    connect(m_editor, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
        if (dy == 0)
            return;
        const int top = m_editor->cursorForPosition(QPoint(0, 0)).blockNumber();
        if (top < m_coveredFrom + kLinesAround / 3 || top > m_coveredTo - kLinesAround)
            rebuildSelections();
    });
    // A second view of a document that was checked already underlines at once.
    rebuildSelections();
}

void EditorSpelling::marksChanged(int firstLine, int endLine)
{
    // Pieces of a run on a long post mostly cover lines far from this editor's.
    if (firstLine < m_coveredTo && endLine > m_coveredFrom)
        rebuildSelections();
}

void EditorSpelling::rebuildSelections()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(0xe0, 0x1b, 0x24));
    QTextDocument *doc = m_editor->document();
    // Only lines around the viewport get selections: the editor walks every extra selection
    // on each paint and cursor move, so thousands of them would tax every keystroke.
    const int top = m_editor->cursorForPosition(QPoint(0, 0)).blockNumber();
    m_coveredFrom = std::max(0, top - kLinesAround);
    m_coveredTo = top + kLinesAround * 2;
    const std::span<const SpellingMark> marks =
        m_spelling->marksOnLines(m_coveredFrom, m_coveredTo);
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(qsizetype(marks.size()));
    QTextBlock block;
    for (const SpellingMark &mark : marks) {
        if (!block.isValid() || block.blockNumber() != mark.line)
            block = doc->findBlockByNumber(mark.line);
        // The text may have moved on since the snapshot: only draw what still matches.
        if (!block.isValid() ||
            QStringView(block.text()).mid(mark.column, mark.length) != mark.word)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format = format;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + mark.column);
        selection.cursor.setPosition(block.position() + mark.column + mark.length,
                                     QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    m_editor->setSelectionLayer(MarkdownEditor::SelectionLayer::Spelling, selections);
}

bool EditorSpelling::misspellingAt(int position, QTextCursor *word) const
{
    const auto selections = m_editor->selectionLayer(MarkdownEditor::SelectionLayer::Spelling);
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.cursor.selectionStart() <= position &&
            position <= selection.cursor.selectionEnd()) {
            *word = selection.cursor;
            return true;
        }
    }
    return false;
}

QMenu *EditorSpelling::createContextMenu(int position, QWidget *parent)
{
    QMenu *standard = m_editor->createContextMenu(position);
    standard->setParent(parent, standard->windowFlags());
    QTextCursor word;
    if (!m_spelling->hasDictionary() || !misspellingAt(position, &word))
        return standard;
    const QString text = word.selectedText();
    QList<QAction *> actions;
    const QStringList suggestions = m_spelling->suggestions(text, 5);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, standard);
        connect(action, &QAction::triggered, this,
                [this, word, suggestion] { m_spelling->replaceMisspelling(word, suggestion); });
        actions.append(action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("(No suggestions)"), standard);
        none->setEnabled(false);
        actions.append(none);
    }
    auto *separator = new QAction(standard);
    separator->setSeparator(true);
    actions.append(separator);
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(text), standard);
    connect(add, &QAction::triggered, this, [this, text] { m_spelling->addToDictionary(text); });
    actions.append(add);
    auto *ignore = new QAction(tr("Ignore All in This Document"), standard);
    connect(ignore, &QAction::triggered, this, [this, text] { m_spelling->ignoreAll(text); });
    actions.append(ignore);
    auto *separator2 = new QAction(standard);
    separator2->setSeparator(true);
    actions.append(separator2);
    QAction *before = standard->actions().value(0);
    standard->insertActions(before, actions);
    return standard;
}

bool EditorSpelling::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor->viewport() || event->type() != QEvent::ContextMenu)
        return false;
    auto *menuEvent = static_cast<QContextMenuEvent *>(event);
    const int position = m_editor->cursorForPosition(menuEvent->pos()).position();
    QTextCursor word;
    if (!misspellingAt(position, &word))
        return false; // the editor's own menu
    QMenu *menu = createContextMenu(position, m_editor);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(menuEvent->globalPos());
    return true;
}

} // namespace pw::gui
