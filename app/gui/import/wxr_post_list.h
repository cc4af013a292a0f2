// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/import/wxr_listing.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>

namespace pw::gui {

// The posts and pages of a WordPress export as a table of checkboxes, for the import picker.
// Every item starts ticked except password-protected ones (their content is not for everyone:
// importing it is the user's explicit choice) and trashed ones (deleted on the site); their
// tooltips say why.
class WxrPostList : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn, // checkable
        TypeColumn,
        StatusColumn,
        DateColumn,
        AuthorColumn,
        ProtectedColumn, // a mark for password-protected items
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PostTypeRole, // "post" or "page"
        StatusRole,   // WordPress's word: publish, draft, ...
        SortRole,     // what the column sorts by (the date as a date)
    };

    explicit WxrPostList(QObject *parent = nullptr);

    void setListing(const WxrListing &listing);
    const WxrListing &listing() const { return m_listing; }
    const WxrListedItem &item(int row) const { return m_listing.items.at(row); }

    static bool pickedByDefault(const WxrListedItem &item);
    // Why an item starts unticked; empty when it starts ticked.
    static QString whyNotPicked(const WxrListedItem &item);
    static QString typeLabel(const QString &postType);
    // WordPress's status names in the user's language (wordPressStatusLabel), with the trash.
    static QString statusLabel(const QString &status);

    bool isChecked(int row) const { return m_checked.contains(row); }
    void setChecked(int row, bool checked);
    void setCheckedRows(const QList<int> &rows, bool checked);
    QSet<qint64> checkedIds() const;
    int checkedCount() const { return int(m_checked.size()); }
    // The statuses the export's posts and pages have, in WordPress's order.
    QStringList statuses() const;

    // "Posts: 35 · Pages: 3 · Attachments: 6"
    QString contentsText() const;
    // "Picked: 12 of 38", and why some started unticked when they did
    QString pickedText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    WxrListing m_listing;
    QSet<int> m_checked; // rows
};

// What the picker shows of the list: one type, one status, and items whose title or author
// holds the typed text (any case, any accents typed or not).
class WxrPostFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit WxrPostFilter(QObject *parent = nullptr);

    void setPostType(const QString &postType); // empty: posts and pages
    void setStatus(const QString &status);     // empty: every status
    void setText(const QString &text);
    // Ticks or unticks the items shown, leaving the hidden ones as they are.
    void setShownChecked(bool checked);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    WxrPostList *list() const;

    QString m_postType;
    QString m_status;
    QString m_text; // folded
};

} // namespace pw::gui
