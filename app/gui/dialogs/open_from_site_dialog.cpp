// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/dialogs/open_from_site_dialog.h"

#include "core/checks/category_whitelist.h"
#include "core/markdown/analysis.h"
#include "core/wordpress/wp_client.h"
#include "gui/document/document.h"
#include "gui/sites/remote_post_fetch.h"
#include "gui/sites/remote_post_list.h"
#include "gui/sites/seo_memory.h"
#include "gui/sites/site_accounts.h"
#include "gui/view/document_view.h"
#include "gui/window/file_commands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace pw::gui {

namespace {

// Long enough to type a word, short enough to feel immediate.
constexpr int kSearchDelayMs = 400;

} // namespace

OpenFromSiteDialog::OpenFromSiteDialog(SiteAccounts *accounts, FileCommands *files, QWidget *parent)
    : QDialog(parent), m_accounts(accounts), m_files(files),
      m_seo(new SeoMemory(SiteAccounts::dataFolder(), this)), m_posts(new RemotePostList(this))
{
    setWindowTitle(tr("Open from Site"));
    setModal(false);
    m_posts->setSeoMemory(m_seo);

    m_site = new QComboBox(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search titles and text"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any status"), QStringLiteral("any"));
    for (const char *status : {"publish", "draft", "pending", "future", "private"})
        m_status->addItem(RemotePostList::statusText(QLatin1String(status)), QLatin1String(status));
    m_category = new QComboBox(this);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(16);

    m_noSites = new QLabel(tr("No WordPress site has been added yet. Add one under Edit → Sites…, "
                              "then choose it here."),
                           this);
    m_noSites->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *categoryLabel = new QLabel(tr("&Category:"), this);
    categoryLabel->setBuddy(m_category);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(categoryLabel);
    filters->addWidget(m_category, 1);

    m_table = new QTableView(this);
    m_table->setModel(m_posts);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Dates and states are short and read whole; the title takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RemotePostList::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(m_posts->sortColumn(), m_posts->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    m_table->setMinimumSize(640, 280);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // no steps to count: only that it is working
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_count = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setAutoDefault(false);
    m_open = new QPushButton(tr("&Open"), this);
    // Enter opens from the table only (eventFilter); in the search field it searches.
    m_open->setAutoDefault(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);

    auto *status = new QHBoxLayout;
    status->addWidget(m_busy);
    status->addWidget(m_count, 1);
    status->addWidget(m_reload);
    status->addWidget(m_open);
    status->addWidget(close);

    auto *siteRow = new QFormLayout;
    siteRow->addRow(tr("S&ite:"), m_site);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(siteRow);
    layout->addWidget(m_noSites);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(status);

    connect(m_site, &QComboBox::currentIndexChanged, this, &OpenFromSiteDialog::siteChosen);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OpenFromSiteDialog::applyFilters);
    connect(m_searchDelay, &QTimer::timeout, this, &OpenFromSiteDialog::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: at once
            applyFilters();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &OpenFromSiteDialog::applyFilters);
    connect(m_category, &QComboBox::currentIndexChanged, this, &OpenFromSiteDialog::applyFilters);
    connect(m_posts, &RemotePostList::categoriesChanged, this, &OpenFromSiteDialog::fillCategories);
    connect(m_posts, &RemotePostList::busyChanged, this, &OpenFromSiteDialog::updateState);
    connect(m_posts, &RemotePostList::pageLoaded, this, &OpenFromSiteDialog::updateState);
    // The header sizes its columns to contents when data changes, not when a page adds rows:
    // without this, dates and states of the first page show cut off.
    connect(m_posts, &RemotePostList::pageLoaded, this, [this] {
        for (int column = 0; column < m_posts->columnCount({}); ++column)
            if (column != RemotePostList::TitleColumn)
                m_table->resizeColumnToContents(column);
    });
    connect(m_posts, &RemotePostList::errorChanged, this, [this](const QString &error) {
        if (!error.isEmpty())
            showMessage(tr("The posts could not be loaded: %1").arg(error), true);
        else
            showMessage({}, false);
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                // Only the site sorts: a column it cannot sort by keeps the order as it is.
                if (!RemotePostList::isSortable(column))
                    m_table->horizontalHeader()->setSortIndicator(m_posts->sortColumn(),
                                                                  m_posts->sortOrder());
            });
    connect(m_table, &QTableView::doubleClicked, this, &OpenFromSiteDialog::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OpenFromSiteDialog::updateState);
    connect(m_reload, &QPushButton::clicked, m_posts, &RemotePostList::reload);
    connect(m_open, &QPushButton::clicked, this, &OpenFromSiteDialog::openSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_accounts, &SiteAccounts::sitesChanged, this, &OpenFromSiteDialog::fillSites);

    fillCategories();
    fillSites();
    resize(900, 520);
}

