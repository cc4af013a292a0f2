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

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return file.fileName();
}

} // namespace pw::test
