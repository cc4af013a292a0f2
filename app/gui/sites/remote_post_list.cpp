// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/remote_post_list.h"

#include "gui/sites/remote_mark.h"

#include "core/i18n/date_format.h"
#include "core/import/wordpress_import.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_posts.h"
#include "gui/sites/seo_memory.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pw::gui {

namespace {

// Enough for any site a writer lists by name; beyond it the ids show instead of names.
constexpr int kMaxNamePages = 10;

QDateTime utcOf(const QJsonObject &post, const char *gmtField, const char *localField)
{
    // The REST API gives "2026-05-01T10:00:00" without a zone: *_gmt is UTC, the other is the
    // site's own time, taken as UTC only when the GMT one is missing.
    QString text = post.value(QLatin1String(gmtField)).toString();
    if (text.isEmpty() && localField)
        text = post.value(QLatin1String(localField)).toString();
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

QString titleOf(const QJsonObject &post)
{
    const QJsonObject title = post.value(QLatin1String("title")).toObject();
    const QJsonValue raw = title.value(QLatin1String("raw"));
    if (raw.isString())
        return raw.toString().simplified();
    return htmlToPlainText(title.value(QLatin1String("rendered")).toString());
}

QString sortField(int column)
{
    switch (column) {
    case RemotePostList::TitleColumn:
        return QStringLiteral("title");
    case RemotePostList::DateColumn:
        return QStringLiteral("date");
    case RemotePostList::ModifiedColumn:
        return QStringLiteral("modified");
    default:
        return QStringLiteral("id");
    }
}

} // namespace

RemotePostList::RemotePostList(QObject *parent) : QAbstractTableModel(parent) {}

RemotePostList::~RemotePostList()
{
    cancelCalls();
}

void RemotePostList::setSite(std::unique_ptr<wp::Client> client, const QUrl &siteAddress)
{
    cancelCalls();
    m_client = std::move(client);
    m_siteAddress = siteAddress;
    m_authors.clear();
    m_categories.clear();
    emit categoriesChanged();
    m_category = 0;
    restart();
    if (!m_client)
        return;
    loadNames(QStringLiteral("/wp/v2/categories"), 1, [this](const QJsonArray &names, bool last) {
        for (const QJsonValue &value : names) {
            const QJsonObject term = value.toObject();
            m_categories.append({term.value(QLatin1String("id")).toInteger(),
                                 htmlToPlainText(term.value(QLatin1String("name")).toString())});
        }
        if (last)
            emit categoriesChanged();
    });
    loadNames(QStringLiteral("/wp/v2/users"), 1, [this](const QJsonArray &names, bool last) {
        for (const QJsonValue &value : names) {
            const QJsonObject user = value.toObject();
            m_authors.insert(user.value(QLatin1String("id")).toInteger(),
                             user.value(QLatin1String("name")).toString());
        }
        if (last && !m_rows.isEmpty())
            emit dataChanged(index(0, AuthorColumn), index(int(m_rows.size()) - 1, AuthorColumn));
    });
}

void RemotePostList::setSeoMemory(SeoMemory *memory)
{
    if (m_seo)
        disconnect(m_seo, nullptr, this, nullptr);
    m_seo = memory;
    if (m_seo) {
        connect(m_seo, &SeoMemory::changed, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, SeoColumn), index(int(m_rows.size()) - 1, SeoColumn));
        });
    }
}

void RemotePostList::setSearch(const QString &text)
{
    const QString search = text.trimmed();
    if (search == m_search)
        return;
    m_search = search;
    restart();
}

void RemotePostList::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    restart();
}

void RemotePostList::setCategory(qint64 id)
{
    if (id == m_category)
        return;
    m_category = id;
    restart();
}

void RemotePostList::setPageSize(int size)
{
    size = std::clamp(size, 1, 100);
    if (size == m_pageSize)
        return;
    m_pageSize = size;
    restart();
}

void RemotePostList::reload()
{
    restart();
}

QString RemotePostList::authorName(qint64 id) const
{
    const QString name = m_authors.value(id);
    // Users a role may not list (an author sees only those who published) show by number.
    return name.isEmpty() ? tr("user %1").arg(id) : name;
}

bool RemotePostList::isSortable(int column)
{
    // The REST API's orderby also knows "author", but by id, which is no order a reader sees.
    return column == TitleColumn || column == DateColumn || column == ModifiedColumn;
}

void RemotePostList::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    restart();
}

void RemotePostList::restart()
{
    ++m_generation;
    if (m_pageCall) {
        m_pageCall->disconnect(this);
        m_pageCall->deleteLater(); // aborts the request when it goes
        m_pageCall = nullptr;
        emit busyChanged(false);
    }
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_nextPage = 1;
    m_pages = -1;
    m_total = -1;
    endResetModel();
    setError({});
    if (m_client)
        loadPage(1);
}

