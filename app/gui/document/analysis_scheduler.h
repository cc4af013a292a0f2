// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace pw::gui {

class Document;

// Keeps one Document's snapshot current without parsing on the GUI thread. Edits restart a
// short debounce; then the post is copied and analysed on a worker thread. While a run is
// in flight, further edits only mark the result stale, so at most one more run waits.
class AnalysisScheduler : public QObject {
    Q_OBJECT
public:
    AnalysisScheduler(Document *document, AnalysisContext context, QObject *parent = nullptr);
    ~AnalysisScheduler() override;

    SnapshotPtr latest() const { return m_latest; }
    // Analyse now (skipping the debounce), e.g. after opening a file.
    void refreshNow();
    // Analyses against another context from now on, starting at once. A run in flight holds
    // the context it started with.
    void setContext(const AnalysisContext &context);
    // Debounce for a body of this many characters: longer posts wait a little longer, so a
    // fast typist does not queue a parse per key on a 200 KB post.
    static int debounceMs(qsizetype characters);

signals:
    void snapshotReady(pw::SnapshotPtr snapshot);

private:
    void schedule();
    void launch();
    void finished();

    Document *m_document;
    AnalysisContext m_context;
    QTimer m_debounce;
    QFutureWatcher<SnapshotPtr> m_watcher;
    SnapshotPtr m_latest;
    quint64 m_revision = 0;
    bool m_stale = false;
};

} // namespace pw::gui
