// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/search_snippet.h"

#include "core/checks/site_address.h"

#include "core/checks/metadata_checks.h"
#include "core/checks/title_width.h"

#include <QTextBoundaryFinder>

namespace pw {

static const QString ellipsis = QStringLiteral("…");

// Grapheme boundaries of the text, so a cut never splits an emoji or an accented letter.
static QList<qsizetype> graphemeEnds(const QString &text)
{
    QList<qsizetype> ends;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary())
        ends.append(at);
    return ends;
}

static QString cut(const QString &text, qsizetype end)
{
    return text.left(end).trimmed() + ellipsis;
}

QString elideToWidth(const TitleWidthMeter &meter, const QString &text, double maxPx,
                     double pixelSize, bool *truncated)
{
    if (truncated)
        *truncated = false;
    if (meter.widthPx(text, pixelSize) <= maxPx)
        return text;
    if (truncated)
        *truncated = true;
    const QList<qsizetype> ends = graphemeEnds(text);
    // Width grows with the prefix, so the longest fitting prefix is found by bisection.
    qsizetype low = 0, high = ends.size(); // ends[0..low) fit
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (meter.widthPx(cut(text, ends.at(mid)), pixelSize) <= maxPx)
            low = mid + 1;
        else
            high = mid;
    }
    return low == 0 ? ellipsis : cut(text, ends.at(low - 1));
}

static QString elideToCharacters(const QString &text, int maxCharacters, bool *truncated)
{
    const QList<qsizetype> ends = graphemeEnds(text);
    *truncated = ends.size() > maxCharacters;
    return *truncated ? cut(text, ends.at(maxCharacters - 1)) : text;
}

SearchSnippet makeSearchSnippet(const Post &post, const TitleWidthMeter *meter,
                                const QString &permalink)
{
    SearchSnippet result;
    const QString title = post.title.simplified();
    const QString description = post.metaDescription.simplified();
    if (meter && meter->isValid()) {
        result.title = elideToWidth(*meter, title, snippet::titleMaxPx, snippet::titlePixelSize,
                                    &result.titleTruncated);
        result.description = elideToWidth(*meter, description, snippet::descriptionMaxPx,
                                          snippet::descriptionPixelSize, &result.descriptionTruncated);
    } else {
        result.title = elideToCharacters(title, limits::titleMaxChars, &result.titleTruncated);
        result.description = elideToCharacters(description, snippet::descriptionFallbackChars,
                                               &result.descriptionTruncated);
    }
    result.url = snippetUrlLine(permalink);
    result.placeholderUrl = result.url.isEmpty();
    if (result.placeholderUrl) {
        const QString slug = effectiveSlug(post);
        const QString placeholder = QStringLiteral("example.com");
        result.url = slug.isEmpty() ? placeholder : placeholder + QStringLiteral(" › ") + slug;
    }
    return result;
}

} // namespace pw
