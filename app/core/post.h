// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <memory>
#include <QString>
#include <QStringList>

namespace pw {

// A front-matter key the model does not understand. The value is kept as the YAML text
// it was written as, so dates, lists and nested maps survive a round trip unchanged.
struct ExtraField {
    QString key;
    QString yaml;
    bool operator==(const ExtraField &) const = default;
};

struct PostSource;

// The value type every format reads into and writes from. It knows nothing of files,
// encodings or widgets.
struct Post {
    QString title;
    QString metaDescription;
    // Empty means "follows the title"; a non-empty slug was chosen and is kept.
    QString slug;
    QStringList tags;
    QStringList categories;
    QString topic;
    QString body; // Markdown
    QList<ExtraField> extras; // in the order they were read
    // The file text this post was read from (see core/formats/post_source.h); null for a
    // post made otherwise. Not part of the post's value: equality ignores it.
    std::shared_ptr<const PostSource> source;

    bool operator==(const Post &other) const;
};

// Extras Postwright itself writes into the front matter (the SEO tab, the spelling strip): one
// spelling of each key for whoever reads, writes or warns about them.
namespace extra_key {
inline const QString keyphrase = QStringLiteral("keyphrase");
inline const QString synonyms = QStringLiteral("keyphrase_synonyms");
inline const QString language = QStringLiteral("lang");
// Where a post pulled from or published to a WordPress site lives there, so Update works
// after a restart: the site's address, the post's id, its status, and the server's
// modified_gmt the local text is based on (the conflict check compares it).
inline const QString wordpressSite = QStringLiteral("wordpress_site");
inline const QString wordpressId = QStringLiteral("wordpress_id");
inline const QString wordpressStatus = QStringLiteral("wordpress_status");
inline const QString wordpressModified = QStringLiteral("wordpress_modified_gmt");
// The post's featured image: a local path (uploaded when published) or the site's URL.
inline const QString featuredImage = QStringLiteral("featured_image");
} // namespace extra_key

// Front-matter keys generators and themes take a post's description from when `description`
// is missing, in the order Postwright prefers them: Hugo's `summary`, Jekyll's and Eleventy's
// `excerpt` (jekyll-seo-tag falls back to it), Gatsby's blog starter's `spoiler`, and a
// Medium-style `subtitle`. The first one present is the post's description, read and written
// under its own key.
inline const QStringList descriptionAliasKeys{QStringLiteral("summary"), QStringLiteral("excerpt"),
                                              QStringLiteral("spoiler"),
                                              QStringLiteral("subtitle")};

// Which of `keys` (a front matter's top-level keys) holds the post's description:
// `description` when present, else the first of descriptionAliasKeys present, else
// `description` (where a new one goes).
QString descriptionKeyAmong(const QStringList &keys);

// The value of a front-matter extra as text: a scalar, or a list joined with ", "; empty when
// the post has no such key. (TOML's simple values read the same.)
QString extraValue(const Post &post, const QString &key);

// The slug a reader sees: the chosen one, or the one derived from the title.
QString effectiveSlug(const Post &post);

// Splits "a, b, 'c'" the way generator output and hand-typed fields mean it: trimmed,
// surrounding quotes removed, empty entries dropped, case-insensitive duplicates dropped
// (first spelling kept).
QStringList splitList(const QString &text);

// Drops empty and case-insensitively repeated entries, keeping the first spelling.
QStringList normalizedList(const QStringList &items);

} // namespace pw
