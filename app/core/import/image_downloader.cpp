// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/image_downloader.h"

#include "core/io/atomic_writer.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace pw {

namespace {

const char *const kTooLarge = "pwTooLarge";

// The last path segment, decoded, made safe as a file name on any system.
QString baseNameOf(const QString &url)
{
    QString name = QUrl(url).fileName(QUrl::FullyDecoded);
    for (QChar &c : name) {
        const bool safe = (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('.') ||
                          c == QLatin1Char('-') || c == QLatin1Char('_');
        if (!safe)
            c = QLatin1Char('-');
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("image") : name;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

ImageDownloader::ImageDownloader(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_network(new QNetworkAccessManager(this))
{
}

ImageDownloader::~ImageDownloader() = default;

const ImageDownload *ImageDownloader::result(const QString &url) const
{
    const auto it = m_results.constFind(url);
    return it == m_results.cend() ? nullptr : &*it;
}

QString ImageDownloader::nameFor(const QString &url)
{
    if (const auto it = m_nameOf.constFind(url); it != m_nameOf.cend())
        return *it;
    const QString base = baseNameOf(url);
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? base.left(dot) : base;
    const QString suffix = dot > 0 ? base.mid(dot) : QString();
    QString name = base;
    for (int n = 2; m_namesTaken.contains(name.toLower()); ++n)
        name = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
    m_namesTaken.insert(name.toLower());
    m_nameOf.insert(url, name);
    return name;
}

void ImageDownloader::fetch(const QStringList &urls)
{
    for (const QString &url : urls) {
        if (m_results.contains(url) || m_pending.contains(url))
            continue;
        const QString name = nameFor(url);
        if (QFileInfo(QDir(m_options.folder).filePath(name)).isFile()) {
            settle(url, ImageDownload::Status::Reused);
            continue;
        }
        m_pending.insert(url);
        m_queue.append(url);
    }
    startNext();
    if (!busy())
        finishLater();
}

void ImageDownloader::startNext()
{
    while (m_running < m_options.maxConcurrent && !m_queue.isEmpty()) {
        const QString url = m_queue.takeFirst();
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(m_options.timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network->get(request);
        ++m_running;
        const qint64 cap = m_options.maxBytes;
        // Refused as soon as the size is known, so a huge answer is never read whole.
        connect(reply, &QNetworkReply::metaDataChanged, this, [reply, cap] {
            const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (length > cap) {
                reply->setProperty(kTooLarge, true);
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::downloadProgress, this, [reply, cap](qint64 received) {
            if (received > cap) {
                reply->setProperty(kTooLarge, true);
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, url] { onFinished(reply, url); });
    }
}

void ImageDownloader::onFinished(QNetworkReply *reply, const QString &url)
{
    reply->deleteLater();
    --m_running;
    const int http = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    QByteArray bytes;
    if (reply->property(kTooLarge).toBool()) {
        error = tr("larger than %1 MB").arg(megabytes(m_options.maxBytes));
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        error = tr("no answer within %n second(s)", nullptr, m_options.timeoutMs / 1000);
    } else if (http >= 400) {
        error = tr("the server answered HTTP %1 %2")
                    .arg(http)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                    .trimmed();
    } else if (reply->error() != QNetworkReply::NoError) {
        error = reply->errorString();
    } else {
        bytes = reply->readAll();
        const QString type = QMimeDatabase().mimeTypeForData(bytes).name();
        if (bytes.size() > m_options.maxBytes)
            error = tr("larger than %1 MB").arg(megabytes(m_options.maxBytes));
        else if (bytes.isEmpty())
            error = tr("the server sent an empty file");
        else if (!type.startsWith(QLatin1String("image/")))
            error = tr("not an image (its content is %1)").arg(type);
    }
    if (error.isEmpty()) {
        const QString path = QDir(m_options.folder).filePath(m_nameOf.value(url));
        if (!QDir().mkpath(m_options.folder)) {
            error = tr("the folder %1 cannot be created")
                        .arg(QDir::toNativeSeparators(m_options.folder));
        } else if (const WriteResult written = writeFileAtomically(path, bytes); !written.ok) {
            error = written.error;
        }
    }
    m_pending.remove(url);
    settle(url, error.isEmpty() ? ImageDownload::Status::Downloaded : ImageDownload::Status::Failed,
           error);
    startNext();
    if (!busy())
        finishLater();
}

void ImageDownloader::settle(const QString &url, ImageDownload::Status status, const QString &error)
{
    ImageDownload download;
    download.url = url;
    download.status = status;
    download.error = error;
    if (status != ImageDownload::Status::Failed)
        download.fileName = m_nameOf.value(url);
    switch (status) {
    case ImageDownload::Status::Downloaded:
        ++m_downloaded;
        break;
    case ImageDownload::Status::Reused:
        ++m_reused;
        break;
    case ImageDownload::Status::Failed:
        ++m_failed;
        break;
    }
    m_results.insert(url, download);
}

void ImageDownloader::finishLater()
{
    if (m_finishQueued)
        return;
    m_finishQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finishQueued = false;
            if (!busy())
                emit finished();
        },
        Qt::QueuedConnection);
}

} // namespace pw
