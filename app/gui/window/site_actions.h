// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace pw::gui {

class Document;
class DocumentTabs;
class FileCommands;
class PublishDialog;
class SiteAccounts;
class Settings;
class SiteFolderView;

// The window's WordPress commands: File → Open from Site…, Pull Site…, Publish… and
// Edit → Sites…, with the dialogs they open and the dock of a pulled site's folder. Every
// dialog is modeless or returns at once: the network never makes the window wait.
class SiteActions : public QObject {
    Q_OBJECT
public:
    // Where the actions go in the menus: each is inserted before the action named.
    struct Places {
        QMenu *fileMenu;
        QAction *openBefore;    // Open from Site…, Pull Site…
        QAction *publishBefore; // Publish…
        QMenu *editMenu;
        QAction *sitesBefore; // Sites…
    };
    // `settings`: the window's preferences (how publishing colours code).
    SiteActions(QMainWindow *window, DocumentTabs *tabs, FileCommands *files,
                const Settings *settings, const Places &places);

    SiteAccounts *accounts() const { return m_accounts; }
    QAction *publishAction() const { return m_publish; }
    SiteFolderView *folderView() const { return m_folderView; }

    void manageSites();
    void openFromSite();
    void pullSite();
    // The publish sheet of the current document (the one it has, if open already).
    void publish();
    // Shows the posts of `folder` in the site folder dock, and remembers it for next time.
    void showFolder(const QString &folder);
    // Makes the dock of the folder shown last time, hidden, before the window's saved layout
    // is restored: the layout then shows it where it was, or keeps it closed.
    void restoreFolder();

private:
    void makeFolderDock();

    QMainWindow *m_window;
    DocumentTabs *m_tabs;
    FileCommands *m_files;
    const Settings *m_settings;
    SiteAccounts *m_accounts;
    QAction *m_publish;
    QDockWidget *m_folderDock = nullptr;
    SiteFolderView *m_folderView = nullptr;
    QPointer<QWidget> m_openFromSite;
    // One sheet a document: a second Publish on it raises the one that may be running.
    QHash<const Document *, QPointer<PublishDialog>> m_publishDialogs;
};

} // namespace pw::gui
