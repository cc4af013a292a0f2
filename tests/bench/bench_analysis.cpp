// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times analyzePost() (the whole snapshot: parse, preview blocks, spans, outline, prose
// ranges, stats, findings) on seed 000's body and on a generated ~200 KB post.
// Prints figures only; it asserts nothing about time. Build in Release.

#include "bench_support.h"
#include "core/checks/category_whitelist.h"
#include "core/formats/post_reader.h"
#include "core/markdown/analysis.h"
#include "core/markdown/word_count.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace pw;
using namespace pw::bench;

namespace {

void report(const char *name, const Post &post, const AnalysisContext &context)
{
    const SnapshotPtr snapshot = analyzePost(post, context, 0);
    const Figures analysis = time([&] { analyzePost(post, context, 0); });
    // For scale: one parse plus the word count walk, which is what a second parse would cost.
    const Figures parse = time([&] { countWords(post.body); });
    std::printf("%-14s %7lld bytes %6d words %5lld blocks %6lld spans | analyzePost median "
                "%7.2f ms  p95 %7.2f ms | parse+count median %6.2f ms\n",
                name, qlonglong(post.body.toUtf8().size()), snapshot->stats.words,
                qlonglong(snapshot->blocks.size()), qlonglong(snapshot->spans.size()),
                analysis.median, analysis.p95, parse.median);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const CategoryWhitelist whitelist = CategoryWhitelist::defaults();
    const AnalysisContext context{std::make_shared<const CategoryWhitelist>(whitelist), nullptr};
    std::printf("%d runs after %d warm-up runs\n", measuredRuns, warmUpRuns);

    Post seed;
    seed.title = QStringLiteral("Django vs Flask");
    seed.body = seedBody();
    report("seed 000", seed, context);

    Post large;
    large.title = QStringLiteral("A long generated post");
    large.body = generatedBody(200 * 1024);
    report("generated", large, context);
    return 0;
}
