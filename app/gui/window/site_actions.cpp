// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/site_actions.h"

#include "gui/dialogs/open_from_site_dialog.h"
#include "gui/dialogs/publish_dialog.h"
#include "gui/dialogs/pull_site_dialog.h"
#include "gui/dialogs/sites_dialog.h"
#include "gui/document/document.h"
#include "gui/panels/site_folder_view.h"
#include "gui/sites/site_accounts.h"
#include "gui/window/document_tabs.h"
#include "gui/window/file_commands.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>

namespace pw::gui {

namespace {
const QString kFolderKey = QStringLiteral("siteFolder/path");
} // namespace

SiteActions::SiteActions(QMainWindow *window, DocumentTabs *tabs, FileCommands *files,
                         const Settings *settings, const Places &places)
    : QObject(window), m_window(window), m_tabs(tabs), m_files(files), m_settings(settings),
      m_accounts(new SiteAccounts(this))
{
    auto *openFromSite = new QAction(tr("Open from Si&te…"), this);
    openFromSite->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    openFromSite->setObjectName(QStringLiteral("openFromSiteAction"));
    connect(openFromSite, &QAction::triggered, this, &SiteActions::openFromSite);

    auto *pull = new QAction(tr("P&ull Site…"), this);
    pull->setObjectName(QStringLiteral("pullSiteAction"));
    pull->setToolTip(tr("Copy every post of a WordPress site into a folder"));
    connect(pull, &QAction::triggered, this, &SiteActions::pullSite);

    m_publish = new QAction(tr("&Publish…"), this);
    m_publish->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    m_publish->setObjectName(QStringLiteral("publishAction"));
    connect(m_publish, &QAction::triggered, this, &SiteActions::publish);

    places.fileMenu->insertActions(places.openBefore, {openFromSite, pull});
    places.fileMenu->insertAction(places.publishBefore, m_publish);

    auto *sites = new QAction(tr("&Sites…"), this);
    sites->setObjectName(QStringLiteral("sitesAction"));
    connect(sites, &QAction::triggered, this, &SiteActions::manageSites);
    places.editMenu->insertAction(places.sitesBefore, sites);
}

void SiteActions::manageSites()
{
    SitesDialog dialog(m_accounts, m_window);
    dialog.exec();
}

void SiteActions::openFromSite()
{
    if (!m_openFromSite) {
        m_openFromSite = new OpenFromSiteDialog(m_accounts, m_files, m_window);
    }
    m_openFromSite->show();
    m_openFromSite->raise();
    m_openFromSite->activateWindow();
}

void SiteActions::pullSite()
{
    auto *dialog = new PullSiteDialog(m_accounts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PullSiteDialog::openFolderRequested, this, &SiteActions::showFolder);
    dialog->show();
}

void SiteActions::publish()
{
    Document *document = m_tabs->currentDocument();
    if (!document)
        return;
    QPointer<PublishDialog> &dialog = m_publishDialogs[document];
    if (!dialog) {
        dialog = new PublishDialog(document, m_accounts, m_settings, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog->controller(), &PublishController::openTheirsRequested, m_files,
                [this](const ImportedPost &theirs, const QString &source) {
                    m_files->openRemote(theirs, source, FileCommands::IfOpen::OpenAnother);
                });
        // The sheet goes with its document.
        connect(document, &QObject::destroyed, dialog.data(), &QWidget::close);
        connect(dialog, &QObject::destroyed, this,
                [this, document] { m_publishDialogs.remove(document); });
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void SiteActions::makeFolderDock()
{
    if (m_folderDock)
        return;
    m_folderView = new SiteFolderView;
    connect(m_folderView, &SiteFolderView::fileActivated, m_files, &FileCommands::openFile);
    m_folderDock = new QDockWidget(tr("Site Folder"), m_window);
    m_folderDock->setObjectName(QStringLiteral("siteFolderDock"));
    m_folderDock->setWidget(m_folderView);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_folderDock);
}

void SiteActions::showFolder(const QString &folder)
{
    makeFolderDock();
    m_folderView->setFolder(folder);
    m_folderDock->show();
    m_folderDock->raise();
    QSettings().setValue(kFolderKey, folder);
}

void SiteActions::restoreFolder()
{
    const QString folder = QSettings().value(kFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return; // moved or deleted since: no empty panel
    makeFolderDock();
    m_folderView->setFolder(folder);
    m_folderDock->hide();
}

} // namespace pw::gui
