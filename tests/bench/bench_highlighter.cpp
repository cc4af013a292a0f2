// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// postwright-highlighter (issue 18) from a Qt 6 client over its pipe: start to first answer,
// resident memory after start and after 50 languages, and round trips (request written to
// response read) for a 20-line and a 400-line Python block and a 400-line C++ block. Prints
// medians and p95 of wall time; asserts nothing about time. Build in Release:
//   cmake --build <dir> --target bench_highlighter && <dir>/tests/bench_highlighter

#include "highlighter_wire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pw::test::highlighter;

namespace {

constexpr int runs = 50;

struct Figures {
    double median = 0;
    double p95 = 0;
};

Figures percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, std::size_t(q * double(ms.size())))];
    };
    return {at(0.5), at(0.95)};
}

long residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

QString block(const QString &lines, int count)
{
    const QStringList source = lines.split(QLatin1Char('\n'));
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << source[i % source.size()];
    return out.join(QLatin1Char('\n'));
}

const QString pythonLines =
    QStringLiteral("import os\n"
                   "from pathlib import Path\n"
                   "\n"
                   "class Cache:\n"
                   "    \"\"\"Keeps files in memory.\"\"\"\n"
                   "    def __init__(self, root: Path, limit=128):\n"
                   "        self.root = root  # where files live\n"
                   "        self.limit = limit\n"
                   "        self.items = {}\n"
                   "\n"
                   "    def get(self, name):\n"
                   "        if name in self.items:\n"
                   "            return self.items[name]\n"
                   "        data = (self.root / name).read_text(encoding=\"utf-8\")\n"
                   "        self.items[name] = data\n"
                   "        return data\n"
                   "\n"
                   "for i in range(10):\n"
                   "    print(f\"item {i}: {i * 2.5:.2f}\", os.getpid())\n"
                   "x = [n ** 2 for n in range(100) if n % 3 == 0]");

const QString cppLines =
    QStringLiteral("#include <vector>\n"
                   "// Sums the squares.\n"
                   "template <typename T> T sumSquares(const std::vector<T> &values)\n"
                   "{\n"
                   "    T sum{};\n"
                   "    for (const T &value : values)\n"
                   "        sum += value * value; /* no overflow check */\n"
                   "    return sum;\n"
                   "}\n"
                   "int main() { return sumSquares(std::vector<int>{1, 2, 3}) == 14 ? 0 : 1; }");

Figures roundTrips(Helper &helper, const QString &language, const QString &code)
{
    for (int i = 0; i < 3; ++i)
        helper.highlight(language, code);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const auto reply = helper.highlight(language, code);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!reply || reply->status != 0)
            std::fprintf(stderr, "no answer for %s\n", qPrintable(language));
    }
    return percentiles(ms);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString program = QStringLiteral(PW_HIGHLIGHTER);

    // Start to first answer, each time a fresh process (as for the app's first coloured block):
    // a theme request measures start-up alone (the Repository), a Python block adds the first
    // use of a definition.
    long rssAfterStart = 0;
    for (const bool theme : {true, false}) {
        std::vector<double> startMs;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            Helper helper(program);
            const auto reply =
                theme ? helper.ask(Theme, themeRequest(1, "GitHub Light"))
                      : helper.highlight(QStringLiteral("py"), QStringLiteral("x = 1"));
            startMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!reply)
                return 1;
            rssAfterStart = residentKiB(helper.process().processId());
        }
        const Figures start = percentiles(startMs);
        std::printf("start to first answer (%s, 20 starts): median %.1f ms, p95 %.1f ms\n",
                    theme ? "theme" : "py, 1 line", start.median, start.p95);
    }
    std::printf("resident after start and one answer: %.1f MB\n", double(rssAfterStart) / 1024);

    Helper helper(program);
    const QStringList languages = {
        "py",      "js",       "ts",         "jsx",      "tsx",        "sh",    "zsh",
        "c",       "c++",      "cs",         "java",     "kotlin",     "go",    "rust",
        "ruby",    "php",      "perl",       "lua",      "r",          "swift", "scala",
        "clojure", "haskell",  "elixir",     "erlang",   "powershell", "bat",   "ini",
        "toml",    "yaml",     "json",       "xml",      "html",       "css",   "scss",
        "sql",     "markdown", "dockerfile", "makefile", "cmake",      "latex", "diff",
        "graphql", "protobuf", "terraform",  "dart",     "nix",        "zig",   "ocaml",
        "fortran"};
    QElapsedTimer timer;
    std::vector<double> firstUse;
    for (const QString &language : languages) {
        timer.start();
        const auto reply = helper.highlight(language, block(pythonLines, 20));
        firstUse.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!reply || reply->status != 0)
            std::fprintf(stderr, "%s: no definition\n", qPrintable(language));
    }
    const Figures first = percentiles(firstUse);
    std::printf("first use of a language (%lld languages, 20 lines): median %.1f ms, p95 %.1f ms\n",
                static_cast<long long>(languages.size()), first.median, first.p95);
    std::printf("resident after %lld languages: %.1f MB\n",
                static_cast<long long>(languages.size()),
                double(residentKiB(helper.process().processId())) / 1024);

    const struct {
        const char *label;
        QString language;
        QString code;
    } cases[] = {{"Python, 20 lines", QStringLiteral("py"), block(pythonLines, 20)},
                 {"Python, 400 lines", QStringLiteral("py"), block(pythonLines, 400)},
                 {"C++, 400 lines", QStringLiteral("cpp"), block(cppLines, 400)}};
    for (const auto &c : cases) {
        const Figures figures = roundTrips(helper, c.language, c.code);
        std::printf("round trip, %s (%lld units): median %.2f ms, p95 %.2f ms\n", c.label,
                    static_cast<long long>(c.code.size()), figures.median, figures.p95);
    }
    std::printf("resident at the end: %.1f MB\n",
                double(residentKiB(helper.process().processId())) / 1024);
    return helper.finish();
}
