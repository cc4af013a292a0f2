// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/publish_preview.h"

#include "core/wordpress/off_thread.h"
#include "core/wordpress/wp_call.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_media.h"
#include "core/wordpress/wp_media_cache.h"
#include "core/wordpress/wp_publisher.h"
#include "gui/sites/site_accounts.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>

namespace pw::gui {

namespace {

// Reads files: runs on a worker.
PublishPreview::Files readFiles(const Post &post, const QString &postPath, const QString &siteKey)
{
    PublishPreview::Files files;
    const QString postDir = postPath.isEmpty() ? QString() : QFileInfo(postPath).absolutePath();
    QList<wp::LocalImage> images = wp::localImagesOf(post.body, postDir);
    // The featured image as PublishJob reads it: an image named in the front matter.
    const QString featured = extraValue(post, extra_key::featuredImage);
    QString featuredPath;
    if (!featured.isEmpty()) {
        const QList<wp::LocalImage> named =
            wp::localImagesOf(QStringLiteral("![](<%1>)").arg(featured), postDir);
        if (!named.isEmpty()) {
            featuredPath = named.first().path;
            images += named;
        }
    }
    wp::MediaCache cache(SiteAccounts::dataFolder(), siteKey);
    cache.load();
    QSet<QString> seen; // an image named twice is uploaded once
    for (const wp::LocalImage &local : images) {
        if (seen.contains(local.path))
            continue;
        seen.insert(local.path);
        PublishPreview::Image image{local.destination, local.path};
        QFile file(local.path);
        if (file.open(QIODevice::ReadOnly)) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            image.onSite = cache.find(hash.result().toHex()).has_value();
        } else {
            image.readable = false;
        }
        files.images.append(image);
    }
    if (!featuredPath.isEmpty()) {
        QImageReader reader(featuredPath);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(PublishPreview::thumbnailSize,
                                             PublishPreview::thumbnailSize, Qt::KeepAspectRatio));
        files.thumbnail = reader.read();
    }
    return files;
}

} // namespace

PublishPreview::PublishPreview(SiteAccounts *accounts, QObject *parent)
    : QObject(parent), m_accounts(accounts)
{
}

PublishPreview::~PublishPreview()
{
    // The client's calls end when it goes: nothing they answer may reach a sheet that is
    // being destroyed.
    ++m_generation;
    blockSignals(true);
    if (m_terms)
        m_terms->cancel();
    delete m_terms;
    // Calls still on their way end with their client: later, from the event loop, not from
    // inside this destructor.
    if (m_client)
        m_client.release()->deleteLater();
}

void PublishPreview::start(const QString &siteName, const Post &post, const QString &postPath)
{
    const int generation = ++m_generation;
    if (m_terms) {
        m_terms->cancel();
        m_terms->deleteLater();
        m_terms = nullptr;
    }
    if (m_client)
        m_client.release()->deleteLater();
    m_post = post;
    m_postPath = postPath;
    m_termsKnown = m_imagesKnown = false;
    m_categories.clear();
    m_tags.clear();
    m_siteError.clear();
    m_images.clear();
    m_featured = extraValue(post, extra_key::featuredImage);
    m_thumbnail = {};
    m_descriptionField.clear();
    const std::optional<wp::SiteRecord> site = m_accounts->find(siteName);
    m_siteKey = site ? site->address.toString(QUrl::FullyEncoded) : QString();
    emit changed();

    wp::runOffThread<Files>(
        this, [post, postPath, siteKey = m_siteKey] { return readFiles(post, postPath, siteKey); },
        [this, generation](const Files &files) {
            if (generation == m_generation)
                filesRead(files);
        });
    if (!site) {
        m_siteError = tr("There is no site “%1”.").arg(siteName);
        return;
    }
    m_accounts->connectTo(siteName, [self = QPointer(this), generation](
                                        std::unique_ptr<wp::Client> client, const QString &error) {
        if (self && self->m_generation == generation)
            self->connected(std::move(client), error);
    });
}

void PublishPreview::filesRead(const Files &files)
{
    m_images = files.images;
    m_thumbnail = files.thumbnail;
    m_imagesKnown = true;
    emit changed();
}

void PublishPreview::connected(std::unique_ptr<wp::Client> client, const QString &error)
{
    if (!client) {
        m_siteError = error;
        emit changed();
        return;
    }
    m_client = std::move(client);
    const int generation = m_generation;

    m_terms = new wp::TermResolver(m_client.get(), this);
    connect(m_terms, &wp::TermResolver::finished, this, [this, terms = m_terms] {
        if (terms != m_terms)
            return;
        if (m_terms->ok()) {
            m_categories = m_terms->categories();
            m_tags = m_terms->tags();
            m_termsKnown = true;
        } else {
            m_siteError = m_terms->message();
        }
        emit changed();
    });
    m_terms->start(m_post.categories, m_post.tags, wp::TermResolver::Mode::FindOnly);

    // The SEO plugins' fields are in the posts schema only when registered for REST, as the
    // Publisher learns them.
    wp::Call *call = m_client->send("OPTIONS", QStringLiteral("/wp/v2/posts"), {});
    call->setParent(this);
    connect(call, &wp::Call::finished, this, [this, call, generation] {
        call->deleteLater();
        if (generation != m_generation)
            return;
        const wp::Response &response = call->response();
        if (response.ok())
            m_descriptionField =
                wp::descriptionFieldFor(wp::metaKeysOfSchema(response.json.object()));
        emit changed();
    });
}

} // namespace pw::gui
