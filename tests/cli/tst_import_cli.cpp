// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// "postwright import" and "convert" of WordPress exports, run as a user would: batches, names,
// cancellation, and bad input.
#include "cli/cli_run.h"
#include "test_support.h"

#include "core/import/wordpress_import.h"
#include "core/io/post_file.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = pw::test::CliRun;

Run postwright(const QStringList &arguments)
{
    return pw::test::runPostwright(arguments);
}

QJsonObject seedObject(const char *prefix)
{
    return QJsonDocument::fromJson(pw::test::seedBytes(prefix)).object();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList filesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    return names;
}

QJsonObject post(const QString &slug, const QString &title, const QString &html)
{
    return {{QStringLiteral("slug"), slug},
            {QStringLiteral("title"), QJsonObject{{QStringLiteral("rendered"), title}}},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("rendered"), html}}}};
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// Three posts, two of them different but sharing the slug "same" (a real export can have that:
// a draft and its published copy).
QString writeSharedSlugExport(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("export.json"));
    writeFile(path,
              QJsonDocument(QJsonArray{post(QStringLiteral("alone"), QStringLiteral("Alone"),
                                            QStringLiteral("<p>The only one.</p>")),
                                       post(QStringLiteral("same"), QStringLiteral("First Same"),
                                            QStringLiteral("<p>First text.</p>")),
                                       post(QStringLiteral("same"), QStringLiteral("Second Same"),
                                            QStringLiteral("<p>Second text.</p>"))})
                  .toJson());
    return path;
}

// Sets a file's modification time well into the past, so a rewrite shows.
void age(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0)),
                             QFileDevice::FileModificationTime));
}

QDateTime modified(const QString &path)
{
    return QFileInfo(path).lastModified();
}

// New plural messages read "post(s)" until their English forms are filled into
// translations/postwright_en.ts (fill_english_plurals.py); either way is accepted here.
bool saysPlural(const QByteArray &out, const QString &expected)
{
    QString pattern = QRegularExpression::escape(expected);
    pattern.replace(QStringLiteral("post\\(s\\)"), QStringLiteral("posts?(?:\\(s\\))?"));
    return QRegularExpression(pattern).match(QString::fromUtf8(out)).hasMatch();
}

// A batch of 500 posts made from seeds 003 and 004, one per file in two folders, with slugs a
// real export has: plain, repeated, empty, percent-encoded Unicode, and one that tries to
// leave the folder. `expected` maps each output file name to the post it must hold.
struct Batch {
    QMap<QString, pw::Post> expected;
};

