#pragma once

#include <QByteArray>
#include <QString>

namespace pw {

// Files larger than this are refused before reading: a blog post is far smaller, and
// reading a multi-gigabyte file by mistake must not take the app down.
constexpr qint64 maxPostFileBytes = 64 * 1024 * 1024;

struct LoadedFile {
    bool ok = false;
    QByteArray bytes;
    QString error; // "cannot open …: permission denied", "… is a folder", "… is 2.1 GB" ...
};

LoadedFile loadFile(const QString &path);

} // namespace pw
