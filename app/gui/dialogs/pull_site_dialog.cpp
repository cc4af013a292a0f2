// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/pull_site_dialog.h"

#include "gui/sites/site_accounts.h"

#include "core/site/site_profile.h"
#include "core/wordpress/site_pull.h"
#include "core/wordpress/wp_client.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace pw::gui {

namespace {

bool isPostFile(const QFileInfo &info)
{
    static const QStringList suffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                                      QStringLiteral("txt")};
    return info.isFile() && suffixes.contains(info.suffix().toLower());
}

} // namespace

PullSiteDialog::PullSiteDialog(SiteAccounts *accounts, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_site(new QComboBox(this)),
      m_status(new QComboBox(this)), m_folder(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Choose…"), this)), m_folderNote(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_progressText(new QLabel(this)),
      m_summary(new QLabel(this)), m_pull(new QPushButton(tr("Pull"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_openFolder(new QPushButton(tr("Open Folder"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Pull Site"));
    m_status->addItem(tr("All posts"), QStringLiteral("any"));
    m_status->addItem(tr("Published"), QStringLiteral("publish"));
    m_status->addItem(tr("Drafts"), QStringLiteral("draft"));
    m_status->addItem(tr("Pending Review"), QStringLiteral("pending"));
    m_status->addItem(tr("Scheduled"), QStringLiteral("future"));
    m_status->addItem(tr("Private"), QStringLiteral("private"));
    m_folderNote->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(false);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Posts:"), m_status);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_pull);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    // The folder note and the summary wrap; the dialog grows to show them whole.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);
    layout->addWidget(m_folderNote);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);

    m_pull->setDefault(true);
    connect(m_site, &QComboBox::currentIndexChanged, this, &PullSiteDialog::siteChosen);
    connect(m_folder, &QLineEdit::textEdited, this, [this] {
        m_folderChosen = true;
        checkFolder();
    });
    connect(m_browse, &QPushButton::clicked, this, &PullSiteDialog::chooseFolder);
    connect(m_pull, &QPushButton::clicked, this, &PullSiteDialog::startPull);
    connect(m_cancel, &QPushButton::clicked, this, &PullSiteDialog::cancelPull);
    connect(m_close, &QPushButton::clicked, this, &PullSiteDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { emit openFolderRequested(m_pulledFolder); });
    if (m_accounts)
        connect(m_accounts, &SiteAccounts::sitesChanged, this, &PullSiteDialog::fillSites);

    fillSites();
    m_progress->hide();
    m_progressText->hide();
    updateState();
    resize(560, sizeHint().height());
}

PullSiteDialog::~PullSiteDialog() = default;

void PullSiteDialog::fillSites()
{
    const QString current = m_site->currentText();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    if (m_accounts) {
        for (const wp::SiteRecord &site : m_accounts->sites())
            m_site->addItem(site.name);
    }
    const int index = m_site->findText(current);
    m_site->setCurrentIndex(index >= 0 ? index : 0);
    siteChosen();
}

void PullSiteDialog::chooseSite(const QString &name)
{
    const int index = m_site->findText(name, Qt::MatchFixedString);
    if (index >= 0)
        m_site->setCurrentIndex(index);
}

void PullSiteDialog::siteChosen()
{
    if (!m_folderChosen) {
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_folder->setText(m_site->currentText().isEmpty()
                              ? QString()
                              : QDir(documents).filePath(m_site->currentText()));
    }
    if (m_site->count() == 0)
        showError(tr("No site has been added yet: add one under Edit → Sites."));
    else if (!isPulling())
        m_summary->clear();
    checkFolder();
    updateState();
}

QString PullSiteDialog::folder() const
{
    return QDir::cleanPath(m_folder->text().trimmed());
}

void PullSiteDialog::setFolder(const QString &folder)
{
    m_folderChosen = true;
    m_folder->setText(folder);
    checkFolder();
}

void PullSiteDialog::chooseFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Pull into Folder"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void PullSiteDialog::checkFolder()
{
    m_folderNote->clear();
    const QString path = folder();
    if (path.isEmpty() || path == QLatin1String("."))
        return;
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        m_folderNote->setText(tr("This is a file, not a folder: choose a folder."));
        return;
    }
    if (!info.exists())
        return;
    // Only a look: a folder with very many files is not read to its end.
    int posts = 0;
    QStringList others;
    QDirIterator entries(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (int seen = 0; entries.hasNext() && seen < 5000; ++seen) {
        entries.next();
        if (isPostFile(entries.fileInfo()))
            ++posts;
        else if (entries.fileName() != postwrightConfigName) // a pull's own, see markPulledSite
            others.append(entries.fileName());
    }
    if (!others.isEmpty()) {
        others.sort();
        m_folderNote->setText(
            tr("The folder holds other files too (%1). The posts will be written among them; "
               "nothing else is changed. An empty folder keeps the site's posts apart.")
                .arg(QStringList(others.mid(0, 3)).join(QStringLiteral(", ")) +
                     (others.size() > 3 ? QStringLiteral(", …") : QString())));
    } else if (posts > 0) {
        m_folderNote->setText(tr("The folder holds %n post file(s): files that are already "
                                 "up to date are left alone, and files edited since are kept.",
                                 nullptr, posts));
    }
}

bool PullSiteDialog::isPulling() const
{
    return m_connecting || (m_pullJob && m_pullJob->isRunning());
}

void PullSiteDialog::startPull()
{
    if (isPulling() || !m_accounts)
        return;
    const QString site = m_site->currentText();
    if (site.isEmpty()) {
        showError(tr("No site has been added yet: add one under Edit → Sites."));
        return;
    }
    const QString path = folder();
    if (path.isEmpty() || path == QLatin1String(".")) {
        showError(tr("Choose the folder to pull the posts into."));
        return;
    }
    if (!QDir().mkpath(path)) {
        showError(tr("The folder %1 cannot be created. Choose another one.").arg(path));
        return;
    }
    m_pullJob.reset();
    m_client.reset();
    m_connecting = true;
    m_summary->clear();
    m_progress->setRange(0, 0); // busy until the first page tells how many
    m_progress->show();
    m_progressText->setText(tr("Connecting to %1…").arg(site));
    m_progressText->show();
    updateState();
    const quint64 request = ++m_request;
    QPointer<PullSiteDialog> self(this);
    m_accounts->connectTo(
        site, [self, request](std::unique_ptr<wp::Client> client, const QString &error) {
            if (self && self->m_request == request)
                self->connected(std::move(client), error);
        });
}

void PullSiteDialog::connected(std::unique_ptr<wp::Client> client, const QString &error)
{
    m_connecting = false;
    const std::optional<wp::SiteRecord> site =
        m_accounts ? m_accounts->find(m_site->currentText()) : std::nullopt;
    if (!client || !site) {
        m_progress->hide();
        m_progressText->hide();
        showError(error.isEmpty() ? tr("The site is gone: add it again under Edit → Sites.")
                                  : error);
        updateState();
        return;
    }
    m_client = std::move(client);
    wp::SitePull::Options options;
    options.query.status = m_status->currentData().toString();
    options.query.search = m_searchText;
    options.files.outDir = folder();
    m_pulledFolder = options.files.outDir;
    m_pullJob = std::make_unique<wp::SitePull>(m_client.get(), site->address, options);
    connect(m_pullJob.get(), &wp::SitePull::progress, this, &PullSiteDialog::showProgress);
    connect(m_pullJob.get(), &wp::SitePull::finished, this, &PullSiteDialog::pullDone);
    m_progressText->setText(tr("Asking %1 for its posts…").arg(site->name));
    m_pullJob->start();
    updateState();
}

void PullSiteDialog::showProgress(int done, int total)
{
    // Posts added to the site during the pull may make it longer than first said.
    const int shown = std::max(done, total);
    m_progress->setRange(0, std::max(shown, 1));
    m_progress->setValue(done);
    m_progressText->setText(tr("%1 of %n post(s)", nullptr, shown).arg(done));
}

void PullSiteDialog::cancelPull()
{
    if (m_connecting) {
        ++m_request; // the connection, when it comes, is dropped
        m_connecting = false;
        m_progress->hide();
        m_progressText->hide();
        m_summary->setText(tr("Cancelled before any post was pulled."));
        updateState();
        emit pullFinished();
        return;
    }
    if (m_pullJob && m_pullJob->isRunning()) {
        m_pullJob->cancel();
        m_progressText->setText(tr("Cancelling after the current post…"));
        m_cancel->setEnabled(false);
    }
}

void PullSiteDialog::pullDone()
{
    const wp::SitePull::Result &result = m_pullJob->result();
    QStringList lines;
    if (result.cancelled) {
        lines << tr("Cancelled: %n post(s) written before stopping. Every file written is "
                    "complete; pull again to go on from there.",
                    nullptr, result.written);
    } else if (result.failedPage > 0) {
        lines << tr("The pull stopped early: %n post(s) written. Pull again to go on from "
                    "there.",
                    nullptr, result.written);
    } else {
        lines << tr("Pulled %n post(s) into %1.", nullptr, result.written)
                     .arg(QDir::toNativeSeparators(m_pulledFolder));
    }
    if (result.unchanged > 0)
        lines << tr("%n post(s) unchanged since the last pull: left alone.", nullptr,
                    result.unchanged);
    if (result.differs > 0)
        lines << tr("%n post(s) edited here since the last pull: kept, not overwritten.",
                    nullptr, result.differs);
    if (result.skipped > 0)
        lines << tr("%n post(s) skipped for errors:", nullptr, result.skipped);
    for (const PostOutcome &outcome : m_pullJob->files().outcomes()) {
        if (outcome.status == PostOutcome::Status::Error && !outcome.writeFailed)
            lines << tr("  “%1”: %2").arg(outcome.slug, outcome.error);
    }
    lines += result.errors;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const int done = result.written + result.unchanged + result.differs + result.skipped;
    if (m_progress->maximum() == 0 && done == 0) {
        m_progress->hide(); // no page came: there is nothing to count
        m_progressText->hide();
    } else {
        showProgress(done, m_progress->maximum());
    }
    m_client.release()->deleteLater(); // the pull's finished() is still being delivered
    updateState();
    checkFolder();
    emit pullFinished();
}

void PullSiteDialog::showError(const QString &text)
{
    m_summary->setText(text);
}

void PullSiteDialog::reject()
{
    // Closing asks nothing: the pull stops after the current post, and all it wrote stays.
    if (isPulling())
        cancelPull();
    QDialog::reject();
}

void PullSiteDialog::updateState()
{
    const bool busy = isPulling();
    const bool haveSite = m_site->count() > 0;
    m_site->setEnabled(!busy && haveSite);
    m_status->setEnabled(!busy && haveSite);
    m_folder->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_pull->setEnabled(!busy && haveSite);
    m_pull->setVisible(!busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_openFolder->setVisible(!busy && !m_pulledFolder.isEmpty() && m_pullJob &&
                             !m_pullJob->isRunning());
}

} // namespace pw::gui
