// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pw {

// What is at a path an import is about to write.
enum class ExistingFile {
    Absent,  // nothing: write it
    Same,    // a file with exactly these bytes: an earlier import, nothing to do
    Differs, // anything else (edited since, another post, a folder, unreadable)
};

ExistingFile compareWithExisting(const QString &path, const QByteArray &bytes);

} // namespace pw
