// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/atomic_writer.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

class QThreadPool;

namespace pw::gui {

class Document;

// Keeps a crash journal of one document while it has unsaved changes: written a moment
// (idleDelayMs, the user's choice) after typing stops and at least every few seconds while it
// goes on. The post is copied on
// the GUI thread (one toPlainText) and written on `pool`, which runs one task at a time, so
// writes and removals of a journal happen in the order they were asked for and never two at
// once. The journal goes away when the document is saved, becomes unmodified again, or is
// closed (the window closes a modified document only after the user said Discard). A crash
// runs no destructor, so then it stays.
class JournalKeeper : public QObject {
    Q_OBJECT
public:
    static constexpr int idleMs = 1000;
    static constexpr int maxDelayMs = 5000;

    JournalKeeper(Document *document, const QString &journalPath, std::shared_ptr<QThreadPool> pool,
                  QObject *parent = nullptr);
    ~JournalKeeper() override;

    QString journalPath() const { return m_path; }
    // Takes the journal now instead of after the delay (when the document is modified).
    void writeNow();
    // How long after the last edit the journal is written; applies to the next edit on.
    // While typing goes on it is written at least every max(maxDelayMs, idle) ms.
    void setIdleDelay(int ms);
    int idleDelayMs() const { return m_idle.interval(); }

signals:
    // A journal write finished; `result.ok` is false when it failed (disk full, ...).
    void written(const pw::WriteResult &result);

private:
    void documentChanged();
    void writeFinished();
    void removeJournal();

    Document *m_document;
    QString m_path;
    std::shared_ptr<QThreadPool> m_pool;
    QTimer m_idle;     // restarted by every edit
    QTimer m_maxDelay; // started by the first edit after a write, never restarted
    QFutureWatcher<WriteResult> m_watcher;
    bool m_writing = false; // a write is queued or running
    bool m_dirty = false;   // changed since the write that is running was taken
    bool m_onDisk = false;  // a journal was (or is being) written and not removed since
};

} // namespace pw::gui
