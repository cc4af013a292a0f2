// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/journal.h"

#include <QString>
#include <memory>
#include <vector>

class QLockFile;

namespace pw {

// The journal folders of running editors. Each instance journals into its own folder under
// `root`, holding a lock file (PID, host, process name) there for as long as it runs. A
// folder whose lock is stale belonged to an instance that crashed or was killed; its
// journals are the ones to offer for recovery. A live instance's folder is never touched.
class JournalSession {
public:
    // Creates and locks this instance's folder; see isValid().
    explicit JournalSession(const QString &root);
    // Removes this instance's folder when it holds no journals (nothing was left unsaved).
    ~JournalSession();
    JournalSession(const JournalSession &) = delete;
    JournalSession &operator=(const JournalSession &) = delete;

    bool isValid() const { return m_lock != nullptr; }
    QString error() const { return m_error; } // why there is no journal folder
    QString root() const { return m_root; }
    QString folder() const { return m_folder; }
    // A fresh journal path in this instance's folder.
    QString newJournalPath() const;

    // Locks the folders that instances which are gone left behind, and lists their journals
    // (corrupt ones as problems). They stay locked, so a second editor starting now does not
    // offer them too, until releaseOrphans() or the end of this session.
    JournalListing claimOrphans();
    // Unlocks the claimed folders and removes those that hold no journal any more.
    void releaseOrphans();

private:
    struct Claimed {
        QString folder;
        std::unique_ptr<QLockFile> lock;
    };
    static void removeFolderIfEmpty(const QString &folder, std::unique_ptr<QLockFile> lock);

    QString m_root;
    QString m_folder;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    std::vector<Claimed> m_claimed;
};

} // namespace pw
