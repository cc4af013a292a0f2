// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/site_images.h"

#include "core/formats/front_matter_format.h"
#include "core/markdown/cmark_handles.h"
#include "core/markdown/piecewise_parse.h"

#include <QSet>
#include <QUrl>

#include <cmark-gfm.h>

namespace pw {

SiteUploads::SiteUploads(const QStringList &baseUrls)
{
    for (const QString &base : baseUrls) {
        const QUrl url(base.trimmed());
        if (!url.isValid() || url.host().isEmpty())
            continue;
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        m_prefixes.append(
            {url.host().toLower(), url.port(-1), path + QStringLiteral("/wp-content/uploads/")});
    }
}

bool SiteUploads::contains(const QString &text) const
{
    const QUrl url(text);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    for (const Prefix &prefix : m_prefixes) {
        if (url.host().toLower() == prefix.host && url.port(-1) == prefix.port &&
            url.path().startsWith(prefix.path) && url.path().size() > prefix.path.size())
            return true;
    }
    return false;
}

QStringList siteImagesOf(const Post &post, const SiteUploads &uploads)
{
    QStringList urls;
    QSet<QString> seen;
    const auto take = [&](const QString &url) {
        if (!url.isEmpty() && uploads.contains(url) && !seen.contains(url)) {
            seen.insert(url);
            urls.append(url);
        }
    };
    parseInPieces(post.body, [&](cmark_node *document, const SourceMap &, int) {
        const CmarkIterPtr iter(cmark_iter_new(document));
        for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_IMAGE)
                take(QString::fromUtf8(cmark_node_get_url(node)));
        }
        return true;
    });
    take(extraValue(post, extra_key::featuredImage));
    return urls;
}

void rewriteImageUrls(Post &post, const QHash<QString, QString> &localOf)
{
    for (auto it = localOf.begin(); it != localOf.end(); ++it) {
        const QString &url = it.key();
        const QString &local = it.value();
        for (const auto &[before, after] :
             {std::pair{QStringLiteral("](%1)"), QStringLiteral("](%1)")},
              std::pair{QStringLiteral("](%1 \""), QStringLiteral("](%1 \"")},
              std::pair{QStringLiteral("](<%1>"), QStringLiteral("](<%1>")}}) {
            post.body.replace(before.arg(url), after.arg(local));
        }
    }
    const QString featured = localOf.value(extraValue(post, extra_key::featuredImage));
    if (featured.isEmpty())
        return;
    for (ExtraField &extra : post.extras) {
        if (extra.key == extra_key::featuredImage)
            extra.yaml = yamlQuoted(featured);
    }
}

} // namespace pw
