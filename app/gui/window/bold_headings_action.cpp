// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/bold_headings_action.h"

#include "gui/editor/markdown_commands.h"
#include "gui/editor/markdown_editor.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextDocument>

namespace pw::gui {

BoldHeadingsAction::BoldHeadingsAction(DocumentTabs *tabs, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_statusBar(statusBar),
      m_action(new QAction(tr("Make Bold Lines &Headings"), this))
{
    m_action->setObjectName(QStringLiteral("boldLinesHeadingsAction"));
    m_action->setStatusTip(tr("Turn paragraphs that are only bold text into headings, so the "
                              "outline and search engines see the structure"));
    connect(m_action, &QAction::triggered, this, [this] {
        if (DocumentView *view = m_tabs->currentView())
            convertAll(view->editor());
    });
    for (DocumentView *view : m_tabs->views())
        follow(view);
    connect(m_tabs, &DocumentTabs::viewCreated, this, &BoldHeadingsAction::follow);
}

void BoldHeadingsAction::follow(DocumentView *view)
{
    MarkdownEditor *editor = view->editor();
    connect(editor, &MarkdownEditor::contextMenuRequested, this,
            [this, editor](QMenu *menu, int position) { offerInMenu(editor, menu, position); });
}

int BoldHeadingsAction::convertAll(MarkdownEditor *editor)
{
    const int count =
        editor->isReadOnly() ? 0 : markdown::makeBoldLinesHeadings(editor->document());
    m_statusBar->showMessage(count > 0 ? tr("Headings made from bold lines: %n.", nullptr, count)
                                       : tr("No bold lines that look like headings."),
                             5000);
    return count;
}

void BoldHeadingsAction::offerInMenu(MarkdownEditor *editor, QMenu *menu, int position)
{
    if (editor->isReadOnly())
        return;
    const std::optional<PseudoHeading> heading =
        markdown::boldLineHeadingAt(editor->document(), position);
    if (!heading)
        return;
    // The menu may stay open while the text changes under it (another view of the post): the
    // edit happens only where the line still reads as it did.
    const QString line = editor->document()->findBlockByNumber(heading->line).text();
    auto *offer = new QAction(tr("Make “%1” a Heading").arg(heading->text), menu);
    offer->setObjectName(QStringLiteral("makeHeadingOffer"));
    QTextDocument *document = editor->document();
    connect(offer, &QAction::triggered, editor,
            [document, range = heading->range, line, replacement = pseudoHeadingLine(*heading)] {
                markdown::replaceIfUnchanged(document, range, line, replacement);
            });
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, offer);
    menu->insertSeparator(first);
}

} // namespace pw::gui
