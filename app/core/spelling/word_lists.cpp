// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/word_lists.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace pw {

QStringList parseWordList(const QString &text)
{
    QStringList words;
    QSet<QString> seen;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QStringView word = line.trimmed();
        if (word.isEmpty() || word.startsWith(QLatin1Char('#')))
            continue;
        const QString copy = word.toString();
        if (!seen.contains(copy)) {
            seen.insert(copy);
            words.append(copy);
        }
    }
    return words;
}

QStringList readWordList(const QString &path)
{
    if (path.isEmpty()) // no list; QFile would warn on stderr
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseWordList(QString::fromUtf8(file.readAll()));
}

QStringList technicalWords()
{
    // Read once: every checker of every document and of `check` takes the same list.
    static const QStringList words =
        readWordList(QStringLiteral(":/postwright/technical-words.txt"));
    return words;
}

QString siteWordsFile(const QString &postPath)
{
    if (postPath.isEmpty())
        return {};
    const QFileInfo info(postPath);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    for (;;) {
        const QString candidate = dir.filePath(QStringLiteral(".postwright/words.txt"));
        if (QFileInfo(candidate).isFile())
            return QDir::cleanPath(candidate);
        if (!dir.cdUp())
            return {};
    }
}

QStringList siteWords(const QString &postPath)
{
    const QString path = siteWordsFile(postPath);
    return path.isEmpty() ? QStringList() : readWordList(path);
}

} // namespace pw
