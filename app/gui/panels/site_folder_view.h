// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QModelIndex;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace pw::gui {

// A folder of posts opened as a site (after File → Pull Site…): its post files listed by
// title, with their site status and date, narrowed by a filter field. The titles are read on
// a worker thread; until they come, the files show by name. Activating one asks for it to be
// opened.
class SiteFolderView : public QWidget {
    Q_OBJECT

public:
    explicit SiteFolderView(QWidget *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    // Reads the folder again (after a pull into it).
    void reload() { setFolder(m_folder); }
    // Whether the titles are still being read.
    bool isReading() const { return m_reading; }

    // The parts, for tests.
    QLineEdit *filterField() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    // The rows as shown (filtered and sorted); the file's path is in Qt::UserRole of column 0.
    QSortFilterProxyModel *rows() const { return m_proxy; }

    enum Column { TitleColumn, StatusColumn, ModifiedColumn };
    // What a file says of itself, read on the worker.
    struct FileHeading {
        QString path;
        QString title;
        QString status;     // wordpress_status, or empty
        QDateTime modified; // wordpress_modified_gmt, or the file's own date
    };

signals:
    void fileActivated(const QString &path);
    // The titles of the folder set last have been read and shown.
    void titlesRead();

private:
    void showHeadings(const QList<FileHeading> &headings);
    void openIndex(const QModelIndex &index);

    QString m_folder;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_count;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    // Raised by each setFolder(): headings read for an earlier folder are dropped.
    quint64 m_generation = 0;
    bool m_reading = false;
};

} // namespace pw::gui
