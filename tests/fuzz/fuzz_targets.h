// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What each fuzz harness does with one input, shared with tests/core/tst_fuzz_regressions so
// a crash input found by a fuzzer is replayed through exactly the same calls in the normal
// test suite. Needs a QCoreApplication (translations, Qt resources).
#include "core/checks/category_whitelist.h"
#include "core/formats/front_matter_format.h"
#include "core/formats/generator_format.h"
#include "core/import/html_to_markdown.h"
#include "core/import/wordpress_import.h"
#include "core/markdown/analysis.h"
#include "core/markdown/highlight_spans.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/preview_blocks.h"
#include "core/text/decoder.h"
#include "core/text/mojibake.h"

#include <QByteArray>
#include <QString>

#include <climits>
#include <cstdlib>

namespace pw::fuzz {

// Fuzzers hand arbitrary bytes; the readers take text the decoder produced, which is valid
// UTF-16. fromUtf8 gives that, replacing bad sequences as the decoder would.
inline QString asText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

inline void generatorReader(const QByteArray &bytes)
{
    const QString text = asText(bytes);
    (void)looksLikeGenerator(text);
    const GeneratorReadResult result = readGenerator(text);
    if (result.post)
        (void)readGenerator(writeGenerator(*result.post));
}

inline void frontMatterReader(const QByteArray &bytes)
{
    const QString text = asText(bytes);
    (void)hasFrontMatter(text);
    const FrontMatterReadResult result = readFrontMatterMarkdown(text);
    if (result.post)
        (void)readFrontMatterMarkdown(writeFrontMatterMarkdown(*result.post));
}

inline void wordpressImport(const QByteArray &bytes)
{
    static const CategoryWhitelist whitelist = CategoryWhitelist::defaults();
    (void)importWordPressJson(bytes, whitelist);
}

inline void htmlToMarkdownAndText(const QByteArray &bytes)
{
    const QString html = asText(bytes);
    (void)htmlToMarkdown(html);
    (void)htmlToPlainText(html);
}

// Raw bytes are the point here, so they also go to repairMojibake read as Latin-1, the classic
// mis-decode.
inline void decoder(const QByteArray &bytes)
{
    (void)decodeText(bytes);
    (void)repairMojibake(QString::fromLatin1(bytes));
    (void)repairMojibake(asText(bytes));
}

inline void analysis(const QByteArray &bytes)
{
    static const auto whitelist =
        std::make_shared<const CategoryWhitelist>(CategoryWhitelist::defaults());
    Post post;
    post.title = QStringLiteral("Fuzzed post");
    post.categories = {QStringLiteral("Technology")};
    post.body = asText(bytes);
    (void)analyzePost(post, AnalysisContext{whitelist, nullptr}, 1);
}

// The analysis of a long body is made of pieces (markdown/piecewise_parse.h) to bound memory.
// Cut as often as the scanner allows (pieces of one byte), it must give what one parse gives:
// the same preview blocks at the same lines, spans and prose ranges. A difference means a cut
// fell inside a block, so it aborts for libFuzzer to keep the input.
struct PieceFacts {
    QList<PreviewBlock> blocks;
    QList<HighlightSpan> spans;
    QList<std::pair<qsizetype, qsizetype>> prose;
};

inline PieceFacts factsInPieces(const QString &body, int pieceBytes)
{
    PieceFacts facts;
    parseInPieces(
        body,
        [&facts](cmark_node *document, const SourceMap &source, int firstLine) {
            facts.blocks += renderPreviewBlocks(document, firstLine);
            const SourceFacts piece = collectSourceFacts(document, source);
            for (HighlightSpan span : piece.spans) {
                span.line += firstLine;
                facts.spans += span;
            }
            for (const TextRange &range : piece.proseRanges)
                facts.prose += {range.start, range.length};
            return true;
        },
        pieceBytes);
    return facts;
}

inline void piecewiseParse(const QByteArray &bytes)
{
    const QString body = asText(bytes);
    const PieceFacts whole = factsInPieces(body, INT_MAX);
    const PieceFacts pieces = factsInPieces(body, 1);
    if (pieces.blocks != whole.blocks || pieces.spans != whole.spans || pieces.prose != whole.prose)
        std::abort();
}

} // namespace pw::fuzz
