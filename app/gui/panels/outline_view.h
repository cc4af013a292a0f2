// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QTreeWidget>

namespace pw::gui {

class Document;
class SnapshotFollower;

// The headings of the current document as a tree, nested by level. It only shows the
// snapshot's outline and says which body line was picked; the window does the jumping.
class OutlineView : public QTreeWidget {
    Q_OBJECT
public:
    explicit OutlineView(QWidget *parent = nullptr);

    // Shows the snapshots of `document` (null: none) from now on.
    void setDocument(Document *document);

    void setOutline(const QList<OutlineEntry> &outline);
    const QList<OutlineEntry> &outline() const { return m_outline; }

signals:
    // A 0-based line of the body, as in OutlineEntry::line.
    void lineActivated(int line);

private:
    void fillItem(QTreeWidgetItem *item, const OutlineEntry &entry);

    SnapshotFollower *m_follower;
    QList<OutlineEntry> m_outline;
    QList<QTreeWidgetItem *> m_items; // in the order of m_outline; owned by the tree
};

} // namespace pw::gui
