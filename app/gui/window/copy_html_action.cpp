// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/copy_html_action.h"

#include "core/export/html_export.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/editor/raw_text.h"
#include "gui/settings/settings.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QStatusBar>
#include <QTextCursor>

namespace pw::gui {

CopyHtmlAction::CopyHtmlAction(DocumentTabs *tabs, const Settings *settings, QStatusBar *statusBar,
                               QObject *parent)
    : QObject(parent), m_tabs(tabs), m_settings(settings), m_statusBar(statusBar),
      m_action(new QAction(tr("Copy as &HTML"), this))
{
    m_action->setObjectName(QStringLiteral("copyAsHtmlAction"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_action->setStatusTip(
        tr("Copy the selection, or the whole post without its title, as HTML for a CMS"));
    // Like Cut and Copy: the shortcut belongs to the editor, and a metadata field keeps its own
    // keys. The menu entry works from anywhere.
    m_action->setShortcutContext(Qt::WidgetShortcut);
    connect(m_action, &QAction::triggered, this, [this] {
        if (DocumentView *view = m_tabs->currentView())
            copyFrom(view);
    });
    for (DocumentView *view : m_tabs->views())
        trackShortcut(view);
    connect(m_tabs, &DocumentTabs::viewCreated, this, &CopyHtmlAction::trackShortcut);
}

void CopyHtmlAction::trackShortcut(DocumentView *view)
{
    view->editor()->addAction(m_action);
}

void CopyHtmlAction::copyFrom(const DocumentView *view)
{
    const MarkdownEditor *editor = view->editor();
    const QTextCursor cursor = editor->textCursor();
    const bool selection = cursor.hasSelection();
    // The body as the document saves and exports it (U+2029 between blocks made newlines).
    const QString markdown =
        selection ? rawSelectedText(cursor) : rawText(editor->document(), LineSeparators::Keep);
    if (markdown.trimmed().isEmpty()) {
        m_statusBar->showMessage(selection ? tr("Nothing to copy: the selection is blank")
                                           : tr("Nothing to copy: the post has no text"),
                                 4000);
        return;
    }
    const CodeColouring code = CodeColouring::forPages(
        view->document()->analysisContext().code.highlighter,
        m_settings ? m_settings->values().codeColours : AppSettings().codeColours);
    QGuiApplication::clipboard()->setMimeData(mimeDataFor(markdown, code));
    m_statusBar->showMessage(selection ? tr("Copied the selection as HTML")
                                       : tr("Copied the whole post as HTML (without the title)"),
                             4000);
}

QMimeData *CopyHtmlAction::mimeDataFor(const QString &markdown, const CodeColouring &code)
{
    const QString html = renderCleanHtml(markdown, code);
    auto *data = new QMimeData;
    // The charset as browsers put it when they copy: some programs read clipboard HTML
    // without one as Latin-1.
    data->setHtml(QStringLiteral("<meta charset=\"utf-8\">") + html);
    data->setText(html);
    return data;
}

} // namespace pw::gui
