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

struct CheckContext {
    const CategoryWhitelist *whitelist = nullptr; // required
    const TitleWidthMeter *titleMeter = nullptr;  // optional: no width check without it
};

// Characters as a reader counts them: user-perceived characters, not UTF-16 units.
int characterCount(const QString &text);

// Small rules, one per field; checkMetadata runs them all in field order.
QList<Finding> checkTitle(const Post &post, const TitleWidthMeter *meter);
QList<Finding> checkMetaDescription(const Post &post);
QList<Finding> checkCategories(const Post &post, const CategoryWhitelist &whitelist);
QList<Finding> checkTags(const Post &post);
QList<Finding> checkBody(const Post &post, std::optional<int> knownWords = std::nullopt);
// `bodyWords`: the body's word count when the caller already has it (the analysis
// snapshot), so the body rule does not parse the Markdown a second time.
QList<Finding> checkMetadata(const Post &post, const CheckContext &context,
                             std::optional<int> bodyWords = std::nullopt);

} // namespace pw
