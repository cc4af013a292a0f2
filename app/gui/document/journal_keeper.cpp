// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/journal_keeper.h"

#include "core/io/journal.h"
#include "gui/document/document.h"

#include <QTextDocument>
#include <QThreadPool>
#include <QtConcurrent>

namespace pw::gui {

JournalKeeper::JournalKeeper(Document *document, const QString &journalPath,
                             std::shared_ptr<QThreadPool> pool, QObject *parent)
    : QObject(parent), m_document(document), m_path(journalPath), m_pool(std::move(pool))
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    m_maxDelay.setSingleShot(true);
    m_maxDelay.setInterval(maxDelayMs);
    connect(&m_idle, &QTimer::timeout, this, &JournalKeeper::writeNow);
    connect(&m_maxDelay, &QTimer::timeout, this, &JournalKeeper::writeNow);
    connect(&m_watcher, &QFutureWatcher<WriteResult>::finished, this,
            &JournalKeeper::writeFinished);
    connect(document->bodyDocument(), &QTextDocument::contentsChanged, this,
            &JournalKeeper::documentChanged);
    connect(document, &Document::metadataChanged, this, &JournalKeeper::documentChanged);
    connect(document, &Document::modifiedChanged, this, &JournalKeeper::documentChanged);
    connect(document, &Document::filePathChanged, this, &JournalKeeper::documentChanged);
}

JournalKeeper::~JournalKeeper()
{
    removeJournal();
}

void JournalKeeper::setIdleDelay(int ms)
{
    // A pending write keeps its own schedule; a longer pause starts with the next edit.
    m_idle.setInterval(qMax(1, ms));
    m_maxDelay.setInterval(qMax(maxDelayMs, ms));
}

void JournalKeeper::documentChanged()
{
    if (!m_document->isModified()) {
        m_idle.stop();
        m_maxDelay.stop();
        m_dirty = false;
        removeJournal();
        return;
    }
    m_idle.start();
    if (!m_maxDelay.isActive())
        m_maxDelay.start();
}

void JournalKeeper::writeNow()
{
    m_idle.stop();
    m_maxDelay.stop();
    if (!m_document->isModified())
        return;
    if (m_writing) {
        m_dirty = true; // taken again when the running write is done
        return;
    }
    const JournalEntry entry = m_document->journalEntry();
    m_writing = true;
    m_dirty = false;
    m_onDisk = true;
    m_watcher.setFuture(QtConcurrent::run(
        m_pool.get(), [path = m_path, entry] { return writeJournal(path, entry); }));
}

void JournalKeeper::writeFinished()
{
    m_writing = false;
    emit written(m_watcher.result());
    if (m_dirty)
        writeNow();
}

void JournalKeeper::removeJournal()
{
    if (!m_onDisk)
        return;
    m_onDisk = false;
    // Queued on the pool behind any write of this journal, so that write cannot bring it
    // back afterwards.
    m_pool->start([path = m_path] { pw::removeJournal(path); });
}

} // namespace pw::gui
