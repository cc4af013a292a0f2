// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/dialogs/add_site_dialog.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace pw::gui {

class SiteAccounts;
class SiteSetup;

// Edit → Sites, beside Preferences: the user's WordPress sites (name, address, user, what the
// role allows) with Add…, Check, Edit… and Remove. Check runs with the stored password and shows its result
// under the list; Remove asks first. The dialogs it opens are window-modal but never block
// (open(), not exec()), and are reachable while open.
class SitesDialog : public QDialog {
    Q_OBJECT
public:
    explicit SitesDialog(SiteAccounts *accounts, QWidget *parent = nullptr);

    QTreeWidget *siteList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *stopButton() const { return m_stop; }
    // The result of the last Check: who you are, or what is wrong and what to do.
    QLabel *checkResultLabel() const { return m_checkResult; }
    SiteSetup *checker() const { return m_checker; }

    // The selected site's name; empty when none is.
    QString currentSite() const;
    void selectSite(const QString &name);

    // Open while shown, null otherwise.
    AddSiteDialog *siteDialog() const { return m_siteDialog; }
    QMessageBox *removeQuestion() const { return m_removeQuestion; }

public slots:
    AddSiteDialog *addSite();
    AddSiteDialog *editSite();
    void checkSite();
    void removeSite();

private:
    void reload();
    void updateButtons();
    void showCheck();
    AddSiteDialog *openSiteDialog(AddSiteDialog *dialog);

    SiteAccounts *m_accounts;
    SiteSetup *m_checker;
    QString m_checkedSite;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_check;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QWidget *m_busyRow;
    QProgressBar *m_busy;
    QPushButton *m_stop;
    QLabel *m_checkResult;
    QPointer<AddSiteDialog> m_siteDialog;
    QPointer<QMessageBox> m_removeQuestion;
};

} // namespace pw::gui
