// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// JSON front matter (Hugo: the file starts with a JSON object, the content follows) over a
// corpus written from Hugo's documented front matter: tests/data/sites/hugo-json.
#include "core/formats/json_front_matter.h"
#include "core/formats/post_json_format.h"
#include "core/formats/post_reader.h"
#include "core/formats/post_writer.h"
#include "core/seo/seo_analysis.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace pw;

namespace {

QString postPath(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/sites/hugo-json/content/posts/") + name;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QByteArray post(const char *name)
{
    return readBytes(postPath(QLatin1String(name)));
}

QStringList corpus()
{
    QStringList files;
    QDirIterator it(QStringLiteral(PW_TEST_DATA_DIR "/sites/hugo-json"), {QStringLiteral("*.md")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

Post readOk(const QByteArray &bytes)
{
    const PostReadResult read = readPostBytes(bytes);
    if (!read.post)
        qFatal("not read: %s", qPrintable(read.error));
    return *read.post;
}

QString extra(const Post &post, const QString &key)
{
    for (const ExtraField &field : post.extras)
        if (field.key == key)
            return field.yaml;
    return QStringLiteral("<none>");
}

QStringList keys(const Post &post)
{
    QStringList out;
    for (const ExtraField &field : post.extras)
        out.append(field.key);
    return out;
}

// The lines of `after` that differ from the same line of `before`, without a CR.
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList changed;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray left = i < a.size() ? a.at(i) : QByteArray("<none>");
        const QByteArray right = i < b.size() ? b.at(i) : QByteArray("<none>");
        if (left != right)
            changed.append(QString::fromUtf8(right).remove(QLatin1Char('\r')));
    }
    return changed;
}

int lineCount(const QByteArray &text)
{
    return int(text.count('\n'));
}

Post removeExtra(Post post, const QString &key)
{
    post.extras.removeIf([&](const ExtraField &e) { return e.key == key; });
    return post;
}

} // namespace

class TestJsonFrontMatter : public QObject {
    Q_OBJECT

private slots:
    // The example of https://gohugo.io/content-management/front-matter/, as documented.
    void documentedExampleMapping()
    {
        const PostReadResult read = readPostBytes(post("example.md"));
        QVERIFY2(read.post, qPrintable(read.error));
        QCOMPARE(read.format, PostFormat::MarkdownFrontMatter);
        const Post &p = *read.post;
        QCOMPARE(p.title, QStringLiteral("Example"));
        QCOMPARE(p.metaDescription, QString());
        QCOMPARE(p.slug, QString()); // Hugo takes the file name: nothing is invented
        QCOMPARE(p.tags, QStringList());
        QCOMPARE(keys(p), QStringList({"date", "draft", "params", "weight"}));
        // Extras keep the JSON source text of their value.
        QCOMPARE(extra(p, "date"), QStringLiteral("\"2024-02-02T04:14:54-08:00\""));
        QCOMPARE(extra(p, "draft"), QStringLiteral("false"));
        QCOMPARE(extra(p, "params"), QStringLiteral("{\n      \"author\": \"John Smith\"\n   }"));
        QCOMPARE(extra(p, "weight"), QStringLiteral("10"));
        // Consumers read extras as YAML, which JSON is.
        QCOMPARE(extraValue(p, "date"), QStringLiteral("2024-02-02T04:14:54-08:00"));
        QCOMPARE(extraValue(p, "draft"), QStringLiteral("false"));
        QVERIFY(p.body.startsWith(QLatin1String("Hugo reads the object above")));
        QVERIFY(p.body.endsWith(QLatin1String("after the closing brace.")));
        QVERIFY(!p.body.contains(QLatin1Char('{')));
    }

    void crlfPostMapping()
    {
        const Post p = readOk(post("crlf-post.md"));
        QCOMPARE(p.title, QStringLiteral("Front matter in JSON, saved on Windows"));
        QCOMPARE(p.metaDescription, QStringLiteral("Why a post written on Windows keeps its CRLF "
                                                   "line ends and its JSON front matter."));
        QCOMPARE(p.slug, QStringLiteral("json-front-matter-crlf"));
        QCOMPARE(p.tags, QStringList({"hugo", "json", "windows"}));
        QCOMPARE(p.categories, QStringList({"tooling", "2024"})); // a number is a name
        QCOMPARE(keys(p), QStringList({"date", "lastmod", "keywords"}));
        QCOMPARE(extra(p, "keywords"), QStringLiteral("[\"line endings\", \"CRLF\"]"));
        QCOMPARE(extraValue(p, "keywords"), QStringLiteral("line endings, CRLF"));
        QVERIFY(!p.body.contains(QLatin1Char('\r')));
        QVERIFY(p.body.startsWith(QLatin1String("Editors on Windows")));
    }

    void nestedParamsMapping()
    {
        const Post p = readOk(post("annual-conference.md"));
        QCOMPARE(p.title, QStringLiteral("Annual conference"));
        // Hugo's summary is the description when there is no description.
        QCOMPARE(p.metaDescription, QStringLiteral("What we learned at the annual conference, and "
                                                   "what \"next year\" holds."));
        QCOMPARE(p.tags, QStringList({"conference", "community"}));
        QCOMPARE(p.categories, QStringList({"events"}));
        QCOMPARE(keys(p), QStringList({"date", "aliases", "params", "weight"}));
        QCOMPARE(extra(p, "aliases"), QStringLiteral("[\"/old/annual-conference/\"]"));
        QVERIFY(extra(p, "params").startsWith(QLatin1String("{\n        \"author\": {")));
        QVERIFY(
            extra(p, "params").endsWith(QLatin1String("\"a { in a string, and a } too\"\n    }")));
        QCOMPARE(p.body,
                 QStringLiteral("# Annual conference\n\nThe talks were recorded; the slides "
                                "are linked from each talk's page."));
    }

    // Post JSON output carries typed values, nested objects included, read from the JSON text.
    void extrasAreTypedInPostJson()
    {
        const Post p = readOk(post("annual-conference.md"));
        const QJsonObject extras =
            QJsonDocument::fromJson(writePostJson(p)).object().value("extra").toObject();
        QCOMPARE(extras.value("weight"), QJsonValue(5));
        QCOMPARE(extras.value("date"), QJsonValue("2023-10-17T15:11:37-07:00"));
        QCOMPARE(extras.value("aliases"), QJsonValue(QJsonArray{"/old/annual-conference/"}));
        const QJsonObject params = extras.value("params").toObject();
        QCOMPARE(params.value("display_related"), QJsonValue(true));
        QCOMPARE(params.value("author").toObject().value("email"),
                 QJsonValue("jsmith@example.org"));
        QCOMPARE(params.value("braces"), QJsonValue("a { in a string, and a } too"));
    }

    void roundTripIsByteForByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QStringList files = corpus();
        QCOMPARE(files.size(), 3);
        for (const QString &file : files) {
            const QByteArray bytes = readBytes(file);
            const QString name = file.section(QLatin1Char('/'), -1);
            QTest::newRow(qPrintable(name)) << bytes;
            QByteArray other = bytes;
            if (other.contains("\r\n"))
                other.replace("\r\n", "\n");
            else
                other.replace("\n", "\r\n");
            QTest::newRow(qPrintable(name + " other line ends")) << other;
            QTest::newRow(qPrintable(name + " BOM")) << QByteArray("\xEF\xBB\xBF" + bytes);
            QTest::newRow(qPrintable(name + " leading blank line")) << QByteArray("\n" + bytes);
            QTest::newRow(qPrintable(name + " no final newline")) << bytes.trimmed();
            QTest::newRow(qPrintable(name + " trailing blank lines")) << bytes + "\n\n";
        }
    }

    void roundTripIsByteForByte()
    {
        QFETCH(QByteArray, bytes);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        QCOMPARE(read.format, PostFormat::MarkdownFrontMatter);
        QCOMPARE(writePost(*read.post, read.format), bytes);
    }

    // `convert` and `import` read through readAllPostBytes.
    void allPostsReaderKeepsTheSource()
    {
        const QByteArray bytes = post("annual-conference.md");
        const QList<PostReadResult> all = readAllPostBytes(bytes);
        QCOMPARE(all.size(), 1);
        QVERIFY(all.front().post);
        QCOMPARE(writePost(*all.front().post, PostFormat::MarkdownFrontMatter), bytes);
    }

    void oneFieldEditChangesOneLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expectedLine");
        QTest::newRow("title") << "example.md"
                               << "title"
                               << "   \"title\": \"Say \\\"hi\\\" \\\\ twice\",";
        QTest::newRow("title, CRLF") << "crlf-post.md"
                                     << "title"
                                     << "  \"title\": \"Say \\\"hi\\\" \\\\ twice\",";
        QTest::newRow("description from summary") << "annual-conference.md"
                                                  << "description"
                                                  << "    \"summary\": \"Shorter.\",";
        QTest::newRow("tags, one-line array") << "crlf-post.md"
                                              << "tags"
                                              << "  \"tags\": [\"hugo\", \"json\", \"windows\", "
                                                 "\"new tag\"],";
        QTest::newRow("categories, one item a line") << "annual-conference.md"
                                                     << "categories"
                                                     << "        \"meetups\"";
        QTest::newRow("slug") << "crlf-post.md"
                              << "slug"
                              << "  \"slug\": \"crlf\",";
        QTest::newRow("extra value") << "example.md"
                                     << "draft"
                                     << "   \"draft\": true,";
    }

