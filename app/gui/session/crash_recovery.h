// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/journal_session.h"

#include <QObject>
#include <functional>
#include <memory>

class QThreadPool;
class QWidget;

namespace pw::gui {

class Document;
class JournalKeeper;

// Crash journals of this editor instance, and recovery of those that an editor which
// crashed or was killed left behind. Owns the instance's journal folder and the one worker
// thread that writes journals.
class CrashRecovery : public QObject {
    Q_OBJECT
public:
    // `root` is where every instance keeps its journal folder.
    explicit CrashRecovery(const QString &root = defaultRoot(), QObject *parent = nullptr);
    ~CrashRecovery() override;

    // AppDataLocation + "/journal".
    static QString defaultRoot();
    JournalSession &session() { return m_session; }

    // Journals the document from now on (the keeper is the document's child). Null when the
    // journal folder could not be made.
    JournalKeeper *keep(Document *document);
    // The idle delay of every keeper, those made already and those to come
    // (JournalKeeper::setIdleDelay).
    void setJournalDelay(int ms);
    int journalDelayMs() const { return m_journalDelayMs; }

    // Asks the user about the journals left by instances that are gone, if there are any.
    // `newDocument` gives an empty document (in a new tab) for each one to recover.
    void offer(QWidget *parent, const std::function<Document *()> &newDocument);

signals:
    void journalDelayChanged(int ms);

private:
    void recover(const JournalFile &journal, const std::function<Document *()> &newDocument);

    JournalSession m_session;
    // Shared with the keepers: a keeper may outlive this object while the window is torn
    // down, and its last removal must still run.
    std::shared_ptr<QThreadPool> m_pool;
    int m_journalDelayMs;
};

} // namespace pw::gui
