// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pw {

// Files larger than this are refused before reading: a blog post is far smaller, and
// reading a multi-gigabyte file by mistake must not take the app down. Up to this size a
// post reads and is analysed in bounded memory (a 50 MB post: under 500 MB to read, 1.2 GB
// to analyse; tests/core/tst_bad_input). A WordPress export has a lower limit of its own
// (kMaxWordPressJsonBytes, 20 MiB): converting its HTML costs more per byte.
constexpr qint64 maxPostFileBytes = 64 * 1024 * 1024;

struct LoadedFile {
    bool ok = false;
    QByteArray bytes;
    QString error; // "cannot open …: permission denied", "… is a folder", "… is 2.1 GB" ...
};

LoadedFile loadFile(const QString &path);

} // namespace pw
