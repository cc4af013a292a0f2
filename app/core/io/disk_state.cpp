// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/disk_state.h"

#include "core/io/file_loader.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace pw {

QByteArray contentHash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

DiskState compareWithDisk(const QString &path, const QByteArray &knownHash)
{
    const QFileInfo info(path);
    if (!info.exists())
        return knownHash.isEmpty() ? DiskState::Same : DiskState::Missing;
    const LoadedFile file = loadFile(path);
    if (!file.ok)
        return DiskState::Unreadable;
    return contentHash(file.bytes) == knownHash ? DiskState::Same : DiskState::Changed;
}

} // namespace pw
