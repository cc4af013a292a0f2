// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QJsonArray;

namespace pw::wp {
class Call;
class Client;
struct Response;
} // namespace pw::wp

namespace pw::gui {

class SeoMemory;

// A site's posts as a table that fills page by page (canFetchMore/fetchMore, so a view asks
// for the next page of /wp/v2/posts when it is scrolled to the end), filtered and ordered by
// the server. Changing a filter or the order starts again; answers to an earlier query are
// dropped. Nothing waits on the network: every request is asynchronous.
class RemotePostList : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        StatusColumn,
        DateColumn,
        AuthorColumn,
        ModifiedColumn,
        SeoColumn,
        ColumnCount
    };
    enum Role { PostIdRole = Qt::UserRole + 1 };

    struct Row {
        qint64 id = 0;
        QString title;
        QString status; // as the REST API says it: publish, draft, ...
        QDateTime date; // UTC
        qint64 author = 0;
        QDateTime modified; // UTC
        QString link;
    };
    struct Category {
        qint64 id = 0;
        QString name;
    };

    explicit RemotePostList(QObject *parent = nullptr);
    ~RemotePostList() override;

    // The site to list, and its client (owned from now on); null clears the list. Starts
    // loading the first page, the categories and the authors' names.
    void setSite(std::unique_ptr<wp::Client> client, const QUrl &siteAddress);
    wp::Client *client() const { return m_client.get(); }
    QUrl siteAddress() const { return m_siteAddress; }
    // Shows each post's remembered SEO state in the SEO column; not owned, may be null.
    void setSeoMemory(SeoMemory *memory);

    // Filters; each change starts the list again (when it is a change).
    void setSearch(const QString &text);
    void setStatus(const QString &status); // any, publish, draft, pending, future, private
    void setCategory(qint64 id);           // 0: every category
    QString search() const { return m_search; }
    QString status() const { return m_status; }
    qint64 category() const { return m_category; }
    // Posts a page; 100 (the REST API's maximum) unless a test wants more pages.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    // Loads the list again with the same filters.
    void reload();

    const Row &row(int index) const { return m_rows.at(index); }
    // X-WP-Total of the current query; -1 until the first page came.
    int totalCount() const { return m_total; }
    // Pages loaded of the current query.
    int loadedPages() const { return m_nextPage - 1; }
    QList<Category> categories() const { return m_categories; }
    QString authorName(qint64 id) const;
    bool isBusy() const { return m_pageCall != nullptr; }
    // Why the last page could not be had, for the user; empty when all went well.
    QString error() const { return m_error; }

    // Whether the server can order the list by this column (the others do not sort).
    static bool isSortable(int column);
    // -1: newest first (by id), the order until a column is chosen. Not by date: posts of the
    // same second would have no fixed order, and pages could repeat or skip them.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A status as a writer reads it ("Scheduled" for future).
    static QString statusText(const QString &status);

signals:
    void busyChanged(bool busy);
    void errorChanged(const QString &error);
    // A page arrived (rows were appended, possibly none).
    void pageLoaded(int page);
    void categoriesChanged();

private:
    void restart();
    void loadPage(int page);
    void pageArrived(wp::Call *call, int page);
    void setError(const QString &error);
    // Loads every page of a list of names (/wp/v2/categories, /wp/v2/users), up to a limit.
    void loadNames(const QString &route, int page,
                   std::function<void(const QJsonArray &names, bool last)> take);
    void cancelCalls();

    std::unique_ptr<wp::Client> m_client;
    QUrl m_siteAddress;
    QPointer<SeoMemory> m_seo;
    QString m_search;
    QString m_status = QStringLiteral("any");
    qint64 m_category = 0;
    int m_pageSize = 100;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;

    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId; // a post moved across a page boundary is listed once
    QHash<qint64, QString> m_authors;
    QList<Category> m_categories;
    int m_nextPage = 1;
    int m_pages = -1; // X-WP-TotalPages; -1 until the first page came
    int m_total = -1;
    QString m_error;
    // The query an answer belongs to: raised on every restart, so late answers are dropped.
    quint64 m_generation = 0;
    wp::Call *m_pageCall = nullptr;
    QList<QPointer<wp::Call>> m_nameCalls;
};

} // namespace pw::gui
