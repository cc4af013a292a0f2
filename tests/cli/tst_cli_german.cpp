// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line in a German locale: human-readable messages are German, --json output is
// English and the same as in any other locale (programs read it).
#include "cli/cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = pw::test::CliRun;

// Runs postwright with the locale set by the environment only, as a shell would: Qt reads
// LANG / LC_ALL itself, whether or not glibc has that locale generated.
Run postwright(const QStringList &arguments, const QByteArray &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QString::fromLatin1(locale));
    env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
    return pw::test::runPostwright(arguments, env);
}

// A post without tags and with too little text: a warning and findings with messages.
QString writePost(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("post.txt"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("TITLE: A Practical Guide to Shared Hosting Plans for Beginners\n"
                   "META_DESCRIPTION: Shared hosting is the cheapest way to put a site online.\n"
                   "TAGS:\n"
                   "CATEGORIES: Hosting\n\n"
                   "Only a few words here.\n\n-EndOFText-\n");
    }
    return path;
}

} // namespace

class TestCliGerman : public QObject {
    Q_OBJECT
private slots:
    void humanOutputIsGerman();
    void helpIsGerman();
    void jsonIsEnglishAndStable();
};

void TestCliGerman::humanOutputIsGerman()
{
    QTemporaryDir dir;
    const QString post = writePost(dir);
    const Run run = postwright({QStringLiteral("check"), post}, "de_DE.UTF-8");
    const QString text = QString::fromUtf8(run.out + run.err);
    QVERIFY2(text.contains(QStringLiteral("Der Beitrag hat keine Schlagwörter.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Der Text hat 5 Wörter (alle, die Leser sehen); empfohlen sind "
                                             "300 oder mehr.")),
             qPrintable(text));
    // Ids and severities are never translated.
    QVERIFY2(text.contains(QStringLiteral(": warning: ")), qPrintable(text));

    const Run english = postwright({QStringLiteral("check"), post}, "C.UTF-8");
    QVERIFY2(QString::fromUtf8(english.out + english.err)
                 .contains(QStringLiteral("The post has no tags.")),
             english.out + english.err);
    QCOMPARE(run.exitCode, english.exitCode);
}

void TestCliGerman::helpIsGerman()
{
    const Run run = postwright({QStringLiteral("--help")}, "de_DE.UTF-8");
    const QString text = QString::fromUtf8(run.out + run.err);
    QVERIFY2(text.contains(QStringLiteral("Aufruf:")), qPrintable(text));
}

void TestCliGerman::jsonIsEnglishAndStable()
{
    QTemporaryDir dir;
    const QString post = writePost(dir);
    const QStringList arguments{QStringLiteral("check"), post, QStringLiteral("--json")};
    const Run german = postwright(arguments, "de_DE.UTF-8");
    const Run english = postwright(arguments, "C.UTF-8");
    QCOMPARE(german.exitCode, english.exitCode);
    QCOMPARE(german.out, english.out);

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(german.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QByteArray json = german.out;
    QVERIFY2(json.contains("The post has no tags."), json);
    QVERIFY2(!QString::fromUtf8(json).contains(QStringLiteral("Schlagwörter")), json);
    QVERIFY2(!json.contains("Der Beitrag"), json);
    // English plural forms, as on an English system.
    QVERIFY2(json.contains("The body has 5 words, counting every word a reader sees; 300 or "
                                  "more is recommended."), json);
}

QTEST_GUILESS_MAIN(TestCliGerman)
#include "tst_cli_german.moc"
