// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/image_insertion.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <functional>

namespace pw::gui::images {

namespace {

// What browsers show in an <img> today; TIFF, BMP or HEIC would insert links that show nothing.
bool isWebImageType(const QMimeType &type)
{
    static const char *const names[] = {"image/png",  "image/jpeg",    "image/gif",
                                        "image/webp", "image/svg+xml", "image/avif"};
    for (const char *name : names) {
        if (type.inherits(QLatin1String(name)))
            return true;
    }
    return false;
}

QString absoluteClean(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

bool fileHasBytes(const QString &path, const std::function<bool(QFile &)> &compare)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && compare(file);
}

bool sameFileContent(const QString &a, const QString &b)
{
    if (QFileInfo(a).size() != QFileInfo(b).size())
        return false;
    QFile first(a);
    QFile second(b);
    if (!first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly))
        return false;
    constexpr qint64 chunk = 1 << 16;
    while (!first.atEnd()) {
        if (first.read(chunk) != second.read(chunk))
            return false;
    }
    return second.atEnd();
}

// The first of name, name-2, name-3, … in `folder` that is free or already holds what
// `isSame` recognises.
QString uniqueTarget(const QString &folder, const QString &fileName,
                     const std::function<bool(const QString &)> &isSame)
{
    const QDir dir(folder);
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 1;; ++n) {
        const QString name =
            n == 1 ? fileName : QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
        const QString candidate = dir.filePath(name);
        if (!QFileInfo::exists(candidate) || (QFileInfo(candidate).isFile() && isSame(candidate)))
            return candidate;
    }
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    return writer.write(image) ? bytes : QByteArray();
}

bool writeBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString encodingFailed()
{
    return QCoreApplication::translate("pw::gui::ImageInserter",
                                       "The image could not be encoded as PNG.");
}

} // namespace

bool isImageFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return false;
    static const QMimeDatabase database;
    const QMimeType byContent = database.mimeTypeForFile(path, QMimeDatabase::MatchContent);
    if (isWebImageType(byContent))
        return true;
    const QMimeType byName = database.mimeTypeForFile(path, QMimeDatabase::MatchExtension);
    if (!isWebImageType(byName))
        return false;
    // The name is believed only where the content has no say: unknown bytes, or SVG, which is
    // XML text that need not start with anything the content rules recognise.
    if (byContent.isDefault())
        return true;
    return byName.inherits(QStringLiteral("image/svg+xml")) &&
           (byContent.inherits(QStringLiteral("application/xml")) ||
            byContent.inherits(QStringLiteral("text/plain")));
}

QString altTextFromFileName(const QString &fileName)
{
    static const QRegularExpression separators(QStringLiteral("[\\s._+-]+"));
    QString words = QFileInfo(fileName).completeBaseName();
    words.replace(separators, QStringLiteral(" "));
    return words.trimmed();
}

QString fileNameFromAltText(const QString &altText)
{
    QString slug;
    bool dash = false;
    for (const QChar c : altText.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !slug.isEmpty())
                slug += QLatin1Char('-');
            slug += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    // Long alt texts make unwieldy file names: cut at a word boundary.
    constexpr int kMaxLength = 60;
    if (slug.size() > kMaxLength) {
        slug.truncate(kMaxLength);
        const qsizetype lastDash = slug.lastIndexOf(QLatin1Char('-'));
        if (lastDash > 0)
            slug.truncate(lastDash);
    }
    return (slug.isEmpty() ? QStringLiteral("image") : slug) + QStringLiteral(".png");
}

bool isInsideFolder(const QString &path, const QString &folder)
{
    const QString relative = QDir(absoluteClean(folder)).relativeFilePath(absoluteClean(path));
    return !relative.startsWith(QLatin1String("../")) && relative != QLatin1String("..") &&
           !QDir::isAbsolutePath(relative);
}

QString markdownDestination(const QString &imagePath, const QString &postFilePath)
{
    const QString image = QDir::cleanPath(QFileInfo(imagePath).absoluteFilePath());
    const QString path = postFilePath.isEmpty()
                             ? image
                             : QDir(QFileInfo(postFilePath).absolutePath()).relativeFilePath(image);
    static const QString special = QStringLiteral(" ()<>\\%#?");
    QString destination;
    for (const QChar c : path) {
        if (special.contains(c) || c.isSpace() || c.category() == QChar::Other_Control) {
            for (const char byte : QString(c).toUtf8())
                destination +=
                    QStringLiteral("%%1").arg(uchar(byte), 2, 16, QLatin1Char('0')).toUpper();
        } else {
            destination += c;
        }
    }
    return destination;
}

QString markdownImage(const QString &altText, const QString &destination)
{
    QString alt = altText.simplified();
    alt.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    alt.replace(QLatin1Char('['), QLatin1String("\\["));
    alt.replace(QLatin1Char(']'), QLatin1String("\\]"));
    return QStringLiteral("![%1](%2)").arg(alt, destination);
}

QString imageLines(const QStringList &images, bool atLineStart, bool atLineEnd)
{
    if (images.size() < 2)
        return images.join(QString());
    QString text = images.join(QLatin1Char('\n'));
    if (!atLineStart)
        text.prepend(QLatin1Char('\n'));
    if (!atLineEnd)
        text.append(QLatin1Char('\n'));
    return text;
}

QString copyTarget(const QString &folder, const QString &fileName, const QString &sameAs)
{
    return uniqueTarget(folder, fileName, [&](const QString &candidate) {
        return sameFileContent(candidate, sameAs);
    });
}

QString copyIntoFolder(const QString &source, const QString &folder, QString *error)
{
    const QString target = copyTarget(folder, QFileInfo(source).fileName(), source);
    if (QFileInfo::exists(target))
        return target; // the same image is there already
    QFile file(source);
    if (!file.copy(target)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return target;
}

bool writePng(const QImage &image, const QString &path, QString *error)
{
    const QByteArray bytes = pngBytes(image);
    if (bytes.isEmpty()) {
        if (error)
            *error = encodingFailed();
        return false;
    }
    return writeBytes(bytes, path, error);
}

QString writePngIntoFolder(const QImage &image, const QString &folder, const QString &fileName,
                           QString *error)
{
    const QByteArray bytes = pngBytes(image);
    if (bytes.isEmpty()) {
        if (error)
            *error = encodingFailed();
        return {};
    }
    const QString target = uniqueTarget(folder, fileName, [&](const QString &candidate) {
        return fileHasBytes(candidate, [&](QFile &file) {
            return file.size() == bytes.size() && file.readAll() == bytes;
        });
    });
    if (QFileInfo::exists(target))
        return target;
    return writeBytes(bytes, target, error) ? target : QString();
}

} // namespace pw::gui::images
