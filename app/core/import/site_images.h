// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pw {

// Where a WordPress site keeps its uploads: <base>/wp-content/uploads/ of the export's
// base_site_url and base_blog_url (they differ on a multisite), scheme ignored (a site moved
// to https still has http in old posts).
class SiteUploads {
public:
    SiteUploads(const QStringList &baseUrls);
    bool contains(const QString &url) const;

private:
    struct Prefix {
        QString host;
        int port = -1;
        QString path; // ends with "/wp-content/uploads/"
    };
    QList<Prefix> m_prefixes;
};

// The images of `post` that live in the site's uploads, each URL once, in order: Markdown
// image destinations (parsed by cmark-gfm, so code is code), then the featured_image extra.
QStringList siteImagesOf(const Post &post, const SiteUploads &uploads);

// Points the post at local copies: every Markdown destination `](url)`, `](url "title")`,
// `](<url>)` of a URL in `localOf` (link or image: both then name the same file) and a
// featured_image extra with that URL. URLs not in `localOf` are left as they are.
void rewriteImageUrls(Post &post, const QHash<QString, QString> &localOf);

} // namespace pw