OpenFromSiteDialog::~OpenFromSiteDialog()
{
    // Fetches use the list's client: they go first.
    cancelFetches();
}

bool OpenFromSiteDialog::isBusy() const
{
    return m_connectPending || m_posts->isBusy() ||
           std::any_of(m_fetches.cbegin(), m_fetches.cend(),
                       [](const QPointer<RemotePostFetch> &fetch) { return !fetch.isNull(); });
}

void OpenFromSiteDialog::fillSites()
{
    const QString current = m_site->currentText();
    const QList<wp::SiteRecord> sites = m_accounts->sites();
    {
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        for (const wp::SiteRecord &site : sites)
            m_site->addItem(site.name);
        const int again = m_site->findText(current);
        m_site->setCurrentIndex(again >= 0 ? again : (sites.isEmpty() ? -1 : 0));
    }
    const bool none = sites.isEmpty();
    m_noSites->setVisible(none);
    m_site->setEnabled(!none);
    if (none || m_site->currentText() != current || !m_posts->client())
        siteChosen();
}

void OpenFromSiteDialog::chooseSite(const QString &name)
{
    const int index = m_site->findText(name);
    if (index >= 0)
        m_site->setCurrentIndex(index);
}

void OpenFromSiteDialog::siteChosen()
{
    cancelFetches();
    m_posts->setSite(nullptr, {});
    showMessage({}, false);
    const quint64 attempt = ++m_connecting;
    const std::optional<wp::SiteRecord> site = m_accounts->find(m_site->currentText());
    if (!site) {
        m_connectPending = false;
        updateState();
        return;
    }
    m_connectPending = true;
    updateState();
    QPointer<OpenFromSiteDialog> self(this);
    const QUrl address = site->address;
    // The keyring may take its time (or ask to be unlocked): the answer comes later.
    m_accounts->connectTo(site->name, [self, attempt, address](std::unique_ptr<wp::Client> client,
                                                               const QString &error) {
        if (!self || attempt != self->m_connecting)
            return;
        self->m_connectPending = false;
        if (!client) {
            self->showMessage(error, true);
            self->updateState();
            return;
        }
        self->m_posts->setSite(std::move(client), address);
        self->applyFilters();
        self->updateState();
    });
}

void OpenFromSiteDialog::fillCategories()
{
    const qint64 current = m_category->currentData().toLongLong();
    QList<RemotePostList::Category> categories = m_posts->categories();
    std::sort(categories.begin(), categories.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), qint64(0));
    for (const RemotePostList::Category &category : categories)
        m_category->addItem(category.name, category.id);
    const int again = m_category->findData(current);
    m_category->setCurrentIndex(again >= 0 ? again : 0);
    m_category->setEnabled(!categories.isEmpty());
}

void OpenFromSiteDialog::applyFilters()
{
    m_searchDelay->stop();
    // Each setter starts the list again only when its value changed.
    m_posts->setSearch(m_search->text());
    m_posts->setStatus(m_status->currentData().toString());
    m_posts->setCategory(m_category->currentData().toLongLong());
    updateState();
}

