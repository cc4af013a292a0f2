// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which first arguments are command-line verbs and which are files for the editor, run on the
// real binary: a mistyped verb is an error (exit 2) that never needs a display, a file name
// still opens the editor.
#include "cli/cli_run.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = pw::test::CliRun;

// The editor would start as fast as a mistyped verb is refused; a minute is plenty for either.
constexpr int kTimeoutMs = 60000;

// No display at all, as over ssh or in a container: creating a QApplication aborts (134).
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return environment;
}

// A platform plugin that does not exist: only the editor asks for one, and Qt names it in its
// message before aborting, so the message proves the editor was started and nothing else.
const QString kMarkerPlatform = QStringLiteral("postwright-test-no-such-platform");

QProcessEnvironment withMarkerPlatform()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), kMarkerPlatform);
    return environment;
}

bool startedTheEditor(const Run &run)
{
    return run.finished && run.err.contains(kMarkerPlatform.toUtf8());
}

} // namespace

class TestCliVerbs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(QStringLiteral(PW_BINARY)), PW_BINARY); }

    void unknownVerbIsAnError_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("suggestion"); // empty: none is close enough
        QTest::newRow("chek") << "chek"
                              << "check";
        QTest::newRow("imprt") << "imprt"
                               << "import";
        QTest::newRow("cnovert (swapped letters)") << "cnovert"
                                                   << "convert";
        QTest::newRow("Check (capital)") << "Check"
                                         << "check";
        QTest::newRow("conv (a beginning)") << "conv"
                                            << "convert";
        QTest::newRow("hlep") << "hlep"
                              << "help";
        QTest::newRow("xyz") << "xyz"
                             << "";
        QTest::newRow("deploy") << "deploy"
                                << "";
        QTest::newRow("publsh") << "publsh"
                                << "publish";
    }
    void unknownVerbIsAnError()
    {
        QFETCH(QString, typed);
        QFETCH(QString, suggestion);
        QTemporaryDir dir; // nothing of that name here
        for (const QProcessEnvironment &environment :
             {withoutDisplay(), withMarkerPlatform(), QProcessEnvironment::systemEnvironment()}) {
            const Run run = pw::test::runPostwright({typed, QStringLiteral("post.md")}, environment,
                                                    kTimeoutMs, dir.path());
            QVERIFY2(!run.crashed, run.err.constData()); // 134 when it tried to open a window
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.out.isEmpty(), run.out.constData());
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(err.startsWith(
                         QStringLiteral("postwright: '%1' is not a postwright command").arg(typed)),
                     qPrintable(err));
            if (suggestion.isEmpty())
                QVERIFY2(!err.contains(QStringLiteral("Did you mean")), qPrintable(err));
            else
                QVERIFY2(err.contains(QStringLiteral("Did you mean '%1'?").arg(suggestion)),
                         qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("check, convert, import, site, pull, publish, help")), qPrintable(err));
            // How to open a file of that name after all.
            QVERIFY2(err.contains(QStringLiteral("postwright ./%1").arg(typed)), qPrintable(err));
        }
    }

    void knownVerbsAndHelpNeedNoDisplay()
    {
        const Run help =
            pw::test::runPostwright({QStringLiteral("--help")}, withoutDisplay(), kTimeoutMs);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("postwright check FILE..."));
        QVERIFY2(help.out.contains("give its path: postwright ./NAME"), help.out.constData());
        QVERIFY2(help.out.contains("(--force overwrites it)"), help.out.constData());
        QVERIFY(help.err.isEmpty());
        const Run helpVerb =
            pw::test::runPostwright({QStringLiteral("help")}, withoutDisplay(), kTimeoutMs);
        QCOMPARE(helpVerb.exitCode, 0);
        QCOMPARE(helpVerb.out, help.out);
        const Run version =
            pw::test::runPostwright({QStringLiteral("--version")}, withoutDisplay(), kTimeoutMs);
        QCOMPARE(version.exitCode, 0);

        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QFile file(post);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: A Post\n---\n\nSome words.\n");
        file.close();
        const Run check =
            pw::test::runPostwright({QStringLiteral("check"), post}, withoutDisplay(), kTimeoutMs);
        QVERIFY2(!check.crashed, check.err.constData());
        QVERIFY2(check.out.startsWith(post.toUtf8()), check.out.constData());
        const Run convert = pw::test::runPostwright(
            {QStringLiteral("convert"), post, QStringLiteral("--to"), QStringLiteral("json")},
            withoutDisplay(), kTimeoutMs);
        QCOMPARE(convert.exitCode, 0);
        QVERIFY(convert.out.contains("\"title\": \"A Post\""));
        // A known verb with bad arguments gets that verb's own message, not "not a command".
        const Run import =
            pw::test::runPostwright({QStringLiteral("import")}, withoutDisplay(), kTimeoutMs);
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains("import: no file or folder given"), import.err.constData());
    }

    // Names the editor opens, existing or not yet: they never meet the verb check.
    void filesStillOpenTheEditor_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("exists");
        QTest::newRow("existing file named like a verb") << "chek" << true;
        QTest::newRow("existing post") << "post.md" << true;
        QTest::newRow("new post") << "new-post.md" << false;
        QTest::newRow("new file of another kind") << "notes.rst" << false;
        QTest::newRow("path with a folder") << "drafts/chek" << false;
        QTest::newRow("explicit relative path") << "./xyz" << false;
    }
    void filesStillOpenTheEditor()
    {
        QFETCH(QString, argument);
        QFETCH(bool, exists);
        QTemporaryDir dir;
        if (exists) {
            QFile file(dir.filePath(argument));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# A post\n\nWords.\n");
        }
        const Run run =
            pw::test::runPostwright({argument}, withMarkerPlatform(), kTimeoutMs, dir.path());
        QVERIFY2(startedTheEditor(run), run.err.constData());
        QVERIFY(!run.err.contains("not a postwright command"));
    }
};

QTEST_GUILESS_MAIN(TestCliVerbs)
#include "tst_cli_verbs.moc"
