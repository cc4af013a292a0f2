#include "markdown/analysis.h"

#include "checks/metadata_checks.h"
#include "checks/title_width.h"
#include "markdown/highlight_spans.h"
#include "markdown/preview_blocks.h"
#include "markdown/cmark_handles.h"
#include "markdown/source_map.h"
#include "markdown/word_count_internal.h"
#include "seo/seo_analysis.h"

#include <cmath>

namespace pw {

namespace {

constexpr double wordsPerMinute = 238.0;

TextStats statsOf(cmark_node *document)
{
    const QString text = readerText(document);
    TextStats stats;
    stats.words = countWordsInText(text);
    stats.characters = countCharactersInText(text);
    if (stats.words > 0)
        stats.readingMinutes = std::max(1, int(std::ceil(stats.words / wordsPerMinute)));
    return stats;
}

} // namespace

SnapshotPtr analyzePost(const Post &post, const AnalysisContext &context, quint64 revision)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->revision = revision;
    snapshot->body = post.body;

    // Everything below reads this one parse; only the preview pass edits it (unsafe URLs).
    const SourceMap source(post.body);
    const CmarkNodePtr document = parseGfm(source.utf8());
    snapshot->stats = statsOf(document.get());
    SourceFacts facts = collectSourceFacts(document.get(), source);
    snapshot->spans = std::move(facts.spans);
    snapshot->outline = std::move(facts.outline);
    snapshot->proseRanges = std::move(facts.proseRanges);
    snapshot->blocks = renderPreviewBlocks(document.get());

    if (context.whitelist)
        snapshot->findings =
            checkMetadata(post, {context.whitelist, context.titleMeter}, snapshot->stats.words);

    // The SEO checks read the rendered blocks, so they see what a reader sees.
    const SeoSettings seo = seoSettings(post);
    SeoOptions options{seo.keyphrase, seo.synonyms, seo.language, -1, seo.permalink};
    if (context.titleMeter && context.titleMeter->isValid())
        options.titleWidthPx = context.titleMeter->widthPx(post.title);
    snapshot->seo = analyzeSeo(post, snapshot->blocks, options);
    return snapshot;
}

} // namespace pw
