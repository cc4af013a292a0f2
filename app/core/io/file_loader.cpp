#include "io/file_loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace pw {

static QString tr(const char *text)
{
    return QCoreApplication::translate("pw::FileLoader", text);
}

LoadedFile loadFile(const QString &path)
{
    LoadedFile result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("%1: no such file").arg(path);
        return result;
    }
    if (info.isDir()) {
        result.error = tr("%1: is a folder, not a file").arg(path);
        return result;
    }
    // Checked before reading so a huge file costs nothing; FIFOs and devices report 0 and
    // are bounded by the read below.
    if (info.size() > maxPostFileBytes) {
        result.error = tr("%1: the file is %2, larger than the %3 a post may have")
                           .arg(path, QLocale::c().formattedDataSize(info.size()),
                                QLocale::c().formattedDataSize(maxPostFileBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    result.bytes = file.read(maxPostFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("%1: cannot read: %2").arg(path, file.errorString());
        result.bytes.clear();
        return result;
    }
    if (result.bytes.size() > maxPostFileBytes) {
        result.error = tr("%1: the file is larger than the %2 a post may have")
                           .arg(path, QLocale::c().formattedDataSize(maxPostFileBytes));
        result.bytes.clear();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace pw
