// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QWidget>

class QLabel;

namespace pw::gui {

class Document;
class SnapshotFollower;

// Words, characters, reading time and error/warning counts of the body, for the status bar.
// Metadata is not counted.
class StatusStats : public QWidget {
    Q_OBJECT
public:
    explicit StatusStats(QWidget *parent = nullptr);

    // Shows the snapshots of `document` (null: none) from now on.
    void setDocument(Document *document);
    void setSnapshot(const SnapshotPtr &snapshot);
    QString text() const;

private:
    QLabel *m_counts;
    QLabel *m_problems;
    SnapshotFollower *m_follower;
};

} // namespace pw::gui
