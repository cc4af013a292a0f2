// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"
#include "core/wordpress/wp_terms.h"

#include <QImage>
#include <QObject>
#include <QStringList>
#include <memory>

namespace pw::wp {
class Client;
}

namespace pw::gui {

class SiteAccounts;

// What a publish of a post to a site will do, found before anything is sent (the publish
// sheet shows it): which categories and tags the site has and which would be new (the site's
// terms searched by name, as TermResolver does, writing nothing), which local images would be
// uploaded and which the media cache says are on the site already, the featured image, and
// where the meta description would go (the SEO plugin's field or the excerpt). The network is
// the client's and the files are read on a worker: changed() tells when a part is known.
class PublishPreview : public QObject {
    Q_OBJECT
public:
    struct Image {
        QString destination; // as the Markdown names it
        QString path;
        bool onSite = false; // the media cache knows its content on this site
        bool readable = true;
    };

    PublishPreview(SiteAccounts *accounts, QObject *parent = nullptr);
    ~PublishPreview() override;

    // Starts over for `post` (with body) on the site; what an earlier start still finds is
    // dropped.
    void start(const QString &siteName, const Post &post, const QString &postPath);

    bool termsKnown() const { return m_termsKnown; }
    QList<wp::TermMatch> categories() const { return m_categories; }
    QList<wp::TermMatch> tags() const { return m_tags; }
    // Why the site could not be asked (translated); empty when it answered.
    QString siteError() const { return m_siteError; }

    bool imagesKnown() const { return m_imagesKnown; }
    QList<Image> images() const { return m_images; } // the body's, then the featured image

    // The featured image as the post names it (extra_key::featuredImage), and a thumbnail of
    // it when it is a local file.
    QString featuredImage() const { return m_featured; }
    QImage featuredThumbnail() const { return m_thumbnail; }

    // "_yoast_wpseo_metadesc", "rank_math_description" or "excerpt"; empty until known.
    QString descriptionField() const { return m_descriptionField; }

    static constexpr int thumbnailSize = 160;

    // What the worker found in the files.
    struct Files {
        QList<Image> images;
        QImage thumbnail;
    };

signals:
    void changed();

private:
    void connected(std::unique_ptr<wp::Client> client, const QString &error);
    void filesRead(const Files &files);

    SiteAccounts *m_accounts;
    std::unique_ptr<wp::Client> m_client;
    wp::TermResolver *m_terms = nullptr;
    int m_generation = 0;
    Post m_post;
    QString m_postPath;
    QString m_siteKey;
    bool m_termsKnown = false;
    QList<wp::TermMatch> m_categories;
    QList<wp::TermMatch> m_tags;
    QString m_siteError;
    bool m_imagesKnown = false;
    QList<Image> m_images;
    QString m_featured;
    QImage m_thumbnail;
    QString m_descriptionField;
};

} // namespace pw::gui
