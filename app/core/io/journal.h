// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/post_format.h"
#include "core/io/atomic_writer.h"
#include "core/post.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pw {

// A crash journal: everything needed to rebuild one open document exactly as it was in the
// editor, written while the user types so that a crash or `kill -9` loses at most a few
// seconds.
struct JournalEntry {
    Post post;        // metadata (extras included) and the body, exactly as edited
    QString filePath; // the document's own file; empty when untitled or imported
    PostFormat format = PostFormat::MarkdownFrontMatter;
    QString importedFrom; // the file it was imported from, when it was
    // SHA-256 of the file as the document last read or wrote it (see disk_state.h); empty
    // when there is no file. Tells whether the file changed on disk since.
    QByteArray diskHash;
    QDateTime savedAt; // when the journal was taken, UTC, millisecond precision

    bool operator==(const JournalEntry &) const = default;
};

struct JournalReadResult {
    std::optional<JournalEntry> entry;
    QString error; // what is wrong (and, from readJournal, which file)
};

// The journal format: a JSON object marked "postwright-journal": 1. Post fields are stored as
// they are (the slug as chosen, possibly empty; extras as an ordered list), unlike post JSON.
QByteArray writeJournalBytes(const JournalEntry &entry);
JournalReadResult readJournalBytes(const QByteArray &bytes);

// The file name ending of journals; other files in a journal folder are ignored.
QString journalSuffix();

// Written atomically, so a crash in the middle leaves the previous journal whole.
WriteResult writeJournal(const QString &path, const JournalEntry &entry);
JournalReadResult readJournal(const QString &path);

struct JournalFile {
    QString path;
    JournalEntry entry;
};

struct JournalListing {
    QList<JournalFile> journals; // oldest change first
    QStringList problems;        // one line per journal that could not be read (skipped)
};

// Every journal in `folder`. A half-written or corrupt one is skipped with a problem
// naming it; it is left on disk for someone to look at.
JournalListing listJournals(const QString &folder);

// True when the journal is gone afterwards (also when there was none).
bool removeJournal(const QString &path);

} // namespace pw
