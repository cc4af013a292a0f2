// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pw {

// SHA-256 of a file's bytes: what a document remembers of the file it last read or wrote, so
// that a change by another program is told apart from the editor's own save (whose
// timestamps and inode change too) without trusting timestamps.
QByteArray contentHash(const QByteArray &bytes);

enum class DiskState {
    Same,       // the file holds what the document last read or wrote
    Changed,    // another program wrote something else (or the file came back)
    Missing,    // the file is gone
    Unreadable, // it is there but cannot be read now; nothing can be said
};

// Compares the file at `path` with `knownHash`. An empty `knownHash` means the document
// knows the file as missing (it was reported deleted): then a missing file is Same.
DiskState compareWithDisk(const QString &path, const QByteArray &knownHash);

} // namespace pw
