// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/wp_media_cache.h"
#include "core/wordpress/wp_response.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace pw::wp {

class Call;
class Client;

// An image in a post's Markdown that lives on this computer.
struct LocalImage {
    QString destination; // as cmark reads it from the Markdown (the key renderCleanHtml's
                         // imageUrls takes): "img/a.png", "/home/me/b.jpg", "file:///..."
    QString path;        // the absolute file path it names
    QString alt;         // the image description, as plain text
};

// The local images a Markdown body references, each destination once, in order of appearance:
// `![alt](relative/path)` resolved against the post's folder (percent-decoded, without query
// and fragment, as a browser reads it), absolute paths and file: URLs on this host. Remote
// URLs, data: URLs and other schemes are not local. An untitled post (empty postDir) has only
// absolute ones. Parsed by cmark-gfm, so code spans, fences and escapes are what they are.
QList<LocalImage> localImagesOf(const QString &markdown, const QString &postDir);

// An image of the post on the site.
struct UploadedImage {
    QString destination; // LocalImage::destination
    QString sourceUrl;
    qint64 mediaId = 0;
    bool reused = false; // found in the cache and still on the site: nothing uploaded
};

// Puts a post's local images into the site's media library, each file content once:
//  1. every file is read and checked first (readable, an image by its content), so a bad one
//     fails the run before anything is uploaded;
//  2. the cache's entries for these files are checked in one request (GET /wp/v2/media with
//     include=ids); one the site no longer has is uploaded again;
//  3. the rest are uploaded one after another (raw bytes, Content-Type by content), each
//     recorded in the cache as soon as the site has it, so a cancelled or failed run does not
//     upload it again; an alt text the upload answer lacks is set with a second request.
// finished() is emitted once; nothing blocks.
class MediaUploader : public QObject {
    Q_OBJECT

public:
    // The cache belongs to the caller and must be for the client's site; it is loaded by the
    // caller and saved here after each upload.
    MediaUploader(Client *client, MediaCache *cache, QObject *parent = nullptr);

    void start(const QList<LocalImage> &images);
    void cancel();

    bool ok() const { return m_failure == Failure::None; }
    Failure failure() const { return m_failure; }
    QString message() const { return m_message; } // names the file that failed
    // The local file that stopped the run. Failure::Rejected with this set and nothing
    // uploaded: a file that cannot be read or is not an image.
    QString failedFile() const { return m_failedFile; }
    QStringList warnings() const { return m_warnings; } // e.g. the cache could not be saved

    // One per destination given, in the same order (complete only when ok()).
    const QList<UploadedImage> &images() const { return m_images; }
    // destination -> uploaded URL: what renderCleanHtml(markdown, imageUrls) takes.
    QHash<QString, QString> urls() const;
    int uploadedCount() const { return m_uploadedCount; }
    int reusedCount() const { return m_reusedCount; }
    int requests() const { return m_requests; }

signals:
    // Files (distinct contents) done out of all: reused ones count as done once checked.
    void progress(int done, int total);
    void finished();

private:
    struct File {
        QString path;
        QString alt;
        QByteArray bytes;
        QByteArray hash; // SHA-256, hex
        QString mimeType;
        CachedMedia media;
        bool reused = false;
    };

    // The files read and checked, or the first that failed (message set).
    struct ReadFiles {
        QList<File> files;
        QList<int> fileOf;
        QString message;
        QString failedFile;
    };
    static ReadFiles readFiles(const QList<LocalImage> &images);
    void checkCached();
    void uploadNext();
    void setAltText(int file);
    void fileDone();
    void saveCache();
    Call *track(Call *call);
    void finish(Failure failure, const QString &message = {});

    Client *m_client;
    MediaCache *m_cache;
    QList<File> m_files;
    QList<int> m_fileOf; // index into m_files for each image given
    QList<LocalImage> m_given;
    QList<int> m_toCheck;  // indexes into m_files: in the cache, not yet checked on the site
    QList<int> m_toUpload; // indexes into m_files
    QList<int> m_toLabel;  // indexes into m_files: on the site without their alt text
    QList<UploadedImage> m_images;
    int m_done = 0;
    int m_uploadedCount = 0;
    int m_reusedCount = 0;
    int m_requests = 0;
    Call *m_call = nullptr;
    Failure m_failure = Failure::None;
    QString m_message;
    QString m_failedFile;
    QStringList m_warnings;
    bool m_cacheChanged = false; // saved only when it changed: an update writes nothing
    bool m_finished = false;
    bool m_saving = false; // the cache is being written on a worker
};

} // namespace pw::wp
