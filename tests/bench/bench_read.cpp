// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Times opening a post in-process (readPostBytes: decode, sniff, read, keep the source) for
// each format on a generated ~2 MB body and on seed 000: the cost of every sniffer and reader
// going over the same text. Prints median and p95 of the thread's CPU time over 50 runs after
// warm-up; asserts nothing about time. Build in Release.

#include "bench_support.h"

#include <cstdio>

using namespace pw;
using namespace pw::bench;

namespace {

Figures cpuTime(const std::function<void()> &work)
{
    for (int i = 0; i < warmUpRuns; ++i)
        work();
    std::vector<double> ms;
    for (int i = 0; i < measuredRuns; ++i) {
        const double start = threadCpuMs();
        work();
        ms.push_back(threadCpuMs() - start);
    }
    return percentiles(ms);
}

void report(const char *name, const QByteArray &bytes)
{
    const PostReadResult once = readPostBytes(bytes);
    if (!once.post) {
        std::printf("%-34s cannot be read: %s\n", name, qPrintable(once.error));
        return;
    }
    const Figures figures = cpuTime([&] { readPostBytes(bytes); });
    std::printf("%-34s %7.1f KB  median %8.2f ms  p95 %8.2f ms\n", name, bytes.size() / 1024.0,
                figures.median, figures.p95);
}

QByteArray crlf(QByteArray bytes)
{
    return bytes.replace("\n", "\r\n");
}

} // namespace

int main()
{
    const QString body = generatedBody(2 * 1024 * 1024);
    const QByteArray yaml = "---\ntitle: \"A long post\"\ndescription: \"What it says.\"\n"
                            "tags: [a, b]\ncategories:\n  - Web\ndate: 2024-01-02\n---\n\n" +
                            body.toUtf8();
    const QByteArray toml =
        "+++\ntitle = \"A long post\"\ndescription = \"What it says.\"\ntags = [\"a\", \"b\"]\n"
        "date = 2024-01-02\n+++\n\n" +
        body.toUtf8();
    const QByteArray generator = "TITLE: A long post\nMETA_DESCRIPTION: What it says.\n"
                                 "TAGS: a, b\nCATEGORIES: Web\n\n" +
                                 body.toUtf8() + "\n-EndOFText-\n";
    std::printf("readPostBytes, thread CPU time, %d runs\n", measuredRuns);
    report("seed 000 (generator transcript)", test::seedBytes("000"));
    report("YAML front matter, LF", yaml);
    report("YAML front matter, CRLF", crlf(yaml));
    report("TOML front matter, LF", toml);
    report("generator text, LF", generator);
    report("plain Markdown, CRLF", crlf(body.toUtf8()));
    return 0;
}
