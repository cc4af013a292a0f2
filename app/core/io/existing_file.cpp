// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/existing_file.h"

#include <QFile>
#include <QFileInfo>

namespace pw {

ExistingFile compareWithExisting(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return ExistingFile::Absent;
    // The size first: an edited file is seldom the same length, and then it is never read.
    if (!info.isFile() || info.size() != bytes.size())
        return ExistingFile::Differs;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ExistingFile::Differs; // cannot tell, so it is not ours to replace
    return file.readAll() == bytes ? ExistingFile::Same : ExistingFile::Differs;
}

} // namespace pw
