// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "postwright import" of a WordPress export (WXR), and convert/check given one, run as a user
// would on the real exports in tests/data/wxr (written by WordPress 6.1.9's export_wp()). The
// expected counts and titles come from expected.json (what WordPress's own API said).
#include "cli/cli_run.h"
#include "image_server.h"
#include "test_support.h"

#include "core/io/post_file.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <yaml-cpp/yaml.h>

namespace {

using Run = pw::test::CliRun;

QString wxrData(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/wxr/") + name;
}

Run postwright(const QStringList &arguments)
{
    return pw::test::runPostwright(arguments);
}

QJsonArray expectedItems()
{
    QFile file(wxrData(QStringLiteral("expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("items"))
        .toArray();
}

// Titles of the export's items that WordPress lists with this type, a status in `statuses`
// (empty: any) and, unless `protectedToo`, no password.
QStringList expectedTitles(const QStringList &types, const QStringList &statuses, bool protectedToo)
{
    QStringList titles;
    for (const QJsonValue &value : expectedItems()) {
        const QJsonObject item = value.toObject();
        if (!types.contains(item.value(QStringLiteral("type")).toString()))
            continue;
        if (!statuses.isEmpty() &&
            !statuses.contains(item.value(QStringLiteral("status")).toString()))
            continue;
        if (!protectedToo && item.value(QStringLiteral("password_protected")).toBool())
            continue;
        titles.append(item.value(QStringLiteral("title")).toString());
    }
    titles.sort();
    return titles;
}

QStringList markdownFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

// Every file's title, read twice: by the project's reader and by yaml-cpp from the raw front
// matter, which must agree (valid YAML, the exact title).
QStringList titlesIn(const QString &folder)
{
    QStringList titles;
    for (const QString &name : markdownFiles(folder)) {
        const QString path = QDir(folder).filePath(name);
        const pw::PostReadResult read = pw::readPostFile(path);
        if (!read.post) {
            qWarning() << path << read.error;
            return {};
        }
        const QString text = pw::test::fileText(path);
        if (!text.startsWith(QLatin1String("---\n"))) {
            qWarning() << path << "has no front matter";
            return {};
        }
        const qsizetype end = text.indexOf(QLatin1String("\n---\n"), 4);
        try {
            const YAML::Node node = YAML::Load(text.mid(4, end - 4).toStdString());
            const QString yamlTitle = QString::fromStdString(node["title"].as<std::string>());
            if (yamlTitle != read.post->title) {
                qWarning() << path << yamlTitle << "!=" << read.post->title;
                return {};
            }
        } catch (const YAML::Exception &e) {
            qWarning() << path << e.what();
            return {};
        }
        titles.append(read.post->title);
    }
    titles.sort();
    return titles;
}

// `text` contains `pattern`, where "(s)" in the pattern matches a plural's "s" or a literal
// "(s)" (English plurals come from translations/postwright_en.ts, which the lead updates).
bool containsPlural(const QString &text, const QString &pattern)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QStringLiteral("\\(s\\)"), QStringLiteral("(?:s|\\(s\\))"));
    return text.contains(QRegularExpression(regex));
}

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject exportReport(const Run &run)
{
    return jsonOf(run).value(QStringLiteral("exports")).toArray().at(0).toObject();
}

} // namespace

class TestCliWxrImport : public QObject {
    Q_OBJECT

private slots:
    void importsPublishedPostsByDefault()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run run =
            postwright({QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
                        QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(run.finished && !run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 0);
        const QStringList expected =
            expectedTitles({QStringLiteral("post")}, {QStringLiteral("publish")}, false);
        QCOMPARE(expected.size(), 27); // expected.json: 28 published posts, one of them protected
        QCOMPARE(titlesIn(out), expected);

        const QJsonObject report = exportReport(run);
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 27);
        QCOMPARE(report.value(QStringLiteral("posts_and_pages")).toInt(), 38);
        const QJsonObject skipped = report.value(QStringLiteral("skipped")).toObject();
        // Posts of expected.json by status, other than publish: draft 15, 26, 27; one each of
        // pending, private, future, trash. Pages are skipped for their type first.
        const QJsonObject byStatus = skipped.value(QStringLiteral("status")).toObject();
        QCOMPARE(byStatus.value(QStringLiteral("draft")).toInt(), 3);
        QCOMPARE(byStatus.value(QStringLiteral("pending")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("private")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("future")).toInt(), 1);
        QCOMPARE(byStatus.value(QStringLiteral("trash")).toInt(), 1);
        QCOMPARE(byStatus.size(), 5);
        QCOMPARE(
            skipped.value(QStringLiteral("type")).toObject().value(QStringLiteral("page")).toInt(),
            3);
        QCOMPARE(skipped.value(QStringLiteral("protected")).toArray(),
                 QJsonArray{QStringLiteral("Members only")});
        QCOMPARE(report.value(QStringLiteral("other_items"))
                     .toObject()
                     .value(QStringLiteral("attachment"))
                     .toInt(),
                 6);
        QCOMPARE(jsonOf(run).value(QStringLiteral("written")).toInt(), 27);
    }

