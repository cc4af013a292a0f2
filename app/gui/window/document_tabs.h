// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/document/document.h"

#include <QAction>
#include <QList>
#include <QPointer>
#include <QTabWidget>

namespace pw::gui {

class DocumentManager;
class DocumentView;
class Settings;

// The window's views, one per tab, as Kate's view manager keeps them: it makes a view for a
// document, knows which one is current, names the tabs after their documents, and lets go of
// every view of a document the manager closes. Several views may show one document.
class DocumentTabs : public QTabWidget {
    Q_OBJECT
public:
    DocumentTabs(DocumentManager *documents, const Settings *settings, QWidget *parent = nullptr);

    DocumentView *currentView() const;
    Document *currentDocument() const;
    QList<DocumentView *> views() const;
    QList<DocumentView *> viewsOf(const Document *document) const;

    // A new tab showing `document`, made current.
    DocumentView *addView(Document *document);
    // Makes the first view of `document` current, making one when there is none.
    DocumentView *showDocument(Document *document);
    // The current view when it shows an untitled document nobody typed into, whose place a
    // file being opened may take; null otherwise.
    DocumentView *pristineView() const;
    // Removes one view; its document stays open (it may have other views).
    void removeView(DocumentView *view);
    // How new views divide editor and preview (QSplitter::saveState), as the user last left it.
    void setSplitterState(const QByteArray &state) { m_splitterState = state; }
    // View → Next Tab (Ctrl+Page Down, Ctrl+Tab) and Previous Tab (Ctrl+Page Up,
    // Ctrl+Shift+Tab), going round at the ends, as browsers and editors do.
    QList<QAction *> switchingActions() const { return {m_nextTab, m_previousTab}; }

signals:
    void currentViewChanged(pw::gui::DocumentView *view);
    // The document of the current view, when it is another one than before.
    void currentDocumentChanged(pw::gui::Document *document);
    void viewCreated(pw::gui::DocumentView *view);
    // A document's name or modified state changed, or another tab became current.
    void titlesChanged();

private:
    void currentTabChanged();
    void updateTitles();
    void stepTab(int step);

    DocumentManager *m_documents;
    const Settings *m_settings;
    QPointer<Document> m_current;
    QByteArray m_splitterState;
    QAction *m_nextTab;
    QAction *m_previousTab;
};

} // namespace pw::gui
