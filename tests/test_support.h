// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers every kind of test uses: the shared seed documents and throw-away files.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace pw::test {

// The seed whose file name starts with `prefix` ("000", "003", ...), or an empty path.
inline QString seed(const char *prefix)
{
    const QDir dir(QStringLiteral(PW_SEEDS_DIR));
    const QStringList matches = dir.entryList({QString::fromLatin1(prefix) + QLatin1Char('*')});
    return matches.isEmpty() ? QString() : dir.filePath(matches.constFirst());
}

// Every seed ("000_….txt" first), for tests that must hold for each; the README is not one.
inline QStringList seedPaths()
{
    const QDir dir(QStringLiteral(PW_SEEDS_DIR));
    QStringList paths;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

// Empty when the file cannot be read: the caller checks, so a missing seed fails its test.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Plain UTF-8, not the core's decoder: the seeds' mojibake reaches the code under test as is.
inline QString fileText(const QString &path)
{
    return QString::fromUtf8(fileBytes(path));
}

inline QByteArray seedBytes(const char *prefix)
{
    return fileBytes(seed(prefix));
}

inline QString seedText(const char *prefix)
{
    return fileText(seed(prefix));
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return file.fileName();
}

// QByteArray::repeated for a literal: the bad-input tests build their huge inputs this way.
inline QByteArray repeated(const QByteArray &piece, int times)
{
    return piece.repeated(times);
}

// Anchors and aliases, ten per level, nine levels deep: 10^9 "lol"s if anything expands it.
inline QByteArray billionLaughs()
{
    QByteArray yaml = "---\ntitle: Laughs\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, "
                      "lol, lol]\n";
    for (int level = 1; level <= 8; ++level) {
        yaml += "lol" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            yaml += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
        yaml += "]\n";
    }
    return yaml + "---\nBody after the laughs.\n";
}

} // namespace pw::test
