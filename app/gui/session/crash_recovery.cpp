// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/session/crash_recovery.h"

#include "gui/dialogs/recovery_dialog.h"
#include "gui/document/document.h"
#include "gui/document/journal_keeper.h"

#include <QDir>
#include <QStandardPaths>
#include <QThreadPool>

namespace pw::gui {

CrashRecovery::CrashRecovery(const QString &root, QObject *parent)
    : QObject(parent), m_session(root), m_pool(std::make_shared<QThreadPool>()),
      m_journalDelayMs(JournalKeeper::idleMs)
{
    // One thread: journal writes and removals run one after another, in the order asked.
    m_pool->setMaxThreadCount(1);
    if (!m_session.isValid())
        qWarning("Postwright: no crash journals: %s", qPrintable(m_session.error()));
}

CrashRecovery::~CrashRecovery()
{
    // The last removals first, so the session finds its folder empty and removes it.
    m_pool->waitForDone();
}

QString CrashRecovery::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal");
}

JournalKeeper *CrashRecovery::keep(Document *document)
{
    if (!m_session.isValid())
        return nullptr;
    auto *keeper = new JournalKeeper(document, m_session.newJournalPath(), m_pool, document);
    keeper->setIdleDelay(m_journalDelayMs);
    connect(this, &CrashRecovery::journalDelayChanged, keeper, &JournalKeeper::setIdleDelay);
    return keeper;
}

void CrashRecovery::setJournalDelay(int ms)
{
    if (ms == m_journalDelayMs)
        return;
    m_journalDelayMs = ms;
    emit journalDelayChanged(ms);
}

void CrashRecovery::offer(QWidget *parent, const std::function<Document *()> &newDocument)
{
    const JournalListing orphans = m_session.claimOrphans();
    for (const QString &problem : orphans.problems)
        qWarning("Postwright: skipped a crash journal: %s", qPrintable(problem));
    if (orphans.journals.isEmpty())
        return;
    RecoveryDialog dialog(orphans, parent);
    connect(&dialog, &RecoveryDialog::recoverRequested, this,
            [this, &newDocument](const JournalFile &journal) { recover(journal, newDocument); });
    connect(&dialog, &RecoveryDialog::discardRequested, this, [this](const JournalFile &journal) {
        m_pool->start([path = journal.path] { removeJournal(path); });
    });
    dialog.exec();
    // Journals left undecided stay in their folder, claimed by this instance until it ends,
    // and are offered again at the next start.
}

void CrashRecovery::recover(const JournalFile &journal,
                            const std::function<Document *()> &newDocument)
{
    Document *document = newDocument();
    document->restore(journal.entry);
    JournalKeeper *keeper = document->findChild<JournalKeeper *>();
    if (!keeper)
        return; // no journal folder of our own: keep the old journal, lose nothing
    // The old journal goes only once the recovered document has a journal of its own.
    connect(keeper, &JournalKeeper::written, this,
            [this, path = journal.path, keeper](const WriteResult &result) {
                if (!result.ok)
                    return;
                m_pool->start([path] { removeJournal(path); });
                disconnect(keeper, &JournalKeeper::written, this, nullptr);
            });
    keeper->writeNow();
}

} // namespace pw::gui
