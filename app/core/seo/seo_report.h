// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QList>
#include <QString>

namespace pw {

// Ratings and scores follow Yoast SEO's scale (yoastseo 3.6, the oracle in
// ../shared/tools/yoast-oracle): a check scores up to 9; above 7 is good, above 4 is ok.
enum class SeoRating { Bad, Ok, Good };
enum class SeoGroup { Seo, Readability };

struct SeoCheck {
    QString id; // Yoast's assessment identifier where one exists ("keyphraseDensity")
    SeoGroup group = SeoGroup::Seo;
    int score = 0; // Yoast's points; may be negative (way too short text, stuffing)
    SeoRating rating = SeoRating::Bad;
    QString title;           // "Keyphrase density", translated
    QString message;         // what was found and what to change, translated
    QList<TextRange> ranges; // UTF-16 ranges of Post::body the check is about (block level)
    bool operator==(const SeoCheck &) const = default;
};

struct SeoReport {
    QList<SeoCheck> checks;        // SEO checks first, then readability; each group bad -> good
    int seoScore = 0;              // 0-100, Yoast's sum / (9 * checks)
    int readabilityScore = 0;      // 0 (no data), 30, 60 or 90, from Yoast's penalty points
    double fleschReadingEase = -1; // -1: too little text or not English
    QString language;              // primary language subtag the analysis used ("en", "de")
    QString languageNote;          // why checks were skipped: English-only ones, or all of
                                   // them for a post far longer than a page
    QString keyphrase;             // as analysed
    QString slug;                  // the effective slug the slug check read
    QString permalink;             // what decided internal links
    bool operator==(const SeoReport &) const = default;
};

SeoRating ratingForScore(int score);
QString ratingName(SeoRating rating); // "good", "ok", "bad": never translated
QString groupName(SeoGroup group);    // "seo", "readability": never translated
// Yoast's overall rating of a 0-100 score (score / 10 through ratingForScore).
SeoRating ratingForOverallScore(int score);

} // namespace pw
