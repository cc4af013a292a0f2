// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/wordpress_import.h"
#include "core/wordpress/wp_response.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace pw::wp {

// Which posts of a site to list or pull.
struct PostQuery {
    QString status = QStringLiteral("any"); // any, publish, draft, pending, future, private
    QDateTime modifiedAfter;                // invalid: no limit
    QString search;
    QList<qint64> categories;
    int perPage = 100; // the REST API's maximum
};

// The query of one page of /wp/v2/posts. `full`: with the raw fields (context=edit) and the
// authors, terms and featured images embedded, so one request per 100 posts gives documents;
// otherwise only what a list shows (title, status, dates, author, link).
QUrlQuery postsPageQuery(const PostQuery &query, int page, bool full);

// X-WP-Total and X-WP-TotalPages; -1 when absent.
struct PageCount {
    int total = -1;
    int pages = -1;
};
PageCount pageCountOf(const Response &response);

// A post fetched with context=edit (and _embed) as a document: the importer's post, with where
// it lives on the site (extra_key::wordpress*) so the file knows its remote post.
ImportedPost importRemotePost(const QJsonObject &post, const QUrl &siteAddress,
                              const CategoryWhitelist &whitelist);

} // namespace pw::wp
