// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/front_matter_dialect.h"
#include "core/formats/text_normalization.h"
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
bool hasFrontMatter(const NormalizedText &text);

// Markdown with optional YAML front matter (yaml-cpp). Keys title, description, slug, tags,
// categories, topic map to the Post (Jekyll's singular `tag` and `category` when the plural
// key is absent; the first of descriptionAliasKeys when `description` is absent); any other
// key is kept in Post::extras, in order. A string of tags or categories is a list as the
// dialect says.
FrontMatterReadResult readFrontMatterMarkdown(const QString &text,
                                              const FrontMatterDialect &dialect = {});
FrontMatterReadResult readFrontMatterMarkdown(const NormalizedText &text,
                                              const FrontMatterDialect &dialect = {});

// Writes front matter (known keys, then extras in their order) and the body. A post with no
// metadata at all is written as plain Markdown.
QString writeFrontMatterMarkdown(const Post &post);

// For editing front matter in place (front_matter_edit.cpp). Where each top-level key of a
// YAML mapping (LF line ends) is: its line, the line after its value (trailing blank and
// comment lines excluded) and the character column where its value starts (-1 when unknown).
struct FrontMatterKeySpan {
    QString key;
    int line = 0;
    int endLine = 0;
    int valueColumn = -1;
};
// Null when the YAML does not parse or is not a block mapping.
std::optional<QList<FrontMatterKeySpan>> frontMatterKeySpans(const QString &yaml);
// True when YAML tools would read the text as something else than a string (a number, a
// boolean, null or a date) unless it is quoted.
bool yamlNeedsQuotes(const QString &value);
// The text as a double-quoted YAML scalar: an extra's text that reads back as this string,
// whatever it looks like ("2025-08-05T11:42:59" would otherwise be a timestamp).
QString yamlQuoted(const QString &value);
// "key: value" lines (LF) for an extra, as the writer writes it.
QString frontMatterExtraEntry(const ExtraField &extra);

} // namespace pw
