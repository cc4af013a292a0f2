// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace pw::gui {

class Document;

// Keeps one Document's snapshot current without parsing on the GUI thread. An edit after a
// pause is analysed at once; edits in quick succession restart a short debounce, so a typist
// gets one run when they pause rather than one per key. The post is copied and analysed on
// a worker thread. While a run is in flight, further edits only mark the result stale, so at
// most one more run waits.
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
    // fast typist does not queue a parse per key on a 200 KB post. An edit that comes longer
    // than this after the one before it is analysed without waiting.
    static int debounceMs(qsizetype characters);
    // How long an edit after a pause waits: enough for the key that made it to be handled and
    // painted undisturbed (starting at once raised the keystroke's p95 by 1-2 ms on two cores,
    // BENCHMARKS.md), and for one command's several edits (a paste with auto-indent, a
    // replace-all) to be analysed together.
    static constexpr int afterPauseDelayMs = 4;

signals:
    // A run of `revision` started on a worker (it reads the post as it was at this moment).
    void started(quint64 revision);
    void snapshotReady(pw::SnapshotPtr snapshot);

private:
    void schedule();
    void launch();
    void finished();

    Document *m_document;
    AnalysisContext m_context;
    QTimer m_debounce;
    QElapsedTimer m_sinceEdit; // since the last edit; invalid before the first
    QFutureWatcher<SnapshotPtr> m_watcher;
    SnapshotPtr m_latest;
    quint64 m_revision = 0;
    bool m_stale = false;
};

} // namespace pw::gui
