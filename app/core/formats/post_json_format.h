// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <optional>

namespace pw {

// Postwright's canonical post JSON: {title, meta_description, slug, tags, categories, topic,
// body} and, when there are any, "extra": {key: yaml-text}. "slug" is the effective slug.
QByteArray writePostJson(const Post &post);

// An extra's YAML text (Post::extras) as compact JSON text, typed as YAML reads it: `false` is
// false, `3` is 3, `[a, b]` a list, a date a string; text that is not YAML is a JSON string.
QByteArray yamlAsJson(const QString &yaml);

struct PostJsonReadResult {
    std::optional<Post> post;
    QString error; // malformed JSON (with line and column) or not a post
};
bool looksLikePostJson(const QString &text);
PostJsonReadResult readPostJson(const QString &text);
// The same over a document already parsed from `utf8`, the UTF-8 of `text` (the reader parses
// once, to sniff and read); a parse error is reported with its line and column.
PostJsonReadResult readPostJson(const QJsonDocument &doc, const QJsonParseError &parseError,
                                QByteArrayView utf8, const QString &text);

} // namespace pw
