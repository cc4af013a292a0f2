// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

enum class PostFormat {
    Generator,            // TITLE:/META_DESCRIPTION:/TAGS:/CATEGORIES: + body + -EndOFText-
    MarkdownFrontMatter,  // --- YAML --- + Markdown
    Markdown,             // plain Markdown, no metadata
    PostJson,             // Postwright's canonical post JSON
    WordPressJson,        // WordPress REST API post object(s)
};

QString formatName(PostFormat format); // "generator", "markdown", ... : never translated

} // namespace pw
