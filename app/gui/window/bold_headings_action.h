// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QStatusBar;

namespace pw::gui {

class DocumentTabs;
class DocumentView;
class MarkdownEditor;

// Bold lines used as headings (core/markdown/pseudo_headings.h), made headings all at once
// with Format → Make Bold Lines Headings, or one at a time from the editor's context menu on
// such a line ("Make “Introduction” a Heading"). Each is one undo step; the findings list
// offers the same one at a time through the finding's suggestion.
class BoldHeadingsAction : public QObject {
    Q_OBJECT
public:
    // Acts on the current view of `tabs` and says what it did in `statusBar`.
    BoldHeadingsAction(DocumentTabs *tabs, QStatusBar *statusBar, QObject *parent = nullptr);

    QAction *action() const { return m_action; }

    // Converts every bold pseudo-heading of the editor's text and says how many; returns that.
    int convertAll(MarkdownEditor *editor);

private:
    void follow(DocumentView *view);
    void offerInMenu(MarkdownEditor *editor, QMenu *menu, int position);

    DocumentTabs *m_tabs;
    QStatusBar *m_statusBar;
    QAction *m_action;
};

} // namespace pw::gui
