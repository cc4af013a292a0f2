// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_publish_job.h"

#include "core/export/html_export.h"
#include "core/formats/front_matter_format.h"
#include "core/wordpress/wp_media.h"
#include "core/wordpress/wp_media_cache.h"
#include "core/wordpress/wp_terms.h"

#include <QCoreApplication>
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

} // namespace

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

PublishJob::PublishJob(Client *client, MediaCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
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
    m_content.title = post.title;
    m_content.slug = post.slug;
    m_content.status = options.status;
    m_content.date = options.date;
    m_content.metaDescription = post.metaDescription;
    m_content.marker = marker;
    resolveTerms();
}

void PublishJob::cancel()
{
    if (m_terms)
        m_terms->cancel();
    if (m_media)
        m_media->cancel();
    if (m_publisher)
        m_publisher->cancel();
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
    const QString featured = extraValue(m_post, kFeaturedImageKey);
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
        publish();
    });
    m_media->start(images);
}

void PublishJob::publish()
{
    m_content.html = renderCleanHtml(m_post.body, m_media ? m_media->urls()
                                                          : QHash<QString, QString>());
    m_publisher = new Publisher(m_client, this);
    connect(m_publisher, &Publisher::progress, this, &PublishJob::progress);
    connect(m_publisher, &Publisher::finished, this, [this] {
        m_result = m_publisher->result();
        m_result.requests += m_requests;
        emit finished();
    });
    m_publisher->start(m_content, remotePostOf(m_post, m_options.siteAddress),
                       m_options.onConflict);
}

void PublishJob::fail(Failure failure, const QString &message, int requests)
{
    m_result = {};
    m_result.outcome = PublishResult::Outcome::Failed;
    m_result.failure = failure;
    m_result.message = message + QLatin1Char(' ') + PublishJobText::tr("Nothing was published.");
    m_result.requests = m_requests + requests;
    emit finished();
}

} // namespace pw::wp
