// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/analysis_scheduler.h"

#include "gui/document/document.h"

#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace pw::gui {

AnalysisScheduler::AnalysisScheduler(Document *document, AnalysisContext context, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_context(context)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisScheduler::launch);
    connect(&m_watcher, &QFutureWatcher<SnapshotPtr>::finished, this, &AnalysisScheduler::finished);
    // contentsChange, not contentsChanged: the latter also comes when the highlighter
    // re-colours a line (QSyntaxHighlighter marks it dirty), which every snapshot that changes
    // a line's spans does, and each such snapshot scheduled another run of unchanged text.
    connect(document->bodyDocument(), &QTextDocument::contentsChange, this,
            &AnalysisScheduler::schedule);
    connect(document, &Document::metadataChanged, this, &AnalysisScheduler::schedule);
}

AnalysisScheduler::~AnalysisScheduler()
{
    // The worker reads only its own copy of the post, but its result must not arrive at a
    // destroyed object.
    m_watcher.waitForFinished();
}

int AnalysisScheduler::debounceMs(qsizetype characters)
{
    return int(qBound(qsizetype(15), 15 + characters / 4000, qsizetype(120)));
}

void AnalysisScheduler::refreshNow()
{
    m_debounce.stop();
    launch();
}

void AnalysisScheduler::setContext(const AnalysisContext &context)
{
    m_context = context;
    refreshNow();
}

void AnalysisScheduler::schedule()
{
    const int debounce = debounceMs(m_document->bodyDocument()->characterCount());
    // After a pause there is nothing to coalesce with: waiting the debounce would only delay
    // the preview.
    const bool afterPause = !m_sinceEdit.isValid() || m_sinceEdit.elapsed() >= debounce;
    m_sinceEdit.start();
    const bool idle = !m_watcher.isRunning() && !m_debounce.isActive();
    m_debounce.start(afterPause && idle ? afterPauseDelayMs : debounce);
}

void AnalysisScheduler::launch()
{
    if (m_watcher.isRunning()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const quint64 revision = ++m_revision;
    m_watcher.setFuture(QtConcurrent::run(
        [post = m_document->post(), context = m_context, revision] {
            return analyzePost(post, context, revision);
        }));
    emit started(revision);
}

void AnalysisScheduler::finished()
{
    m_latest = m_watcher.result();
    emit snapshotReady(m_latest);
    if (m_stale)
        launch();
}

} // namespace pw::gui
