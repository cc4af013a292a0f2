// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/generator_format.h"
#include "core/formats/post_writer.h"
#include "test_support.h"

#include <QFile>
#include <QTest>

using namespace pw;

Q_DECLARE_METATYPE(pw::Post)

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString fixture(const QString &name)
{
    return readUtf8(QStringLiteral(PW_TEST_DATA_DIR "/formats/") + name);
}

bool hasFinding(const QList<Finding> &findings, const QString &id)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding &f) { return f.id == id; });
}

Post samplePost()
{
    Post p;
    p.title = QStringLiteral("Ten Tips");
    p.metaDescription = QStringLiteral("A description.");
    p.tags = {QStringLiteral("Flask"), QStringLiteral("Python")};
    p.categories = {QStringLiteral("Tutorials")};
    p.body = QStringLiteral("## Heading\n\nText.");
    return p;
}

} // namespace

class TestGeneratorFormat : public QObject {
    Q_OBJECT

private slots:
    void seed000FindsTheRealPostNotTheTemplate();
    void seed000WritesBackAsTheSampleOutput();
    void fixtures_data();
    void fixtures();
    void onlyTemplateIsNoPost();
    void noPostInPlainText();
    void missingMarkerWarns();
    void headerLikeLinesInBodyStayInBody();
    void looksLikeGenerator_data();
    void looksLikeGenerator();
    void canonicalForm();
    void slugAndTopicOnlyWhenSet();
    void roundTrip_data();
    void roundTrip();
    void limitations();
    void textAroundThePost_data();
    void textAroundThePost();
    void fieldsTheFormatCannotHold();
};

void TestGeneratorFormat::seed000FindsTheRealPostNotTheTemplate()
{
    const GeneratorReadResult r = readGenerator(pw::test::seedText("000"));
    QVERIFY2(r.post, qPrintable(r.error));
    const Post &p = *r.post;
    QCOMPARE(p.title,
             QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
    QCOMPARE(p.metaDescription,
             QStringLiteral("Django and Flask are two popular Python frameworks used for web "
                            "development. This post compares the two frameworks and helps you "
                            "choose the best one for your web development needs."));
    QCOMPARE(p.tags, QStringList({"Python", "Django", "Flask", "Web Development", "Frameworks",
                                  "Python web frameworks"}));
    QCOMPARE(p.categories, QStringList({"Tutorials", "How-to Guides", "Programming and Coding",
                                        "Web Development Frameworks"}));
    QCOMPARE(p.topic,
             QStringLiteral("Django vs Flask: Which Framework is Better for Web Development"));
    QVERIFY(p.slug.isEmpty());
    QVERIFY(p.body.startsWith(
        QStringLiteral("Are you trying to choose between Django and Flask for your next web")));
    QVERIFY(p.body.endsWith(QStringLiteral("Good luck with your web development endeavors!")));
    QVERIFY(p.body.contains(QStringLiteral("\n## Django\n")));
    QVERIFY(p.body.contains(QStringLiteral("\n### Cons of Using Flask for Web Development\n")));
    // Text as given: the mojibake is repaired by the decoder, not by the format reader.
    QVERIFY(p.body.contains(QStringLiteral("we\u00e2\u20ac\u2122ll compare")));
    QVERIFY(!p.body.contains(QStringLiteral("EndOFText")));
    QVERIFY(!p.body.contains(QStringLiteral("POST_")));
    QVERIFY(p.extras.isEmpty());
    QVERIFY(r.findings.isEmpty());
}

void TestGeneratorFormat::seed000WritesBackAsTheSampleOutput()
{
    const QString seed = pw::test::seedText("000");
    QVERIFY(!seed.isEmpty());
    const QStringList lines = seed.split(QLatin1Char('\n'));
    // Lines 19-22 (1-based) are the generated post's keys, line 23 the blank line, then the
    // body and the marker on the last line (the seed has no final newline).
    QVERIFY(lines.at(18).startsWith(QStringLiteral("TITLE: Django vs Flask")));
    QVERIFY(lines.at(21).startsWith(QStringLiteral("CATEGORIES: Tutorials")));
    QCOMPARE(lines.last(), QStringLiteral("-EndOFText-"));
    const QString expected =
        lines.mid(18, 4).join(QLatin1Char('\n')) +
        QStringLiteral(
            "\nTOPIC: Django vs Flask: Which Framework is Better for Web Development\n") +
        lines.mid(22).join(QLatin1Char('\n')) + QLatin1Char('\n');
    const GeneratorReadResult r = readGenerator(seed);
    QVERIFY(r.post);
    QCOMPARE(writeGenerator(*r.post), expected);
}

void TestGeneratorFormat::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("markerMissing");

    QTest::newRow("bold keys, label, </EndOFText>, chatter after")
        << "gen_bold_keys.txt"
        << "Ten Tips for Faster Flask Apps"
        << "Make Flask respond faster with caching, profiling and a few small habits."
        << QStringList{"Flask", "Performance", "Python"}
        << QStringList{"Tutorials", "Programming and Coding"} << ""
        << ""
        << "## Why speed matters\n\nUsers leave slow pages." << false;
    QTest::newRow("CRLF and BOM")
        << "gen_crlf_bom.txt"
        << "Caching in Django"
        << "A short guide to the Django cache framework." << QStringList{"Django", "Caching"}
        << QStringList{"Tutorials"} << ""
        << ""
        << "Django ships with a cache framework.\n\nIt supports Memcached and Redis." << false;
    QTest::newRow("loose keys, aliases, messy lists, inline label, text after marker")
        << "gen_loose_keys.txt"
        << "Flask Blueprints Explained"
        << "How blueprints split a Flask app into parts."
        << QStringList{"Flask", "Blueprints", "Python"}
        << QStringList{"Tutorials", "Web Development Frameworks"} << ""
        << ""
        << "Blueprints group routes.\n\nMore text." << false;
    QTest::newRow("no end marker")
        << "gen_no_marker.txt"
        << "Unfinished Post"
        << "The generator stopped early." << QStringList{"Drafts"} << QStringList{"News"} << ""
        << ""
        << "The text just stops here" << true;
    QTest::newRow("SLUG and TOPIC keys")
        << "gen_slug_topic.txt"
        << "Crème Brûlée for Developers"
        << "A sweet break." << QStringList{"Food"} << QStringList{"News"} << "creme-brulee"
        << "desserts for programmers"
        << "Body text." << false;
}

