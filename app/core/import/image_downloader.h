// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace pw {

// One image URL's fate.
struct ImageDownload {
    enum class Status { Downloaded, Reused, Failed };
    QString url;
    Status status = Status::Failed;
    QString fileName; // in the folder; set unless Failed
    QString error;    // why it failed (translated): HTTP status, timeout, not an image, too large
};

// Downloads images into one folder for an import: each URL once per downloader, a few at a
// time, each with a timeout and a size cap, written atomically. A file of the name a URL gets
// already in the folder (an earlier run) is reused without fetching. Names come from the URL's
// last path segment; another URL with the same name gets "-2", "-3" before the extension, in
// the order URLs are first given (so a re-run in the same order names them the same).
// Nothing blocks: fetch() starts, finished() says when every URL given so far is settled.
class ImageDownloader : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString folder; // created when the first image is written
        int maxConcurrent = 4;
        int timeoutMs = 30000;              // per request, without progress
        qint64 maxBytes = 32 * 1024 * 1024; // per image
    };

    explicit ImageDownloader(Options options, QObject *parent = nullptr);
    ~ImageDownloader() override;

    // Queues these URLs (those already settled or queued are not fetched again) and emits
    // finished() once all are settled, later, never from inside this call.
    void fetch(const QStringList &urls);
    bool busy() const { return !m_queue.isEmpty() || m_running > 0; }

    // The outcome of a URL given to fetch(), or nullptr while it is pending or was never given.
    const ImageDownload *result(const QString &url) const;
    int downloaded() const { return m_downloaded; }
    int reused() const { return m_reused; }
    int failed() const { return m_failed; }

signals:
    void finished();

private:
    QString nameFor(const QString &url);
    void startNext();
    void settle(const QString &url, ImageDownload::Status status, const QString &error = {});
    void onFinished(QNetworkReply *reply, const QString &url);
    void finishLater();

    Options m_options;
    QNetworkAccessManager *m_network;
    QStringList m_queue;
    int m_running = 0;
    QHash<QString, ImageDownload> m_results;
    QHash<QString, QString> m_nameOf; // url -> file name
    QSet<QString> m_namesTaken;       // lower-cased
    QSet<QString> m_pending;
    int m_downloaded = 0;
    int m_reused = 0;
    int m_failed = 0;
    bool m_finishQueued = false;
};

} // namespace pw
