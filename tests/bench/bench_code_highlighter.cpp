// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Colouring fenced code through postwright-highlighter: the first request (start of the
// helper), then round trips for Python blocks of 20, 400 and 5,000 lines, uncached (straight
// to the helper) and cached (CodeHighlighter's hits: hashing the block and a look-up).
// Prints median and p95 wall time; asserts nothing about time.
//   POSTWRIGHT_HIGHLIGHTER=build/release/postwright-highlighter bench_code_highlighter
#include "core/highlight/code_highlighter.h"
#include "core/highlight/helper_backend.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pw;

namespace {

QString pythonBlock(int lines, int variant)
{
    QString code;
    for (int i = 0; code.count(QLatin1Char('\n')) < lines; ++i)
        code += QStringLiteral("def handler_%1(request, retries=%2):\n"
                               "    \"\"\"Answer one request.\"\"\"\n"
                               "    data = {'id': %1, 'name': \"item\"}  # payload\n"
                               "    return process(data) + 0x%1f * 3.5\n")
                    .arg(i)
                    .arg(variant);
    return code.section(QLatin1Char('\n'), 0, lines - 1);
}

struct Figures {
    double median;
    double p95;
};

Figures figures(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2],
            samples[std::min(samples.size() - 1, samples.size() * 95 / 100)]};
}

template <typename F> Figures measure(int runs, F &&run)
{
    for (int i = 0; i < 3; ++i)
        run(-1 - i);
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run(i);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return figures(std::move(samples));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString helper = qEnvironmentVariable("POSTWRIGHT_HIGHLIGHTER");
    if (helper.isEmpty()) {
        std::fprintf(stderr, "set POSTWRIGHT_HIGHLIGHTER to the helper\n");
        return 2;
    }
    const QString theme = QStringLiteral("GitHub Light");
    const QString python = QStringLiteral("python");

    {
        HelperProcessBackend backend(helper, {5000, 500, 30'000});
        QElapsedTimer timer;
        timer.start();
        const auto first = backend.highlight(python, pythonBlock(20, 0), theme);
        std::printf("first request (start + Python + theme): %.1f ms%s\n",
                    double(timer.nsecsElapsed()) / 1e6, first ? "" : " (no answer!)");
    }

    auto backend = std::make_unique<HelperProcessBackend>(
        helper, HelperProcessBackend::Options{5000, 500, 30'000});
    HelperProcessBackend *raw = backend.get();
    CodeHighlighter highlighter(std::move(backend));
    for (const int lines : {20, 400, 5000}) {
        const int runs = lines >= 5000 ? 30 : 200;
        // Another block each time (one digit changes), so the helper does the work.
        std::vector<QString> blocks;
        for (int i = 0; i < runs + 3; ++i)
            blocks.push_back(pythonBlock(lines, i));
        int answered = 0;
        qsizetype tokens = 0;
        const Figures uncached = measure(runs, [&](int i) {
            const auto colours = raw->highlight(python, blocks[size_t(i + 3)], theme);
            answered += colours && i >= 0 ? 1 : 0;
            tokens = colours ? colours->tokens.size() : 0;
        });
        // The same block under a language the helper does not know: the transport alone.
        const Figures transport = measure(runs, [&](int i) {
            raw->highlight(QStringLiteral("no-such-language"), blocks[size_t(i + 3)], theme);
        });
        const QString block = blocks.front();
        highlighter.colours(python, block, theme);
        const Figures cached =
            measure(runs, [&](int) { highlighter.colours(python, block, theme); });
        std::printf("%5d lines (%6lld units, %5lld tokens): uncached median %7.3f ms p95 %7.3f ms "
                    "(%d/%d answered); cached median %6.1f us p95 %6.1f us; transport alone "
                    "median %.3f ms\n",
                    lines, qlonglong(block.size()), qlonglong(tokens), uncached.median,
                    uncached.p95, answered, runs, cached.median * 1e3, cached.p95 * 1e3,
                    transport.median);
    }
    const CodeHighlighter::Stats stats = highlighter.stats();
    std::printf("cache: %d hits, %d misses\n", stats.hits, stats.misses);
    return 0;
}
