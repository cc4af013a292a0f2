// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the SEO and readability analysis: the whole analyzePost() with a focus keyphrase
// (what the GUI waits for) and analyzeSeo() alone over the snapshot's blocks, on seed 000,
// a ~3,000-word post and a ~200 KB post. Prints figures only. Build in Release.
#include "bench_support.h"
#include "core/markdown/analysis.h"
#include "core/markdown/word_count.h"
#include "core/seo/seo_analysis.h"

#include <QCoreApplication>

#include <cstdio>
#include <ctime>

using namespace pw;
using namespace pw::bench;

namespace {

void report(const char *name, Post post)
{
    setSeoSettings(post, QStringLiteral("Django vs Flask"), QStringLiteral("Flask or Django"));
    const AnalysisContext context{};
    const SnapshotPtr snapshot = analyzePost(post, context, 0);
    const SeoOptions options{QStringLiteral("Django vs Flask"), QStringLiteral("Flask or Django"),
                             QString(), -1, QString()};
    const Figures whole = time([&] { analyzePost(post, context, 0); });
    // CPU time as well: on a shared, loaded machine the wall-clock median mostly measures
    // waiting for a core.
    const std::clock_t before = std::clock();
    for (int i = 0; i < measuredRuns; ++i)
        analyzePost(post, context, 0);
    const double cpuMs = 1000.0 * double(std::clock() - before) / CLOCKS_PER_SEC / measuredRuns;
    const Figures seo = time([&] { analyzeSeo(post, snapshot->blocks, options); });
    std::printf(
        "%-12s %7lld bytes %6d words %3lld checks | analyzePost median %7.2f ms  p95 %7.2f ms "
        "| SEO part median %6.2f ms  p95 %6.2f ms | analyzePost CPU %6.2f ms/run\n",
        name, qlonglong(post.body.toUtf8().size()), snapshot->stats.words,
        qlonglong(snapshot->seo.checks.size()), whole.median, whole.p95, seo.median, seo.p95,
        cpuMs);
}

Post withBody(const QString &title, const QString &body)
{
    Post post;
    post.title = title;
    post.metaDescription = QStringLiteral("Django and Flask compared for web development.");
    post.body = body;
    return post;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("%d runs after %d warm-up runs\n", measuredRuns, warmUpRuns);
    report("seed 000", withBody(QStringLiteral("Django vs Flask"), seedBody()));
    QString body = QStringLiteral("# Django vs Flask\n\n");
    for (int n = 1; countWords(body) < 3000; ++n)
        body += section(n);
    report("3000 words", withBody(QStringLiteral("Django vs Flask"), body));
    report("200 KB", withBody(QStringLiteral("Django vs Flask"), generatedBody(200 * 1024)));
    return 0;
}
