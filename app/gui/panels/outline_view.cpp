// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/outline_view.h"

#include "gui/panels/snapshot_follower.h"

#include <QHeaderView>

#include <algorithm>

namespace pw::gui {

namespace {
constexpr int LineRole = Qt::UserRole + 1;
}

OutlineView::OutlineView(QWidget *parent)
    : QTreeWidget(parent)
    , m_follower(new SnapshotFollower(
          [this](Document *, const SnapshotPtr &snapshot) {
              setOutline(snapshot ? snapshot->outline : QList<OutlineEntry>());
          },
          this))
{
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setExpandsOnDoubleClick(false);
    // A single click jumps, like the findings list: the outline is for navigating.
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit lineActivated(item->data(0, LineRole).toInt()); });
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit lineActivated(item->data(0, LineRole).toInt()); });
}

void OutlineView::setOutline(const QList<OutlineEntry> &outline)
{
    // Every keystroke brings a snapshot; rebuilding an unchanged tree would lose the
    // selection and the scroll position.
    if (outline == m_outline)
        return;
    // Typing in a heading, or lines added above some: the same tree with other words or
    // lines. Changing those items only keeps the selection and costs one row's repaint, where
    // a rebuild laid out and painted the whole tree (10 ms on the 200 KB post of the benchmark).
    const auto sameLevel = [](const OutlineEntry &a, const OutlineEntry &b) {
        return a.level == b.level;
    };
    if (std::equal(outline.cbegin(), outline.cend(), m_outline.cbegin(), m_outline.cend(),
                   sameLevel)) {
        for (qsizetype i = 0; i < outline.size(); ++i) {
            if (!(outline.at(i) == m_outline.at(i)))
                fillItem(m_items.at(i), outline.at(i));
        }
        m_outline = outline;
        return;
    }
    m_outline = outline;
    m_items.clear();
    clear();
    // Parents by level: a heading nests under the nearest earlier heading of a lower level,
    // so an H3 straight after an H1 still nests under it.
    QList<std::pair<int, QTreeWidgetItem *>> stack;
    for (const OutlineEntry &entry : outline) {
        while (!stack.isEmpty() && stack.constLast().first >= entry.level)
            stack.removeLast();
        auto *item = stack.isEmpty() ? new QTreeWidgetItem(this)
                                     : new QTreeWidgetItem(stack.constLast().second);
        fillItem(item, entry);
        m_items.append(item);
        stack.append({entry.level, item});
    }
    expandAll();
}

void OutlineView::fillItem(QTreeWidgetItem *item, const OutlineEntry &entry)
{
    item->setText(0, entry.text.isEmpty() ? tr("(empty heading)") : entry.text);
    item->setData(0, LineRole, entry.line);
    item->setToolTip(0, tr("Heading %1, line %2").arg(entry.level).arg(entry.line + 1));
}

void OutlineView::setDocument(Document *document)
{
    m_follower->setDocument(document);
}

} // namespace pw::gui
