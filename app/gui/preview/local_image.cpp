// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/preview/local_image.h"

#include "gui/preview/document_scheme_handler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>
#include <QXmlStreamReader>

namespace pw::gui {

namespace {

// The same bound as for the document's own files: a post's image is far smaller, and a
// stray path to a disk image is not read into memory.
constexpr qint64 kMaxImageSize = 64 * 1024 * 1024;
// Enough for every signature the sniffer knows, and for an SVG's XML declaration.
constexpr qint64 kSniffSize = 4096;

bool isRasterImage(const QString &mimeType)
{
    static const QStringList types = {
        QStringLiteral("image/png"),  QStringLiteral("image/jpeg"), QStringLiteral("image/gif"),
        QStringLiteral("image/webp"), QStringLiteral("image/avif"), QStringLiteral("image/bmp"),
    };
    return types.contains(mimeType);
}

// SVG is XML; the sniffer calls it SVG only when "<svg" comes early, so a long comment or
// doctype first makes it XML or text. Whatever it is called, it is an image only if it is
// well-formed up to its root element and that is <svg>.
bool isSvgDocument(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == QLatin1String("svg");
    }
    return false;
}

} // namespace

QString localImageUrl(const QString &absolutePath)
{
    // Slashes stay, so the URL reads as the path; everything else that a URL would take for
    // syntax (space, %, ?, #) is escaped and comes back decoded in the handler.
    return QLatin1String(kPreviewScheme) + QLatin1String("://image") +
           QString::fromLatin1(QUrl::toPercentEncoding(QDir::cleanPath(absolutePath), "/"));
}

std::optional<LocalImage> readLocalImage(const QString &path)
{
    if (path.isEmpty() || path.contains(QChar(0)) || !QDir::isAbsolutePath(path))
        return std::nullopt;
    // canonicalFilePath follows every symlink: what is checked is the file that will be read.
    // A FIFO or a device is no regular file, so nothing here blocks or reads without end.
    const QString real = QFileInfo(path).canonicalFilePath();
    const QFileInfo info(real);
    if (real.isEmpty() || !info.isFile() || !info.isReadable() || info.size() > kMaxImageSize)
        return std::nullopt;
    QFile file(real);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // By content alone (a text file named .png is text), judged on the head before the rest
    // is read: files under /proc say they are empty and then read on for gigabytes.
    QByteArray data = file.read(kSniffSize);
    static const QMimeDatabase mimeDatabase;
    const QMimeType type = mimeDatabase.mimeTypeForData(data);
    const bool raster = isRasterImage(type.name());
    // SVG is text; one that opens with a long comment sniffs as XML, HTML or plain text.
    const bool maybeSvg = type.inherits(QStringLiteral("text/plain"));
    if (!raster && !maybeSvg)
        return std::nullopt;
    data += file.read(kMaxImageSize + 1 - data.size());
    if (data.size() > kMaxImageSize)
        return std::nullopt;
    if (raster)
        return LocalImage{type.name().toLatin1(), std::move(data)};
    if (isSvgDocument(data))
        return LocalImage{QByteArrayLiteral("image/svg+xml"), std::move(data)};
    return std::nullopt;
}

} // namespace pw::gui
