// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `check` over many files in one process: the word cache shared across files and the checks
// run in parallel must not change what is reported, nor the order; suggestions come with
// --suggest only.
#include "cli/cli_run.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sched.h>

using namespace pw::test;

class TestCliSpellingBatch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    CliRun check(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // No personal dictionary or settings of the user's.
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        return runPostwright(QStringList{QStringLiteral("check")} + arguments, environment);
    }

    static QJsonArray filesOf(const QByteArray &json)
    {
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("files")).toArray();
    }

    static QList<QJsonObject> misspellings(const QJsonObject &file)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &finding : file.value(QStringLiteral("findings")).toArray()) {
            if (finding.toObject().value(QStringLiteral("id")).toString() ==
                QLatin1String("spelling.misspelled"))
                found.append(finding.toObject());
        }
        return found;
    }

    // The seeds, posts with misspellings shared between files, a German one, and an unreadable
    // path: everything `check` prints per file.
    QStringList corpus()
    {
        QStringList files = seedPaths();
        for (int i = 0; i < 12; ++i) {
            const QByteArray n = QByteArray::number(i);
            files.append(writeFile(
                m_home, QStringLiteral("post-%1.md").arg(i),
                "---\ntitle: Teh post number " + n + "\ndescription: A descriptiom of post " + n +
                    "\ntags: [pyton]\n---\nSome seperated words, a recieved letter and the "
                    "Zorblaxian" +
                    n + "x word that only this post has.\n\n```\nseperated code\n```\n"));
        }
        files.insert(9, writeFile(m_home, QStringLiteral("de.md"),
                                  "---\ntitle: Die Straße\nlang: de-DE\n---\nSie ist schön, "
                                  "aber falsch geschriben.\n"));
        files.insert(4, m_home.filePath(QStringLiteral("missing.md")));
        return files;
    }

    // `check` of each file alone, in its own process: no cache from other files, no pool.
    void compareWithSingleFiles(const QStringList &options)
    {
        const QStringList files = corpus();
        const CliRun all = check(options + files);
        QVERIFY(all.finished);
        QByteArray textAlone, errAlone;
        QJsonArray jsonAlone;
        int exitAlone = 0;
        for (const QString &file : files) {
            const CliRun one = check(options + QStringList{file});
            textAlone += one.out;
            errAlone += one.err;
            exitAlone = std::max(exitAlone, one.exitCode);
            const CliRun json = check(options + QStringList{QStringLiteral("--json"), file});
            for (const QJsonValue &report : filesOf(json.out))
                jsonAlone.append(report);
        }
        QCOMPARE(all.out, textAlone);
        QCOMPARE(all.err, errAlone);
        QCOMPARE(all.exitCode, exitAlone);
        QCOMPARE(filesOf(check(options + QStringList{QStringLiteral("--json")} + files).out),
                 jsonAlone);
    }

    // `check` in a process that may only use the first core: Qt then gives its pool one
    // thread, so the files are checked and their suggestions computed one after another, on
    // one hunspell handle.
    CliRun checkOnOneCore(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] {
            cpu_set_t one;
            CPU_ZERO(&one);
            CPU_SET(0, &one);
            sched_setaffinity(0, sizeof one, &one);
        });
        process.start(QStringLiteral(PW_BINARY), QStringList{QStringLiteral("check")} + arguments);
        CliRun run;
        run.finished = process.waitForFinished(240000);
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // Posts sharing many misspellings (so threads meet the same word at the same moment)
    // besides ones of their own.
    QStringList sharedTyposCorpus()
    {
        static const char *const shared[] = {"acommodate", "definately",  "enviroment",
                                             "langauge",   "manangement", "neccessary",
                                             "relevent",   "tommorow",    "existance"};
        QStringList files = corpus();
        for (int i = 0; i < 16; ++i) {
            QByteArray body;
            for (int k = 0; k < 5; ++k)
                body += QByteArray("The ") + shared[(i + k * 2) % 9] + " part of the " +
                        shared[(i * 3 + k) % 9] + " plan, ";
            files.append(writeFile(m_home, QStringLiteral("shared-%1.md").arg(i),
                                   "---\ntitle: Shared number " + QByteArray::number(i) +
                                       "\n---\n" + body + "and Quorvex" +
                                       QByteArray(1, char('a' + i)) + "an alone.\n"));
        }
        return files;
    }

