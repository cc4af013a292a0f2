// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/site_registry.h"
#include "gui/sites/site_setup.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace pw::gui {

class SiteAccounts;

// Adds a WordPress site, or edits one: name, address, user and Application Password, with a
// link to the profile page where the user creates that password. "Check and Add" checks at
// once (the window stays usable; the check can be stopped) and then shows who the user is on
// the site and what the role allows. On failure it says what is wrong and what to do, and the
// input stays for the next try.
class AddSiteDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddSiteDialog(SiteAccounts *accounts, QWidget *parent = nullptr);
    // Editing: prefilled from `existing`; an empty password keeps (and re-checks) the stored one.
    AddSiteDialog(SiteAccounts *accounts, const wp::SiteRecord &existing,
                  QWidget *parent = nullptr);

    bool isEditing() const { return !m_replacing.isEmpty(); }
    SiteSetup *setup() const { return m_setup; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *passwordPageLabel() const { return m_passwordPage; }
    QUrl passwordPageUrl() const { return m_passwordPageUrl; }
    QPushButton *checkButton() const { return m_checkButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QProgressBar *busyIndicator() const { return m_busy; }
    // Who you are, or what went wrong.
    QLabel *resultLabel() const { return m_result; }
    // What the role allows, or what to do.
    QLabel *detailLabel() const { return m_detail; }

public slots:
    void checkAndAdd();
    // Stops a check under way before closing; after a successful add, closing accepts.
    void reject() override;

signals:
    void siteAdded(const QString &name);

private:
    void build();
    void updatePasswordPage();
    void showState(SiteSetup::State state);
    void setInputEnabled(bool enabled);
    void growToFit();

    SiteSetup *m_setup;
    QString m_replacing;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordPage;
    QUrl m_passwordPageUrl;
    QWidget *m_busyRow;
    QProgressBar *m_busy;
    QPushButton *m_stopButton;
    QLabel *m_result;
    QLabel *m_detail;
    QDialogButtonBox *m_buttons;
    QPushButton *m_checkButton;
    QPushButton *m_closeButton;
};

} // namespace pw::gui
