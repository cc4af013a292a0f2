// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/site_address.h"

#include "core/seo/seo_analysis.h"

#include <QUrl>

namespace pw {

QString normalizedSiteAddress(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QChar(u' ')))
        return {};
    // "example.org" is what people type; QUrl would read it as a relative path.
    const bool hasScheme = trimmed.contains(QLatin1String("://"));
    QUrl url(hasScheme ? trimmed : QStringLiteral("https://") + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() ||
        (!url.host().contains(QChar(u'.')) && url.host() != QLatin1String("localhost")))
        return {};
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    // A query or fragment is not part of where posts live.
    url.setQuery(QString());
    url.setFragment(QString());
    QString address = url.toString(QUrl::FullyEncoded);
    while (address.endsWith(QChar(u'/')))
        address.chop(1);
    return address;
}

QString postPermalink(const Post &post, const QString &siteAddress)
{
    if (const QString own = seoSettings(post).permalink; !own.isEmpty())
        return own;
    if (siteAddress.isEmpty())
        return {};
    const QString slug = effectiveSlug(post);
    return slug.isEmpty() ? siteAddress + QChar(u'/')
                          : siteAddress + QChar(u'/') + slug + QChar(u'/');
}

QString snippetUrlLine(const QString &permalink)
{
    const QUrl url(permalink);
    if (permalink.isEmpty() || !url.isValid() || url.host().isEmpty())
        return {};
    QStringList parts{url.host()};
    for (const QString &segment :
         url.path(QUrl::FullyDecoded).split(QChar(u'/'), Qt::SkipEmptyParts))
        parts.append(segment);
    return parts.join(QStringLiteral(" › "));
}

} // namespace pw
