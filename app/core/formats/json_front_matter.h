// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/front_matter_format.h"
#include "core/post.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pw {

// Markdown with JSON front matter, as Hugo reads it: after an optional BOM and white space the
// file starts with a JSON object; Hugo finds its end by matching braces outside strings, and
// the content follows (https://gohugo.io/content-management/front-matter/). Reading maps
//   title                                  -> title
//   description (else descriptionAliasKeys) -> meta description
//   slug, topic                            -> slug, topic
//   tags, categories                       -> tags, categories (strings or numbers as names,
//                                             or one comma-separated string)
// Every other key is kept in Post::extras, in the order of the file, with the exact JSON
// source text of its value: JSON is YAML flow, which is what consumers parse extras as.
//
// A file that is one JSON document and nothing else stays what it was before this dialect
// (Postwright's post JSON, WordPress JSON): only an object followed by more than white space
// is front matter, so the two never overlap.

// The text is an object (parsed by QJsonDocument) followed by non-blank text.
bool isJsonFrontMatter(QStringView text);

// hadFrontMatter is always true when the text is JSON front matter.
FrontMatterReadResult readJsonFrontMatterMarkdown(const QString &text);

// Writes `post`, whose source (Post::source) is JSON front matter, back into that text: the
// same bytes when nothing changed; otherwise only the changed values replaced in place,
// removed extras' members dropped (with their commas), new members added before the closing
// brace in the file's indentation and line ends, the body after the object as in the file
// unless it changed. An edit that would not read back as the post re-emits the object whole
// (QJsonDocument); a post without a body is written as YAML front matter, since an object alone
// is a whole-file JSON document.
QString writeJsonFrontMatterMarkdown(const Post &post);

namespace json_front_matter {

// Internal to the reader and writer: offsets into the file's text (UTF-16), as read.
struct Member {
    QString key;              // decoded
    qsizetype keyStart = 0;   // the key's opening quote
    qsizetype valueStart = 0; // the value's first character
    qsizetype valueEnd = 0;   // just past the value's last character
};

struct Block {
    qsizetype objectStart = 0; // the '{'
    qsizetype objectEnd = 0;   // just past the matching '}'
    qsizetype bodyStart = 0;   // after the '}' and one line end (as Hugo consumes it)
    bool closingHasLineEnd = false;
    QString lineEnd;       // the file's first: "\r\n" or "\n"
    QList<Member> members; // top-level, in file order
};

// Null unless isJsonFrontMatter(text).
std::optional<Block> findBlock(QStringView text);

// The member a post field is read from: the last one of that key (as JSON parsers keep it).
struct Bindings {
    std::optional<qsizetype> title, description, slug, topic, tags, categories;
    bool binds(qsizetype member) const;
};
Bindings bind(const QList<Member> &members);

} // namespace json_front_matter

} // namespace pw
