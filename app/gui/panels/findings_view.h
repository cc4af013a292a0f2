// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QListWidget>

namespace pw::gui {

class Document;
class SnapshotFollower;

// The findings of the current snapshot, and the notes of reading the document that are about
// its text (textNotes()), most severe first. Activating one asks the window to take the user
// to the field or text it names.
class FindingsView : public QListWidget {
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    // Shows the snapshots of `document` (null: none) from now on.
    void setDocument(Document *document);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }

    // Of a document's load findings, those about its text: the decoding notes, the repairs'
    // summaries and each repair. Import notes stay in the Import Review panel.
    static QList<Finding> textNotes(const QList<Finding> &loadFindings);

signals:
    void findingActivated(const pw::Finding &finding);

private:
    void showFindings(Document *document);

    SnapshotFollower *m_follower;
    QList<Finding> m_findings;
    QList<Finding> m_analysisFindings; // of the latest snapshot
    QMetaObject::Connection m_loadFindingsConnection;
};

} // namespace pw::gui
