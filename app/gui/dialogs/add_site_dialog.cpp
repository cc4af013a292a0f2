// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/add_site_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pw::gui {

AddSiteDialog::AddSiteDialog(SiteAccounts *accounts, QWidget *parent)
    : QDialog(parent), m_setup(new SiteSetup(accounts, this))
{
    build();
    setWindowTitle(tr("Add Site"));
}

AddSiteDialog::AddSiteDialog(SiteAccounts *accounts, const wp::SiteRecord &existing,
                             QWidget *parent)
    : QDialog(parent), m_setup(new SiteSetup(accounts, this)), m_replacing(existing.name)
{
    build();
    setWindowTitle(tr("Edit Site “%1”").arg(existing.name));
    m_name->setText(existing.name);
    m_address->setText(existing.address.toString());
    m_user->setText(existing.user);
    m_password->setPlaceholderText(tr("Leave empty to keep the stored password"));
    m_checkButton->setText(tr("Check and Save"));
}

void AddSiteDialog::build()
{
    // Made in the order of the form: that is the tab order.
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(QStringLiteral("https://example.org"));
    m_user = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(QStringLiteral("xxxx xxxx xxxx xxxx xxxx xxxx"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Short name, e.g. blog (default: the host name)"));

    m_passwordPage = new QLabel(this);
    m_passwordPage->setWordWrap(true);
    m_passwordPage->setTextFormat(Qt::RichText);
    m_passwordPage->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_passwordPage->setOpenExternalLinks(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Application &Password:"), m_password);
    form->addRow(m_passwordPage);
    form->addRow(tr("&Name:"), m_name);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // no steps to count: only that it is working
    m_busy->setTextVisible(false);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setAutoDefault(false);
    m_busyRow = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(new QLabel(tr("Checking the site…"), m_busyRow));
    busyLayout->addWidget(m_busy, 1);
    busyLayout->addWidget(m_stopButton);
    m_busyRow->hide();

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_result->font();
    bold.setBold(true);
    m_result->setFont(bold);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_checkButton = m_buttons->addButton(tr("Check and &Add"), QDialogButtonBox::ActionRole);
    m_checkButton->setDefault(true);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_result);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_address, &QLineEdit::textChanged, this, &AddSiteDialog::updatePasswordPage);
    connect(m_checkButton, &QPushButton::clicked, this, &AddSiteDialog::checkAndAdd);
    connect(m_stopButton, &QPushButton::clicked, m_setup, &SiteSetup::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddSiteDialog::reject);
    connect(m_setup, &SiteSetup::stateChanged, this, &AddSiteDialog::showState);
    updatePasswordPage();
}

void AddSiteDialog::updatePasswordPage()
{
    m_passwordPageUrl = SiteSetup::passwordPageOf(m_address->text());
    if (!m_passwordPageUrl.isValid()) {
        m_passwordPage->setText(tr("Create an Application Password for Postwright on your "
                                   "profile page on the site; the link appears here once the "
                                   "address is entered."));
        return;
    }
    const QString url = m_passwordPageUrl.toString().toHtmlEscaped();
    m_passwordPage->setText(
        tr("Create an Application Password for Postwright on your profile page: %1")
            .arg(QStringLiteral("<a href=\"%1\">%1</a>").arg(url)));
}

void AddSiteDialog::checkAndAdd()
{
    if (m_setup->isBusy() || m_setup->state() == SiteSetup::State::Done)
        return;
    m_setup->add({m_name->text(), m_address->text(), m_user->text(), m_password->text()},
                 m_replacing);
}

void AddSiteDialog::setInputEnabled(bool enabled)
{
    for (QLineEdit *edit : {m_name, m_address, m_user, m_password})
        edit->setReadOnly(!enabled);
    m_checkButton->setEnabled(enabled);
}

void AddSiteDialog::growToFit()
{
    // Wrapped labels need more height for longer messages; a dialog does not grow by itself.
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void AddSiteDialog::showState(SiteSetup::State state)
{
    m_busyRow->setVisible(state == SiteSetup::State::Checking);
    switch (state) {
    case SiteSetup::State::Idle:
        m_result->clear();
        m_detail->clear();
        setInputEnabled(true);
        break;
    case SiteSetup::State::Checking:
        m_result->clear();
        m_detail->clear();
        setInputEnabled(false);
        m_stopButton->setFocus();
        break;
    case SiteSetup::State::Failed: {
        m_result->setText(m_setup->message());
        m_detail->setText(m_setup->advice());
        setInputEnabled(true);
        growToFit();
        QLineEdit *fix = nullptr;
        switch (m_setup->field()) {
        case SiteSetup::Field::Name:
            fix = m_name;
            break;
        case SiteSetup::Field::Address:
            fix = m_address;
            break;
        case SiteSetup::Field::User:
            fix = m_user;
            break;
        case SiteSetup::Field::Password:
            fix = m_password;
            break;
        case SiteSetup::Field::None:
            break;
        }
        if (!fix)
            break;
        fix->setFocus();
        fix->selectAll();
        break;
    }
    case SiteSetup::State::Done: {
        m_result->setText(m_setup->whoYouAre());
        QStringList details = m_setup->allowances();
        if (!m_setup->storeWarning().isEmpty())
            details << m_setup->storeWarning();
        m_detail->setText(details.join(QLatin1Char('\n')));
        setInputEnabled(false);
        m_checkButton->hide();
        m_closeButton->setText(tr("Close"));
        m_closeButton->setFocus();
        growToFit();
        if (m_setup->record())
            emit siteAdded(m_setup->record()->name);
        break;
    }
    }
}

void AddSiteDialog::reject()
{
    if (m_setup->state() == SiteSetup::State::Done) {
        accept();
        return;
    }
    m_setup->cancel();
    QDialog::reject();
}

} // namespace pw::gui
