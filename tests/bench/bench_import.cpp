// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times the WordPress import in-process on seeds 003 and 004: the HTML to Markdown conversion
// of content.rendered alone, and the whole importWordPressJson() (JSON parse, metadata,
// mojibake check, conversion). 200 runs after warm-up; prints median and p95 only, asserts
// nothing about time. Build in Release. Target: seed 003 converts in 5 ms or less (median).

#include "bench_support.h"
#include "core/import/html_to_markdown.h"
#include "core/import/wordpress_import.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <ctime>

using namespace pw;
using namespace pw::bench;

namespace {

constexpr int importWarmUpRuns = 10;
constexpr int importRuns = 200;

// Wall-clock figures, and the thread's CPU time: on a machine shared with builds, the wall
// clock also counts the time the thread waited for a core.
struct Timing {
    Figures wall;
    Figures cpu;
};

Timing timeRuns(const std::function<void()> &work)
{
    for (int i = 0; i < importWarmUpRuns; ++i)
        work();
    std::vector<double> wall;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (int i = 0; i < importRuns; ++i) {
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    return {percentiles(wall), percentiles(cpu)};
}

void report(const char *name, const QByteArray &json)
{
    const QString html = QJsonDocument::fromJson(json)
                             .object()
                             .value(QStringLiteral("content"))
                             .toObject()
                             .value(QStringLiteral("rendered"))
                             .toString();
    const HtmlToMarkdownResult result = htmlToMarkdown(html);
    const Timing convert = timeRuns([&] { htmlToMarkdown(html); });
    const Timing whole = timeRuns([&] { importWordPressJson(json); });
    std::printf("%s: %lld bytes of HTML -> %lld bytes of Markdown\n", name,
                qlonglong(html.toUtf8().size()), qlonglong(result.markdown.toUtf8().size()));
    std::printf("  htmlToMarkdown       wall median %6.2f ms  p95 %6.2f ms | CPU median %6.2f ms  "
                "p95 %6.2f ms\n",
                convert.wall.median, convert.wall.p95, convert.cpu.median, convert.cpu.p95);
    std::printf("  importWordPressJson  wall median %6.2f ms  p95 %6.2f ms | CPU median %6.2f ms  "
                "p95 %6.2f ms\n",
                whole.wall.median, whole.wall.p95, whole.cpu.median, whole.cpu.p95);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("%d runs after %d warm-up runs\n", importRuns, importWarmUpRuns);
    report("seed 003", pw::test::seedBytes("003"));
    report("seed 004", pw::test::seedBytes("004"));
    return 0;
}
