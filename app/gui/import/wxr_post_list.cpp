// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/wxr_post_list.h"

#include "core/i18n/date_format.h"
#include "gui/sites/remote_mark.h"

#include <algorithm>

namespace pw::gui {

namespace {

// "Élodie" is found by "elodie": letters without their accents, in one case.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

const QStringList &statusOrder()
{
    // As wp-admin's status links list them.
    static const QStringList order{QStringLiteral("publish"), QStringLiteral("future"),
                                   QStringLiteral("draft"),   QStringLiteral("pending"),
                                   QStringLiteral("private"), QStringLiteral("trash")};
    return order;
}

} // namespace

WxrPostList::WxrPostList(QObject *parent) : QAbstractTableModel(parent) {}

void WxrPostList::setListing(const WxrListing &listing)
{
    beginResetModel();
    m_listing = listing;
    m_checked.clear();
    for (int row = 0; row < m_listing.items.size(); ++row) {
        if (pickedByDefault(m_listing.items.at(row)))
            m_checked.insert(row);
    }
    endResetModel();
    emit checkedChanged();
}

bool WxrPostList::pickedByDefault(const WxrListedItem &item)
{
    return whyNotPicked(item).isEmpty();
}

QString WxrPostList::whyNotPicked(const WxrListedItem &item)
{
    if (item.passwordProtected)
        return tr("Password-protected: not picked, so that what the password kept private is "
                  "not imported by accident. Tick it to import it with its content.");
    if (item.status == QLatin1String("trash"))
        return tr("In the trash on the site: not picked. Tick it to import it anyway.");
    return {};
}

QString WxrPostList::typeLabel(const QString &postType)
{
    if (postType == QLatin1String("page"))
        return tr("Page");
    if (postType == QLatin1String("post"))
        return tr("Post");
    return postType;
}

QString WxrPostList::statusLabel(const QString &status)
{
    if (status == QLatin1String("trash"))
        return tr("Trash");
    return wordPressStatusLabel(status);
}

void WxrPostList::setChecked(int row, bool checked)
{
    setCheckedRows({row}, checked);
}

void WxrPostList::setCheckedRows(const QList<int> &rows, bool checked)
{
    bool changed = false;
    for (const int row : rows) {
        if (row < 0 || row >= m_listing.items.size() || isChecked(row) == checked)
            continue;
        if (checked)
            m_checked.insert(row);
        else
            m_checked.remove(row);
        const QModelIndex cell = index(row, TitleColumn);
        emit dataChanged(cell, cell, {Qt::CheckStateRole});
        changed = true;
    }
    if (changed)
        emit checkedChanged();
}

QSet<qint64> WxrPostList::checkedIds() const
{
    QSet<qint64> ids;
    for (const int row : m_checked)
        ids.insert(m_listing.items.at(row).id);
    return ids;
}

QStringList WxrPostList::statuses() const
{
    QStringList found;
    for (const WxrListedItem &item : m_listing.items) {
        if (!found.contains(item.status))
            found.append(item.status);
    }
    // Known statuses in WordPress's order, then any a plugin added, as met.
    std::stable_sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &s) {
            const qsizetype i = statusOrder().indexOf(s);
            return i < 0 ? statusOrder().size() : i;
        };
        return rank(a) < rank(b);
    });
    return found;
}

QString WxrPostList::contentsText() const
{
    // Counts after labels: right in every language without plural forms.
    return tr("Posts: %1 · Pages: %2 · Attachments: %3")
        .arg(m_listing.posts)
        .arg(m_listing.pages)
        .arg(m_listing.attachments);
}

QString WxrPostList::pickedText() const
{
    QString text = tr("Picked: %1 of %2").arg(checkedCount()).arg(m_listing.items.size());
    const bool anyHeldBack =
        std::any_of(m_listing.items.cbegin(), m_listing.items.cend(),
                    [](const WxrListedItem &item) { return !pickedByDefault(item); });
    if (anyHeldBack)
        text += QLatin1Char(' ') +
                tr("(password-protected and trashed ones start unticked: tick them to import "
                   "them)");
    return text;
}

int WxrPostList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listing.items.size());
}

int WxrPostList::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WxrPostList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_listing.items.size())
        return {};
    const WxrListedItem &item = m_listing.items.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case PostTypeRole:
        return item.postType;
    case StatusRole:
        return item.status;
    case Qt::ToolTipRole: {
        const QString why = whyNotPicked(item);
        if (index.column() == TitleColumn || index.column() == ProtectedColumn)
            return why.isEmpty() ? (index.column() == TitleColumn ? item.title : QVariant())
                                 : QVariant(why);
        return {};
    }
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn)
            return isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
        return {};
    case SortRole:
        if (index.column() == DateColumn)
            return item.date;
        if (index.column() == TitleColumn)
            return item.title.toCaseFolded();
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return item.title.isEmpty() ? tr("(no title)") : item.title;
        case TypeColumn:
            return typeLabel(item.postType);
        case StatusColumn:
            return statusLabel(item.status);
        case DateColumn:
            return item.date.isValid() ? shortDateTime(item.date) : QString();
        case AuthorColumn:
            return item.author;
        case ProtectedColumn:
            return item.passwordProtected ? tr("Password") : QString();
        }
        return {};
    default:
        return {};
    }
}

bool WxrPostList::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != TitleColumn || role != Qt::CheckStateRole)
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags WxrPostList::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant WxrPostList::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case AuthorColumn:
        return tr("Author");
    case ProtectedColumn:
        return tr("Protected");
    }
    return {};
}

WxrPostFilter::WxrPostFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WxrPostList::SortRole);
}

WxrPostList *WxrPostFilter::list() const
{
    return qobject_cast<WxrPostList *>(sourceModel());
}

void WxrPostFilter::setPostType(const QString &postType)
{
    m_postType = postType;
    invalidateFilter();
}

void WxrPostFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void WxrPostFilter::setText(const QString &text)
{
    m_text = folded(text.trimmed());
    invalidateFilter();
}

void WxrPostFilter::setShownChecked(bool checked)
{
    WxrPostList *source = list();
    if (!source)
        return;
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row)
        rows.append(mapToSource(index(row, 0)).row());
    source->setCheckedRows(rows, checked);
}

bool WxrPostFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const WxrPostList *source = list();
    if (!source || sourceParent.isValid())
        return false;
    const WxrListedItem &item = source->item(sourceRow);
    if (!m_postType.isEmpty() && item.postType != m_postType)
        return false;
    if (!m_status.isEmpty() && item.status != m_status)
        return false;
    return m_text.isEmpty() || folded(item.title).contains(m_text) ||
           folded(item.author).contains(m_text);
}

} // namespace pw::gui
