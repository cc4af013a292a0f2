// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/category_whitelist.h"
#include "core/finding.h"
#include "core/import/html_to_markdown.h"
#include "core/post.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pw {

struct ImportedPost {
    Post post;
    // What needs the editor's attention: unresolved categories, removed scripts, ... A post
    // with an Error finding (e.g. empty content) must not replace an open document.
    QList<Finding> findings;
    HtmlToMarkdownResult conversion;
    qint64 wordpressId = 0;
};

struct WordPressImport {
    QList<ImportedPost> posts;
    // Set when the input as a whole cannot be imported: malformed JSON (with line and
    // column), JSON that is not a post, a file too large. Translated.
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Largest export accepted, below the 64 MiB of any post file (io/file_loader.h): the whole
// JSON document is held while every post's HTML is converted, and gumbo's tree of one post's
// HTML is many times its size. A REST page of 100 posts is a few MB.
inline constexpr qsizetype kMaxWordPressJsonBytes = 20 * 1024 * 1024;

// A WordPress REST post object: has content.rendered and a title or slug.
bool isWordPressPost(const QJsonObject &object);

// Reads a single post object, an array of posts (/wp/v2/posts), or either fetched with
// _embed. Categories not in the whitelist are kept and reported with a suggestion.
WordPressImport
importWordPressJson(const QByteArray &json,
                    const CategoryWhitelist &whitelist = CategoryWhitelist::defaults());
// The same over a document already parsed (the post reader parses a file once to sniff and
// read it); the caller checks wordPressSizeError() first.
WordPressImport
importWordPressDocument(const QJsonDocument &doc,
                        const CategoryWhitelist &whitelist = CategoryWhitelist::defaults());
// Why an export of this many bytes is refused, or empty when it is not.
QString wordPressSizeError(qsizetype bytes);
ImportedPost importWordPressPost(const QJsonObject &post, const CategoryWhitelist &whitelist);
// The same with the body's HTML made by the caller rather than taken from content.raw (after
// wpautop) or content.rendered: an export's content, whose shortcodes need the export's
// attachments (core/import/wxr_import.h). `content` then only says whether it is protected.
// An export's caller passes keepShortcodes: what is left of them after it expanded those
// WordPress knows is a plugin's, kept as text for review.
ImportedPost importWordPressPost(const QJsonObject &post, const CategoryWhitelist &whitelist,
                                 const QString &bodyHtml, const HtmlToMarkdownOptions &options);

// Tags removed, entities decoded, whitespace collapsed ("Flask &amp; <em>Django</em>").
QString htmlToPlainText(const QString &html);

} // namespace pw
