// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace pw::wp {
class Client;
class SitePull;
} // namespace pw::wp

namespace pw::gui {

class SiteAccounts;

// File → Pull Site…: every post of a site (or those of one status) into a folder, one
// Markdown file each (wp::SitePull), with progress and cancel. The network is asynchronous
// and the conversion runs on a worker, so the window stays usable throughout. A pull into a
// folder that holds an earlier pull writes only what changed, and keeps files edited since.
// Closing the dialog (or Escape) during a pull cancels it, asking nothing: every file written
// is complete, and pulling again goes on from there.
class PullSiteDialog : public QDialog {
    Q_OBJECT

public:
    explicit PullSiteDialog(SiteAccounts *accounts, QWidget *parent = nullptr);
    ~PullSiteDialog() override;

    // Starts the pull with the choices made; nothing when one is under way.
    void startPull();
    void cancelPull();
    bool isPulling() const;

    // Chooses the site by its name, as the combo box does.
    void chooseSite(const QString &name);
    // The folder to pull into, as the folder field holds it.
    QString folder() const;
    void setFolder(const QString &folder);
    // Narrows the pull to posts matching `search` (WordPress's own search); for tests and for
    // callers that pull a part of a site.
    void setSearch(const QString &search) { m_searchText = search; }

    // The parts, for tests.
    QComboBox *siteBox() const { return m_site; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *folderField() const { return m_folder; }
    QLabel *folderNote() const { return m_folderNote; }
    QPushButton *pullButton() const { return m_pull; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *openFolderButton() const { return m_openFolder; }

signals:
    void openFolderRequested(const QString &folder);
    // A pull ended (done, cancelled or failed); the summary says which.
    void pullFinished();

public slots:
    void reject() override;

private:
    void fillSites();
    void siteChosen();
    void chooseFolder();
    void checkFolder();
    void connected(std::unique_ptr<wp::Client> client, const QString &error);
    void showProgress(int done, int total);
    void pullDone();
    void showError(const QString &text);
    void updateState();

    SiteAccounts *m_accounts;
    QComboBox *m_site;
    QComboBox *m_status;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_folderNote;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_summary;
    QPushButton *m_pull;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QPushButton *m_close;
    QString m_searchText;
    // The folder field follows the site until the user picks a folder.
    bool m_folderChosen = false;
    // Raised by each pull and each cancel: a connection made for an earlier request is dropped.
    quint64 m_request = 0;
    bool m_connecting = false;
    std::unique_ptr<wp::Client> m_client;
    // Declared after the client, so it goes first: it must not outlive the client it uses.
    std::unique_ptr<wp::SitePull> m_pullJob;
    QString m_pulledFolder;
};

} // namespace pw::gui
