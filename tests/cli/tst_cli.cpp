// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built postwright binary as a user would and checks exit codes, stdout and stderr.
#include "cli/cli_run.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw::test;

namespace {

using Run = pw::test::CliRun;

Run postwright(const QStringList &arguments)
{
    return pw::test::runPostwright(arguments);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QByteArray longBody =
    QByteArray("Plenty of words here to make a body that is long enough to pass. ").repeated(40);

QByteArray generatorPost(const QByteArray &categories)
{
    return "TITLE: A Practical Guide to Shared Hosting Plans for Beginners\n"
           "META_DESCRIPTION: Shared hosting is the cheapest way to put a site online. This "
           "guide explains what you get, what you give up, and how to choose a plan today.\n"
           "TAGS: hosting, shared hosting\n"
           "CATEGORIES: "
           + categories + "\n\n" + longBody + "\n\n-EndOFText-\n";
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PW_BINARY)), PW_BINARY);
        QVERIFY2(!seed("000").isEmpty(), "seeds not found in " PW_SEEDS_DIR);
    }

    void versionAndHelp()
    {
        const Run version = postwright({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("postwright 0."));
        const Run help = postwright({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("convert FILE --to json|markdown|generator"));
    }

    void convertSeed000ToJsonGivesTheRealPost()
    {
        const Run run = postwright({QStringLiteral("convert"), seed("000"), QStringLiteral("--to"),
                                    QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject post = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(post.value("title").toString(),
                 QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
        QCOMPARE(post.value("tags").toArray().size(), 6);
        QCOMPARE(post.value("tags").toArray().at(5).toString(), QStringLiteral("Python web frameworks"));
        QCOMPARE(post.value("categories").toArray().size(), 4);
        QCOMPARE(post.value("categories").toArray().at(3).toString(),
                 QStringLiteral("Web Development Frameworks"));
        QCOMPARE(post.value("topic").toString(),
                 QStringLiteral("Django vs Flask: Which Framework is Better for Web Development"));
        QCOMPARE(post.value("slug").toString(),
                 QStringLiteral("django-vs-flask-which-framework-is-better-for-web-development"));
        const QString body = post.value("body").toString();
        QVERIFY(body.contains(QStringLiteral("In this post, we’ll compare Django and Flask")));
        QVERIFY(!body.contains(QStringLiteral("weâ€™ll")));
        QVERIFY(!body.contains(QStringLiteral("EndOFText")));
        QVERIFY(!body.contains(QStringLiteral("POST_TITLE")));
        QVERIFY(!body.contains(QStringLiteral("META_DESCRIPTION")));
        QVERIFY(body.startsWith(QStringLiteral("Are you trying to choose")));
        QVERIFY(body.trimmed().endsWith(QStringLiteral("Good luck with your web development endeavors!")));
    }

    void checkSeed000WarnsAboutTitleWidthAndDescription()
    {
        const Run run = postwright({QStringLiteral("check"), seed("000")});
        // Warnings only: the seed's categories are all on the whitelist.
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("603 px")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("180")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("[title.width]")));
        QVERIFY(out.contains(QStringLiteral("[description.long]")));
        QVERIFY(!out.contains(QStringLiteral(": error:")));
    }

    void checkJsonHasStableIds()
    {
        const Run run = postwright({QStringLiteral("check"), QStringLiteral("--json"), seed("000")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        const QJsonArray files = root.value("files").toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(root.value("range_unit").toString(), QStringLiteral("utf-16"));
        QCOMPARE(files.at(0).toObject().value("format").toString(), QStringLiteral("generator"));
        QStringList ids;
        for (const QJsonValue &finding : files.at(0).toObject().value("findings").toArray()) {
            const QJsonObject object = finding.toObject();
            ids << object.value("id").toString();
            QVERIFY(QStringList({"error", "warning", "info"}).contains(object.value("severity").toString()));
        }
        QVERIFY2(ids.contains(QStringLiteral("title.width")), qPrintable(ids.join(',')));
        QVERIFY(ids.contains(QStringLiteral("description.long")));
        QVERIFY(ids.contains(QStringLiteral("encoding.repaired")));
    }

    void checkExitsOneOnUnknownCategoryWithSuggestion()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "post.txt", generatorPost("Shared Hosting, Web Development"));
        const Run run = postwright({QStringLiteral("check"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(run.out)
                                        .object().value("files").toArray().at(0)
                                        .toObject().value("findings").toArray();
        bool found = false;
        for (const QJsonValue &value : findings) {
            const QJsonObject finding = value.toObject();
            if (finding.value("id").toString() == QLatin1String("category.unknown")) {
                found = true;
                QCOMPARE(finding.value("severity").toString(), QStringLiteral("error"));
                QCOMPARE(finding.value("suggestion").toString(),
                         QStringLiteral("Web Development Frameworks"));
                QVERIFY(finding.value("message").toString().contains(QStringLiteral("Web Development")));
            }
        }
        QVERIFY(found);

        const Run good = postwright({QStringLiteral("check"),
                                     writeFile(dir, "good.txt", generatorPost("Shared Hosting"))});
        QCOMPARE(good.exitCode, 0);
    }

    void checkUsesCustomWhitelist()
    {
        QTemporaryDir dir;
        const QString list = writeFile(dir, "cats.txt", "# ours\nRecipes\nTravel\n");
        const QString path = writeFile(dir, "post.txt", generatorPost("Travel"));
        QCOMPARE(postwright({QStringLiteral("check"), path}).exitCode, 1); // not a default category
        QCOMPARE(postwright({QStringLiteral("check"), QStringLiteral("--categories"), list, path}).exitCode, 0);
        const Run missing = postwright({QStringLiteral("check"), QStringLiteral("--categories"),
                                        dir.filePath("nope.txt"), path});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("nope.txt"));
    }

    void unreadableInputExitsTwoAndNamesTheFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << "empty.md" << QByteArray();
        // The literal holds NULs, so its length (20 bytes) is given; 24 read past its end.
        QTest::newRow("binary") << "image.png"
                                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20)
                                       + QByteArray(2000, '\0');
        QTest::newRow("json that is no post") << "numbers.json" << QByteArray("[1, 2, 3]");
        QTest::newRow("malformed json") << "broken.json" << QByteArray("{\"title\": \"x\",\n \"body\": }");
    }
    void unreadableInputExitsTwoAndNamesTheFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = writeFile(dir, name, bytes);
        for (const QString &verb : {QStringLiteral("check"), QStringLiteral("convert")}) {
            QStringList arguments{verb, path};
            if (verb == QLatin1String("convert"))
                arguments << QStringLiteral("--to") << QStringLiteral("json");
            const Run run = postwright(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(name.toUtf8()), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        const Run missing = postwright({QStringLiteral("check"), dir.filePath("missing.md")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("missing.md"));
    }

    void convertWritesOutputAndNeverTouchesInput()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("seed.txt");
        QVERIFY(QFile::copy(seed("000"), input));
        const QByteArray before = sha256(input);

        const QString markdown = dir.filePath("out.md");
        QCOMPARE(postwright({"convert", input, "--to", "markdown", "-o", markdown}).exitCode, 0);
        QCOMPARE(sha256(input), before);
        QFile written(markdown);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.startsWith("---\n"));
        QVERIFY(text.contains("we’ll"));

        // Writing onto the input is refused, and the input stays as it was.
        const Run onto = postwright({"convert", input, "--to", "generator", "-o", input});
        QCOMPARE(onto.exitCode, 2);
        QCOMPARE(sha256(input), before);

        // Into a folder that does not exist: a clear error, no partial file.
        const Run nowhere = postwright({"convert", input, "--to", "json", "-o", dir.filePath("no/such/dir/x.json")});
        QCOMPARE(nowhere.exitCode, 2);
        QVERIFY(nowhere.err.contains("x.json"));

        QCOMPARE(postwright({"convert", input, "--to", "yaml"}).exitCode, 2);
    }

    void conversionsRoundTripThroughEveryFormat()
    {
        QTemporaryDir dir;
        const Run original = postwright({"convert", seed("000"), "--to", "json"});
        QCOMPARE(original.exitCode, 0);
        QString previous = seed("000");
        for (const char *format : {"generator", "markdown", "json", "generator"}) {
            const QString out = dir.filePath(QStringLiteral("step.") + QLatin1String(format));
            QCOMPARE(postwright({"convert", previous, "--to", format, "-o", out}).exitCode, 0);
            previous = out;
        }
        const Run last = postwright({"convert", previous, "--to", "json"});
        QCOMPARE(last.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(last.out), QJsonDocument::fromJson(original.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
