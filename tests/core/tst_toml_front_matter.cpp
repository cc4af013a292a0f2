// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TOML front matter (`+++`, Hugo and Zola) over a corpus written from the generators' documented
// front matter: tests/data/sites/hugo-toml and tests/data/sites/zola.
#include "core/formats/post_reader.h"
#include "core/formats/post_writer.h"
#include "core/formats/toml_front_matter.h"
#include "core/seo/seo_analysis.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace pw;

namespace {

QString sitePath(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/sites/") + name;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QStringList corpus()
{
    QStringList files;
    for (const QString &site : {QStringLiteral("hugo-toml"), QStringLiteral("zola")}) {
        QDirIterator it(sitePath(site), {QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
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

// The lines of `after` that are not the same line of `before` (both split at '\n').
QStringList changedLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    QStringList changed;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray left = i < a.size() ? a.at(i) : QByteArray("<none>");
        const QByteArray right = i < b.size() ? b.at(i) : QByteArray("<none>");
        if (left != right)
            changed.append(QString::fromUtf8(right));
    }
    return changed;
}

// Lines of `after` not in `before`, and the other way round, for an insertion.
int lineCount(const QByteArray &text)
{
    return int(text.count('\n'));
}

} // namespace

class TestTomlFrontMatter : public QObject {
    Q_OBJECT

private slots:
    void hugoMapping()
    {
        const PostReadResult read =
            readPostBytes(readBytes(sitePath("hugo-toml/content/posts/hugo-modules.md")));
        QVERIFY2(read.post, qPrintable(read.error));
        QCOMPARE(read.format, PostFormat::MarkdownFrontMatter);
        const Post &post = *read.post;
        QCOMPARE(post.title, QStringLiteral("Getting started with Hugo modules"));
        QCOMPARE(post.metaDescription, QStringLiteral("How to add a theme as a Hugo module, pin "
                                                      "its version and update it later."));
        QCOMPARE(post.slug, QStringLiteral("hugo-modules"));
        QCOMPARE(post.tags, QStringList({"hugo", "modules", "themes"}));
        QCOMPARE(post.categories, QStringList({"tutorials", "tooling"}));
        QCOMPARE(keys(post), QStringList({"date", "draft", "weight", "aliases", "params"}));
        // Extras keep the TOML source text of their value.
        QCOMPARE(extra(post, "date"), QStringLiteral("2024-02-02T04:14:54-08:00"));
        QCOMPARE(extra(post, "draft"), QStringLiteral("false"));
        QCOMPARE(extra(post, "aliases"), QStringLiteral("[\"/old/hugo-modules/\"]"));
        QCOMPARE(extra(post, "params"), QStringLiteral("[params]\n  author = 'John Smith'"));
        QVERIFY(post.body.startsWith(QLatin1String("Hugo modules replace")));
        QVERIFY(!post.body.contains(QLatin1String("+++")));
    }

    void hugoSummaryIsTheDescription()
    {
        const Post post = readOk(readBytes(sitePath("hugo-toml/content/posts/summary-only.md")));
        QCOMPARE(post.title, QStringLiteral("Writing summaries"));
        QCOMPARE(post.metaDescription,
                 QStringLiteral("This summary is independent of the content."));
        QCOMPARE(post.slug, QString()); // Hugo takes the file name: nothing is invented
        QCOMPARE(post.tags, QStringList({"writing", "summaries"}));
        QCOMPARE(keys(post), QStringList({"date", "keywords"}));
    }

    void hugoTablesKeepTheirSections()
    {
        const Post post = readOk(readBytes(sitePath("hugo-toml/content/posts/build-options.md")));
        QCOMPARE(post.title, QStringLiteral("Pages without a list page"));
        QCOMPARE(post.categories, QStringList({"configuration"}));
        QCOMPARE(keys(post), QStringList({"date", "publishDate", "lastmod", "draft", "weight",
                                          "expiryDate", "linkTitle", "series", "notes", "menus",
                                          "build", "params", "resources"}));
        QCOMPARE(extra(post, "draft"), QStringLiteral("true"));
        QCOMPARE(extra(post, "notes"),
                 QStringLiteral("\"\"\"\nMulti-line text\nkeeps its lines.\"\"\""));
        QCOMPARE(extra(post, "params"),
                 QStringLiteral("[params]\n  author = \"Jane Roe\"\n  [params.social]\n"
                                "    mastodon = \"@jane@example.social\""));
        QCOMPARE(extra(post, "resources"),
                 QStringLiteral("[[resources]]\n  src = 'images/cover.jpg'\n  title = 'Cover'"));
    }

    // Typed values for JSON output, from the TOML text an extra keeps.
    void extrasAsTypedJson()
    {
        const Post post = readOk(readBytes(sitePath("hugo-toml/content/posts/build-options.md")));
        const auto json = [&](const char *key) {
            return tomlExtraAsJson(extra(post, QLatin1String(key))).value_or(QJsonValue("<none>"));
        };
        QCOMPARE(json("draft"), QJsonValue(true));
        QCOMPARE(json("weight"), QJsonValue(3));
        QCOMPARE(json("date"), QJsonValue("2023-10-01"));
        QCOMPARE(json("publishDate"), QJsonValue("2023-10-02T08:00:00Z"));
        QCOMPARE(json("series"), QJsonValue(QJsonArray{"Hugo basics"}));
        QCOMPARE(json("notes"), QJsonValue("Multi-line text\nkeeps its lines."));
        QCOMPARE(
            json("params"),
            QJsonValue(QJsonObject{{"author", "Jane Roe"},
                                   {"social", QJsonObject{{"mastodon", "@jane@example.social"}}}}));
        QCOMPARE(json("resources"), QJsonValue(QJsonArray{QJsonObject{{"src", "images/cover.jpg"},
                                                                      {"title", "Cover"}}}));
        QVERIFY(!tomlExtraAsJson(QStringLiteral("not = = toml")));
    }

    void zolaMapping()
    {
        const Post post = readOk(readBytes(sitePath("zola/content/blog/shape-of-water.md")));
        QCOMPARE(post.title, QStringLiteral("Shape of Water, a review"));
        QVERIFY(post.metaDescription.startsWith(QLatin1String("A fairy tale")));
        QCOMPARE(post.slug, QStringLiteral("shape-of-water"));
        QCOMPARE(post.tags, QStringList({"review", "fantasy"}));
        QCOMPARE(post.categories, QStringList({"movies"}));
        QCOMPARE(keys(post), QStringList({"date", "updated", "draft", "authors", "in_search_index",
                                          "taxonomies.director", "extra"}));
        QCOMPARE(extra(post, "date"), QStringLiteral("2024-01-15"));
        QCOMPARE(extra(post, "taxonomies.director"), QStringLiteral("[\"Guillermo del Toro\"]"));
        QCOMPARE(extra(post, "extra"),
                 QStringLiteral("[extra]\nrating = 4.5\nposter = \"poster.jpg\""));
    }

    void roundTripIsByteForByte_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (const QString &file : corpus()) {
            const QByteArray bytes = readBytes(file);
            const QString name = file.section(QLatin1Char('/'), -1);
            QTest::newRow(qPrintable(name)) << bytes;
            QByteArray crlf = bytes;
            crlf.replace("\n", "\r\n");
            QTest::newRow(qPrintable(name + " CRLF")) << crlf;
            QTest::newRow(qPrintable(name + " BOM")) << QByteArray("\xEF\xBB\xBF" + bytes);
            QTest::newRow(qPrintable(name + " no final newline")) << bytes.chopped(1);
            QTest::newRow(qPrintable(name + " trailing blank lines")) << bytes + "\n\n";
        }
    }

    void roundTripIsByteForByte()
    {
        QFETCH(QByteArray, bytes);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        QCOMPARE(writePost(*read.post, read.format), bytes);
    }

    // `convert` and `import` read through readAllPostBytes.
    void allPostsReaderKeepsTheSource()
    {
        const QByteArray bytes = readBytes(sitePath("zola/content/blog/shape-of-water.md"));
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
        QTest::newRow("hugo title, literal string stays literal")
            << "hugo-toml/content/posts/hugo-modules.md"
            << "title"
            << "title = 'Hugo modules, step by step'";
        QTest::newRow("hugo description") << "hugo-toml/content/posts/hugo-modules.md"
                                          << "description"
                                          << "description = \"Say \\\"hi\\\"\"";
        QTest::newRow("hugo summary is where the description came from")
            << "hugo-toml/content/posts/summary-only.md"
            << "description"
            << "summary = 'Say \"hi\"'";
        QTest::newRow("hugo tags, spaced flow array")
            << "hugo-toml/content/posts/summary-only.md"
            << "tags"
            << "tags = [ \"writing\", \"summaries\", \"new tag\" ]";
        QTest::newRow("comment after the value stays")
            << "hugo-toml/content/posts/build-options.md"
            << "title"
            << "title = \"Hugo modules, step by step\"   # a comment after a value";
        QTest::newRow("zola tags in [taxonomies]")
            << "zola/content/blog/shape-of-water.md"
            << "tags"
            << "tags = [\"review\", \"fantasy\", \"new tag\"]";
        QTest::newRow("zola slug") << "zola/content/blog/shape-of-water.md"
                                   << "slug"
                                   << "slug = \"water\"";
    }

    void oneFieldEditChangesOneLine()
    {
        QFETCH(QString, file);
        QFETCH(QString, field);
        QFETCH(QString, expectedLine);
        const QByteArray bytes = readBytes(sitePath(file));
        Post post = readOk(bytes);
        if (field == QLatin1String("title"))
            post.title = QStringLiteral("Hugo modules, step by step");
        else if (field == QLatin1String("description"))
            post.metaDescription = QStringLiteral("Say \"hi\"");
        else if (field == QLatin1String("tags"))
            post.tags.append(QStringLiteral("new tag"));
        else if (field == QLatin1String("slug"))
            post.slug = QStringLiteral("water");
        const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
        QCOMPARE(changedLines(bytes, written), QStringList{expectedLine});
        Post reread = readOk(written);
        QCOMPARE(reread, post);
    }

    void multiLineArrayKeepsItsStyle()
    {
        const QByteArray bytes = readBytes(sitePath("hugo-toml/content/posts/hugo-modules.md"));
        Post post = readOk(bytes);
        post.categories = {QStringLiteral("tutorials"), QStringLiteral("build tools")};
        const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
        QCOMPARE(changedLines(bytes, written), QStringList{"  \"build tools\","});
        QCOMPARE(readOk(written), post);
    }

    void newFieldAddsOneLineBeforeTheFirstTable()
    {
        const QByteArray bytes = readBytes(sitePath("hugo-toml/content/posts/build-options.md"));
        Post post = readOk(bytes);
        post.slug = QStringLiteral("build-options");
        const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
        QCOMPARE(lineCount(written), lineCount(bytes) + 1);
        QVERIFY2(written.contains("menus = 'main'\nslug = \"build-options\"\n\n[build]"),
                 written.constData());
        QCOMPARE(readOk(written), post);
    }

    void newZolaTagsGoIntoTaxonomies()
    {
        const QByteArray bytes = readBytes(sitePath("zola/content/blog/shape-of-water.md"));
        Post post = readOk(bytes);
        post.tags.clear();
        QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
        QCOMPARE(changedLines(bytes, written), QStringList{"tags = []"});
        // A keyphrase from the SEO tab (the rest of Postwright writes extras as YAML) becomes a
        // TOML key at the end of the top-level keys.
        post = readOk(bytes);
        setSeoSettings(post, QStringLiteral("shape of water"), QString());
        written = writePost(post, PostFormat::MarkdownFrontMatter);
        QCOMPARE(lineCount(written), lineCount(bytes) + 1);
        QVERIFY2(written.contains("in_search_index = true\nkeyphrase = \"shape of water\"\n"),
                 written.constData());
        QCOMPARE(seoSettings(readOk(written)).keyphrase, QStringLiteral("shape of water"));
    }

    // Zola refuses top-level tags: without a [taxonomies] section, one is made for them.
    void newZolaTaxonomiesSection()
    {
        const QByteArray bytes = readBytes(sitePath("zola/content/blog/release-notes.md"));
        Post post = readOk(bytes);
        post.tags = {QStringLiteral("release")};
        post.categories = {QStringLiteral("news")};
        const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
        QVERIFY2(
            written.contains("template = \"page.html\"\n\n[taxonomies]\ntags = "
                             "[\"release\"]\ncategories = [\"news\"]\n\n[extra]\ntoc = true\n"),
            written.constData());
        QCOMPARE(lineCount(written), lineCount(bytes) + 4);
        QCOMPARE(readOk(written), post);
    }

    void editKeepsCrlfAndComments()
    {
        QByteArray bytes = readBytes(sitePath("hugo-toml/content/posts/build-options.md"));
        bytes.replace("\n", "\r\n");
        Post post = readOk(bytes);
        post.title = QStringLiteral("Line\nbreak and \\ backslash");
        post.body += QStringLiteral("\n\nA second paragraph.");
        const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
        QVERIFY(!written.contains("\n\n"));
        QVERIFY(written.contains("title = \"Line\\nbreak and \\\\ backslash\"   # a comment "
                                 "after a value\r\n"));
        QVERIFY(written.endsWith("lists.\r\n\r\nA second paragraph.\r\n"));
        QCOMPARE(readOk(written), post);
    }

    void removedExtraDropsItsLine()
    {
        const QByteArray bytes = readBytes(sitePath("hugo-toml/content/posts/summary-only.md"));
        Post post = readOk(bytes);
        post.extras.removeIf(
            [](const ExtraField &e) { return e.key == QLatin1String("keywords"); });
        const QByteArray written = writePost(post, PostFormat::MarkdownFrontMatter);
        QCOMPARE(lineCount(written), lineCount(bytes) - 1);
        QVERIFY(!written.contains("keywords"));
        QCOMPARE(readOk(written), post);
    }

    void invalidTomlSaysWhere()
    {
        const QByteArray bytes = "+++\ntitle = \"A post\"\ndate = 2024-13-45\n+++\n\nBody.\n";
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY(!read.post);
        QCOMPARE(read.format, PostFormat::MarkdownFrontMatter);
        QVERIFY2(read.error.contains(QLatin1String("TOML")), qPrintable(read.error));
        QVERIFY2(read.error.contains(QLatin1String("line 3, column")), qPrintable(read.error));
    }

    void wrongTypeSaysWhichKey()
    {
        const PostReadResult read = readPostBytes("+++\ntitle = 12\n+++\nBody.\n");
        QVERIFY(!read.post);
        QVERIFY2(read.error.contains(QStringLiteral("“title” (line 2)")), qPrintable(read.error));
    }

    void sniffedAsFrontMatter()
    {
        QCOMPARE(sniffFormat(QStringLiteral("+++\ntitle = \"x\"\n+++\nBody\n")),
                 PostFormat::MarkdownFrontMatter);
        // `+++` without a closing line is text.
        QCOMPARE(sniffFormat(QStringLiteral("+++\nBody\n")), PostFormat::Markdown);
    }

    // Every cut of every corpus file (cut TOML, cut bodies) reads or fails cleanly; what reads
    // as TOML front matter comes back byte for byte, and an edit reads back as edited.
    void everyTruncationRoundTrips()
    {
        for (const QString &file : corpus()) {
            const QString text = QString::fromUtf8(readBytes(file));
            for (qsizetype cut = 1; cut <= text.size(); ++cut) {
                const QString part = text.first(cut);
                const PostReadResult read = readPostText(part);
                if (!read.post || !isTomlFrontMatter(part))
                    continue;
                QCOMPARE(QString::fromUtf8(writePost(*read.post, read.format)), part);
                Post edited = *read.post;
                edited.title = QStringLiteral("Edited");
                edited.tags.append(QStringLiteral("added"));
                edited.body +=
                    edited.body.isEmpty() ? QStringLiteral("More.") : QStringLiteral("\n\nMore.");
                const PostReadResult reread =
                    readPostBytes(writePost(edited, PostFormat::MarkdownFrontMatter));
                QVERIFY2(reread.post, qPrintable(file + QString::number(cut) + reread.error));
                QCOMPARE(*reread.post, edited);
            }
        }
    }

    // Random damage (fixed seed) in TOML syntax characters: read or refused, never a crash, and
    // what reads comes back byte for byte and takes an edit.
    void damagedTextRoundTrips()
    {
        QRandomGenerator random(14);
        const QString alphabet = QStringLiteral("+[]{}=\"'#.,\n\r\\ aé😀");
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
            if (!read.post || !isTomlFrontMatter(text))
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
        QVERIFY2(roundTrips > 1000, qPrintable(QString::number(roundTrips)));
    }

    void generatorSaveWarnsAboutExtras()
    {
        const Post post = readOk(readBytes(sitePath("zola/content/blog/shape-of-water.md")));
        const QStringList lost = fieldsLostIn(post, PostFormat::Generator);
        QVERIFY(lost.contains(QLatin1String("date")));
        QVERIFY(lost.contains(QLatin1String("draft")));
        QVERIFY(lost.contains(QLatin1String("extra")));
        QVERIFY(lost.contains(QLatin1String("taxonomies.director")));
    }
};

QTEST_GUILESS_MAIN(TestTomlFrontMatter)
#include "tst_toml_front_matter.moc"
