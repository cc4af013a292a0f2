// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace pw::gui {

class DocumentView;
class FileCommands;
class RemotePostFetch;
class RemotePostList;
class SeoMemory;
class SiteAccounts;

// File → Open from Site…: a site's posts, listed page by page as the table is scrolled, with
// search, status and category filters; the chosen posts open in tabs with their import review.
// Modeless, and nothing in it waits on the network: the window stays usable throughout.
class OpenFromSiteDialog : public QDialog {
    Q_OBJECT
public:
    OpenFromSiteDialog(SiteAccounts *accounts, FileCommands *files, QWidget *parent = nullptr);
    ~OpenFromSiteDialog() override;

    // Opens the selected posts, each in its own tab (or shows its tab when it is open).
    void openSelected();
    // Chooses the site by its name, as the combo box does.
    void chooseSite(const QString &name);

    // The parts, for tests.
    QComboBox *siteBox() const { return m_site; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *categoryBox() const { return m_category; }
    QTableView *table() const { return m_table; }
    RemotePostList *posts() const { return m_posts; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *openButton() const { return m_open; }
    SeoMemory *seoMemory() const { return m_seo; }
    // Whether anything is under way (connecting, a page, a post being fetched).
    bool isBusy() const;

signals:
    // A post was opened (or its open tab shown).
    void postOpened(pw::gui::DocumentView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillSites();
    void siteChosen();
    void fillCategories();
    void applyFilters();
    void updateState();
    void showMessage(const QString &text, bool error);
    void opened(DocumentView *view, qint64 postId, bool fresh);
    void cancelFetches();

    SiteAccounts *m_accounts;
    QPointer<FileCommands> m_files;
    SeoMemory *m_seo;
    RemotePostList *m_posts;
    QComboBox *m_site;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QComboBox *m_status;
    QComboBox *m_category;
    QTableView *m_table;
    QLabel *m_noSites;
    QLabel *m_count;
    QLabel *m_message;
    QProgressBar *m_busy;
    QPushButton *m_reload;
    QPushButton *m_open;
    QList<QPointer<RemotePostFetch>> m_fetches;
    // Raised whenever another site is chosen: a connection made for an earlier one is dropped.
    quint64 m_connecting = 0;
    bool m_connectPending = false;
};

} // namespace pw::gui
