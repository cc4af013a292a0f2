// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/analysis.h"

#include "core/checks/metadata_checks.h"
#include "core/checks/metadata_suggestions.h"
#include "core/checks/site_address.h"
#include "core/checks/title_width.h"
#include "core/markdown/highlight_spans.h"
#include "core/markdown/non_prose.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/preview_blocks.h"
#include "core/markdown/pseudo_headings.h"
#include "core/markdown/word_count_internal.h"
#include "core/seo/seo_analysis.h"
#include "core/site/site_profile.h"

#include <cmath>

namespace pw {

namespace {

constexpr double wordsPerMinute = 238.0;

void addStats(TextStats &stats, cmark_node *document)
{
    const QString text = readerText(document);
    stats.words += countWordsInText(text);
    stats.characters += countCharactersInText(text);
}

// cmark numbers a piece's lines from 1; the snapshot speaks of body lines.
void appendFacts(Snapshot &snapshot, SourceFacts &&facts, int firstLine)
{
    for (HighlightSpan &span : facts.spans)
        span.line += firstLine;
    for (OutlineEntry &entry : facts.outline)
        entry.line += firstLine;
    snapshot.spans += std::move(facts.spans);
    snapshot.outline += std::move(facts.outline);
    snapshot.proseRanges += std::move(facts.proseRanges);
}

} // namespace

SnapshotPtr analyzePost(const Post &post, const AnalysisContext &context, quint64 revision)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->revision = revision;
    snapshot->body = post.body;

    // Everything below reads these parses, one piece of the body at a time (each tree is
    // gone before the next is made); only the preview pass edits them (unsafe URLs).
    PseudoHeadingScanner pseudoHeadings;
    parseInPieces(post.body, [&](cmark_node *document, const SourceMap &source, int firstLine) {
        addStats(snapshot->stats, document);
        appendFacts(*snapshot, collectSourceFacts(document, source), firstLine);
        pseudoHeadings.scan(document, source, firstLine);
        ColouredCode code = colourCodeBlocks(document, &source, context.code);
        for (CodeSpan &span : code.spans)
            span.line += firstLine;
        snapshot->codeSpans += std::move(code.spans);
        if (snapshot->codeNotice.isEmpty())
            snapshot->codeNotice = code.unavailable;
        snapshot->blocks += renderPreviewBlocks(document, firstLine, context.localImageUrl,
                                                &code.topLevelHtml);
        return true;
    });
    // Template tags, MDX and math cross cmark's inline nodes: cut out of the whole body.
    snapshot->proseRanges = withoutNonProse(post.body, snapshot->proseRanges);
    if (snapshot->stats.words > 0)
        snapshot->stats.readingMinutes =
            std::max(1, int(std::ceil(snapshot->stats.words / wordsPerMinute)));

    if (context.whitelist || context.site)
        snapshot->findings =
            checkMetadata(post,
                          {context.whitelist.get(), context.titleMeter.get(), context.site.get(),
                           context.postPath, context.whitelistChosen},
                          snapshot->stats.words);
    // Body structure, whatever the metadata rules: bold lines that should be headings.
    snapshot->findings += pseudoHeadingFindings(pseudoHeadings.take());

    // The SEO checks read the rendered blocks, so they see what a reader sees, and the slug
    // the post is published under: on a site without a slug of its own, its file name's.
    const SeoSettings seo = seoSettings(post);
    SeoOptions options{seo.keyphrase, seo.synonyms, seo.language, -1,
                       permalinkFor(post, context)};
    if (context.titleMeter && context.titleMeter->isValid())
        options.titleWidthPx = context.titleMeter->widthPx(post.title);
    Post published = post;
    if (context.site && post.slug.isEmpty())
        published.slug = siteSlug(*context.site, post, context.postPath);
    snapshot->seo = analyzeSeo(published, snapshot->blocks, options);
    snapshot->suggestion = suggestMetadata(post, snapshot->outline, snapshot->blocks);
    return snapshot;
}

QString permalinkFor(const Post &post, const AnalysisContext &context)
{
    if (context.site && !context.site->baseUrl.isEmpty())
        return sitePermalink(*context.site, post, context.postPath);
    return postPermalink(post, context.siteAddress);
}

QList<TextRange> proseRangesOf(const QString &body)
{
    QList<TextRange> ranges;
    parseInPieces(body, [&ranges](cmark_node *document, const SourceMap &source, int) {
        ranges += collectSourceFacts(document, source).proseRanges;
        return true;
    });
    return withoutNonProse(body, ranges);
}

} // namespace pw
