// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMimeData;
class QStatusBar;

namespace pw::gui {

class DocumentTabs;
class DocumentView;
class MarkdownEditor;

// Edit → Copy as HTML (Ctrl+Shift+C): the editor's selection, or the whole body when nothing
// is selected, as clean HTML for a CMS (pw::renderCleanHtml: no theme, no data-sourcepos).
// The title is left out: a CMS has its own title field. The clipboard gets text/html, which a
// rich editor pastes formatted, and the same HTML source as text/plain, which is what a CMS's
// HTML or code view (a plain text field) needs; Ctrl+C already copies the Markdown.
class CopyHtmlAction : public QObject {
    Q_OBJECT
public:
    // The shortcut works while an editor of `tabs` has focus, like the Edit menu's other
    // actions; the result is said in `statusBar`.
    CopyHtmlAction(DocumentTabs *tabs, QStatusBar *statusBar, QObject *parent = nullptr);

    QAction *action() const { return m_action; }

    // Copies from `editor` and says what was copied in the status bar.
    void copyFrom(const MarkdownEditor *editor);

    // What goes on the clipboard for this Markdown; the caller owns it.
    static QMimeData *mimeDataFor(const QString &markdown);

private:
    void trackShortcut(DocumentView *view);

    DocumentTabs *m_tabs;
    QStatusBar *m_statusBar;
    QAction *m_action;
};

} // namespace pw::gui
