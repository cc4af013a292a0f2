// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/site_folder_view.h"

#include "gui/sites/remote_mark.h"

#include "core/formats/post_reader.h"
#include "core/post.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pw::gui {

namespace {

constexpr int kPathRole = Qt::UserRole;

const QStringList &postFilePatterns()
{
    static const QStringList patterns{QStringLiteral("*.md"), QStringLiteral("*.markdown"),
                                      QStringLiteral("*.txt"), QStringLiteral("*.html"),
                                      QStringLiteral("*.htm")};
    return patterns;
}

// On the worker: only the files, nothing of the widget.
QList<SiteFolderView::FileHeading> readHeadings(const QStringList &paths)
{
    QList<SiteFolderView::FileHeading> headings;
    headings.reserve(paths.size());
    for (const QString &path : paths) {
        SiteFolderView::FileHeading heading;
        heading.path = path;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            // A post file is small; a stray large file is not read whole for a title.
            const PostReadResult read = readPostBytes(file.read(4 << 20));
            if (read.post) {
                heading.title = read.post->title;
                heading.status = extraValue(*read.post, extra_key::wordpressStatus);
                heading.modified = QDateTime::fromString(
                    extraValue(*read.post, extra_key::wordpressModified), Qt::ISODate);
                if (heading.modified.isValid() && heading.modified.timeSpec() == Qt::LocalTime)
                    heading.modified.setTimeSpec(Qt::UTC); // the field is GMT
            }
        }
        headings.append(heading);
    }
    return headings;
}


} // namespace

SiteFolderView::SiteFolderView(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_count(new QLabel(this)), m_model(new QStandardItemModel(0, 3, this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_model->setHorizontalHeaderLabels({tr("Title"), tr("Status"), tr("Modified")});
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // title, status and date alike
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter posts"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TitleColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ModifiedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_count->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTreeView::activated, this, &SiteFolderView::openIndex);
}

void SiteFolderView::setFolder(const QString &folder)
{
    m_folder = folder;
    const quint64 generation = ++m_generation;
    m_model->removeRows(0, m_model->rowCount());
    const QFileInfoList files =
        QDir(folder).entryInfoList(postFilePatterns(), QDir::Files, QDir::Name);
    QStringList paths;
    paths.reserve(files.size());
    for (const QFileInfo &info : files) {
        auto *title = new QStandardItem(info.fileName());
        title->setData(info.filePath(), kPathRole);
        title->setToolTip(QDir::toNativeSeparators(info.filePath()));
        auto *modified = new QStandardItem;
        modified->setData(info.lastModified(), Qt::DisplayRole);
        m_model->appendRow({title, new QStandardItem, modified});
        paths.append(info.filePath());
    }
    m_count->setText(tr("%n post file(s)", nullptr, int(paths.size())));
    m_reading = !paths.isEmpty();
    if (!m_reading) {
        emit titlesRead();
        return;
    }
    // A read of an earlier folder runs to its end; what it gives is dropped by its generation.
    auto *reader = new QFutureWatcher<QList<FileHeading>>(this);
    connect(reader, &QFutureWatcherBase::finished, this, [this, reader, generation] {
        reader->deleteLater();
        if (generation == m_generation)
            showHeadings(reader->result());
    });
    reader->setFuture(QtConcurrent::run(readHeadings, paths));
}

void SiteFolderView::showHeadings(const QList<FileHeading> &headings)
{
    QHash<QString, int> rowOf;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rowOf.insert(m_model->item(row, TitleColumn)->data(kPathRole).toString(), row);
    m_proxy->setDynamicSortFilter(false); // one sort at the end, not one per row
    for (const FileHeading &heading : headings) {
        const auto it = rowOf.constFind(heading.path);
        if (it == rowOf.cend())
            continue;
        if (!heading.title.trimmed().isEmpty())
            m_model->item(*it, TitleColumn)->setText(heading.title);
        m_model->item(*it, StatusColumn)->setText(wordPressStatusLabel(heading.status));
        if (heading.modified.isValid())
            m_model->item(*it, ModifiedColumn)
                ->setData(heading.modified.toLocalTime(), Qt::DisplayRole);
    }
    m_proxy->setDynamicSortFilter(true);
    m_proxy->invalidate();
    m_reading = false;
    emit titlesRead();
}

void SiteFolderView::openIndex(const QModelIndex &index)
{
    const QString path = index.siblingAtColumn(TitleColumn).data(kPathRole).toString();
    if (!path.isEmpty())
        emit fileActivated(path);
}

} // namespace pw::gui