void TestGeneratorFormat::fixtures()
{
    QFETCH(QString, file);
    const GeneratorReadResult r = readGenerator(fixture(file));
    QVERIFY2(r.post, qPrintable(r.error));
    QTEST(r.post->title, "title");
    QTEST(r.post->metaDescription, "description");
    QTEST(r.post->tags, "tags");
    QTEST(r.post->categories, "categories");
    QTEST(r.post->slug, "slug");
    QTEST(r.post->topic, "topic");
    QTEST(r.post->body, "body");
    QTEST(hasFinding(r.findings, QStringLiteral("generator.no_end_marker")), "markerMissing");
}

void TestGeneratorFormat::onlyTemplateIsNoPost()
{
    const GeneratorReadResult r = readGenerator(fixture(QStringLiteral("gen_only_template.txt")));
    QVERIFY(!r.post);
    QVERIFY(r.error.startsWith(QStringLiteral("no post found")));
}

void TestGeneratorFormat::noPostInPlainText()
{
    const GeneratorReadResult r = readGenerator(QStringLiteral("# Just Markdown\n\nText.\n"));
    QVERIFY(!r.post);
    QVERIFY(r.error.startsWith(QStringLiteral("no post found")));
}

void TestGeneratorFormat::missingMarkerWarns()
{
    const GeneratorReadResult r = readGenerator(fixture(QStringLiteral("gen_no_marker.txt")));
    QVERIFY(r.post);
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.first().id, QStringLiteral("generator.no_end_marker"));
    QCOMPARE(r.findings.first().severity, Severity::Warning);
    QVERIFY(!r.findings.first().message.isEmpty());
}

void TestGeneratorFormat::headerLikeLinesInBodyStayInBody()
{
    const GeneratorReadResult r = readGenerator(fixture(QStringLiteral("gen_code_headers.txt")));
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.post->title, QStringLiteral("Writing Generator Prompts"));
    QCOMPARE(r.post->tags, QStringList({"Prompts", "AI"}));
    QCOMPARE(r.post->body,
             QStringLiteral("A prompt asks for this shape:\n\n```\nTITLE: POST_TITLE\n"
                            "TAGS: POST_TAGS\nCATEGORIES: POST_CATEGORIES\n```\n\n"
                            "Tags: are listed after the title."));
}

