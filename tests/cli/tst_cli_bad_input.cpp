// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files given to the real postwright binary: it never crashes, refuses what it cannot
// read with exit code 2 and a message naming the file, checks what it can, and its peak memory
// stays bounded. The big files are generated here.
#include "cli/cli_run.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "test_support.h"

#include <sys/resource.h>

namespace {

using Run = pw::test::CliRun;

Run postwright(const QStringList &arguments)
{
    return pw::test::runPostwright(arguments);
}

using pw::test::billionLaughs;
using pw::test::repeated;

// 56 MB. An unoptimised sanitizer build takes minutes to check that, past the runner's
// timeout when the machine is busy; 11 MB still goes through many pieces of the parse.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kBigParagraphs = 400000;
#else
constexpr int kBigParagraphs = 2000000;
#endif

} // namespace

class TestCliBadInput : public QObject {
    Q_OBJECT
private slots:
    void refusedWithExitTwo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("empty") << "empty.md" << QByteArray() << QByteArray("empty");
        QTest::newRow("binary") << "noise.txt"
                                << QByteArray("GIF89a\0\0\0\0\x01\x02", 12) +
                                       QByteArray(4096, '\x01')
                                << QByteArray("binary");
        QTest::newRow("JSON nested 100k deep")
            << "deep.json" << repeated("[", 100000) + repeated("]", 100000) << QByteArray("line");
        QTest::newRow("front matter that is not YAML")
            << "broken.md" << QByteArray("---\ntitle: A post\ntags: [one, two\n---\nBody.\n")
            << QByteArray("line");
    }
    void refusedWithExitTwo()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, reason);
        QTemporaryDir dir;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Run run = postwright({QStringLiteral("check"), file.fileName()});
        QVERIFY(run.finished);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(name.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(reason), run.err.constData());
    }

    // Readable, so checked: exit 0 (no error finding) or 1 (some error finding), never a crash.
    void readAndChecked_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("billion laughs") << "laughs.md" << billionLaughs();
        QTest::newRow("10 MB line") << "line.md" << repeated("word ", 2 * 1024 * 1024);
        QTest::newRow("100k list items") << "list.md" << repeated("- apple\n", 100000);
        QTest::newRow("10k table columns")
            << "table.md"
            << "|" + repeated(" h |", 10000) + "\n|" + repeated("---|", 10000) + "\n|" +
                   repeated(" c |", 10000) + "\n";
        QTest::newRow("big post") << "big.md"
                                  << repeated("Plain words about gardens.\n\n", kBigParagraphs);
    }
    void readAndChecked()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Run run = postwright({QStringLiteral("check"), file.fileName()});
        QVERIFY(run.finished);
        QVERIFY(!run.crashed);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        QVERIFY2(run.out.contains(name.toUtf8()), run.out.left(2000).constData());
    }

    // A resource bound, not a timing: the largest of the child processes above.
    void peakMemoryOfTheCliStaysBounded()
    {
        rusage usage{};
        getrusage(RUSAGE_CHILDREN, &usage);
        const qint64 peakMiB = qint64(usage.ru_maxrss) / 1024; // KiB on Linux
        qInfo("peak RSS of the postwright runs: %lld MiB", peakMiB);
        QVERIFY(peakMiB > 0);
#if defined(__SANITIZE_ADDRESS__)
        // Shadow memory and quarantine multiply the footprint (as in tst_bad_input): the
        // figure is printed, not bounded.
        return;
#endif
        // The 50 MB row dominates (see tests/core/tst_bad_input's fiftyMegabyte cases for the
        // split figures): its text, the word count and the spelling each parse it in pieces.
        QVERIFY2(peakMiB < 1536, qPrintable(QString::number(peakMiB)));
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)

#include "tst_cli_bad_input.moc"
