// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/seo_checks.h"

#include <QUrl>

#include <cmath>

namespace pw {

namespace {

SeoCheck images(const SeoInput &in)
{
    const QString title = SeoText::tr("Images");
    if (in.article.images.isEmpty())
        return makeCheck(
            "images", SeoGroup::Seo, 3, title,
            SeoText::tr("The post has no images. Add at least one that helps the reader "
                        "(a diagram, a screenshot, a photo)."));
    return makeCheck("images", SeoGroup::Seo, 9, title,
                     SeoText::tr("%n image(s): good.", nullptr, int(in.article.images.size())));
}

SeoCheck textLength(const SeoInput &in)
{
    const QString title = SeoText::tr("Text length");
    const int words = in.words;
    if (words >= 300)
        return makeCheck("textLength", SeoGroup::Seo, 9, title,
                         SeoText::tr("%n word(s), not counting quotations, code and image "
                                     "descriptions: good.",
                                     nullptr, words));
    // Says what is counted: the status bar counts every word a reader sees, so it is higher.
    const QString figure = SeoText::tr(
        "%n word(s), not counting quotations, code and image descriptions.", nullptr, words);
    const QString advice = SeoText::tr("Write at least 300 words so the post covers its topic.");
    const int score = words >= 250 ? 6 : words >= 200 ? 3 : words >= 100 ? -10 : -20;
    return makeCheck("textLength", SeoGroup::Seo, score, title, figure + u' ' + advice);
}

enum class LinkKind { Internal, External, Other };

LinkKind kindOf(const QString &href, const QString &permalink)
{
    if (href.startsWith(u'#'))
        return LinkKind::Other;
    const QUrl url(href);
    const QString scheme = url.scheme().toLower();
    if (!scheme.isEmpty() && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return LinkKind::Other; // mailto:, tel:, ...
    if (href.startsWith(u'/') && !href.startsWith(QLatin1String("//")))
        return LinkKind::Internal;
    if (url.host().isEmpty())
        return LinkKind::Internal; // relative
    return url.host().compare(QUrl(permalink).host(), Qt::CaseInsensitive) == 0
               ? LinkKind::Internal
               : LinkKind::External;
}

struct LinkCounts {
    int total = 0;
    int nofollow = 0;
};

SeoCheck linkCheck(const SeoInput &in, LinkKind kind)
{
    LinkCounts counts;
    for (const ArticleLink &link : in.article.links) {
        if (kindOf(link.href, in.permalink) != kind)
            continue;
        ++counts.total;
        counts.nofollow += link.nofollow ? 1 : 0;
    }
    if (kind == LinkKind::External) {
        const QString title = SeoText::tr("Outbound links");
        if (counts.total == 0)
            return makeCheck("externalLinks", SeoGroup::Seo, 3, title,
                             SeoText::tr("No links to other sites. Link to a source or reference a "
                                         "reader would trust."));
        if (counts.nofollow == counts.total)
            return makeCheck(
                "externalLinks", SeoGroup::Seo, 7, title,
                SeoText::tr("Every outbound link is nofollow. Let search engines follow "
                            "at least one you stand behind."));
        if (counts.nofollow > 0)
            return makeCheck(
                "externalLinks", SeoGroup::Seo, 8, title,
                SeoText::tr("%n outbound link(s), some nofollow: fine.", nullptr, counts.total));
        return makeCheck("externalLinks", SeoGroup::Seo, 9, title,
                         SeoText::tr("%n outbound link(s): good.", nullptr, counts.total));
    }
    const QString title = SeoText::tr("Internal links");
    if (counts.total == 0)
        return makeCheck(
            "internalLinks", SeoGroup::Seo, 3, title,
            SeoText::tr("No links to your own site (%1). Link to a related post or page.")
                .arg(QUrl(in.permalink).host()));
    if (counts.nofollow == counts.total)
        return makeCheck(
            "internalLinks", SeoGroup::Seo, 7, title,
            SeoText::tr("Every internal link is nofollow. Remove rel=\"nofollow\" from "
                        "links to your own pages."));
    if (counts.nofollow > 0)
        return makeCheck(
            "internalLinks", SeoGroup::Seo, 8, title,
            SeoText::tr("%n internal link(s), some nofollow: fine.", nullptr, counts.total));
    return makeCheck("internalLinks", SeoGroup::Seo, 9, title,
                     SeoText::tr("%n internal link(s): good.", nullptr, counts.total));
}

SeoCheck singleH1(const SeoInput &in)
{
    // As Yoast: the post title is printed as the page's H1 by the theme (and by our preview's
    // title), so the check is about H1s inside the body.
    const QString title = SeoText::tr("Single title");
    QList<TextRange> ranges;
    for (const ArticleBlock &block : in.article.blocks) {
        if (block.kind == ArticleBlock::Kind::Heading && block.level == 1)
            ranges.append(block.source);
    }
    if (ranges.size() <= 1)
        return makeCheck(
            "singleH1", SeoGroup::Seo, 8, title,
            ranges.isEmpty()
                ? SeoText::tr("The body has no H1 of its own; the title is the page's H1: good.")
                : SeoText::tr("The body has one H1. Themes also print the title as an H1; "
                              "if this one repeats it, remove it."),
            ranges);
    return makeCheck(
        "singleH1", SeoGroup::Seo, 1, title,
        SeoText::tr("The body has %n H1 headings. Keep the title as the only H1 and make "
                    "these H2 (## in Markdown).",
                    nullptr, int(ranges.size())),
        ranges);
}

SeoCheck titleWidth(const SeoInput &in)
{
    const QString title = SeoText::tr("SEO title width");
    const int px = int(std::lround(in.titleWidthPx));
    if (in.post->title.trimmed().isEmpty() || px <= 0)
        return makeCheck(
            "titleWidth", SeoGroup::Seo, 1, title,
            SeoText::tr("The post has no title. Write one of up to 600 px in search results."));
    // Yoast's SEO assessor rates short titles good too (widthTooShort: 9); say how much room is
    // left.
    if (px <= 400)
        return makeCheck("titleWidth", SeoGroup::Seo, 9, title,
                         SeoText::tr("The title is %1 px wide in search results; there is room for "
                                     "%2 px more if a word would help searchers.")
                             .arg(px)
                             .arg(600 - px));
    if (px <= 600)
        return makeCheck(
            "titleWidth", SeoGroup::Seo, 9, title,
            SeoText::tr("The title is %1 px wide in search results (at most 600): good.").arg(px));
    return makeCheck(
        "titleWidth", SeoGroup::Seo, 3, title,
        SeoText::tr("The title is %1 px wide; search results cut it at 600 px. Shorten it "
                    "by about %2 px.")
            .arg(px)
            .arg(px - 600));
}

SeoCheck metaDescriptionLength(const SeoInput &in)
{
    const QString title = SeoText::tr("Meta description length");
    // UTF-16 units, as Yoast counts them in JavaScript.
    const int length = int(in.post->metaDescription.trimmed().size());
    if (length == 0)
        return makeCheck("metaDescriptionLength", SeoGroup::Seo, 1, title,
                         SeoText::tr("No meta description. Write 121 to 156 characters that make "
                                     "searchers want to click."));
    if (length <= 120)
        return makeCheck(
            "metaDescriptionLength", SeoGroup::Seo, 6, title,
            SeoText::tr("%n character(s): too short. Use up to 156 to say what the reader "
                        "gets.",
                        nullptr, length));
    if (length > 156)
        return makeCheck(
            "metaDescriptionLength", SeoGroup::Seo, 6, title,
            SeoText::tr("%n character(s): search results cut it after 156. Shorten it.", nullptr,
                        length));
    return makeCheck("metaDescriptionLength", SeoGroup::Seo, 9, title,
                     SeoText::tr("%n character(s): good.", nullptr, length));
}

} // namespace

QList<SeoCheck> structureChecks(const SeoInput &input)
{
    QList<SeoCheck> checks{images(input),
                           textLength(input),
                           linkCheck(input, LinkKind::External),
                           linkCheck(input, LinkKind::Internal),
                           singleH1(input),
                           metaDescriptionLength(input)};
    if (input.titleWidthPx >= 0)
        checks.append(titleWidth(input));
    return checks;
}

} // namespace pw
