// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_posts.h"

#include "core/formats/front_matter_format.h"

#include <QJsonArray>

namespace pw::wp {

QUrlQuery postsPageQuery(const PostQuery &query, int page, bool full)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("per_page"), QString::number(query.perPage));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("status"), query.status);
    q.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    // Oldest first: a page boundary does not move when a post is published during the pull.
    q.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    if (query.modifiedAfter.isValid())
        q.addQueryItem(QStringLiteral("modified_after"),
                       query.modifiedAfter.toUTC().toString(Qt::ISODate));
    if (!query.search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), query.search);
    if (!query.categories.isEmpty()) {
        QStringList ids;
        for (qint64 id : query.categories)
            ids << QString::number(id);
        q.addQueryItem(QStringLiteral("categories"), ids.join(QLatin1Char(',')));
    }
    if (full)
        q.addQueryItem(QStringLiteral("_embed"), QStringLiteral("author,wp:term,wp:featuredmedia"));
    else
        q.addQueryItem(QStringLiteral("_fields"),
                       QStringLiteral("id,title,status,date,date_gmt,modified_gmt,author,link,slug"));
    return q;
}

PageCount pageCountOf(const Response &response)
{
    bool ok = false;
    PageCount count;
    const int total = response.header("x-wp-total").toInt(&ok);
    if (ok)
        count.total = total;
    const int pages = response.header("x-wp-totalpages").toInt(&ok);
    if (ok)
        count.pages = pages;
    return count;
}

ImportedPost importRemotePost(const QJsonObject &post, const QUrl &siteAddress,
                              const CategoryWhitelist &whitelist)
{
    ImportedPost imported = importWordPressPost(post, whitelist);
    // A post without content on the site (a draft that is only a title) is still that post:
    // pulled, with the warning, not skipped. (An imported file's empty post is an error, since
    // it would replace an open document with nothing.)
    for (Finding &finding : imported.findings)
        if (finding.id == QLatin1String("import.content.empty"))
            finding.severity = Severity::Warning;
    // The featured image as the site serves it (embedded with wp:featuredmedia).
    const QString featured = post.value(QLatin1String("_embedded"))
                                 .toObject()
                                 .value(QLatin1String("wp:featuredmedia"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("source_url"))
                                 .toString();
    if (!featured.isEmpty())
        imported.post.extras.append({extra_key::featuredImage, yamlQuoted(featured)});
    imported.post.extras.append(
        {extra_key::wordpressSite, yamlQuoted(siteAddress.toString(QUrl::FullyEncoded))});
    imported.post.extras.append(
        {extra_key::wordpressId, QString::number(post.value(QLatin1String("id")).toInteger())});
    imported.post.extras.append(
        {extra_key::wordpressStatus, yamlQuoted(post.value(QLatin1String("status")).toString())});
    imported.post.extras.append(
        {extra_key::wordpressModified, yamlQuoted(post.value(QLatin1String("modified_gmt")).toString())});
    return imported;
}

} // namespace pw::wp
