// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/wxr_import_dialog.h"

#include "core/checks/category_whitelist.h"
#include "core/import/post_files.h"
#include "core/import/wxr_import.h"
#include "core/wordpress/off_thread.h"
#include "gui/import/wxr_listing.h"
#include "gui/import/wxr_post_list.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <initializer_list>

namespace pw::gui {

// The worker writes, the window's timer reads: no call crosses threads but the result's.
struct WxrImportDialog::Work {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

struct WxrImportDialog::ImportOutcome {
    WxrImportResult result;
    QList<ImportedPost> posts; // for tabs
    PostFiles files;           // for a folder
    QString openError;
};

WxrImportDialog::WxrImportDialog(const QString &path,
                                 std::shared_ptr<const CategoryWhitelist> whitelist,
                                 QWidget *parent)
    : QDialog(parent), m_path(path), m_whitelist(std::move(whitelist)),
      m_list(new WxrPostList(this)), m_filter(new WxrPostFilter(this)), m_source(new QLabel(this)),
      m_contents(new QLabel(this)), m_search(new QLineEdit(this)), m_type(new QComboBox(this)),
      m_status(new QComboBox(this)), m_table(new QTableView(this)),
      m_all(new QPushButton(tr("Select &All"), this)),
      m_none(new QPushButton(tr("Select &None"), this)), m_picked(new QLabel(this)),
      m_message(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_progressText(new QLabel(this)), m_summary(new QLabel(this)),
      m_openFolder(new QPushButton(tr("Open Folder"), this)),
      m_import(new QPushButton(tr("&Import"), this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_close(new QPushButton(tr("Close"), this)), m_progressTimer(new QTimer(this))
{
    setWindowTitle(tr("Import WordPress Export"));
    m_source->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_source->setToolTip(QDir::toNativeSeparators(path));
    m_source->setWordWrap(true);
    m_contents->setWordWrap(true);

    m_filter->setSourceModel(m_list);
    m_filter->setFilterKeyColumn(-1);
    m_table->setModel(m_filter);
    // Newest first, as wp-admin lists posts (the export's own order is by type and status).
    m_table->horizontalHeader()->setSortIndicator(WxrPostList::DateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Tab leaves the list, as in any dialog; arrows move in it and Space ticks.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // A list of hundreds: rows as tight as the text and the checkbox allow.
    m_table->verticalHeader()->setDefaultSectionSize(
        std::max(fontMetrics().height() + 6,
                 style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, m_table) + 6));
    m_table->horizontalHeader()->setSectionResizeMode(WxrPostList::TitleColumn,
                                                      QHeaderView::Stretch);
    for (int column = WxrPostList::TypeColumn; column < WxrPostList::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_search->setPlaceholderText(tr("Filter by title or author"));
    m_search->setClearButtonEnabled(true);
    m_type->addItem(tr("Posts and pages"), QString());
    m_type->addItem(tr("Posts"), QStringLiteral("post"));
    m_type->addItem(tr("Pages"), QStringLiteral("page"));
    m_status->addItem(tr("Any status"), QString());

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setTextVisible(false);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Filter:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_type);
    filters->addWidget(m_status);

    auto *picking = new QHBoxLayout;
    picking->addWidget(m_all);
    picking->addWidget(m_none);
    picking->addWidget(m_picked, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    // The list and its controls; hidden when there is nothing to pick from.
    m_pickArea = new QWidget(this);
    auto *pickLayout = new QVBoxLayout(m_pickArea);
    pickLayout->setContentsMargins(0, 0, 0, 0);
    pickLayout->addLayout(filters);
    pickLayout->addWidget(m_table, 1);
    pickLayout->addLayout(picking);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_contents);
    layout->addWidget(m_pickArea, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    m_import->setDefault(true);
    m_import->setAutoDefault(true);
    for (QPushButton *button : {m_all, m_none, m_openFolder, m_cancel, m_close})
        button->setAutoDefault(false);

    connect(m_search, &QLineEdit::textChanged, m_filter, &WxrPostFilter::setText);
    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPostType(m_type->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toString()); });
    connect(m_all, &QPushButton::clicked, this, [this] { m_filter->setShownChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_filter->setShownChecked(false); });
    connect(m_list, &WxrPostList::checkedChanged, this, &WxrImportDialog::updateState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &WxrImportDialog::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &WxrImportDialog::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &WxrImportDialog::updateState);
    connect(m_import, &QPushButton::clicked, this, &WxrImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &WxrImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &WxrImportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { emit openFolderRequested(m_folder); });
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &WxrImportDialog::showProgress);

    resize(860, 600);
    startReading();
}

WxrImportDialog::~WxrImportDialog()
{
    // The worker stops at its next item; its result, if any, goes nowhere (off_thread.h).
    if (m_work)
        m_work->cancel = true;
}

void WxrImportDialog::startReading()
{
    m_phase = Phase::Reading;
    m_work = std::make_shared<Work>();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progressText->setText(tr("Reading the export…"));
    m_progressTimer->start();
    updateState();
    const QString path = m_path;
    const std::shared_ptr<Work> work = m_work;
    wp::runOffThread<WxrListing>(
        this,
        [path, work] {
            WxrListing listing;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                listing.error =
                    WxrImportDialog::tr("The file cannot be read: %1").arg(file.errorString());
                return listing;
            }
            work->total = file.size();
            return listWxr(&file, [work](qint64 done, qint64) {
                work->done = done;
                return !work->cancel;
            });
        },
        [this](const WxrListing &listing) { readingDone(listing); });
}

void WxrImportDialog::readingDone(const WxrListing &listing)
{
    m_progressTimer->stop();
    m_work.reset();
    if (listing.cancelled) {
        m_phase = Phase::Done;
        updateState();
        emit listed();
        return;
    }
    m_phase = Phase::Picking;
    const QString file = QFileInfo(m_path).fileName();
    if (!listing.ok()) {
        m_source->setText(tr("%1 cannot be imported.").arg(file));
        showFailure(listing.error);
        m_pickArea->hide();
        updateState();
        // As tall as the wrapped message needs at this width, no more.
        layout()->activate();
        resize(width(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                      : sizeHint().height());
        emit listed();
        return;
    }
    m_list->setListing(listing);
    m_source->setText(
        listing.channel.title.isEmpty() ? file : tr("“%1” (%2)").arg(listing.channel.title, file));
    m_contents->setText(m_list->contentsText());
    fillStatuses();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(WxrPostList::TitleColumn,
                                                      QHeaderView::Stretch);
    if (listing.items.isEmpty())
        showFailure(tr("The export holds no posts or pages."));
    updateState();
    m_search->setFocus();
    emit listed();
}

void WxrImportDialog::fillStatuses()
{
    const QSignalBlocker blocker(m_status);
    while (m_status->count() > 1)
        m_status->removeItem(1);
    for (const QString &status : m_list->statuses())
        m_status->addItem(WxrPostList::statusLabel(status), status);
    m_status->setCurrentIndex(0);
}

void WxrImportDialog::startImport()
{
    if (m_phase != Phase::Picking || m_list->checkedCount() == 0)
        return;
    if (m_list->checkedCount() <= kMaxTabs) {
        runImport(QString());
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Write %n Imported Post(s) into Folder", nullptr, m_list->checkedCount()));
    if (!folder.isEmpty())
        importInto(folder);
}

void WxrImportDialog::importInto(const QString &folder)
{
    if (m_phase != Phase::Picking || m_list->checkedCount() == 0)
        return;
    runImport(QDir::cleanPath(folder));
}

void WxrImportDialog::runImport(const QString &folder)
{
    m_phase = Phase::Importing;
    m_folder = folder;
    m_summary->clear();
    m_work = std::make_shared<Work>();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progressText->setText(tr("Importing %n post(s)…", nullptr, m_list->checkedCount()));
    m_progressTimer->start();
    updateState();

    WxrImportOptions options;
    options.includePosts = true;
    options.includePages = true;
    options.statuses.clear(); // the user picked; every status they picked is wanted
    options.includeProtected = true;
    options.ids = m_list->checkedIds();
    if (m_whitelist)
        options.whitelist = *m_whitelist;
    const QString path = m_path;
    const std::shared_ptr<Work> work = m_work;
    wp::runOffThread<ImportOutcome>(
        this,
        [path, folder, options, work] {
            ImportOutcome outcome;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                outcome.openError =
                    WxrImportDialog::tr("The file cannot be read: %1").arg(file.errorString());
                return outcome;
            }
            work->total = file.size();
            if (!folder.isEmpty())
                outcome.files = PostFiles({folder, PostFormat::MarkdownFrontMatter, false});
            WxrImport import(options);
            outcome.result = import.run(
                &file,
                [&](const WxrImportedItem &item) {
                    if (item.skip == WxrSkip::None) {
                        if (folder.isEmpty())
                            outcome.posts.append(item.imported);
                        else
                            outcome.files.add(path, item.index, item.imported);
                    }
                    return !work->cancel;
                },
                [work](int pass, qint64 done, qint64 total) {
                    // Two passes over the file: each is half of the way.
                    work->done = (pass - 1) * total + done;
                    work->total = 2 * total;
                    return !work->cancel;
                });
            return outcome;
        },
        [this](const ImportOutcome &outcome) { importDone(outcome); });
}

void WxrImportDialog::importDone(const ImportOutcome &outcome)
{
    m_progressTimer->stop();
    m_work.reset();
    const WxrImportResult &result = outcome.result;
    if (!outcome.openError.isEmpty() || !result.error.isEmpty()) {
        m_phase = Phase::Picking;
        showFailure(outcome.openError.isEmpty() ? result.error : outcome.openError);
        updateState();
        emit importFinished();
        return;
    }
    if (result.cancelled) {
        m_phase = Phase::Picking;
        m_summary->setText(m_folder.isEmpty()
                               ? tr("Cancelled: nothing was opened.")
                               : tr("Cancelled: %n post(s) written before stopping; every file "
                                    "written is complete.",
                                    nullptr, outcome.files.written()));
        updateState();
        emit importFinished();
        return;
    }
    if (m_folder.isEmpty()) {
        QList<ImportedPost> posts = outcome.posts;
        for (ImportedPost &post : posts)
            post.findings = result.findings + post.findings;
        m_phase = Phase::Done;
        updateState();
        emit importedPosts(posts, m_path);
        emit importFinished();
        accept();
        return;
    }
    const PostFiles &files = outcome.files;
    QStringList lines;
    lines << tr("Imported %n post(s) into %1.", nullptr, files.written())
                 .arg(QDir::toNativeSeparators(m_folder));
    if (files.unchanged() > 0)
        lines << tr("%n post(s) unchanged since the last import: left alone.", nullptr,
                    files.unchanged());
    if (files.differs() > 0)
        lines << tr("%n post(s) edited since the last import: kept, not overwritten.", nullptr,
                    files.differs());
    if (files.skipped() > 0 || files.writeFailed())
        lines << tr("%n post(s) not written:", nullptr,
                    int(std::count_if(files.outcomes().cbegin(), files.outcomes().cend(),
                                      [](const PostOutcome &o) {
                                          return o.status == PostOutcome::Status::Error;
                                      })));
    for (const PostOutcome &post : files.outcomes()) {
        if (post.status == PostOutcome::Status::Error)
            lines << tr("  “%1”: %2").arg(post.slug, post.error);
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_phase = Phase::Done;
    updateState();
    emit openFolderRequested(m_folder);
    emit importFinished();
}

void WxrImportDialog::showProgress()
{
    if (!m_work)
        return;
    const qint64 total = m_work->total;
    const qint64 done = m_work->done;
    m_progress->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
}

void WxrImportDialog::showFailure(const QString &text)
{
    m_failed = true;
    m_message->setText(text);
}

void WxrImportDialog::cancel()
{
    if (m_phase == Phase::Reading) {
        // Nothing to pick from yet: cancelling the reading is leaving.
        reject();
        return;
    }
    if (m_phase == Phase::Importing && m_work) {
        m_work->cancel = true;
        m_progressText->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void WxrImportDialog::reject()
{
    if (m_work)
        m_work->cancel = true;
    QDialog::reject();
}

void WxrImportDialog::updateState()
{
    const bool picking = m_phase == Phase::Picking;
    const bool busy = isBusy();
    const bool haveItems = m_list->rowCount() > 0;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_search, m_type, m_status, m_table, m_all, m_none})
        widget->setEnabled(picking && haveItems);
    m_picked->setText(haveItems ? m_list->pickedText() : QString());
    const int picked = m_list->checkedCount();
    m_import->setText(picked > kMaxTabs ? tr("&Import into Folder…") : tr("&Import"));
    m_import->setToolTip(picked > kMaxTabs
                             ? tr("More than %1 posts: they are written into a folder you "
                                  "choose, one file each, instead of opening as tabs.")
                                   .arg(kMaxTabs)
                             : tr("Opens the picked posts as tabs, each with its review."));
    m_import->setEnabled(picking && picked > 0);
    m_import->setVisible(!busy && m_phase != Phase::Done);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_close->setVisible(!busy);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
    m_message->setVisible(!m_message->text().isEmpty());
    m_contents->setVisible(!m_contents->text().isEmpty());
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_openFolder->setVisible(m_phase == Phase::Done && !m_folder.isEmpty());
}

} // namespace pw::gui