void TestGeneratorFormat::looksLikeGenerator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const QString seed001 = pw::test::seedText("001");
    const QString seed002 = pw::test::seedText("002");
    QVERIFY(!seed001.isEmpty() && !seed002.isEmpty()); // an empty text passes "false" rows
    QTest::newRow("seed 000") << pw::test::seedText("000") << true;
    QTest::newRow("keys") << "TITLE: a\nTAGS: b\n" << true;
    QTest::newRow("title and marker") << "TITLE: a\n\nbody\n-EndOFText-\n" << true;
    QTest::newRow("bold keys") << "**Title:** a\n**Categories:** b\n" << true;
    QTest::newRow("plain markdown") << "# Title\n\nTitle is a word.\n" << false;
    QTest::newRow("title only") << "Title: a lone line\n\ntext\n" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("seed 001") << seed001 << false;
    QTest::newRow("seed 002") << seed002 << false;
}

void TestGeneratorFormat::looksLikeGenerator()
{
    QFETCH(QString, text);
    QTEST(pw::looksLikeGenerator(text), "expected");
}

void TestGeneratorFormat::canonicalForm()
{
    QCOMPARE(
        writeGenerator(samplePost()),
        QStringLiteral("TITLE: Ten Tips\nMETA_DESCRIPTION: A description.\nTAGS: Flask, Python\n"
                       "CATEGORIES: Tutorials\n\n## Heading\n\nText.\n\n-EndOFText-\n"));
    QCOMPARE(writeGenerator(Post{}),
             QStringLiteral("TITLE:\nMETA_DESCRIPTION:\nTAGS:\nCATEGORIES:\n\n-EndOFText-\n"));
}

void TestGeneratorFormat::slugAndTopicOnlyWhenSet()
{
    Post p = samplePost();
    p.slug = QStringLiteral("ten-tips");
    p.topic = QStringLiteral("tips");
    QCOMPARE(
        writeGenerator(p),
        QStringLiteral("TITLE: Ten Tips\nMETA_DESCRIPTION: A description.\nTAGS: Flask, Python\n"
                       "CATEGORIES: Tutorials\nSLUG: ten-tips\nTOPIC: tips\n\n## Heading\n\n"
                       "Text.\n\n-EndOFText-\n"));
}

void TestGeneratorFormat::roundTrip_data()
{
    QTest::addColumn<Post>("post");
    const auto withBody = [](const QString &body) {
        Post p = samplePost();
        p.body = body;
        return p;
    };
    QTest::newRow("sample") << samplePost();
    QTest::newRow("empty post") << Post{};
    QTest::newRow("empty body") << withBody(QString());
    QTest::newRow("marker line in body") << withBody("Before\n-EndOFText-\nAfter");
    QTest::newRow("closing marker in body") << withBody("Send </EndOFText> when done.\nMore");
    QTest::newRow("marker mid-line, any case") << withBody("a -endoftext- b");
    QTest::newRow("escaped marker in body")
        << withBody("Literal \\-EndOFText- and \\\\-EndOFText-");
    QTest::newRow("TITLE: as first body line") << withBody("TITLE: not the title\nbody");
    QTest::newRow("Tags: as first body line") << withBody("Tags: in the body\n\nmore");
    QTest::newRow("label as first body line") << withBody("MARKDOWN_POST_CONTENT: x\n\ny");
    QTest::newRow("template in body")
        << withBody("TITLE: POST_TITLE\nMETA_DESCRIPTION: POST_DESCRIPTION\nTAGS: POST_TAGS");
    QTest::newRow("indented first line") << withBody("    code block\n\ntext");
    QTest::newRow("code fence") << withBody("```\nTITLE: x\nTAGS: y\n-EndOFText-\n```");
    Post fields = samplePost();
    fields.title = QStringLiteral("**Bold** title: with colon");
    fields.metaDescription = QStringLiteral("Ends with **bold**");
    fields.slug = QStringLiteral("custom-slug");
    fields.topic = QStringLiteral("Topic: with colon");
    fields.tags = {QStringLiteral("C++"), QStringLiteral("Qt 6"), QStringLiteral("Crème")};
    QTest::newRow("odd field text") << fields;
    Post emptyLists = samplePost();
    emptyLists.tags.clear();
    emptyLists.categories.clear();
    emptyLists.metaDescription.clear();
    QTest::newRow("empty fields") << emptyLists;
    Post placeholder = samplePost();
    placeholder.title = QStringLiteral("POST_TITLE");
    QTest::newRow("one placeholder-like value") << placeholder;
}

