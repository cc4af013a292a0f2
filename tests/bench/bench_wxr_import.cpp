// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postwright import` of a 1,000-post WordPress export, run as a user would (a child process):
// wall time (median of 5 after one warm-up run) and the child's peak resident memory (rusage
// maxrss). The export is built at run time from the real one in tests/data/wxr/site-posts.xml
// (written by WordPress 6.1.9's export_wp()): its 35 posts repeated with new ids and slugs
// until there are 1,000, inside the real header and footer, so it stays a valid export.
// Imported with --status all --protected, so every post is converted and written. For scale,
// the peak memory of importing the 3-post small.xml is printed first (the program's own
// footprint), and `--posts N` builds an export of N posts instead (bounded memory: the peak
// should not grow with N). Asserts nothing about time. Build in Release:
//   cmake --build build/release --target bench_wxr_import && build/release/tests/bench_wxr_import

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

int kPosts = 1000;
constexpr int kRuns = 5;

QByteArray buildExport(const QByteArray &real)
{
    const qsizetype first = real.indexOf("<item>");
    const qsizetype last = real.lastIndexOf("</item>") + qsizetype(strlen("</item>"));
    const QByteArray head = real.left(first);
    const QByteArray tail = real.mid(last);
    QList<QByteArray> items;
    for (qsizetype at = first; (at = real.indexOf("<item>", at)) >= 0;) {
        const qsizetype end = real.indexOf("</item>", at) + qsizetype(strlen("</item>"));
        items.append(real.mid(at, end - at));
        at = end;
    }
    static const QRegularExpression id(QStringLiteral("<wp:post_id>\\d+</wp:post_id>"));
    static const QRegularExpression name(
        QStringLiteral("<wp:post_name><!\\[CDATA\\[([^\\]]*)\\]\\]></wp:post_name>"));
    QByteArray out = head;
    for (int i = 0; i < kPosts; ++i) {
        QString item = QString::fromUtf8(items.at(i % items.size()));
        item.replace(id, QStringLiteral("<wp:post_id>%1</wp:post_id>").arg(10000 + i));
        const QRegularExpressionMatch slug = name.match(item);
        if (slug.hasMatch() && !slug.captured(1).isEmpty()) {
            item.replace(slug.capturedStart(), slug.capturedLength(),
                         QStringLiteral("<wp:post_name><![CDATA[%1-%2]]></wp:post_name>")
                             .arg(slug.captured(1))
                             .arg(i));
        }
        out += "\n\t" + item.toUtf8();
    }
    return out + tail;
}

struct Run {
    double ms = 0;
    double cpuMs = 0; // the child's user + system time: steadier than wall time on a busy machine
    long maxRssKb = 0;
    int status = -1;
};

Run runImport(const QString &input, const QString &out)
{
    const QByteArray binary = QByteArrayLiteral(PW_BINARY);
    const QByteArray in = input.toLocal8Bit();
    const QByteArray dir = out.toLocal8Bit();
    QElapsedTimer timer;
    timer.start();
    std::fflush(stdout); // or the child's copy of the buffer is written again
    const pid_t child = fork();
    if (child == 0) {
        if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execl(binary.constData(), binary.constData(), "import", in.constData(), "--out",
              dir.constData(), "--status", "all", "--protected", static_cast<char *>(nullptr));
        _exit(127);
    }
    Run run;
    rusage usage{};
    int status = 0;
    wait4(child, &status, 0, &usage);
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.maxRssKb = usage.ru_maxrss;
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--posts"));
        at >= 0 && at + 1 < arguments.size())
        kPosts = std::max(1, arguments.at(at + 1).toInt());
    QFile real(QStringLiteral(PW_TEST_DATA_DIR "/wxr/site-posts.xml"));
    if (!real.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(real.fileName()));
        return 1;
    }
    QTemporaryDir dir;
    const Run small = runImport(QStringLiteral(PW_TEST_DATA_DIR "/wxr/small.xml"),
                                dir.filePath(QStringLiteral("out-small")));
    std::printf("small.xml (3 posts): %.0f ms, peak %ld KB, exit %d\n", small.ms, small.maxRssKb,
                small.status);
    const QString input = dir.filePath(QStringLiteral("export-1000.xml"));
    QFile file(input);
    const QByteArray bytes = buildExport(real.readAll());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return 1;
    file.close();
    std::printf("export: %d posts, %.1f MB\n", kPosts, double(bytes.size()) / 1e6);

    std::vector<double> times;
    std::vector<double> cpu;
    long maxRss = 0;
    for (int i = 0; i <= kRuns; ++i) {
        const QString out = dir.filePath(QStringLiteral("out-%1").arg(i));
        const Run run = runImport(input, out);
        const int files = int(QDir(out).entryList({QStringLiteral("*.md")}, QDir::Files).size());
        std::printf("run %d: %.0f ms (CPU %.0f ms), peak %ld KB, exit %d, %d files\n", i, run.ms,
                    run.cpuMs, run.maxRssKb, run.status, files);
        if (i == 0) // warm-up: file cache
            continue;
        times.push_back(run.ms);
        cpu.push_back(run.cpuMs);
        maxRss = std::max(maxRss, run.maxRssKb);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("import of %d posts: median %.0f ms (min %.0f, max %.0f), CPU median %.0f ms, "
                "peak RSS %.1f MB\n",
                kPosts, times.at(times.size() / 2), times.front(), times.back(),
                cpu.at(cpu.size() / 2), double(maxRss) / 1024);
    return 0;
}
