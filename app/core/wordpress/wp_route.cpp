// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_route.h"

#include <QRegularExpression>

namespace pw::wp {

QUrl routeUrl(const QUrl &apiRoot, const QString &route, const QUrlQuery &query)
{
    QUrl url = apiRoot;
    QUrlQuery items(apiRoot);
    const QString relative = route.startsWith(QLatin1Char('/')) ? route.mid(1) : route;
    if (items.hasQueryItem(QStringLiteral("rest_route"))) {
        QString base = items.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
        if (!base.endsWith(QLatin1Char('/')))
            base += QLatin1Char('/');
        items.removeAllQueryItems(QStringLiteral("rest_route"));
        items.addQueryItem(QStringLiteral("rest_route"), base + relative);
    } else {
        QString path = url.path();
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        url.setPath(path + relative);
    }
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        items.addQueryItem(key, value);
    // Values such as search words may hold '&', '+' or '=': encode what a query must.
    QString encoded;
    for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key, "/")) + QLatin1Char('=') +
                   QString::fromLatin1(QUrl::toPercentEncoding(value, "/"));
    }
    url.setQuery(encoded.isEmpty() ? QString() : encoded, QUrl::StrictMode);
    return url;
}

QUrl apiRootFromLinkHeader(const QByteArray &linkHeader)
{
    static const QRegularExpression entry(
        QStringLiteral(R"(<([^>]*)>\s*((?:;\s*[^;,]+)*))"));
    static const QRegularExpression rel(
        QStringLiteral(R"re(;\s*rel\s*=\s*"?([^";,]+)"?)re"));
    const QString header = QString::fromLatin1(linkHeader);
    auto it = entry.globalMatch(header);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        auto rels = rel.globalMatch(m.captured(2));
        while (rels.hasNext()) {
            const QStringList names = rels.next().captured(1).split(QLatin1Char(' '));
            if (names.contains(QLatin1String("https://api.w.org/")))
                return QUrl(m.captured(1));
        }
    }
    return {};
}

QUrl normalizedSiteUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setFragment(QString());
    return url;
}

} // namespace pw::wp