void OpenFromSiteDialog::updateState()
{
    const bool connected = m_posts->client() != nullptr;
    // The filters take input while the site is being connected to: they apply once it is.
    const bool hasSite = m_site->count() > 0;
    m_search->setEnabled(hasSite);
    m_status->setEnabled(hasSite);
    m_reload->setEnabled(connected);
    m_busy->setVisible(isBusy());
    m_open->setEnabled(connected && m_table->selectionModel()->hasSelection());
    const int total = m_posts->totalCount();
    if (!connected || total < 0)
        m_count->clear();
    else if (m_posts->rowCount() < total)
        m_count->setText(tr("%1 of %n post(s) listed; scroll for more", nullptr, total)
                             .arg(m_posts->rowCount()));
    else
        m_count->setText(tr("%n post(s)", nullptr, total));
}

void OpenFromSiteDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QFont font = m_message->font();
    font.setBold(error);
    m_message->setFont(font);
    m_message->setVisible(!text.isEmpty());
}

void OpenFromSiteDialog::openSelected()
{
    if (!m_files || !m_posts->client())
        return;
    const QUrl site = m_posts->siteAddress();
    const QString siteText = site.toString(QUrl::FullyEncoded);
    const QString siteName = m_site->currentText();
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    const std::shared_ptr<const CategoryWhitelist> whitelist = m_files->whitelist();
    for (const QModelIndex &index : std::as_const(rows)) {
        const RemotePostList::Row &row = m_posts->row(index.row());
        // Open already (maybe with edits): only shown, nothing fetched.
        if (DocumentView *open = m_files->showRemote(siteText, row.id)) {
            opened(open, row.id, false);
            continue;
        }
        auto *fetch = new RemotePostFetch(m_posts->client(), site, row.id,
                                          whitelist ? *whitelist : CategoryWhitelist(), this);
        m_fetches.append(fetch);
        const QString title = row.title;
        const qint64 id = row.id;
        connect(fetch, &RemotePostFetch::fetched, this,
                [this, fetch, siteName, id](const ImportedPost &imported) {
                    m_fetches.removeAll(fetch);
                    fetch->deleteLater();
                    if (m_files)
                        opened(m_files->openRemote(imported, tr("%1 #%2").arg(siteName).arg(id)),
                               id, true);
                    updateState();
                });
        connect(fetch, &RemotePostFetch::failed, this,
                [this, fetch, title](const QString &message) {
                    m_fetches.removeAll(fetch);
                    fetch->deleteLater();
                    showMessage(tr("“%1” could not be opened: %2").arg(title, message), true);
                    updateState();
                });
        fetch->start();
    }
    updateState();
}

void OpenFromSiteDialog::opened(DocumentView *view, qint64 postId, bool fresh)
{
    if (!view)
        return;
    emit postOpened(view);
    if (!fresh)
        return;
    // The post's SEO state as the editor first judges it, for the list's SEO column: taken
    // from the document's first analysis, which runs on a worker thread.
    Document *document = view->document();
    const QUrl site = m_posts->siteAddress();
    QPointer<SeoMemory> memory = m_seo;
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto remember = [memory, site, postId, connection](const SnapshotPtr &snapshot) {
        if (!snapshot)
            return;
        QObject::disconnect(*connection);
        if (!memory)
            return;
        SeoMemory::State state;
        for (const Finding &finding : snapshot->findings) {
            if (finding.severity == Severity::Error)
                ++state.errors;
            else if (finding.severity == Severity::Warning)
                ++state.warnings;
        }
        if (!snapshot->seo.keyphrase.isEmpty())
            state.seoScore = snapshot->seo.seoScore;
        state.checked = QDateTime::currentDateTimeUtc();
        memory->remember(site, postId, state);
    };
    if (const SnapshotPtr now = document->snapshot())
        remember(now);
    else
        *connection = connect(document, &Document::snapshotChanged, m_seo, remember);
}

void OpenFromSiteDialog::cancelFetches()
{
    for (const QPointer<RemotePostFetch> &fetch : std::as_const(m_fetches))
        delete fetch.data();
    m_fetches.clear();
}

bool OpenFromSiteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace pw::gui
