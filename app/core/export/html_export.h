// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QString>

namespace pw {

// A standalone HTML page of the post, for publishing or sharing as it is: in the head the
// title, the meta description, Open Graph tags and a schema.org BlogPosting as JSON-LD; in
// the body the title as H1 and the rendered Markdown, without the preview's data-sourcepos.
//
// Extras used when present: `permalink` or `link` (og:url, canonical link, JSON-LD url) and
// `date` (datePublished). Every value is escaped for where it goes: HTML-escaped in
// attributes and text, and JSON-LD with "</" written "<\/" so no value can end the script.
QString exportHtml(const Post &post);

} // namespace pw