    void summaryNamesWhatWasLeftOut()
    {
        QTemporaryDir dir;
        const Run run =
            postwright({QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
                        QStringLiteral("--out"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("Imported 27 posts")), qPrintable(out));
        QVERIFY(containsPlural(out, QStringLiteral("27 of 38 post(s) and page(s) imported")));
        QVERIFY(out.contains(QStringLiteral(
            "7 for their status (draft 3, future 1, pending 1, private 1, trash 1")));
        QVERIFY(containsPlural(out, QStringLiteral("3 page(s) (--pages imports them)")));
        QVERIFY(out.contains(
            QStringLiteral("1 password-protected (--protected imports them): “Members only”")));
        QVERIFY(out.contains(QStringLiteral("attachment 6")));
        // The review list: an unknown shortcode kept as text is listed with its file.
        QVERIFY(out.contains(QStringLiteral("unknown-shortcodes.md: warning: body:")));
    }

    void pagesAndEveryStatusAndProtected()
    {
        QTemporaryDir dir;
        const Run run = postwright(
            {QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
             QStringLiteral("--out"), dir.path(), QStringLiteral("--pages"),
             QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--protected")});
        QCOMPARE(run.exitCode, 0);
        const QStringList expected =
            expectedTitles({QStringLiteral("post"), QStringLiteral("page")}, {}, true);
        QCOMPARE(expected.size(), 38);
        QCOMPARE(titlesIn(dir.path()), expected);
        QCOMPARE(markdownFiles(dir.path()).size(), 38);

        // The page "about" and the post "about" share a slug; neither overwrites the other.
        const QSet<QString> abouts{
            pw::readPostFile(dir.filePath(QStringLiteral("about.md"))).post->title,
            pw::readPostFile(dir.filePath(QStringLiteral("about-2.md"))).post->title};
        QCOMPARE(abouts,
                 (QSet<QString>{QStringLiteral("About us"), QStringLiteral("About (the post)")}));
        // Two drafts with one title and no slug: WordPress would give the second "-2".
        for (const QString &name : {QStringLiteral("a-draft-with-a-shared-title.md"),
                                    QStringLiteral("a-draft-with-a-shared-title-2.md")}) {
            const pw::PostReadResult read = pw::readPostFile(dir.filePath(name));
            QVERIFY2(read.post, qPrintable(name));
            QCOMPARE(read.post->title, QStringLiteral("A draft with a shared title"));
        }
        // The protected post came with its content, as asked.
        const pw::PostReadResult members =
            pw::readPostFile(dir.filePath(QStringLiteral("members-only.md")));
        QVERIFY(members.post);
        QVERIFY(!members.post->body.trimmed().isEmpty());

        // A second run finds every file as it left it.
        const Run again =
            postwright({QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
                        QStringLiteral("--out"), dir.path(), QStringLiteral("--pages"),
                        QStringLiteral("--status"), QStringLiteral("all"),
                        QStringLiteral("--protected"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(jsonOf(again).value(QStringLiteral("unchanged")).toInt(), 38);
        QCOMPARE(jsonOf(again).value(QStringLiteral("written")).toInt(), 0);
        QCOMPARE(markdownFiles(dir.path()).size(), 38);
    }

    void chosenStatusesAndPagesOnly()
    {
        QTemporaryDir dir;
        Run run = postwright({QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
                              QStringLiteral("--out"), dir.filePath(QStringLiteral("a")),
                              QStringLiteral("--status"), QStringLiteral("draft,pending")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(titlesIn(dir.filePath(QStringLiteral("a"))),
                 expectedTitles({QStringLiteral("post")},
                                {QStringLiteral("draft"), QStringLiteral("pending")}, false));
        run = postwright({QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("b")),
                          QStringLiteral("--pages"), QStringLiteral("--no-posts")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(titlesIn(dir.filePath(QStringLiteral("b"))),
                 expectedTitles({QStringLiteral("page")}, {QStringLiteral("publish")}, false));
        run = postwright({QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("c")),
                          QStringLiteral("--status"), QStringLiteral("published")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown status"));
        run = postwright({QStringLiteral("import"), wxrData(QStringLiteral("site-all.xml")),
                          QStringLiteral("--out"), dir.filePath(QStringLiteral("c")),
                          QStringLiteral("--no-posts")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("c"))));
    }

    void foldersTakeExportsAndLeaveOtherXml()
    {
        QTemporaryDir in;
        QVERIFY(QFile::copy(wxrData(QStringLiteral("site-posts.xml")),
                            in.filePath(QStringLiteral("export.xml"))));
        QVERIFY(QFile::copy(wxrData(QStringLiteral("bad/rss-feed.xml")),
                            in.filePath(QStringLiteral("feed.xml"))));
        QTemporaryDir out;
        const Run run =
            postwright({QStringLiteral("import"), in.path(), QStringLiteral("--out"), out.path()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(titlesIn(out.path()),
                 expectedTitles({QStringLiteral("post")}, {QStringLiteral("publish")}, false));
    }

    void badExportsWriteNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("truncated") << "truncated.xml"
                                   << "cut off";
        QTest::newRow("entities") << "entities.xml"
                                  << "document type declaration";
        QTest::newRow("external entity") << "external-entity.xml"
                                         << "document type declaration";
        QTest::newRow("deep") << "deep.xml"
                              << "nests elements";
        QTest::newRow("rss feed") << "rss-feed.xml"
                                  << "RSS feed, not a WordPress export";
        QTest::newRow("gzip") << "binary.xml"
                              << "not XML";
    }
    void badExportsWriteNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out"));
        const QString path = wxrData(QStringLiteral("bad/") + file);
        const Run run = postwright({QStringLiteral("import"), path, QStringLiteral("--out"), out});
        QVERIFY(run.finished && !run.crashed);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(path + QStringLiteral(": ")) && err.contains(says), qPrintable(err));
        QVERIFY(!QFileInfo::exists(out) ||
                QDir(out).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }

    void convertAndCheckSayItIsAnExport()
    {
        const QString path = wxrData(QStringLiteral("site-all.xml"));
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("convert"), path, QStringLiteral("--to"),
                          QStringLiteral("markdown")},
              QStringList{QStringLiteral("check"), path}}) {
            const Run run = postwright(arguments);
            QCOMPARE(run.exitCode, 2);
            const QString err = QString::fromUtf8(run.err);
            // expected.json: 35 posts and 3 pages.
            QVERIFY2(containsPlural(err, QStringLiteral("a WordPress export (WXR) with 35 post(s) "
                                                        "and 3 page(s), not a single post")),
                     qPrintable(err));
            QVERIFY(err.contains(QStringLiteral("postwright import")));
            QVERIFY(!run.out.contains("<rss") && !run.out.contains("CDATA"));
        }
        // Any name: content decides.
        QTemporaryDir dir;
        const QString renamed = dir.filePath(QStringLiteral("old-blog.md"));
        QVERIFY(QFile::copy(wxrData(QStringLiteral("small.xml")), renamed));
        const Run run = postwright(
            {QStringLiteral("convert"), renamed, QStringLiteral("--to"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            containsPlural(QString::fromUtf8(run.err),
                           QStringLiteral("a WordPress export (WXR) with 3 post(s) and 0 page(s)")),
            run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // --download-images against a real server on loopback: the export's address is replaced by
    // the server's. It answers .png with a real PNG and .jpg with 404.
    void downloadsImagesThatArriveAndReportsTheRest()
    {
        pw::test::ImageServer server;
        QVERIFY(server.listening());
        QTemporaryDir dir;
        QByteArray xml = pw::test::fileBytes(wxrData(QStringLiteral("site-all.xml")));
        xml.replace("http://wxr.test", server.base().toUtf8());
        const QString exportPath = pw::test::writeFile(dir, QStringLiteral("export.xml"), xml);
        const QString out = dir.filePath(QStringLiteral("out"));

        const auto runWithServer = [&](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(PW_BINARY), arguments);
            QEventLoop loop;
            connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            if (process.state() != QProcess::NotRunning)
                loop.exec();
            Run run;
            run.finished = process.state() == QProcess::NotRunning;
            run.exitCode = run.finished ? process.exitCode() : -1;
            run.out = process.readAllStandardOutput();
            run.err = process.readAllStandardError();
            return run;
        };
        const QStringList arguments{QStringLiteral("import"),
                                    exportPath,
                                    QStringLiteral("--out"),
                                    out,
                                    QStringLiteral("--download-images"),
                                    QStringLiteral("--json")};
        const Run run = runWithServer(arguments);
        QVERIFY2(run.finished, run.err.constData());
        // Posts written, but images that failed need attention: exit 1, not success.
        QCOMPARE(run.exitCode, 1);
        const QJsonObject images = exportReport(run).value(QStringLiteral("images")).toObject();
        const int downloaded = images.value(QStringLiteral("downloaded")).toInt();
        QVERIFY(downloaded > 0);
        QVERIFY(images.value(QStringLiteral("failed")).toInt() > 0);
        QCOMPARE(images.value(QStringLiteral("reused")).toInt(), 0);
        const QStringList files = QDir(out + QStringLiteral("/images")).entryList(QDir::Files);
        QCOMPARE(files.size(), downloaded);
        for (const QString &name : files)
            QVERIFY2(name.endsWith(QLatin1String(".png")), qPrintable(name));

        const QString gallery =
            pw::test::fileText(out + QStringLiteral("/captions-galleries-and-embeds.md"));
        QVERIFY2(
            gallery.contains(QStringLiteral("![A market stall with flowers](images/market.png)")),
            qPrintable(gallery));
        // The 404 keeps its link to the site.
        QVERIFY(gallery.contains(server.base() +
                                 QStringLiteral("/wp-content/uploads/2024/03/harbour.jpg)")));
        // ... and is a finding of that post, naming the URL and the answer.
        bool reported = false;
        for (const QJsonValue &post : jsonOf(run).value(QStringLiteral("posts")).toArray()) {
            for (const QJsonValue &finding :
                 post.toObject().value(QStringLiteral("findings")).toArray()) {
                const QString message =
                    finding.toObject().value(QStringLiteral("message")).toString();
                reported |= finding.toObject().value(QStringLiteral("id")).toString() ==
                                QLatin1String("import.image.download_failed") &&
                            message.contains(QLatin1String("harbour.jpg")) &&
                            message.contains(QLatin1String("404"));
            }
        }
        QVERIFY(reported);
        // A featured image that is a PNG points at the local copy.
        const QString classic =
            pw::test::fileText(out + QStringLiteral("/classic-sixty-paragraphs.md"));
        QVERIFY2(classic.contains(QStringLiteral("featured_image: \"images/classic-cover.png\"")),
                 qPrintable(classic.left(600)));

        // A re-run reuses every file and fetches none of them again.
        const int pngRequests =
            server.requests(QStringLiteral("/wp-content/uploads/2024/03/market.png"));
        QCOMPARE(pngRequests, 1);
        const Run again = runWithServer(arguments);
        QCOMPARE(again.exitCode, 1); // the 404s are asked for again, and fail again
        const QJsonObject second = exportReport(again).value(QStringLiteral("images")).toObject();
        QCOMPARE(second.value(QStringLiteral("downloaded")).toInt(), 0);
        QCOMPARE(second.value(QStringLiteral("reused")).toInt(), downloaded);
        QCOMPARE(server.requests(QStringLiteral("/wp-content/uploads/2024/03/market.png")), 1);
        QCOMPARE(jsonOf(again).value(QStringLiteral("unchanged")).toInt(), 27);
    }
};

QTEST_GUILESS_MAIN(TestCliWxrImport)
#include "tst_cli_wxr_import.moc"
