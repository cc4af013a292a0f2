// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/code_colouring.h"

#include <QObject>
#include <QString>

class QAction;
class QMimeData;
class QStatusBar;

namespace pw::gui {

class DocumentTabs;
class DocumentView;
class Settings;

// Edit → Copy as HTML (Ctrl+Shift+C): the editor's selection, or the whole body when nothing
// is selected, as clean HTML for a CMS (pw::renderCleanHtml: no theme, no data-sourcepos).
// The title is left out: a CMS has its own title field. The clipboard gets text/html, which a
// rich editor pastes formatted, and the same HTML source as text/plain, which is what a CMS's
// HTML or code view (a plain text field) needs; Ctrl+C already copies the Markdown.
//
// Fenced code is coloured as Preferences say (AppSettings::codeColours), with the document's
// highlighter. With classes, neither flavour carries the stylesheet: the CMS's own theme is
// what styles them, which is why one chooses classes; and the editors a paste goes into drop a
// <style> anyway (WordPress's block editor removes every <style> it is pasted), while a CMS's
// HTML view would keep one in the post's content with every paste. Inline styles, the
// default, are what keeps its colours through a paste.
class CopyHtmlAction : public QObject {
    Q_OBJECT
public:
    // The shortcut works while an editor of `tabs` has focus, like the Edit menu's other
    // actions; the result is said in `statusBar`. `settings` may be null: the default colours.
    CopyHtmlAction(DocumentTabs *tabs, const Settings *settings, QStatusBar *statusBar,
                   QObject *parent = nullptr);

    QAction *action() const { return m_action; }

    // Copies from `view`'s editor and says what was copied in the status bar.
    void copyFrom(const DocumentView *view);

    // What goes on the clipboard for this Markdown; the caller owns it.
    static QMimeData *mimeDataFor(const QString &markdown, const CodeColouring &code = {});

private:
    void trackShortcut(DocumentView *view);

    DocumentTabs *m_tabs;
    const Settings *m_settings;
    QStatusBar *m_statusBar;
    QAction *m_action;
};

} // namespace pw::gui
