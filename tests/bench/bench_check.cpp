// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postwright check` over many posts in one process (prints figures; asserts nothing about
// time). Writes the corpus of check_corpus.h (800 posts unless --posts N) into a temporary
// folder, then runs each binary (the built one unless --binary PATH, repeatable: give an
// older build to compare) over all of them with --no-spelling, with spelling, and with
// --suggest where the binary has it. Prints wall time and the child's CPU time (user + sys),
// median over --runs R runs (default 3), and how many spelling findings the output had.
//   bench_check [--posts N] [--runs R] [--binary PATH]... [--write DIR]
// --write DIR only writes the corpus into DIR (for `time postwright check DIR/*.md`).

#include "bench_support.h"
#include "check_corpus.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace pw;
using namespace pw::bench;

namespace {

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Run {
    double wallMs = 0;
    double cpuMs = 0;
    qsizetype spelling = 0;    // "spelling.misspelled" findings in the output
    qsizetype suggestions = 0; // of them with a suggestion
    int exitCode = -1;
};

Run runCheck(const QString &binary, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // No personal dictionary, no settings: every binary sees the same words.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    const double cpu0 = childrenCpuMs();
    const double t0 = wallMs();
    process.start(binary, arguments);
    process.waitForFinished(-1);
    Run run;
    run.wallMs = wallMs() - t0;
    run.cpuMs = childrenCpuMs() - cpu0;
    run.exitCode = process.exitCode();
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    run.spelling = out.count(QLatin1String("[spelling.misspelled]"));
    for (const QStringView line : QStringView(out).split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1String("[spelling.misspelled]")) &&
            line.contains(QLatin1String("(suggestion: ")))
            ++run.suggestions;
    }
    return run;
}

bool hasSuggestOption(const QString &binary)
{
    QProcess process;
    // Without files: a binary that knows the option only says that no file was given.
    process.start(binary, {QStringLiteral("check"), QStringLiteral("--suggest")});
    process.waitForFinished(30000);
    return !process.readAllStandardError().contains("suggest");
}

void measure(const QString &binary, const QString &label, const QStringList &options,
             const QStringList &files, int runs, const QString &home)
{
    std::vector<double> wall, cpu;
    Run last;
    for (int i = 0; i < runs; ++i) {
        last = runCheck(binary, QStringList{QStringLiteral("check")} + options + files, home);
        wall.push_back(last.wallMs);
        cpu.push_back(last.cpuMs);
    }
    const Figures w = percentiles(wall);
    const Figures c = percentiles(cpu);
    std::printf("  %-24s wall median %8.0f ms (max %8.0f) = %6.2f ms/post | CPU %8.0f ms | "
                "%lld spelling findings, %lld with a suggestion | exit %d\n",
                qPrintable(label), w.median, wall.back(), w.median / double(files.size()), c.median,
                qint64(last.spelling), qint64(last.suggestions), last.exitCode);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int posts = 800;
    int runs = 3;
    QStringList binaries;
    QString writeTo;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        const QString &option = arguments[i];
        if (option == QLatin1String("--posts"))
            posts = arguments[++i].toInt();
        else if (option == QLatin1String("--runs"))
            runs = arguments[++i].toInt();
        else if (option == QLatin1String("--binary"))
            binaries.append(arguments[++i]);
        else if (option == QLatin1String("--write"))
            writeTo = arguments[++i];
    }
    if (!writeTo.isEmpty()) {
        QDir().mkpath(writeTo);
        std::printf("%lld posts written to %s\n", qint64(writeCheckCorpus(writeTo, posts).size()),
                    qPrintable(writeTo));
        return 0;
    }
    if (binaries.isEmpty())
        binaries.append(QStringLiteral(PW_BINARY));

    QTemporaryDir corpus;
    QTemporaryDir home;
    const QStringList files = writeCheckCorpus(corpus.path(), posts);
    qint64 bytes = 0;
    for (const QString &file : files)
        bytes += QFileInfo(file).size();
    std::printf("corpus: %d posts, %lld KB, %d runs each, %d cores\n", posts, bytes / 1024, runs,
                QThread::idealThreadCount());
    for (const QString &binary : binaries) {
        std::printf("%s\n", qPrintable(binary));
        measure(binary, QStringLiteral("--no-spelling"), {QStringLiteral("--no-spelling")}, files,
                runs, home.path());
        measure(binary, QStringLiteral("spelling"), {}, files, runs, home.path());
        if (hasSuggestOption(binary))
            measure(binary, QStringLiteral("spelling --suggest"), {QStringLiteral("--suggest")},
                    files, runs, home.path());
    }
    return 0;
}
