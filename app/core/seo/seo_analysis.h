// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"
#include "core/seo/seo_input.h"
#include "core/seo/seo_report.h"

namespace pw {

struct PreviewBlock;

// The focus keyphrase and language live in front matter (Post::extras), so every format
// that keeps extras keeps them and no reader or writer needs to know about SEO:
//   keyphrase: Django vs Flask
//   keyphrase_synonyms: [Flask or Django, Python web frameworks]   (or "a, b")
//   lang: en                                                      (also `language`, `locale`)
//   permalink: https://example.com/post/    (also `link`, as the WordPress importer keeps it)
struct SeoSettings {
    QString keyphrase;
    QString synonyms; // comma separated
    QString language;
    QString permalink;
    bool operator==(const SeoSettings &) const = default;
};

SeoSettings seoSettings(const Post &post);
// Writes the keyphrase and synonyms into the extras (removing them when empty), keeping
// every other extra and their order.
void setSeoSettings(Post &post, const QString &keyphrase, const QString &synonyms);

// Runs every SEO and readability check over the rendered article. `blocks` are the
// snapshot's preview blocks of post.body.
SeoReport analyzeSeo(const Post &post, const QList<PreviewBlock> &blocks,
                     const SeoOptions &options);

// Yoast's aggregation: SEO = sum of points * 100 / (9 * checks); readability = 90, 60 or 30
// by penalty points (bad 3, ok 2 for English; bad 4, ok 2 where only part of the checks run).
int seoScoreOf(const QList<SeoCheck> &checks);
int readabilityScoreOf(const QList<SeoCheck> &checks, bool fullySupported);

} // namespace pw
