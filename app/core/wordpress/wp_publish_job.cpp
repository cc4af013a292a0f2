// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_publish_job.h"

#include "core/export/html_export.h"
#include "core/formats/front_matter_format.h"
#include "core/formats/post_writer.h"
#include "core/highlight/code_highlighter.h"
#include "core/wordpress/off_thread.h"
#include "core/wordpress/publish_memo.h"
#include "core/wordpress/wp_media.h"
#include "core/wordpress/wp_media_cache.h"
#include "core/wordpress/wp_terms.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace pw::wp {

namespace {

struct PublishJobText {
    Q_DECLARE_TR_FUNCTIONS(pw::wp::PublishJob)
};

void setExtra(Post &post, const QString &key, const QString &yaml)
{
    for (ExtraField &extra : post.extras) {
        if (extra.key == key) {
            extra.yaml = yaml;
            return;
        }
    }
    post.extras.append({key, yaml});
}

// How the code is coloured, as far as it changes the HTML: another style or theme is another
// content to send.
QString codeStyleOf(const CodeColouring &code)
{
    if (!code.enabled())
        return QStringLiteral("none");
    return (code.style == CodeColouring::Style::Classes ? QStringLiteral("classes:")
                                                        : QStringLiteral("inline:")) +
           code.theme;
}

// Everything that goes into what is sent, the images' bytes included. Reads files: run it on a
// worker.
QByteArray fingerprintOf(const Post &post, const QString &postPath, const PublishOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString featured = extraValue(post, extra_key::featuredImage);
    for (const QString &part :
         {post.title, post.slug, post.metaDescription, post.body,
          post.categories.join(QLatin1Char('\n')), post.tags.join(QLatin1Char('\n')), featured,
          options.status, options.date.toString(Qt::ISODate), codeStyleOf(options.code)}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    const QString postDir = postPath.isEmpty() ? QString() : QFileInfo(postPath).absolutePath();
    QString images = post.body;
    if (!featured.isEmpty())
        images += QStringLiteral("\n\n![](<%1>)").arg(featured);
    for (const LocalImage &image : localImagesOf(images, postDir)) {
        QFile file(image.path);
        QCryptographicHash bytes(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            bytes.addData(&file);
        hash.addData(bytes.result());
        hash.addData(image.alt.toUtf8());
    }
    return hash.result().toHex();
}

} // namespace

QString markerOf(const Post &post)
{
    return extraValue(post, markerKey);
}

Post withMarker(Post post, const QString &marker)
{
    for (const ExtraField &extra : post.extras)
        if (extra.key == markerKey)
            return post;
    post.extras.append({markerKey, yamlQuoted(marker)});
    return post;
}

bool formatKeepsRemote(const Post &post, PostFormat format)
{
    // The marker stands for all the fields withRemote() adds: a format that keeps one extra
    // keeps them all.
    return fieldsLostIn(withMarker(post, QStringLiteral("x")), format).isEmpty();
}

RemotePost remotePostOf(const Post &post, const QUrl &siteAddress)
{
    if (QUrl(extraValue(post, extra_key::wordpressSite)) != siteAddress)
        return {};
    return {extraValue(post, extra_key::wordpressId).toLongLong(),
            extraValue(post, extra_key::wordpressModified)};
}

Post withRemote(Post post, const QUrl &siteAddress, const PublishResult &result)
{
    setExtra(post, extra_key::wordpressSite, yamlQuoted(siteAddress.toString(QUrl::FullyEncoded)));
    setExtra(post, extra_key::wordpressId, QString::number(result.id));
    setExtra(post, extra_key::wordpressStatus, yamlQuoted(result.status));
    setExtra(post, extra_key::wordpressModified, yamlQuoted(result.modifiedGmt));
    if (!result.link.isEmpty())
        setExtra(post, QStringLiteral("link"), yamlQuoted(result.link));
    return post;
}

PublishJob::PublishJob(Client *client, MediaCache *cache, PublishMemo *memo, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache), m_memo(memo)
{
}

PublishJob::~PublishJob() = default;

void PublishJob::start(const Post &post, const QString &postPath, const QString &marker,
                       const PublishOptions &options)
{
    m_post = post;
    m_postPath = postPath;
    m_marker = marker;
    m_options = options;
    m_result = {};
    m_content = {};
    m_codeNotice.clear();
    m_content.title = post.title;
    m_content.slug = post.slug;
    m_content.status = options.status;
    m_content.date = options.date;
    m_content.metaDescription = post.metaDescription;
    m_content.marker = marker;
    m_cancelled = false;
    if (!m_memo) {
        resolveTerms();
        return;
    }
    runOffThread<QByteArray>(
        this, [post, postPath, options] { return fingerprintOf(post, postPath, options); },
        [this](const QByteArray &fingerprint) {
            if (stoppedByCancel())
                return;
            m_fingerprint = fingerprint;
            const QString site = m_options.siteAddress.toString(QUrl::FullyEncoded);
            if (const std::optional<PublishContent> sent =
                    m_memo->find(site, m_marker, m_fingerprint)) {
                // Nothing changed since it was last sent: the same terms, images and HTML.
                m_content = *sent;
                publishContent();
                return;
            }
            resolveTerms();
        });
}

void PublishJob::cancel()
{
    m_cancelled = true;
    if (m_terms)
        m_terms->cancel();
    if (m_media)
        m_media->cancel();
    if (m_publisher)
        m_publisher->cancel();
    // Between two steps (the files being read, a step's answer just in): nothing to stop, so
    // the next step does not start.
}

void PublishJob::resolveTerms()
{
    emit progress(PublishJobText::tr("Finding the categories and tags on the site"));
    m_terms = new TermResolver(m_client, this);
    connect(m_terms, &TermResolver::finished, this, [this] {
        m_requests += m_terms->requests();
        if (!m_terms->ok()) {
            fail(m_terms->failure(), m_terms->message(), 0);
            return;
        }
        m_content.categories = m_terms->categoryIds();
        m_content.tags = m_terms->tagIds();
        m_newCategories = m_terms->newCategories();
        m_newTags = m_terms->newTags();
        if (!stoppedByCancel())
            uploadImages();
    });
    m_terms->start(m_post.categories, m_post.tags, TermResolver::Mode::Create);
}

void PublishJob::uploadImages()
{
    const QString postDir = m_postPath.isEmpty() ? QString()
                                                 : QFileInfo(m_postPath).absolutePath();
    QList<LocalImage> images = localImagesOf(m_post.body, postDir);
    // The featured image is an image like the others, named in the front matter.
    const QString featured = extraValue(m_post, extra_key::featuredImage);
    if (!featured.isEmpty()) {
        const QList<LocalImage> named = localImagesOf(
            QStringLiteral("![%1](<%2>)").arg(m_post.title, featured), postDir);
        if (!named.isEmpty()) {
            m_featuredDestination = named.first().destination;
            images += named;
        }
    }
    if (images.isEmpty()) {
        publish();
        return;
    }
    emit progress(PublishJobText::tr("Uploading %n image(s)", nullptr, int(images.size())));
    m_media = new MediaUploader(m_client, m_cache, this);
    connect(m_media, &MediaUploader::finished, this, [this] {
        m_requests += m_media->requests();
        if (!m_media->ok()) {
            fail(m_media->failure(), m_media->message(), 0);
            return;
        }
        m_uploaded = m_media->uploadedCount();
        m_reused = m_media->reusedCount();
        for (const UploadedImage &image : m_media->images())
            if (!m_featuredDestination.isEmpty() && image.destination == m_featuredDestination)
                m_content.featuredMedia = image.mediaId;
        if (!stoppedByCancel())
            publish();
    });
    m_media->start(images);
}

void PublishJob::publish()
{
    const QHash<QString, QString> urls = m_media ? m_media->urls() : QHash<QString, QString>();
    // The highlighter may have to start, or wait out a slow answer: not on the caller's thread.
    runOffThread<QString>(
        this,
        [body = m_post.body, urls, code = m_options.code] {
            return renderCleanHtml(body, urls, code);
        },
        [this](const QString &html) {
            if (stoppedByCancel())
                return;
            m_content.html = html;
            // A block that names a language left as cmark writes it (a coloured one has
            // colours or a class on its <pre>), while the highlighter says it cannot colour.
            const QString reason = m_options.code.enabled()
                                       ? m_options.code.highlighter->unavailableReason()
                                       : QString();
            if (!reason.isEmpty() && html.contains(QLatin1String("<pre><code class=\"language-"))) {
                m_codeNotice = reason;
                // Not remembered as what this post sends: the next publish colours it.
                m_fingerprint.clear();
            }
            publishContent();
        });
}

void PublishJob::publishContent()
{
    m_publisher = new Publisher(m_client, this);
    connect(m_publisher, &Publisher::progress, this, &PublishJob::progress);
    connect(m_publisher, &Publisher::finished, this, [this] {
        m_result = m_publisher->result();
        m_result.requests += m_requests;
        if (m_memo && m_result.outcome == PublishResult::Outcome::Published &&
            !m_content.marker.isEmpty() && !m_fingerprint.isEmpty()) {
            const WriteResult kept =
                m_memo->put(m_options.siteAddress.toString(QUrl::FullyEncoded), m_content.marker,
                            m_fingerprint, m_content);
            if (!kept.ok) // only costs requests next time
                m_result.serverChanges << kept.error;
        }
        emit finished();
    });
    m_publisher->start(m_content, remotePostOf(m_post, m_options.siteAddress),
                       m_options.onConflict);
}

bool PublishJob::stoppedByCancel()
{
    if (!m_cancelled)
        return false;
    fail(Failure::Cancelled, failureMessage(Failure::Cancelled), 0);
    return true;
}

void PublishJob::fail(Failure failure, const QString &message, int requests)
{
    m_result = {};
    m_result.outcome = PublishResult::Outcome::Failed;
    m_result.failure = failure;
    QString reason = message.trimmed();
    if (!reason.isEmpty() && !reason.endsWith(QLatin1Char('.')))
        reason += QLatin1Char('.');
    m_result.message = reason + QLatin1Char(' ') + PublishJobText::tr("Nothing was published.");
    m_result.requests = m_requests + requests;
    emit finished();
}

} // namespace pw::wp
