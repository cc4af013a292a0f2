// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/sites_dialog.h"

#include "gui/dialogs/add_site_dialog.h"
#include "gui/sites/site_accounts.h"
#include "gui/sites/site_setup.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pw::gui {

namespace {

enum Column { NameColumn, AddressColumn, UserColumn, RoleColumn };

} // namespace

SitesDialog::SitesDialog(SiteAccounts *accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_checker(new SiteSetup(accounts, this))
{
    setWindowTitle(tr("Sites"));

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Address"), tr("User"), tr("Role")});
    m_list->header()->setStretchLastSection(true);

    m_add = new QPushButton(tr("&Add…"), this);
    m_check = new QPushButton(tr("&Check"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_add, m_check, m_edit, m_remove}) {
        button->setAutoDefault(false);
        side->addWidget(button);
    }
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setAutoDefault(false);
    m_busyRow = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(new QLabel(tr("Checking the site…"), m_busyRow));
    busyLayout->addWidget(m_busy, 1);
    busyLayout->addWidget(m_stop);
    m_busyRow->hide();

    m_checkResult = new QLabel(this);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_checkResult);
    layout->addWidget(buttons);
    resize(760, 380);

    connect(m_add, &QPushButton::clicked, this, &SitesDialog::addSite);
    connect(m_check, &QPushButton::clicked, this, &SitesDialog::checkSite);
    connect(m_edit, &QPushButton::clicked, this, &SitesDialog::editSite);
    connect(m_remove, &QPushButton::clicked, this, &SitesDialog::removeSite);
    connect(m_stop, &QPushButton::clicked, m_checker, &SiteSetup::cancel);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SitesDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &SitesDialog::editSite);
    connect(buttons, &QDialogButtonBox::rejected, this, &SitesDialog::reject);
    connect(m_accounts, &SiteAccounts::sitesChanged, this, &SitesDialog::reload);
    connect(m_checker, &SiteSetup::stateChanged, this, &SitesDialog::showCheck);
    reload();
}

QString SitesDialog::currentSite() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->text(NameColumn) : QString();
}

void SitesDialog::selectSite(const QString &name)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(NameColumn).compare(name, Qt::CaseInsensitive) == 0) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return;
        }
    }
}

void SitesDialog::reload()
{
    const QString selected = currentSite();
    m_list->clear();
    for (const wp::SiteRecord &site : m_accounts->sites()) {
        auto *item = new QTreeWidgetItem(m_list, {site.name, site.address.toString(), site.user,
                                                  SiteSetup::roleSummaryOf(site)});
        item->setToolTip(
            RoleColumn,
            SiteSetup::allowancesOf(site.canPublish, site.unfilteredHtml).join(QLatin1Char('\n')));
    }
    for (int column : {NameColumn, AddressColumn, UserColumn})
        m_list->resizeColumnToContents(column);
    if (!selected.isEmpty())
        selectSite(selected);
    if (m_list->topLevelItemCount() == 0)
        m_checkResult->setText(tr("No sites yet. Add… connects Postwright to a WordPress site "
                                  "with an Application Password."));
    updateButtons();
}

void SitesDialog::updateButtons()
{
    const bool selected = !currentSite().isEmpty();
    m_check->setEnabled(selected && !m_checker->isBusy());
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

AddSiteDialog *SitesDialog::openSiteDialog(AddSiteDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddSiteDialog::siteAdded, this, &SitesDialog::selectSite);
    m_siteDialog = dialog;
    dialog->open();
    return dialog;
}

AddSiteDialog *SitesDialog::addSite()
{
    return openSiteDialog(new AddSiteDialog(m_accounts, this));
}

AddSiteDialog *SitesDialog::editSite()
{
    const std::optional<wp::SiteRecord> site = m_accounts->find(currentSite());
    if (!site)
        return nullptr;
    return openSiteDialog(new AddSiteDialog(m_accounts, *site, this));
}

void SitesDialog::checkSite()
{
    m_checkedSite = currentSite();
    if (m_checkedSite.isEmpty())
        return;
    m_checker->check(m_checkedSite);
}

void SitesDialog::showCheck()
{
    // The list gives up height to a longer result; a dialog does not grow by itself.
    const auto grow = qScopeGuard([this] {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    });
    m_busyRow->setVisible(m_checker->isBusy());
    updateButtons();
    switch (m_checker->state()) {
    case SiteSetup::State::Idle:
        m_checkResult->clear();
        break;
    case SiteSetup::State::Checking:
        m_checkResult->setText(tr("Checking “%1”…").arg(m_checkedSite));
        break;
    case SiteSetup::State::Failed:
        m_checkResult->setText(
            tr("“%1”: %2").arg(m_checkedSite, m_checker->message()) +
            (m_checker->advice().isEmpty() ? QString() : QLatin1Char('\n') + m_checker->advice()));
        break;
    case SiteSetup::State::Done:
        m_checkResult->setText(tr("“%1” answers. %2").arg(m_checkedSite, m_checker->whoYouAre()) +
                               QLatin1Char('\n') + m_checker->allowances().join(QLatin1Char(' ')));
        break;
    }
}

void SitesDialog::removeSite()
{
    const QString name = currentSite();
    if (name.isEmpty() || m_removeQuestion)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Remove Site"),
                                     tr("Remove the site “%1”?").arg(name),
                                     QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setInformativeText(tr("Postwright forgets the site and removes its Application "
                                    "Password from the keyring. Nothing on the site changes."));
    question->setDefaultButton(QMessageBox::Cancel);
    question->button(QMessageBox::Yes)->setText(tr("Remove"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    m_removeQuestion = question;
    connect(question, &QMessageBox::finished, this, [this, question, name] {
        if (question->clickedButton() != question->button(QMessageBox::Yes))
            return;
        QPointer<SitesDialog> self(this);
        m_accounts->remove(name, [self](const QString &message) {
            if (self && !message.isEmpty())
                self->m_checkResult->setText(message);
        });
    });
    question->open();
}

} // namespace pw::gui
