// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/file_loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace pw {

namespace {
class FileLoaderText {
    Q_DECLARE_TR_FUNCTIONS(pw::FileLoader)
};
} // namespace

LoadedFile loadFile(const QString &path)
{
    LoadedFile result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = FileLoaderText::tr("%1: no such file").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = FileLoaderText::tr("%1: is a folder, not a file").arg(path);
        return result;
    }
    // Checked before reading so a huge file costs nothing; FIFOs and devices report 0 and
    // are bounded by the read below.
    if (info.size() > maxPostFileBytes) {
        result.error = FileLoaderText::tr("%1: the file is %2, larger than the %3 a post may have")
                           .arg(path, QLocale::c().formattedDataSize(info.size()),
                                QLocale::c().formattedDataSize(maxPostFileBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = FileLoaderText::tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    result.bytes = file.read(maxPostFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = FileLoaderText::tr("%1: cannot read: %2").arg(path, file.errorString());
        result.bytes.clear();
        return result;
    }
    if (result.bytes.size() > maxPostFileBytes) {
        result.error = FileLoaderText::tr("%1: the file is larger than the %2 a post may have")
                           .arg(path, QLocale::c().formattedDataSize(maxPostFileBytes));
        result.bytes.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace pw
