// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_media.h"

#include "core/markdown/cmark_handles.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/preview_blocks.h"
#include "core/wordpress/off_thread.h"
#include "core/wordpress/wp_client.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmark-gfm.h>

namespace pw::wp {

namespace {

struct MediaText {
    Q_DECLARE_TR_FUNCTIONS(pw::wp::MediaUploader)
};

constexpr int perPage = 100; // the REST API's maximum, also for include=

// The image description as a browser's alt attribute gets it: the text of the children.
QString altTextOf(cmark_node *image)
{
    QString alt;
    const CmarkIterPtr iter(cmark_iter_new(image));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (event != CMARK_EVENT_ENTER || node == image)
            continue;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            alt += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            alt += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return alt.simplified();
}

// The file a destination names on this computer, or empty. Absolute paths and file: URLs as
// the preview reads them (localImagePath); a relative reference (no scheme, not "//host",
// not only a fragment or query) against the post's folder, as a browser resolves it.
QString filePathOf(const QString &destination, const QString &postDir)
{
    if (const QString absolute = localImagePath(destination); !absolute.isEmpty())
        return QDir::cleanPath(absolute);
    const QString trimmed = destination.trimmed();
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (postDir.isEmpty() || trimmed.isEmpty() || trimmed.startsWith(QLatin1String("//")) ||
        trimmed.startsWith(QLatin1Char('/')) || trimmed.startsWith(QLatin1Char('#')) ||
        trimmed.startsWith(QLatin1Char('?')) || scheme.match(trimmed).hasMatch())
        return {};
    const QUrl url(trimmed);
    const QString path = url.path(QUrl::FullyDecoded);
    if (!url.isValid() || path.isEmpty())
        return {};
    return QDir::cleanPath(QDir(postDir).absoluteFilePath(path));
}

} // namespace

QList<LocalImage> localImagesOf(const QString &markdown, const QString &postDir)
{
    QList<LocalImage> images;
    QSet<QString> seen;
    parseInPieces(markdown, [&](cmark_node *document, const SourceMap &, int) {
        const CmarkIterPtr iter(cmark_iter_new(document));
        for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
                continue;
            const QString destination = QString::fromUtf8(cmark_node_get_url(node));
            if (seen.contains(destination))
                continue;
            const QString path = filePathOf(destination, postDir);
            if (path.isEmpty())
                continue;
            seen.insert(destination);
            images.append({destination, path, altTextOf(node)});
        }
        return true;
    });
    return images;
}

