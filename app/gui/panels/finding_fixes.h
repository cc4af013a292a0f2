// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/markdown/analysis.h"

#include <QObject>

class QMenu;
class QWidget;

namespace pw::gui {

class Document;
class FindingsView;
class SnapshotFollower;

// Applies a finding's suggestion to the body from the findings list: the list's context menu
// offers "Apply: ## Introduction" for a body finding that has a suggestion. The text at the
// finding's range becomes the suggestion as one undoable edit, and only while it still reads
// what the analysis saw: a finding of an older text must not land on other words.
//
// Generic over findings: any rule that gives a body range and a replacement gets the fix.
// Only findings of the current snapshot qualify, since their ranges are known to be offsets
// into that snapshot's body (the list may show findings from elsewhere, such as the load's).
class FindingFixes : public QObject {
    Q_OBJECT
public:
    // Installs the context menu on `view`, which owns this.
    explicit FindingFixes(FindingsView *view);

    // Follows `document`'s snapshots (null: none).
    void setDocument(Document *document);

    // A body finding with a suggestion, from the latest snapshot, whose text is unchanged.
    bool canApply(const Finding &finding) const;
    // Returns whether it changed the body.
    bool apply(const Finding &finding);

    // The menu for one finding (null when nothing applies to it); the caller owns it.
    QMenu *createMenu(const Finding &finding, QWidget *parent);

private:
    bool isFromSnapshot(const Finding &finding) const;
    void showMenu(const QPoint &position);

    FindingsView *m_view;
    SnapshotFollower *m_follower;
    SnapshotPtr m_snapshot;
};

} // namespace pw::gui
