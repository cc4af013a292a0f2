// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QString>

namespace pw {

class TitleWidthMeter;

// Where Google cuts a desktop result: titles at about 600 px of Arial 20 px, descriptions at
// about 920 px of Arial 14 px (Rank Math's figure), each ending in an ellipsis.
namespace snippet {
constexpr double titleMaxPx = 600.0;
constexpr double titlePixelSize = 20.0;
constexpr double descriptionMaxPx = 920.0;
constexpr double descriptionPixelSize = 14.0;
constexpr int descriptionFallbackChars = 156; // when no font is installed to measure with
} // namespace snippet

struct SearchSnippet {
    QString title;
    bool titleTruncated = false;
    QString url;          // "example.org › blog › slug"
    bool placeholderUrl = false; // example.com: the post's address is not known
    QString description;
    bool descriptionTruncated = false;
};

// The longest prefix of `text` that, followed by "…", fits in maxPx; whole graphemes only,
// trailing spaces dropped. Returns the text unchanged when it fits.
QString elideToWidth(const TitleWidthMeter &meter, const QString &text, double maxPx,
                     double pixelSize, bool *truncated = nullptr);

// `meter` may be null (no font): then titles are cut at 60 and descriptions at 156 characters.
// The URL line is `permalink` (see permalinkFor in core/markdown/analysis.h);
// "example.com › slug" while it is not known.
SearchSnippet makeSearchSnippet(const Post &post, const TitleWidthMeter *meter,
                                const QString &permalink = {});

} // namespace pw
