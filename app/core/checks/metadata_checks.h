// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/category_whitelist.h"
#include "core/finding.h"
#include "core/post.h"

#include <optional>

namespace pw {

class TitleWidthMeter;

// Thresholds from ../shared/GUIDE.md (Yoast and Rank Math).
namespace limits {
constexpr double titleWidthWarnPx = 600.0;
constexpr double titleWidthInfoPx = 580.0;
constexpr int titleMaxChars = 60;
constexpr int titleMinChars = 15;     // at most this many: too short
constexpr int descriptionMinChars = 120; // at most this many: too short
constexpr int descriptionMaxChars = 156; // above: truncated
constexpr int bodyMinWords = 300;
} // namespace limits

struct SiteProfile;

struct CheckContext {
    const CategoryWhitelist *whitelist = nullptr; // required
    const TitleWidthMeter *titleMeter = nullptr;  // optional: no width check without it
    // The site the post belongs to (core/site/site_profile.h); null: judged as a generator
    // post, against `whitelist`. On a site, categories and tags are judged by the site's habits.
    const SiteProfile *site = nullptr;
    QString postPath = {}; // the post's file, so its own terms do not count as the site's
    // The user chose `whitelist` (--categories, a list in Preferences): it applies on sites too.
    bool whitelistChosen = false;
};

// Characters as a reader counts them: user-perceived characters, not UTF-16 units.
int characterCount(const QString &text);

// Small rules, one per field; checkMetadata runs them all in field order.
QList<Finding> checkTitle(const Post &post, const TitleWidthMeter *meter);
// `site`: the post's site, whose habits may give it a description in another form.
QList<Finding> checkMetaDescription(const Post &post, const SiteProfile *site = nullptr);
QList<Finding> checkCategories(const Post &post, const CategoryWhitelist &whitelist);
QList<Finding> checkTags(const Post &post);
// Categories of a post on `site`: required only where the site uses them (a warning unless
// `chosen`, a whitelist the user chose, applies), judged against `chosen` or else the terms
// the site's other posts use (a new term is a note, with the nearest used one suggested).
QList<Finding> checkCategoriesOnSite(const Post &post, const SiteProfile &site,
                                     const QString &postPath, const CategoryWhitelist *chosen);
QList<Finding> checkBody(const Post &post, std::optional<int> knownWords = std::nullopt);
// `bodyWords`: the body's word count when the caller already has it (the analysis
// snapshot), so the body rule does not parse the Markdown a second time.
QList<Finding> checkMetadata(const Post &post, const CheckContext &context,
                             std::optional<int> bodyWords = std::nullopt);

} // namespace pw
