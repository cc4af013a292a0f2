// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/journal_session.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QUuid>

namespace pw {

namespace {

class JournalSessionText {
    Q_DECLARE_TR_FUNCTIONS(pw::JournalSession)
};

const QString kLockName = QStringLiteral("instance.lock");
const QString kFolderPrefix = QStringLiteral("instance-");

QString newName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::unique_ptr<QLockFile> lockFolder(const QString &folder)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(kLockName));
    // Stale only when its process is gone (QLockFile checks the PID, host and process
    // name), never by age: an editor can run for weeks.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace

JournalSession::JournalSession(const QString &root) : m_root(root)
{
    const QString folder = QDir(root).filePath(newName(kFolderPrefix));
    if (!QDir().mkpath(folder)) {
        m_error = JournalSessionText::tr("%1: cannot create the journal folder").arg(folder);
        return;
    }
    m_lock = lockFolder(folder);
    if (!m_lock) {
        m_error = JournalSessionText::tr("%1: cannot lock the journal folder").arg(folder);
        QDir().rmdir(folder);
        return;
    }
    m_folder = folder;
}

JournalSession::~JournalSession()
{
    releaseOrphans();
    if (m_lock)
        removeFolderIfEmpty(m_folder, std::move(m_lock));
}

QString JournalSession::newJournalPath() const
{
    return QDir(m_folder).filePath(newName(QStringLiteral("document-")) + journalSuffix());
}

JournalListing JournalSession::claimOrphans()
{
    JournalListing listing;
    const QDir root(m_root);
    const QStringList folders =
        root.entryList({kFolderPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        const QString folder = root.filePath(name);
        if (folder == m_folder)
            continue;
        bool alreadyClaimed = false;
        for (const Claimed &claimed : m_claimed)
            alreadyClaimed = alreadyClaimed || claimed.folder == folder;
        if (alreadyClaimed)
            continue;
        std::unique_ptr<QLockFile> lock = lockFolder(folder);
        if (!lock)
            continue; // a running editor's
        const JournalListing found = listJournals(folder);
        listing.journals.append(found.journals);
        listing.problems.append(found.problems);
        m_claimed.push_back({folder, std::move(lock)});
    }
    std::stable_sort(listing.journals.begin(), listing.journals.end(),
                     [](const JournalFile &a, const JournalFile &b) {
                         return a.entry.savedAt < b.entry.savedAt;
                     });
    return listing;
}

void JournalSession::releaseOrphans()
{
    for (Claimed &claimed : m_claimed)
        removeFolderIfEmpty(claimed.folder, std::move(claimed.lock));
    m_claimed.clear();
}

void JournalSession::removeFolderIfEmpty(const QString &folder, std::unique_ptr<QLockFile> lock)
{
    const QDir dir(folder);
    const bool empty = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) ==
                       QStringList{kLockName};
    lock->unlock(); // removes the lock file
    lock.reset();
    // Anything else left there (a damaged journal too) keeps the folder for next time.
    if (empty)
        QDir().rmdir(folder);
}

} // namespace pw
