// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QString>

namespace pw {

// The address of the site a post is published on, as the user types it in Preferences
// ("blog.example.org", "https://example.org/blog/"): http or https, a host, an optional path.
// Returns it as "https://example.org/blog" (scheme added when missing, no trailing slash,
// host lower case), or empty when it is not such an address (a space, another scheme, no host).
QString normalizedSiteAddress(const QString &typed);

// Where the post will be read: its own `permalink` or `link` (a WordPress import keeps the
// published URL), else the site address followed by the slug, as WordPress's default
// "/%postname%/" permalinks have it. Empty when neither is known.
QString postPermalink(const Post &post, const QString &siteAddress);

// The URL line of a search result as Google shows it: the host, then the path's segments
// ("example.org › blog › my-post"). Empty for an empty or unreadable URL.
QString snippetUrlLine(const QString &permalink);

} // namespace pw
