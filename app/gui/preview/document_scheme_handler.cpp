// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/preview/document_scheme_handler.h"

#include "gui/preview/local_image.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace pw::gui {

namespace {

// Larger files are almost certainly not images a post shows; refusing them keeps a stray
// link to a video or disk image from being read into memory.
constexpr qint64 kMaxDocumentFileSize = 64 * 1024 * 1024;

void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &mimeType, QByteArray data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(std::move(data));
    buffer->open(QIODevice::ReadOnly);
    job->reply(mimeType, buffer);
}

} // namespace

void registerPreviewSchemes()
{
    if (QWebEngineUrlScheme::schemeByName(kPreviewScheme).name() == kPreviewScheme)
        return;
    QWebEngineUrlScheme scheme(kPreviewScheme);
    // Host syntax gives the page and the document files distinct origins, and lets 'self'
    // in the CSP mean the page alone. No flags: SecureScheme would have Chromium rewrite or
    // drop http:// images even after the user allowed them, and LocalScheme makes every remote
    // image fail silently (local content may not reach the network). Neither is needed: no
    // remote page ever loads in the preview's profile, so nothing remote can reach pw-doc.
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    QWebEngineUrlScheme::registerScheme(scheme);
}

DocumentSchemeHandler::DocumentSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent)
{
}

void DocumentSchemeHandler::setDocumentFolder(const QString &folder)
{
    const QString canonical = folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath();
    m_root = canonical == QLatin1String("/") ? QString() : canonical;
}

QString DocumentSchemeHandler::resolveDocumentFile(const QUrl &url) const
{
    if (m_root.isEmpty() || url.host() != QLatin1String("doc"))
        return {};
    // QUrl has already percent-decoded and normalised "a/../b"; what remains is checked on the
    // real file system below, which is the check that matters.
    const QString relative = url.path(QUrl::FullyDecoded);
    if (relative.contains(QChar(0)))
        return {};
    const QString candidate = QDir::cleanPath(m_root + QLatin1Char('/') + relative);
    // canonicalFilePath resolves every symlink, so a link pointing out of the tree is caught.
    const QString real = QFileInfo(candidate).canonicalFilePath();
    if (real.isEmpty() || !real.startsWith(m_root + QLatin1Char('/')))
        return {};
    const QFileInfo info(real);
    if (!info.isFile() || !info.isReadable() || info.size() > kMaxDocumentFileSize)
        return {};
    return real;
}

void DocumentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    // Only GET: forms are refused by the CSP already, this is the second lock.
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString host = job->requestUrl().host();
    if (host == QLatin1String("page"))
        servePage(job);
    else if (host == QLatin1String("doc"))
        serveDocumentFile(job, job->requestUrl());
    else if (host == QLatin1String("image"))
        serveLocalImage(job);
    else
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

void DocumentSchemeHandler::servePage(QWebEngineUrlRequestJob *job)
{
    const QString path = job->requestUrl().path();
    QString resource;
    QByteArray mimeType;
    if (path == QLatin1String("/index.html")) {
        resource = QStringLiteral(":/postwright/preview/index.html");
        mimeType = "text/html";
    } else if (path == QLatin1String("/preview.css")) {
        resource = QStringLiteral(":/postwright/preview/preview.css");
        mimeType = "text/css";
    } else if (path == QLatin1String("/preview.js")) {
        resource = QStringLiteral(":/postwright/preview/preview.js");
        mimeType = "text/javascript";
    } else if (path == QLatin1String("/qwebchannel.js")) {
        // Served from our own origin so that script-src can stay 'self' alone.
        resource = QStringLiteral(":/qtwebchannel/qwebchannel.js");
        mimeType = "text/javascript";
    } else {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QByteArray data = file.readAll();
    if (mimeType == "text/html") {
        // A meta element, not a header: QWebEngineUrlRequestJob cannot send headers in 6.4.
        // The placeholder sits first in <head>, before anything the policy governs.
        data.replace("%CONTENT_SECURITY_POLICY%",
                     QString::fromUtf8(m_policy).toHtmlEscaped().toUtf8());
    }
    replyWith(job, mimeType, std::move(data));
}

void DocumentSchemeHandler::serveLocalImage(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (std::optional<LocalImage> image = readLocalImage(url.path(QUrl::FullyDecoded))) {
        replyWith(job, image->mimeType, std::move(image->data));
        return;
    }
    // "/images/a.png" read inside the document's folder before absolute paths were shown;
    // such a post keeps its images, under the folder's rules.
    QUrl inFolder = url;
    inFolder.setHost(QStringLiteral("doc"));
    serveDocumentFile(job, inFolder);
}

void DocumentSchemeHandler::serveDocumentFile(QWebEngineUrlRequestJob *job, const QUrl &url)
{
    const QString path = resolveDocumentFile(url);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    static const QMimeDatabase mimeDatabase;
    const QByteArray mimeType = mimeDatabase.mimeTypeForFile(path).name().toLatin1();
    replyWith(job, mimeType, file.readAll());
}

} // namespace pw::gui
