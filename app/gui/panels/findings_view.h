// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QListWidget>

namespace pw::gui {

class Document;
class SnapshotFollower;

// The findings of the current snapshot, most severe first. Activating one asks the window
// to take the user to the field or text it names.
class FindingsView : public QListWidget {
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    // Shows the snapshots of `document` (null: none) from now on.
    void setDocument(Document *document);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

signals:
    void findingActivated(const pw::Finding &finding);

private:
    SnapshotFollower *m_follower;
    QList<Finding> m_findings;
};

} // namespace pw::gui
