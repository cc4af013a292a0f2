// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace pw::wp {

// The URL of a REST route ("/wp/v2/posts") under a site's API root. A site with pretty
// permalinks has a root like https://example.org/wp-json/ and the route is appended to the
// path; one with plain permalinks has https://example.org/index.php?rest_route=/ and the route
// goes into the rest_route query item. `query` is added either way.
QUrl routeUrl(const QUrl &apiRoot, const QString &route, const QUrlQuery &query = {});

// The target of the first `Link` header entry with rel="https://api.w.org/" (WordPress'
// discovery header, RFC 8288 syntax: `<url>; rel="..."`, comma-separated entries). Empty when
// there is none.
QUrl apiRootFromLinkHeader(const QByteArray &linkHeader);

// A site address as people type it ("example.org/blog", "http://localhost:8080/") as a URL
// with a scheme and without a trailing slash on the path; invalid when it cannot be one.
QUrl normalizedSiteUrl(const QString &typed);

} // namespace pw::wp