void RemotePostList::loadPage(int page)
{
    wp::PostQuery query;
    query.status = m_status;
    query.search = m_search;
    if (m_category > 0)
        query.categories = {m_category};
    query.perPage = m_pageSize;
    QUrlQuery urlQuery = wp::postsPageQuery(query, page, false);
    // The list's own order, not the pull's (by id): the server sorts, so every page follows it.
    urlQuery.removeAllQueryItems(QStringLiteral("orderby"));
    urlQuery.removeAllQueryItems(QStringLiteral("order"));
    urlQuery.addQueryItem(QStringLiteral("orderby"), sortField(m_sortColumn));
    urlQuery.addQueryItem(QStringLiteral("order"), m_sortOrder == Qt::AscendingOrder
                                                       ? QStringLiteral("asc")
                                                       : QStringLiteral("desc"));
    wp::Call *call = m_client->get(QStringLiteral("/wp/v2/posts"), urlQuery);
    m_pageCall = call;
    const quint64 generation = m_generation;
    connect(call, &wp::Call::finished, this, [this, call, page, generation] {
        call->deleteLater();
        if (generation != m_generation || call != m_pageCall)
            return;
        m_pageCall = nullptr;
        pageArrived(call, page);
        emit busyChanged(false);
    });
    emit busyChanged(true);
}

void RemotePostList::pageArrived(wp::Call *call, int page)
{
    const wp::Response &response = call->response();
    if (!response.ok()) {
        setError(response.message.isEmpty() ? wp::failureMessage(response.failure)
                                            : response.message);
        return;
    }
    const wp::PageCount count = wp::pageCountOf(response);
    const QJsonArray posts = response.json.array();
    if (page == 1) {
        m_total = count.total >= 0 ? count.total : int(posts.size());
        m_pages = count.pages >= 0 ? count.pages : 1;
    }
    m_nextPage = page + 1;
    QList<Row> fresh;
    for (const QJsonValue &value : posts) {
        const QJsonObject post = value.toObject();
        Row row;
        row.id = post.value(QLatin1String("id")).toInteger();
        if (row.id <= 0 || m_rowOfId.contains(row.id))
            continue;
        row.title = titleOf(post);
        row.status = post.value(QLatin1String("status")).toString();
        row.date = utcOf(post, "date_gmt", "date");
        row.author = post.value(QLatin1String("author")).toInteger();
        row.modified = utcOf(post, "modified_gmt", nullptr);
        row.link = post.value(QLatin1String("link")).toString();
        m_rowOfId.insert(row.id, int(m_rows.size() + fresh.size()));
        fresh.append(row);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
    }
    emit pageLoaded(page);
}

void RemotePostList::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged(error);
}

void RemotePostList::loadNames(const QString &route, int page,
                               std::function<void(const QJsonArray &, bool)> take)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,name"));
    wp::Call *call = m_client->get(route, query);
    m_nameCalls.append(call);
    connect(call, &wp::Call::finished, this, [this, call, route, page, take] {
        call->deleteLater();
        m_nameCalls.removeAll(call);
        const wp::Response &response = call->response();
        // Without names the list still works: ids show in their place.
        if (!response.ok()) {
            take({}, true);
            return;
        }
        const int pages = wp::pageCountOf(response).pages;
        const bool last = page >= pages || page >= kMaxNamePages;
        take(response.json.array(), last);
        if (!last)
            loadNames(route, page + 1, take);
    });
}

void RemotePostList::cancelCalls()
{
    ++m_generation;
    for (const QPointer<wp::Call> &call : std::as_const(m_nameCalls)) {
        if (call) {
            call->disconnect(this);
            call->deleteLater();
        }
    }
    m_nameCalls.clear();
    if (m_pageCall) {
        m_pageCall->disconnect(this);
        m_pageCall->deleteLater();
        m_pageCall = nullptr;
    }
}

int RemotePostList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemotePostList::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_seo ? int(ColumnCount) : int(SeoColumn));
}

QString RemotePostList::statusText(const QString &status)
{
    return wordPressStatusLabel(status);
}

QVariant RemotePostList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == PostIdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return row.link;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return row.title.isEmpty() ? tr("(no title)") : row.title;
    case StatusColumn:
        return statusText(row.status);
    case DateColumn:
        return shortDateTime(row.date);
    case AuthorColumn:
        return authorName(row.author);
    case ModifiedColumn:
        return shortDateTime(row.modified);
    case SeoColumn:
        if (m_seo) {
            if (const std::optional<SeoMemory::State> state = m_seo->state(m_siteAddress, row.id))
                return SeoMemory::describe(*state);
        }
        return QString();
    default:
        return {};
    }
}

QVariant RemotePostList::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == SeoColumn)
            return tr("When the post was last opened here: its SEO score (0–100) and the "
                      "errors and warnings of its metadata");
        return isSortable(section) ? tr("Click to sort (the site sorts)")
                                   : tr("The site cannot sort by this column");
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Modified");
    case SeoColumn:
        return tr("SEO");
    default:
        return {};
    }
}

bool RemotePostList::canFetchMore(const QModelIndex &parent) const
{
    // After an error, more comes only when asked for again (reload): a view scrolled to the end
    // would otherwise repeat the failing request without end.
    return !parent.isValid() && m_client && !m_pageCall && m_error.isEmpty() && m_pages >= 0 &&
           m_nextPage <= m_pages;
}

void RemotePostList::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadPage(m_nextPage);
}

} // namespace pw::gui