MediaUploader::MediaUploader(Client *client, MediaCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{
}

QHash<QString, QString> MediaUploader::urls() const
{
    QHash<QString, QString> urls;
    for (const UploadedImage &image : m_images)
        urls.insert(image.destination, image.sourceUrl);
    return urls;
}

void MediaUploader::start(const QList<LocalImage> &images)
{
    m_given = images;
    // Reading and hashing the files happens on a worker: images are megabytes, and the window
    // must not wait for the disk. Answered later, never from inside start(): callers connect
    // after constructing.
    runOffThread<ReadFiles>(
        this, [images] { return readFiles(images); },
        [this](const ReadFiles &read) {
            if (m_finished) // cancelled while the files were read
                return;
            if (!read.message.isEmpty()) {
                m_failedFile = read.failedFile;
                finish(Failure::Rejected, read.message);
                return;
            }
            m_files = read.files;
            m_fileOf = read.fileOf;
            for (int i = 0; i < m_files.size(); ++i)
                if (m_cache->find(m_files.at(i).hash))
                    m_toCheck.append(i);
                else
                    m_toUpload.append(i);
            emit progress(0, int(m_files.size()));
            checkCached();
        });
}

void MediaUploader::cancel()
{
    if (m_call)
        m_call->cancel();
    else
        finish(Failure::Cancelled);
}

MediaUploader::ReadFiles MediaUploader::readFiles(const QList<LocalImage> &images)
{
    ReadFiles read;
    // All files first: a missing or wrong one stops the run before the site gets anything.
    QHash<QString, int> byPath;
    QHash<QByteArray, int> byHash;
    const QMimeDatabase mimeTypes;
    for (const LocalImage &image : images) {
        if (const auto known = byPath.constFind(image.path); known != byPath.cend()) {
            read.fileOf.append(*known);
            continue;
        }
        QFile file(image.path);
        if (!file.open(QIODevice::ReadOnly)) {
            read.failedFile = image.path;
            read.message = MediaText::tr("The image “%1” cannot be read: %2")
                               .arg(QDir::toNativeSeparators(image.path), file.errorString());
            return read;
        }
        File f;
        f.path = image.path;
        f.alt = image.alt;
        f.bytes = file.readAll();
        // By content, not by name: the site stores what it is sent, under the type it is told.
        const QMimeType type = mimeTypes.mimeTypeForData(f.bytes);
        if (f.bytes.isEmpty() || !type.name().startsWith(QLatin1String("image/"))) {
            read.failedFile = image.path;
            read.message = f.bytes.isEmpty()
                               ? MediaText::tr("The image “%1” is an empty file.")
                                     .arg(QDir::toNativeSeparators(image.path))
                               : MediaText::tr("“%1” is not an image: its content is %2.")
                                     .arg(QDir::toNativeSeparators(image.path),
                                          type.comment().isEmpty() ? type.name() : type.comment());
            return read;
        }
        f.mimeType = type.name();
        f.hash = QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex();
        if (const auto same = byHash.constFind(f.hash); same != byHash.cend()) {
            // The same picture under two names: one upload serves both.
            if (read.files[*same].alt.isEmpty())
                read.files[*same].alt = f.alt;
            byPath.insert(image.path, *same);
            read.fileOf.append(*same);
            continue;
        }
        byHash.insert(f.hash, int(read.files.size()));
        byPath.insert(image.path, int(read.files.size()));
        read.fileOf.append(int(read.files.size()));
        read.files.append(std::move(f));
    }
    return read;
}

Call *MediaUploader::track(Call *call)
{
    m_call = call;
    ++m_requests;
    return call;
}

void MediaUploader::checkCached()
{
    if (m_finished) // cancelled from a progress() slot
        return;
    if (m_toCheck.isEmpty()) {
        uploadNext();
        return;
    }
    const QList<int> batch = m_toCheck.mid(0, perPage);
    m_toCheck.remove(0, batch.size());
    QStringList ids;
    for (int i : batch)
        ids << QString::number(m_cache->find(m_files.at(i).hash)->id);
    // One request for all: a media the site no longer has is simply not in the answer.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), ids.join(QLatin1Char(',')));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    query.addQueryItem(QStringLiteral("_fields"), QStringLiteral("id,source_url,alt_text"));
    Call *call = track(m_client->get(QStringLiteral("/wp/v2/media"), query));
    connect(call, &Call::finished, this, [this, batch] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        const Response &response = call->response();
        if (!response.ok()) {
            finish(response.failure,
                   response.failure == Failure::Cancelled
                       ? QString()
                       : MediaText::tr("The site's media library could not be checked: %1")
                             .arg(response.message));
            return;
        }
        QHash<qint64, QJsonObject> onSite;
        for (const QJsonValue &media : response.json.array())
            onSite.insert(media.toObject().value(QLatin1String("id")).toInteger(),
                          media.toObject());
        for (int i : batch) {
            File &f = m_files[i];
            const CachedMedia cached = *m_cache->find(f.hash);
            const auto found = onSite.constFind(cached.id);
            if (found == onSite.cend()) {
                m_cache->remove(f.hash); // deleted on the site: upload it again
                m_cacheChanged = true;
                m_toUpload.append(i);
                continue;
            }
            f.media = {cached.id, found->value(QLatin1String("source_url")).toString()};
            if (f.media.sourceUrl != cached.sourceUrl) {
                m_cache->insert(f.hash, f.media);
                m_cacheChanged = true;
            }
            f.reused = true;
            ++m_reusedCount;
            // An alt text that failed to be set last time is set now.
            if (!f.alt.isEmpty() && found->value(QLatin1String("alt_text")).toString() != f.alt)
                m_toLabel.append(i);
            else
                fileDone();
        }
        checkCached();
    });
}