void TestGeneratorFormat::roundTrip()
{
    QFETCH(Post, post);
    const QString text = writeGenerator(post);
    const GeneratorReadResult r = readGenerator(text);
    QVERIFY2(r.post, qPrintable(r.error + QLatin1Char('\n') + text));
    QCOMPARE(r.post->title, post.title);
    QCOMPARE(r.post->metaDescription, post.metaDescription);
    QCOMPARE(r.post->tags, post.tags);
    QCOMPARE(r.post->categories, post.categories);
    QCOMPARE(r.post->slug, post.slug);
    QCOMPARE(r.post->topic, post.topic);
    QCOMPARE(r.post->body, post.body);
    QVERIFY(*r.post == post);
    QVERIFY(r.findings.isEmpty());
    QVERIFY(pw::looksLikeGenerator(text));
}

// What the format cannot carry, by design: these are documented in generator_format.cpp.
void TestGeneratorFormat::limitations()
{
    Post p = samplePost();
    p.tags = {QStringLiteral("Hello, World"), QStringLiteral("\"Quoted\"")};
    p.title = QStringLiteral("  Two\nlines  ");
    p.body = QStringLiteral("\n\n  Leading blank lines\r\nand CRLF  \n\n");
    const GeneratorReadResult r = readGenerator(writeGenerator(p));
    QVERIFY(r.post);
    QCOMPARE(r.post->tags, QStringList({"Hello", "World", "Quoted"}));
    QCOMPARE(r.post->title, QStringLiteral("Two lines"));
    QCOMPARE(r.post->body, QStringLiteral("  Leading blank lines\nand CRLF"));
}

void TestGeneratorFormat::textAroundThePost_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("around");
    const QString post = QStringLiteral("TITLE: T\nMETA_DESCRIPTION: D\nTAGS: a\nCATEGORIES: C\n\n"
                                        "Body.\n\n-EndOFText-\n");
    QTest::newRow("the post alone") << post << false;
    QTest::newRow("blank lines around it") << QStringLiteral("\n\n") + post + QStringLiteral("\n \n")
                                           << false;
    QTest::newRow("a line before it") << QStringLiteral("Here is your post:\n\n") + post << true;
    QTest::newRow("text after the marker") << post + QStringLiteral("Want another one?\n") << true;
    QTest::newRow("text after the marker on its line")
        << QString(post).replace(QStringLiteral("-EndOFText-\n"),
                                 QStringLiteral("-EndOFText- (end)\n"))
        << true;
    QTest::newRow("no marker: nothing can follow it")
        << QString(post).remove(QStringLiteral("-EndOFText-\n")) << false;
    // Seed 000: prompt, 60 categories, TOPIC, then the post.
    QTest::newRow("seed 000, a whole transcript") << pw::test::seedText("000") << true;
    QTest::newRow("what the writer writes") << writeGenerator(readGenerator(post).post.value())
                                            << false;
}

void TestGeneratorFormat::textAroundThePost()
{
    QFETCH(QString, text);
    QFETCH(bool, around);
    const GeneratorReadResult r = readGenerator(text);
    QVERIFY(r.post);
    QCOMPARE(r.textAroundPost, around);
}

void TestGeneratorFormat::fieldsTheFormatCannotHold()
{
    Post post;
    post.title = QStringLiteral("Django vs Flask");
    post.slug = QStringLiteral("django-flask");
    post.topic = QStringLiteral("Web frameworks");
    QVERIFY(fieldsLostIn(post, PostFormat::Generator).isEmpty()); // it has lines for these
    post.extras = {{QStringLiteral("keyphrase"), QStringLiteral("flask tutorial")},
                   {QStringLiteral("keyphrase_synonyms"), QStringLiteral("''")},
                   {QStringLiteral("lang"), QStringLiteral("de_DE")},
                   {QStringLiteral("date"), QStringLiteral("2024-03-01")}};
    // An empty value has nothing to lose.
    QCOMPARE(fieldsLostIn(post, PostFormat::Generator),
             QStringList({QStringLiteral("focus keyphrase"), QStringLiteral("spelling language"),
                          QStringLiteral("date")}));
    for (const PostFormat whole :
         {PostFormat::MarkdownFrontMatter, PostFormat::Markdown, PostFormat::PostJson})
        QVERIFY(fieldsLostIn(post, whole).isEmpty());
    // And the generator text really has no line for them.
    const QString written = writeGenerator(post);
    for (const char *value : {"flask tutorial", "de_DE", "2024-03-01"})
        QVERIFY2(!written.contains(QLatin1String(value)), value);
}

QTEST_GUILESS_MAIN(TestGeneratorFormat)
#include "tst_generator_format.moc"
