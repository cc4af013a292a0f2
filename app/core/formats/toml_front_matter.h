// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/front_matter_format.h"
#include "core/post.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace pw {

// Markdown with TOML front matter between `+++` lines, as Hugo and Zola write it, parsed with
// toml++. Reading maps, for both:
//   title                    -> title
//   description (Hugo: else summary) -> meta description
//   slug                     -> slug (none when absent: the site's URL rule applies)
//   tags, categories         -> tags, categories (Hugo: top level; Zola: in [taxonomies])
// Every other key is kept in Post::extras, in the order of the file. An extra's text is the
// exact TOML source of its value, not YAML: `date = 2024-01-02` keeps "2024-01-02", `x = 'a'`
// keeps "'a'"; a [table] or [[array]] keeps its sections, headers included. Simple values
// (strings, numbers, booleans, dates, arrays) read the same as YAML, which the consumers of
// extras parse them as. Other taxonomies of Zola's [taxonomies] become "taxonomies.<name>".

// An extra's TOML text (as the reader keeps it) as a typed JSON value: strings, numbers,
// booleans, arrays, tables as objects, dates and times as RFC 3339 text. For writers of typed
// output (post JSON) on a post whose source is TOML front matter. Null when it is not TOML.
std::optional<QJsonValue> tomlExtraAsJson(const QString &text);

// The text starts with a `+++` line and has a closing one.
bool isTomlFrontMatter(const QString &text);

// hadFrontMatter is always true; invalid TOML gives an error with the file's line and column.
FrontMatterReadResult readTomlFrontMatterMarkdown(const QString &text);

// Writes `post`, whose source (Post::source) is TOML front matter, back into that text: the
// same bytes when nothing changed; otherwise only the changed values rewritten in place in
// TOML, removed keys' lines dropped, new keys appended to their table; the body after the
// closing `+++` as in the file unless it changed. Line ends follow the file's.
QString writeTomlFrontMatterMarkdown(const Post &post);

} // namespace pw
