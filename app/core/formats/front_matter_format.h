// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/post.h"

#include <QString>
#include <optional>

namespace pw {

struct FrontMatterReadResult {
    std::optional<Post> post;
    bool hadFrontMatter = false;
    QString titleSuggestion;   // plain Markdown: the first heading, offered, never taken
    QList<Finding> findings;
    QString error;             // invalid YAML: says line and column
};

bool hasFrontMatter(const QString &text);

// Markdown with optional YAML front matter (yaml-cpp). Keys title, description, slug, tags,
// categories, topic map to the Post; any other key is kept in Post::extras, in order.
FrontMatterReadResult readFrontMatterMarkdown(const QString &text);

// Writes front matter (known keys, then extras in their order) and the body. A post with no
// metadata at all is written as plain Markdown.
QString writeFrontMatterMarkdown(const Post &post);

} // namespace pw