Batch makeBatch(const QString &folder)
{
    const QJsonObject seeds[2] = {seedObject("003"), seedObject("004")};
    Batch batch;
    QString previousSlug;
    for (int i = 0; i < 500; ++i) {
        QJsonObject object = seeds[i % 2];
        const QString number = QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
        QString slug = QStringLiteral("post-%1-%2")
                           .arg(number, object.value(QStringLiteral("slug")).toString());
        QString name = slug + QStringLiteral(".md");
        if (i % 100 == 7) { // the same slug as the post before it
            slug = previousSlug;
            name = slug + QStringLiteral("-2.md");
        } else if (i == 250) { // no slug: the name comes from the title
            slug.clear();
            object.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("rendered"),
                                                                QStringLiteral("Only a Title")}});
            name = QStringLiteral("only-a-title.md");
        } else if (i == 300) { // WordPress percent-encodes non-ASCII slugs
            slug = QStringLiteral("caf%C3%A9-cr%C3%A8me");
            name = QStringLiteral("cafe-creme.md");
        } else if (i == 400) {
            slug = QStringLiteral("../escape");
            name = QStringLiteral("escape.md");
        }
        object.insert(QStringLiteral("slug"), slug);
        previousSlug = slug;
        const QByteArray bytes = json(object);
        writeFile(
            QStringLiteral("%1/%2/%3.json")
                .arg(folder, i < 250 ? QStringLiteral("a") : QStringLiteral("b/deeper"), number),
            bytes);
        const pw::WordPressImport imported = pw::importWordPressJson(bytes);
        if (imported.ok())
            batch.expected.insert(name, imported.posts.constFirst().post);
    }
    writeFile(folder + QStringLiteral("/a/notes.txt"), "not an export\n");
    return batch;
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PW_BINARY)), PW_BINARY);
        QVERIFY2(!seedObject("003").isEmpty(), "seeds not found in " PW_SEEDS_DIR);
    }

    void convertSeed()
    {
        const QString seed = pw::test::seed("003");
        const Run run = postwright(
            {QStringLiteral("convert"), seed, QStringLiteral("--to"), QStringLiteral("markdown")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("---\ntitle: \"Difference Between Django and Flask: A "
                                   "Face-Off!\"\n"));
        QVERIFY(run.out.contains("\n## Highlights\n"));
        QVERIFY(run.err.isEmpty());
        const Run generator = postwright(
            {QStringLiteral("convert"), seed, QStringLiteral("--to"), QStringLiteral("generator")});
        QCOMPARE(generator.exitCode, 0);
        QVERIFY(
            generator.out.startsWith("TITLE: Difference Between Django and Flask: A Face-Off!\n"));
    }

    void convertArraySaysOnlyTheFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two.json"));
        writeFile(path, QJsonDocument(QJsonArray{post(QStringLiteral("one"), QStringLiteral("One"),
                                                      QStringLiteral("<p>First body</p>")),
                                                 post(QStringLiteral("two"), QStringLiteral("Two"),
                                                      QStringLiteral("<p>Second body</p>"))})
                            .toJson());
        const Run run = postwright(
            {QStringLiteral("convert"), path, QStringLiteral("--to"), QStringLiteral("markdown")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("First body"));
        QVERIFY(!run.out.contains("Second body"));
        QVERIFY2(run.err.contains("holds 2 posts; only the first was converted"), run.err);
        QVERIFY2(run.err.contains("postwright import"), run.err);
    }

    void batchOf500()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const Batch batch = makeBatch(in);
        QCOMPARE(batch.expected.size(), 500);

        QElapsedTimer timer;
        timer.start();
        const Run run = postwright({QStringLiteral("import"), in, QStringLiteral("--out"), out,
                                    QStringLiteral("--progress")});
        qInfo("500 posts imported in %lld ms (debug build)", timer.elapsed());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(filesIn(out), QStringList(batch.expected.keys()));
        // Progress on stderr, one line a post, counted against the whole batch.
        const QList<QByteArray> progress = run.err.trimmed().split('\n');
        QCOMPARE(progress.size(), 500);
        QCOMPARE(progress.first(),
                 QByteArray("[1/500] post-000-difference-between-django-and-flask.md"));
        QCOMPARE(progress.last(),
                 QByteArray("[500/500] post-499-unlock-the-potential-of-flask-and-django.md"));
        QVERIFY2(run.out.contains("Imported 500 posts into"), run.out);
        // Every seed-003 post has a category to fix, every seed-004 one unresolved ids.
        QVERIFY2(run.out.contains("Needs attention: 500 posts with categories to fix; 250 posts "
                                  "with tags to add by hand."),
                 run.out);

        for (const QString &name :
             {QStringLiteral("post-000-difference-between-django-and-flask.md"),
              QStringLiteral("post-106-difference-between-django-and-flask-2.md"),
              QStringLiteral("only-a-title.md"), QStringLiteral("cafe-creme.md"),
              QStringLiteral("escape.md")}) {
            const pw::PostReadResult read = pw::readPostFile(out + QLatin1Char('/') + name);
            QVERIFY2(read.post, qPrintable(name + QStringLiteral(": ") + read.error));
            QCOMPARE(*read.post, batch.expected.value(name));
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.md"))));

        // A second run recognises what the first wrote and writes nothing; a file that was
        // changed since is left as it is unless --force.
        const Run again = postwright({QStringLiteral("import"), in + QStringLiteral("/a/000.json"),
                                      QStringLiteral("--out"), out, QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(summary.value(QStringLiteral("written")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 1);
        const QJsonObject first = summary.value(QStringLiteral("posts")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
        QCOMPARE(QFileInfo(first.value(QStringLiteral("file")).toString()).fileName(),
                 QStringLiteral("post-000-difference-between-django-and-flask.md"));
        QCOMPARE(filesIn(out), QStringList(batch.expected.keys()));
        QVERIFY(again.err.isEmpty()); // not a terminal and no --progress: no progress
        writeFile(out + QStringLiteral("/only-a-title.md"), "keep?\n");
        const Run kept =
            postwright({QStringLiteral("import"), in + QStringLiteral("/b/deeper/250.json"),
                        QStringLiteral("--out"), out});
        QCOMPARE(kept.exitCode, 0);
        QVERIFY2(kept.out.contains("only-a-title.md: exists with different content; not "
                                   "overwritten (skipped)"),
                 kept.out);
        QCOMPARE(pw::test::fileBytes(out + QStringLiteral("/only-a-title.md")), "keep?\n");
        const Run forced =
            postwright({QStringLiteral("import"), in + QStringLiteral("/b/deeper/250.json"),
                        QStringLiteral("--out"), out, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(*pw::readPostFile(out + QStringLiteral("/only-a-title.md")).post,
                 batch.expected.value(QStringLiteral("only-a-title.md")));
        QVERIFY(!QFile::exists(out + QStringLiteral("/only-a-title-2.md")));
    }

    void reRunSkipsUnchangedPosts()
    {
        QTemporaryDir dir;
        const QString source = writeSharedSlugExport(dir);
        const QString out = dir.filePath(QStringLiteral("out"));
        const QStringList names = {QStringLiteral("alone.md"), QStringLiteral("same-2.md"),
                                   QStringLiteral("same.md")};
        const Run first =
            postwright({QStringLiteral("import"), source, QStringLiteral("--out"), out});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains("Imported 3 posts into"), first.out);
        QVERIFY2(!first.out.contains("Skipped"), first.out);
        // Two different posts with one slug both get a file.
        QCOMPARE(filesIn(out), names);
        QVERIFY(pw::test::fileBytes(out + QStringLiteral("/same.md")).contains("First text."));
        QVERIFY(pw::test::fileBytes(out + QStringLiteral("/same-2.md")).contains("Second text."));
        QMap<QString, QByteArray> bytes;
        for (const QString &name : names) {
            bytes.insert(name, pw::test::fileBytes(out + QLatin1Char('/') + name));
            age(out + QLatin1Char('/') + name);
        }

        const Run again = postwright({QStringLiteral("import"), source, QStringLiteral("--out"),
                                      out, QStringLiteral("--progress")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(filesIn(out), names); // no -2, -3 duplicates
        for (const QString &name : names) {
            QCOMPARE(pw::test::fileBytes(out + QLatin1Char('/') + name), bytes.value(name));
            QCOMPARE(modified(out + QLatin1Char('/') + name).date(), QDate(2020, 1, 1));
        }
        QVERIFY2(again.out.contains("Imported 0 posts into"), again.out);
        QVERIFY2(saysPlural(again.out,
                            QStringLiteral("Skipped 3 unchanged post(s) (already imported).")),
                 again.out);
        QVERIFY2(!again.out.contains("Needs attention"), again.out);
        QVERIFY2(again.err.contains("[3/3] same-2.md unchanged"), again.err);

        const Run json = postwright({QStringLiteral("import"), source, QStringLiteral("--out"), out,
                                     QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(summary.value(QStringLiteral("written")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("differs")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 0);
        const QJsonArray posts = summary.value(QStringLiteral("posts")).toArray();
        QCOMPARE(posts.size(), 3);
        QCOMPARE(
            QFileInfo(posts.at(2).toObject().value(QStringLiteral("file")).toString()).fileName(),
            QStringLiteral("same-2.md"));
        for (const QJsonValue &value : posts)
            QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("unchanged"));
    }

    void changedFileIsKeptUnlessForced()
    {
        QTemporaryDir dir;
        const QString source = writeSharedSlugExport(dir);
        const QString out = dir.filePath(QStringLiteral("out"));
        QCOMPARE(
            postwright({QStringLiteral("import"), source, QStringLiteral("--out"), out}).exitCode,
            0);
        const QString same = out + QStringLiteral("/same.md");
        const QByteArray imported = pw::test::fileBytes(same);
        const QByteArray edited = imported + "\nA line the writer added.\n";
        writeFile(same, edited);

        const Run again =
            postwright({QStringLiteral("import"), source, QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(pw::test::fileBytes(same), edited);
        QCOMPARE(filesIn(out), QStringList({QStringLiteral("alone.md"), QStringLiteral("same-2.md"),
                                            QStringLiteral("same.md")}));
        QVERIFY2(again.out.contains(
                     "same.md: exists with different content; not overwritten (skipped)\n"),
                 again.out);
        QVERIFY2(saysPlural(again.out,
                            QStringLiteral("Skipped 2 unchanged post(s) (already imported).")),
                 again.out);
        QVERIFY2(saysPlural(again.out, QStringLiteral("Skipped 1 post(s) whose file exists with "
                                                      "different content (--force overwrites).")),
                 again.out);

        const Run forced = postwright({QStringLiteral("import"), source, QStringLiteral("--out"),
                                       out, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(pw::test::fileBytes(same), imported);
        QVERIFY2(forced.out.contains("Imported 1 post into"), forced.out);
        QVERIFY2(saysPlural(forced.out,
                            QStringLiteral("Skipped 2 unchanged post(s) (already imported).")),
                 forced.out);
        QCOMPARE(filesIn(out).size(), 3);
    }

    void cancelLeavesOnlyCompleteFiles()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        const QString out = dir.filePath(QStringLiteral("out"));
        const Batch batch = makeBatch(in);

        QProcess process;
        process.start(QStringLiteral(PW_BINARY),
                      {QStringLiteral("import"), in, QStringLiteral("--out"), out});
        QVERIFY(process.waitForStarted());
        QDir outDir(out);
        for (int i = 0; i < 6000 && outDir.entryList(QDir::Files).size() < 20; ++i)
            QTest::qWait(10);
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 128 + 15);
        const QByteArray stdoutText = process.readAllStandardOutput();
        QVERIFY2(stdoutText.contains("Cancelled: "), stdoutText);

        const QStringList written = filesIn(out);
        qInfo("%lld files written before the cancel took effect", qint64(written.size()));
        QVERIFY(written.size() >= 20);
        QVERIFY2(written.size() < 500, "the run finished before it was cancelled");
        for (const QString &name : written) {
            QVERIFY2(batch.expected.contains(name), qPrintable(name)); // no temporary files
            const pw::PostReadResult read = pw::readPostFile(outDir.filePath(name));
            QVERIFY2(read.post, qPrintable(name + QStringLiteral(": ") + read.error));
            QCOMPARE(*read.post, batch.expected.value(name));
        }
    }

    void malformedJsonNamesFileLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        // The comma after line 3 is missing; the parser notices at "content" on line 4.
        writeFile(path, "{\n  \"slug\": \"x\",\n  \"title\": {\"rendered\": \"T\"}\n"
                        "  \"content\": {\"rendered\": \"<p>a</p>\"}\n}\n");
        const Run run = postwright({QStringLiteral("import"), path, QStringLiteral("--out"),
                                    dir.filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path.toUtf8() + ": The file is not valid JSON"), run.err);
        QVERIFY2(run.err.contains("at line 4, column "), run.err);
        QVERIFY(filesIn(dir.filePath(QStringLiteral("out"))).isEmpty());
    }

    void jsonThatIsNotAPost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        writeFile(path, "{\"name\": \"site\", \"items\": [1, 2]}");
        const Run run = postwright({QStringLiteral("import"), path, QStringLiteral("--out"),
                                    dir.filePath(QStringLiteral("out"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("config.json: The JSON is not a WordPress post"), run.err);

        const Run missing =
            postwright({QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json")),
                        QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("nope.json: no such file"), missing.err);

        const Run noOut = postwright({QStringLiteral("import"), path});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY2(noOut.err.contains("--out DIR is required"), noOut.err);
    }

    void postWithEmptyContentIsSkipped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("posts.json"));
        writeFile(path,
                  QJsonDocument(QJsonArray{post(QStringLiteral("good"), QStringLiteral("Good"),
                                                QStringLiteral("<p>Words.</p>")),
                                           post(QStringLiteral("hollow"), QStringLiteral("Hollow"),
                                                QString())})
                      .toJson());
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run run = postwright({QStringLiteral("import"), path, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(filesIn(out), QStringList{QStringLiteral("good.md")});
        QVERIFY2(run.out.contains("posts.json: post 2 (hollow): error: The post has no content to "
                                  "import. (skipped)"),
                 run.out);
        QVERIFY2(run.out.contains("1 post skipped for errors"), run.out);
    }

    void fiftyMegabytesIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        const QByteArray head =
            "{\"slug\":\"big\",\"title\":{\"rendered\":\"Big\"},\"content\":{\"rendered\":\"<p>";
        const QByteArray tail = "</p>\"}}";
        writeFile(path, head + QByteArray(50 * 1024 * 1024, 'a') + tail);
        QElapsedTimer timer;
        timer.start();
        const Run run = postwright({QStringLiteral("import"), path, QStringLiteral("--out"),
                                    dir.filePath(QStringLiteral("out"))});
        qInfo("a 50 MB file refused in %lld ms", timer.elapsed());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("huge.json: The file is 50.00 MiB, larger than the 20.00 MiB a "
                                  "WordPress export may have; export the posts in smaller pages."),
                 run.err);
    }

    void deepNestingConverts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("deep.json"));
        const QString html = QStringLiteral("<div>").repeated(10000) +
                             QStringLiteral("<blockquote>").repeated(10000) +
                             QStringLiteral("<p>Deep down text</p>") +
                             QStringLiteral("</blockquote>").repeated(10000) +
                             QStringLiteral("</div>").repeated(10000);
        writeFile(path, json(post(QStringLiteral("deep"), QStringLiteral("Deep"), html)));
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run run = postwright({QStringLiteral("import"), path, QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 0);
        const QByteArray markdown = pw::test::fileBytes(out + QStringLiteral("/deep.md"));
        QVERIFY2(markdown.contains("Deep down text"), markdown.left(500));
        QVERIFY2(run.out.contains("[import.html.nesting_flattened]"), run.out);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
