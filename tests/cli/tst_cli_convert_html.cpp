// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postwright convert FILE --to html` writes what File → Export → As HTML writes, byte for
// byte: the built binary's output is compared with the core's page of the same post (the GUI
// export writes through writeHtmlPage, which writes exportHtml's UTF-8).
#include "cli/cli_run.h"
#include "core/export/html_export.h"
#include "core/io/post_file.h"
#include "test_support.h"

#include <QtTest>

using namespace pw;
using namespace pw::test;

namespace {

QByteArray exportedPage(const QString &path)
{
    const QList<PostReadResult> read = readAllPostsFromFile(path);
    return read.constFirst().post ? exportHtml(*read.constFirst().post).toUtf8() : QByteArray();
}

} // namespace

class TestCliConvertHtml : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PW_BINARY)), PW_BINARY);
        QVERIFY2(!seedPaths().isEmpty(), "seeds not found in " PW_SEEDS_DIR);
    }

    void htmlIsTheExportedPage_data()
    {
        QTest::addColumn<QString>("seedPath");
        for (const QString &path : seedPaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void htmlIsTheExportedPage()
    {
        QFETCH(QString, seedPath);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("post.txt"));
        QVERIFY(QFile::copy(seedPath, input));
        const QByteArray expected = exportedPage(input);
        QVERIFY(expected.startsWith("<!DOCTYPE html>\n"));

        const CliRun toStdout = runPostwright({"convert", input, "--to", "html"});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, expected);

        const QString output = dir.filePath(QStringLiteral("post.html"));
        const CliRun toFile = runPostwright({"convert", input, "--to", "html", "-o", output});
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QCOMPARE(fileBytes(output), expected);
        // The GUI's writer, on the same post.
        const QString viaExport = dir.filePath(QStringLiteral("export.html"));
        QVERIFY(writeHtmlPage(viaExport, *readAllPostsFromFile(input).constFirst().post).ok);
        QCOMPARE(fileBytes(output), fileBytes(viaExport));
    }

    void htmlIsNamedInHelpAndErrors()
    {
        const CliRun help = runPostwright({"--help"});
        QVERIFY(help.out.contains("convert FILE --to json|markdown|generator|html"));
        const CliRun unknown = runPostwright({"convert", seed("000"), "--to", "pdf"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("use json, markdown, generator or html"),
                 unknown.err.constData());
        const CliRun missing = runPostwright({"convert", seed("000")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("--to json|markdown|generator|html"),
                 missing.err.constData());
    }

    // Import writes posts to be opened and edited again; a page cannot be read back.
    void importStillRefusesHtml()
    {
        QTemporaryDir dir;
        const CliRun run = runPostwright(
            {"import", seed("000"), "--out", dir.filePath(QStringLiteral("out")), "--to", "html"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("use markdown or generator"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliConvertHtml)
#include "tst_cli_convert_html.moc"