private slots:
    void manyFilesGiveWhatEachFileGivesAlone() { compareWithSingleFiles({}); }

    // All cores, one hunspell handle per pool thread: the same findings, suggestions and
    // order as one thread on one core.
    void suggestionsOnAllCoresGiveWhatOneCoreGives()
    {
        if (QThread::idealThreadCount() < 2)
            QSKIP("one core: nothing runs in parallel");
        const QStringList files = sharedTyposCorpus();
        for (const QStringList &options :
             {QStringList{QStringLiteral("--suggest"), QStringLiteral("--json")},
              QStringList{QStringLiteral("--suggest")}}) {
            const CliRun all = check(options + files);
            const CliRun one = checkOnOneCore(options + files);
            QVERIFY(all.finished && one.finished);
            QVERIFY(all.out.contains("acommodate") && all.out.contains("accommodate"));
            QVERIFY(all.out.contains("Quorvexpan"));
            QCOMPARE(all.out, one.out);
            QCOMPARE(all.err, one.err);
            QCOMPARE(all.exitCode, one.exitCode);
        }
    }

    void manyFilesGiveWhatEachFileGivesAloneWithSuggestions()
    {
        compareWithSingleFiles({QStringLiteral("--suggest")});
    }

    void suggestionsOnlyWithSuggest()
    {
        const QString path = writeFile(m_home, QStringLiteral("suggest.md"),
                                       "---\ntitle: A seperated title\n---\nOne seperated word.\n");
        const CliRun plain = check({QStringLiteral("--json"), path});
        const QList<QJsonObject> without = misspellings(filesOf(plain.out).at(0).toObject());
        QCOMPARE(without.size(), 2);
        for (const QJsonObject &finding : without) {
            QVERIFY(!finding.contains(QStringLiteral("suggestion")));
            QVERIFY(!finding.contains(QStringLiteral("suggestions")));
        }
        QVERIFY(!check({path}).out.contains("(suggestion:"));

        const CliRun suggested =
            check({QStringLiteral("--json"), QStringLiteral("--suggest"), path});
        const QList<QJsonObject> with = misspellings(filesOf(suggested.out).at(0).toObject());
        QCOMPARE(with.size(), 2);
        for (const QJsonObject &finding : with) {
            QVERIFY(finding.value(QStringLiteral("suggestions"))
                        .toArray()
                        .contains(QStringLiteral("separated")));
            QCOMPARE(finding.value(QStringLiteral("suggestion")).toString(),
                     finding.value(QStringLiteral("suggestions")).toArray().first().toString());
        }
        QVERIFY(check({QStringLiteral("--suggest"), path})
                    .out.contains("info: body: Possible misspelling: “seperated” (suggestion: "
                                  "separated) [spelling.misspelled]"));
    }

    // The second file meets the words the first one put into the cache.
    void sameMisspellingInTwoFilesGivesTheSameFindings()
    {
        const QByteArray post = "---\ntitle: Teh title\n---\nA recieved lettter, "
                                "a recieved parcel.\n";
        const QString first = writeFile(m_home, QStringLiteral("first.md"), post);
        const QString second = writeFile(m_home, QStringLiteral("second.md"), post);
        for (const QString &suggest : {QString(), QStringLiteral("--suggest")}) {
            QStringList arguments{QStringLiteral("--json"), first, second};
            if (!suggest.isEmpty())
                arguments.prepend(suggest);
            const QJsonArray files = filesOf(check(arguments).out);
            QCOMPARE(files.size(), 2);
            const QList<QJsonObject> a = misspellings(files[0].toObject());
            QCOMPARE(a.size(), 4); // Teh, recieved, lettter, recieved
            QCOMPARE(misspellings(files[1].toObject()), a);
            QCOMPARE(a[1].value(QStringLiteral("range")).toObject().value("start").toInt(), 2);
            QCOMPARE(a[3].value(QStringLiteral("range")).toObject().value("start").toInt(), 22);
            QCOMPARE(a[1].contains(QStringLiteral("suggestions")), !suggest.isEmpty());
        }
    }

    void filesAreReportedInTheOrderGiven()
    {
        QStringList files = corpus();
        files.removeAt(4); // the missing one
        std::reverse(files.begin(), files.end());
        const QJsonArray reports =
            filesOf(check(QStringList{QStringLiteral("--json")} + files).out);
        QStringList reported;
        for (const QJsonValue &report : reports)
            reported.append(report.toObject().value(QStringLiteral("file")).toString());
        QCOMPARE(reported, files);

        QStringList textOrder;
        for (const QByteArray &line : check(files).out.split('\n')) {
            const QString file = QString::fromUtf8(line.left(line.indexOf(": ")));
            if (!line.isEmpty() && (textOrder.isEmpty() || textOrder.last() != file))
                textOrder.append(file);
        }
        QStringList withFindings = files;
        withFindings.removeIf([&](const QString &file) { return !textOrder.contains(file); });
        QCOMPARE(textOrder, withFindings);
        QVERIFY(textOrder.size() >= files.size() - 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSpellingBatch)
#include "tst_cli_spelling_batch.moc"
