// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks share: the inputs (seed 000's body, a generated ~200 KB post with every
// construct the editor handles) and the figures (median and p95 over repeated runs).

#include "../test_support.h"
#include "core/formats/post_reader.h"

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace pw::bench {

inline double clockMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU time of the calling thread: on a shared machine, wall time mostly measures neighbours.
inline double threadCpuMs() { return clockMs(CLOCK_THREAD_CPUTIME_ID); }
// CLOCK_MONOTONIC, the clock the editor's start-up trace (POSTWRIGHT_TRACE_STARTUP) uses.
inline double wallMs() { return clockMs(CLOCK_MONOTONIC); }

inline constexpr int warmUpRuns = 3;
inline constexpr int measuredRuns = 50;

inline QString seedBody()
{
    const QByteArray bytes = test::seedBytes("000");
    const PostReadResult result = readPostBytes(bytes);
    return result.post ? result.post->body : QString::fromUtf8(bytes);
}

// One varied section of a long post: every construct the highlighter and preview handle.
inline QString section(int n)
{
    const QString i = QString::number(n);
    return QStringLiteral(
               "## Section %1: choosing a *framework* for **project %1**\n\n"
               "Django and Flask are both mature. In project %1 we’ll compare routing, "
               "templating and the ORM, with `pip install flask==%1.0` as a start. See "
               "[the docs](https://example.com/docs/%1 \"Docs\") or https://www.example.org/%1 "
               "for details, and ~~ignore~~ the old advice about <kbd>Ctrl</kbd>+<kbd>C</kbd>.\n"
               "A second line of the same paragraph keeps going with more words to read, "
               "so that the prose is long enough to matter for spelling and statistics.\n\n"
               "- [x] Install the toolchain for step %1\n"
               "- [ ] Configure the *database* and run migrations\n"
               "  1. Create the schema\n"
               "  2. Load the fixtures from `data/%1.json`\n\n"
               "> A quote about **maintainability** that spans\n"
               "> two lines and mentions ![a chart](img/chart-%1.png).\n\n"
               "| Feature | Django | Flask |\n"
               "|:--|:-:|--:|\n"
               "| ORM | built in | SQLAlchemy |\n"
               "| Admin | yes | extension %1 |\n\n"
               "```python\n"
               "def view_%1(request):\n"
               "    return render(request, \"page.html\", {\"n\": %1})\n"
               "```\n\n"
               "Ünïcödé text with emoji 🙂 and accents café, naïve, résumé keeps columns "
               "honest.\n\n"
               "Most of a real post is plain prose, so here is more of it. Teams that pick a "
               "framework early tend to live with that choice for years, which is why the "
               "decision deserves a careful look at the community, the documentation, the pace "
               "of releases and the kind of problems the team will face. A small service with "
               "a handful of endpoints has different needs than a content site with editors, "
               "permissions and a back office, and neither of them should be forced into a "
               "shape that does not fit. Write down what matters, test the top two options on "
               "a real feature, and measure how long it takes to get something useful in front "
               "of users before you commit to either of them for the long run.\n\n"
               "---\n\n")
        .arg(i);
}

inline QString generatedBody(qsizetype targetBytes)
{
    QString body = QStringLiteral("# A long generated post\n\n");
    for (int n = 1; body.toUtf8().size() < targetBytes; ++n)
        body += section(n);
    return body;
}

struct Figures {
    double median = 0;
    double p95 = 0;
};

// Median and p95 of a list of samples (in any unit); the list is sorted in place.
inline Figures percentiles(std::vector<double> &samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, size_t(q * double(samples.size())))];
    };
    return {at(0.5), at(0.95)};
}

inline Figures time(const std::function<void()> &work)
{
    for (int i = 0; i < warmUpRuns; ++i)
        work();
    std::vector<double> ms;
    for (int i = 0; i < measuredRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentiles(ms);
}

} // namespace pw::bench