    void oneFieldEditChangesOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, expectedLine);
        const QByteArray bytes = readBytes(postPath(file));
        Post p = readOk(bytes);
        if (field == QLatin1String("title"))
            p.title = QStringLiteral("Say \"hi\" \\ twice");
        else if (field == QLatin1String("description"))
            p.metaDescription = QStringLiteral("Shorter.");
        else if (field == QLatin1String("tags"))
            p.tags.append(QStringLiteral("new tag"));
        else if (field == QLatin1String("categories"))
            p.categories = {QStringLiteral("meetups")};
        else if (field == QLatin1String("slug"))
            p.slug = QStringLiteral("crlf");
        else
            p.extras[1].yaml = QStringLiteral("true"); // draft
        const QByteArray written = writePost(p, PostFormat::MarkdownFrontMatter);
        QCOMPARE(changedLines(bytes, written), QStringList{expectedLine});
        QCOMPARE(bytes.count("\r\n"), written.count("\r\n")); // line ends as in the file
        QCOMPARE(readOk(written), p);
    }

    void newFieldAddsOneLine()
    {
        const QByteArray bytes = post("example.md");
        Post p = readOk(bytes);
        p.metaDescription = QStringLiteral("A new description.");
        QByteArray written = writePost(p, PostFormat::MarkdownFrontMatter);
        QCOMPARE(lineCount(written), lineCount(bytes) + 1);
        QVERIFY2(written.contains("   \"weight\": 10,\n   \"description\": \"A new "
                                  "description.\"\n}\n"),
                 written.constData());
        QCOMPARE(readOk(written), p);

        // A keyphrase from the SEO tab (YAML elsewhere in Postwright) becomes a JSON string.
        p = readOk(post("crlf-post.md"));
        setSeoSettings(p, QStringLiteral("line endings"), QString());
        written = writePost(p, PostFormat::MarkdownFrontMatter);
        QCOMPARE(lineCount(written), lineCount(post("crlf-post.md")) + 1);
        QVERIFY2(written.contains("\"CRLF\"],\r\n  \"keyphrase\": \"line endings\"\r\n}\r\n"),
                 written.constData());
        QCOMPARE(seoSettings(readOk(written)).keyphrase, QStringLiteral("line endings"));
    }

    void removedExtraDropsItsMember_data()
    {
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<int>("linesRemoved");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("middle") << QStringList{"draft"} << 1
                                << QByteArray("   \"date\": \"2024-02-02T04:14:54-08:00\",\n"
                                              "   \"params\": {");
        QTest::newRow("last, its comma goes with it")
            << QStringList{"weight"} << 1 << QByteArray("   \"title\": \"Example\"\n}\n");
        QTest::newRow("multi-line value") << QStringList{"params"} << 3
                                          << QByteArray("   \"draft\": false,\n"
                                                        "   \"title\": \"Example\",");
        QTest::newRow("first") << QStringList{"date"} << 1 << QByteArray("{\n   \"draft\": false,");
        QTest::newRow("all but the title")
            << QStringList{"date", "draft", "params", "weight"} << 6
            << QByteArray("{\n   \"title\": \"Example\"\n}\n\nHugo reads");
    }

    void removedExtraDropsItsMember()
    {
        QFETCH(QStringList, removed);
        QFETCH(int, linesRemoved);
        QFETCH(QByteArray, expected);
        const QByteArray bytes = post("example.md");
        Post p = readOk(bytes);
        for (const QString &key : removed)
            p = removeExtra(p, key);
        const QByteArray written = writePost(p, PostFormat::MarkdownFrontMatter);
        QVERIFY2(written.contains(expected), written.constData());
        QCOMPARE(lineCount(written), lineCount(bytes) - linesRemoved);
        QCOMPARE(readOk(written), p);
    }

    void bodyEditKeepsTheObjectAndLineEnds()
    {
        const QByteArray bytes = post("crlf-post.md");
        Post p = readOk(bytes);
        p.body += QStringLiteral("\n\nA third paragraph.");
        const QByteArray written = writePost(p, PostFormat::MarkdownFrontMatter);
        const qsizetype objectEnd = bytes.indexOf("}\r\n") + 3;
        QCOMPARE(written.first(objectEnd), bytes.first(objectEnd));
        QVERIFY(written.endsWith("either.\r\n\r\nA third paragraph.\r\n"));
        QCOMPARE(written.count('\n'), written.count("\r\n"));
        QCOMPARE(readOk(written), p);
    }

    // Without a body the object alone would be a whole-file JSON document, which reads as
    // Postwright's post JSON: such a post is written as YAML front matter instead.
    void emptyBodyIsWrittenAsYaml()
    {
        Post p = readOk(post("example.md"));
        p.body.clear();
        const QByteArray written = writePost(p, PostFormat::MarkdownFrontMatter);
        QVERIFY2(written.startsWith("---\n"), written.constData());
        const PostReadResult reread = readPostBytes(written);
        QVERIFY(reread.post);
        QCOMPARE(reread.post->title, QStringLiteral("Example"));
        QCOMPARE(extraValue(*reread.post, "weight"), QStringLiteral("10"));
    }

    // A repeated key: the reader keeps the last, so dropping it in place would bring the first
    // back. The edit does not read back as the post, and the object is written anew instead.
    void editThatWouldNotReadBackReemitsTheObject()
    {
        const QByteArray bytes = "{\"title\": \"T\", \"x\": 1, \"x\": 2}\nBody\n";
        Post p = readOk(bytes);
        QCOMPARE(p.extras, QList<ExtraField>({{"x", "2"}}));
        p.extras.clear();
        const QByteArray written = writePost(p, PostFormat::MarkdownFrontMatter);
        QCOMPARE(written, QByteArray("{\n    \"title\": \"T\"\n}\n\nBody\n"));
        QCOMPARE(readOk(written), p);
    }

    void sniffing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PostFormat>("format");
        QTest::newRow("object then Markdown")
            << "{\"title\": \"t\"}\nBody" << PostFormat::MarkdownFrontMatter;
        QTest::newRow("object then text on its line")
            << "{\"title\": \"t\"} Body" << PostFormat::MarkdownFrontMatter;
        QTest::newRow("BOM and blank line first")
            << "\uFEFF\n{\"title\": \"t\"}\n\nBody" << PostFormat::MarkdownFrontMatter;
        QTest::newRow("a brace in a string")
            << "{\"title\": \"{\"}\nBody" << PostFormat::MarkdownFrontMatter;
        QTest::newRow("an escaped quote")
            << "{\"title\": \"a \\\" } b\"}\nBody" << PostFormat::MarkdownFrontMatter;
        // One JSON document and nothing else is what it was before.
        QTest::newRow("whole-file object") << "{\"title\": \"t\"}" << PostFormat::PostJson;
        QTest::newRow("whole-file object, trailing blank lines") << "{\"title\": \"t\"}\n\n  \n"
                                                                 << PostFormat::PostJson;
        QTest::newRow("whole-file WordPress object")
            << "{\"content\": {\"rendered\": \"<p>x</p>\"}}\n"
            << PostFormat::WordPressJson;
        QTest::newRow("broken object") << "{\"title\": \nBody" << PostFormat::PostJson;
        QTest::newRow("braces that are not JSON")
            << "{{< figure src=\"a.png\" >}}\nText" << PostFormat::PostJson;
    }

    void sniffing()
    {
        QFETCH(QString, text);
        QTEST(sniffFormat(text), "format");
        QCOMPARE(isJsonFrontMatter(text), sniffFormat(text) == PostFormat::MarkdownFrontMatter);
    }

    void wrongTypeSaysWhichKey()
    {
        const PostReadResult read =
            readPostBytes("{\n  \"draft\": true,\n  \"title\": [\"a\"]\n}\nBody\n");
        QVERIFY(!read.post);
        QVERIFY2(read.error.contains(QStringLiteral("“title” (line 3)")), qPrintable(read.error));
        const PostReadResult tags = readPostBytes("{\"tags\": [{\"a\": 1}]}\nBody\n");
        QVERIFY(!tags.post);
        QVERIFY2(tags.error.contains(QStringLiteral("“tags” (line 1)")), qPrintable(tags.error));
    }

    // Every cut of every corpus file reads or fails cleanly; what reads as JSON front matter
    // comes back byte for byte, and an edit reads back as edited.
    void everyTruncationRoundTrips()
    {
        int checked = 0;
        for (const QString &file : corpus()) {
            const QString text = QString::fromUtf8(readBytes(file));
            for (qsizetype cut = 1; cut <= text.size(); ++cut) {
                const QString part = text.first(cut);
                const PostReadResult read = readPostText(part);
                if (!read.post || !isJsonFrontMatter(part))
                    continue;
                QCOMPARE(QString::fromUtf8(writePost(*read.post, read.format)), part);
                Post edited = *read.post;
                edited.title = QStringLiteral("Edited");
                edited.tags.append(QStringLiteral("added"));
                edited.body += QStringLiteral("\n\nMore.");
                if (!edited.extras.isEmpty())
                    edited.extras.removeFirst();
                const PostReadResult reread =
                    readPostBytes(writePost(edited, PostFormat::MarkdownFrontMatter));
                QVERIFY2(reread.post, qPrintable(file + QString::number(cut) + reread.error));
                QCOMPARE(*reread.post, edited);
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    // Random damage (fixed seed) in JSON syntax characters: read or refused, never a crash;
    // what reads comes back byte for byte and takes an edit.
    void damagedTextRoundTrips()
    {
        QRandomGenerator random(14);
        const QString alphabet = QStringLiteral("{}[]\":,\n\r\\ aé😀");
        const QStringList files = corpus();
        int roundTrips = 0;
        for (int round = 0; round < 3000; ++round) {
            QString text = QString::fromUtf8(readBytes(files.at(round % files.size())));
            for (int n = 1 + random.bounded(3); n > 0; --n) {
                const qsizetype at = random.bounded(int(text.size()));
                const QChar c = alphabet.at(random.bounded(int(alphabet.size())));
                if (random.bounded(2))
                    text.insert(at, c);
                else
                    text.remove(at, 1);
            }
            if (QString::fromUtf8(text.toUtf8()) != text)
                continue; // a lone surrogate: not text a file can hold
            const PostReadResult read = readPostText(text);
            if (!read.post || !isJsonFrontMatter(text))
                continue;
            QCOMPARE(QString::fromUtf8(writePost(*read.post, read.format)), text);
            Post edited = *read.post;
            edited.title = QStringLiteral("Edited \"title\"");
            edited.tags = {QStringLiteral("one")};
            edited.slug = QStringLiteral("edited");
            const PostReadResult reread =
                readPostBytes(writePost(edited, PostFormat::MarkdownFrontMatter));
            QVERIFY2(reread.post, qPrintable(text + QLatin1String("\n--\n") + reread.error));
            QCOMPARE(reread.post->title, edited.title);
            QCOMPARE(reread.post->tags, edited.tags);
            QCOMPARE(reread.post->slug, edited.slug);
            ++roundTrips;
        }
        QVERIFY2(roundTrips > 500, qPrintable(QString::number(roundTrips)));
    }
};

QTEST_GUILESS_MAIN(TestJsonFrontMatter)
#include "tst_json_front_matter.moc"