void MediaUploader::uploadNext()
{
    if (m_finished) // cancelled from a progress() slot
        return;
    if (!m_toLabel.isEmpty()) {
        setAltText(m_toLabel.takeFirst());
        return;
    }
    if (m_toUpload.isEmpty()) {
        saveCache();
        finish(Failure::None);
        return;
    }
    const int i = m_toUpload.takeFirst();
    const File &f = m_files.at(i);
    // The alt text goes with the upload; the answer tells whether the site took it.
    QUrlQuery fields;
    if (!f.alt.isEmpty())
        fields.addQueryItem(QStringLiteral("alt_text"), f.alt);
    Call *call = track(m_client->upload(QStringLiteral("/wp/v2/media"), f.bytes, f.mimeType,
                                        QFileInfo(f.path).fileName(), fields));
    connect(call, &Call::finished, this, [this, i] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        const Response &response = call->response();
        File &f = m_files[i];
        const QJsonObject media = response.json.object();
        const CachedMedia stored{media.value(QLatin1String("id")).toInteger(),
                                 media.value(QLatin1String("source_url")).toString()};
        if (!response.ok() || stored.id <= 0 || stored.sourceUrl.isEmpty()) {
            m_failedFile = f.path;
            finish(response.ok() ? Failure::BadResponse : response.failure,
                   response.failure == Failure::Cancelled
                       ? QString()
                       : MediaText::tr("The image “%1” could not be uploaded: %2")
                             .arg(QDir::toNativeSeparators(f.path),
                                  response.ok() ? failureMessage(Failure::BadResponse)
                                                : response.message));
            return;
        }
        // Remembered at once: whatever happens next, this file is not uploaded twice.
        f.media = stored;
        f.bytes = QByteArray();
        m_cache->insert(f.hash, stored);
        m_cacheChanged = true;
        saveCache();
        ++m_uploadedCount;
        if (!f.alt.isEmpty() && media.value(QLatin1String("alt_text")).toString() != f.alt) {
            setAltText(i);
            return;
        }
        fileDone();
        uploadNext();
    });
}

void MediaUploader::setAltText(int i)
{
    const File &f = m_files.at(i);
    Call *call = track(m_client->send("POST", QStringLiteral("/wp/v2/media/%1").arg(f.media.id),
                                      {{QStringLiteral("alt_text"), f.alt}}));
    connect(call, &Call::finished, this, [this, i] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        const Response &response = call->response();
        if (!response.ok()) {
            m_failedFile = m_files.at(i).path;
            finish(response.failure,
                   response.failure == Failure::Cancelled
                       ? QString()
                       : MediaText::tr("The alt text of the image “%1” could not be set: %2")
                             .arg(QDir::toNativeSeparators(m_files.at(i).path), response.message));
            return;
        }
        fileDone();
        uploadNext();
    });
}

void MediaUploader::fileDone()
{
    ++m_done;
    emit progress(m_done, int(m_files.size()));
}

// Written on a worker: the cache is fsynced, and beside a pull writing hundreds of files an
// fsync on the GUI thread waited long enough to stall typing (bench_site_typing). One write at
// a time, from a copy, so an older list never lands after a newer one; finished() waits for
// the last.
void MediaUploader::saveCache()
{
    if (!m_cacheChanged || m_saving)
        return; // a change made while saving is saved when that write is done
    m_cacheChanged = false;
    m_saving = true;
    runOffThread<WriteResult>(
        this, [snapshot = *m_cache] { return snapshot.save(); },
        [this](const WriteResult &written) {
            m_saving = false;
            if (!written.ok && m_warnings.isEmpty())
                m_warnings << MediaText::tr("The list of uploaded images could not be saved, so "
                                            "the next publish uploads them again: %1")
                                  .arg(written.error);
            if (m_cacheChanged) {
                saveCache();
                return;
            }
            if (m_finished)
                emit finished();
        });
}

void MediaUploader::finish(Failure failure, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_message = message.isEmpty() ? failureMessage(failure) : message;
    if (failure == Failure::None) {
        for (int i = 0; i < m_given.size(); ++i) {
            const File &f = m_files.at(m_fileOf.at(i));
            m_images.append({m_given.at(i).destination, f.media.sourceUrl, f.media.id, f.reused});
        }
    }
    if (!m_saving)
        emit finished(); // else when the cache is written (saveCache)
}

} // namespace pw::wp
