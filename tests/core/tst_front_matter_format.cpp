// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/front_matter_format.h"
#include "test_support.h"

#include <QElapsedTimer>
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

Post titled(const QString &title)
{
    Post p;
    p.title = title;
    p.body = QStringLiteral("Body.");
    return p;
}

} // namespace

class TestFrontMatterFormat : public QObject {
    Q_OBJECT

private slots:
    void fullFrontMatter();
    void fullFrontMatterRoundTrip();
    void writerLayout();
    void invalidYaml_data();
    void invalidYaml();
    void wrongShapeForKnownKey();
    void billionLaughsInKnownKeyIsRefused();
    void billionLaughsInExtrasStaysText();
    void plainMarkdown_data();
    void plainMarkdown();
    void hasFrontMatter_data();
    void hasFrontMatter();
    void emptyFrontMatter();
    void scalarBetweenRulesIsMarkdown();
    void crlfAndBom();
    void tagsAsCommaString();
    void yamlPitfallsStayText_data();
    void yamlPitfallsStayText();
    void pitfallsAreQuotedForOtherTools();
    void extrasRoundTrip_data();
    void extrasRoundTrip();
    void noMetadataWritesPlainMarkdown();
    void bodyThatLooksLikeFrontMatterIsProtected();
    void limitations();
};

void TestFrontMatterFormat::fullFrontMatter()
{
    const FrontMatterReadResult r = readFrontMatterMarkdown(fixture(QStringLiteral("fm_full.md")));
    QVERIFY2(r.post, qPrintable(r.error));
    QVERIFY(r.hadFrontMatter);
    QVERIFY(r.findings.isEmpty());
    const Post &p = *r.post;
    QCOMPARE(p.title, QStringLiteral("Django vs Flask: A Fair Comparison"));
    QCOMPARE(p.metaDescription, QStringLiteral("Which Python framework fits your project?"));
    QCOMPARE(p.slug, QStringLiteral("django-vs-flask"));
    QCOMPARE(p.tags, QStringList({"Django", "Flask"}));
    QCOMPARE(p.categories, QStringList({"Tutorials", "Web Development Frameworks"}));
    QCOMPARE(p.topic, QStringLiteral("Django vs Flask"));
    QCOMPARE(p.body, QStringLiteral("# Django vs Flask\n\nBody paragraph."));
    const QList<ExtraField> expected = {
        {"date", "2024-03-01"},
        {"draft", "false   # still editing"},
        {"author", "name: Ana Lima\nlinks:\n  - https://example.com"},
        {"aliases", "[/old/path, /older/path]"},
        {"version", "\"1.0\""},
    };
    QCOMPARE(p.extras, expected);
    QVERIFY(r.titleSuggestion.isEmpty()); // there is a title
}

void TestFrontMatterFormat::fullFrontMatterRoundTrip()
{
    const FrontMatterReadResult first =
        readFrontMatterMarkdown(fixture(QStringLiteral("fm_full.md")));
    QVERIFY(first.post);
    const QString written = writeFrontMatterMarkdown(*first.post);
    const FrontMatterReadResult second = readFrontMatterMarkdown(written);
    QVERIFY2(second.post, qPrintable(second.error + QLatin1Char('\n') + written));
    QCOMPARE(*second.post, *first.post);
    QCOMPARE(writeFrontMatterMarkdown(*second.post), written);
}

void TestFrontMatterFormat::writerLayout()
{
    Post p;
    p.title = QStringLiteral("Django vs Flask: A Fair Comparison");
    p.metaDescription = QStringLiteral("Short.");
    p.tags = {QStringLiteral("Django"), QStringLiteral("Flask")};
    p.topic = QStringLiteral("frameworks");
    p.body = QStringLiteral("# Heading\n\nText.");
    p.extras = {{"date", "2024-03-01"},
                {"author", "name: Ana Lima\nlinks:\n  - https://example.com"},
                {"aliases", "[/old/path, /older/path]"}};
    QCOMPARE(writeFrontMatterMarkdown(p),
             QStringLiteral("---\n"
                            "title: \"Django vs Flask: A Fair Comparison\"\n"
                            "description: Short.\n"
                            "tags:\n"
                            "  - Django\n"
                            "  - Flask\n"
                            "topic: frameworks\n"
                            "date: 2024-03-01\n"
                            "author:\n"
                            "  name: Ana Lima\n"
                            "  links:\n"
                            "    - https://example.com\n"
                            "aliases: [/old/path, /older/path]\n"
                            "---\n"
                            "\n"
                            "# Heading\n\nText.\n"));
}

void TestFrontMatterFormat::invalidYaml_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("where");
    // Line 3 is "  tags: one": its colon is the 7th character.
    QTest::newRow("bad indentation") << "fm_invalid.md"
                                     << "line 3, column 7";
    // Line 3 is "title: Crème: brûlée": the second colon is the 13th character (14th byte).
    QTest::newRow("second colon after non-ASCII") << "fm_invalid_utf8.md"
                                                  << "line 3, column 13";
    // The list opened on line 3 is still open at the colon of "date:" on line 4 (5th char).
    QTest::newRow("unclosed flow list") << "fm_invalid_flow.md"
                                        << "line 4, column 5";
}

void TestFrontMatterFormat::invalidYaml()
{
    QFETCH(QString, file);
    QFETCH(QString, where);
    const FrontMatterReadResult r = readFrontMatterMarkdown(fixture(file));
    QVERIFY(!r.post);
    QVERIFY(r.hadFrontMatter);
    QVERIFY2(r.error.contains(where), qPrintable(r.error));
}

void TestFrontMatterFormat::wrongShapeForKnownKey()
{
    const FrontMatterReadResult r =
        readFrontMatterMarkdown(fixture(QStringLiteral("fm_bad_type.md")));
    QVERIFY(!r.post);
    QVERIFY2(r.error.contains(QStringLiteral("“title” (line 2)")), qPrintable(r.error));
}

void TestFrontMatterFormat::billionLaughsInKnownKeyIsRefused()
{
    QElapsedTimer timer;
    timer.start();
    const FrontMatterReadResult r =
        readFrontMatterMarkdown(fixture(QStringLiteral("fm_billion_laughs.md")));
    QVERIFY(!r.post);
    QVERIFY2(r.error.contains(QStringLiteral("“tags”")), qPrintable(r.error));
    QVERIFY(timer.elapsed() < 5000); // 9^9 strings would take far longer
}

void TestFrontMatterFormat::billionLaughsInExtrasStaysText()
{
    const QString text = fixture(QStringLiteral("fm_billion_laughs_extra.md"));
    const FrontMatterReadResult r = readFrontMatterMarkdown(text);
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.post->extras.size(), 9);
    QCOMPARE(r.post->extras.at(1), ExtraField({"b", "&b [*a,*a,*a,*a,*a,*a,*a,*a,*a]"}));
    const QString written = writeFrontMatterMarkdown(*r.post);
    QVERIFY(written.size() < text.size() * 2);
    const FrontMatterReadResult again = readFrontMatterMarkdown(written);
    QVERIFY2(again.post, qPrintable(again.error));
    QCOMPARE(*again.post, *r.post);
}

void TestFrontMatterFormat::plainMarkdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("suggestion");
    QTest::addColumn<QString>("bodyStart");
    QTest::newRow("seed 001") << pw::test::seedText("001")
                              << "Django vs. Flask: Comparing Python Frameworks"
                              << "## Django vs. Flask: Comparing Python Frameworks\n\nWhich";
    QTest::newRow("seed 002") << pw::test::seedText("002") << "What is Flask?"
                              << "# What is Flask?\nFlask is an micro framework";
    QTest::newRow("setext heading with markup")
        << fixture(QStringLiteral("md_plain.md")) << "Setext Heading with code"
        << "Intro line before any heading.";
    QTest::newRow("no heading") << "Just text.\n"
                                << ""
                                << "Just text.";
    QTest::newRow("unclosed front matter") << "---\ntitle: x\n\n# Real\n"
                                           << "Real"
                                           << "---\ntitle: x";
}

void TestFrontMatterFormat::plainMarkdown()
{
    QFETCH(QString, text);
    QFETCH(QString, bodyStart);
    const FrontMatterReadResult r = readFrontMatterMarkdown(text);
    QVERIFY(r.post);
    QVERIFY(!r.hadFrontMatter);
    QVERIFY(r.error.isEmpty());
    QTEST(r.titleSuggestion, "suggestion");
    QVERIFY(r.post->title.isEmpty()); // offered, never taken
    QVERIFY(r.post->metaDescription.isEmpty());
    QVERIFY(r.post->tags.isEmpty());
    QVERIFY(r.post->extras.isEmpty());
    QVERIFY2(r.post->body.startsWith(bodyStart), qPrintable(r.post->body.left(80)));
}

void TestFrontMatterFormat::hasFrontMatter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    const QString seed001 = pw::test::seedText("001");
    QVERIFY(!seed001.isEmpty()); // an empty text passes its "false" row
    QTest::newRow("full") << fixture(QStringLiteral("fm_full.md")) << true;
    QTest::newRow("dots close") << "---\na: 1\n...\nbody" << true;
    QTest::newRow("empty") << "---\n---\n" << true;
    QTest::newRow("unclosed") << "---\na: 1\n" << false;
    QTest::newRow("not first line") << "\n---\na: 1\n---\n" << false;
    QTest::newRow("indented") << " ---\na: 1\n---\n" << false;
    QTest::newRow("seed 001") << seed001 << false;
}

void TestFrontMatterFormat::hasFrontMatter()
{
    QFETCH(QString, text);
    QTEST(pw::hasFrontMatter(text), "expected");
}

void TestFrontMatterFormat::emptyFrontMatter()
{
    const FrontMatterReadResult r = readFrontMatterMarkdown(QStringLiteral("---\n---\n\n# Hi\n"));
    QVERIFY(r.post);
    QVERIFY(r.hadFrontMatter);
    QCOMPARE(r.post->body, QStringLiteral("# Hi"));
    QCOMPARE(r.titleSuggestion, QStringLiteral("Hi"));
}

void TestFrontMatterFormat::scalarBetweenRulesIsMarkdown()
{
    const QString text = QStringLiteral("---\nJust a sentence\n---\nMore.\n");
    const FrontMatterReadResult r = readFrontMatterMarkdown(text);
    QVERIFY(r.post);
    QVERIFY(!r.hadFrontMatter);
    QCOMPARE(r.post->body, QStringLiteral("---\nJust a sentence\n---\nMore."));
}

void TestFrontMatterFormat::crlfAndBom()
{
    const QString text =
        QStringLiteral("\uFEFF---\r\ntitle: Hello\r\ntags: [a, b]\r\n---\r\n\r\nLine "
                       "one\r\nLine two\r\n");
    const FrontMatterReadResult r = readFrontMatterMarkdown(text);
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.post->title, QStringLiteral("Hello"));
    QCOMPARE(r.post->tags, QStringList({"a", "b"}));
    QCOMPARE(r.post->body, QStringLiteral("Line one\nLine two"));
}

void TestFrontMatterFormat::tagsAsCommaString()
{
    const FrontMatterReadResult r = readFrontMatterMarkdown(
        QStringLiteral("---\ntags: \"Python, 'Django', , python\"\ncategories:\n---\n"));
    QVERIFY(r.post);
    QCOMPARE(r.post->tags, QStringList({"Python", "Django"}));
    QVERIFY(r.post->categories.isEmpty());
}

void TestFrontMatterFormat::yamlPitfallsStayText_data()
{
    QTest::addColumn<QString>("title");
    for (const char *t : {"Yes",
                          "No",
                          "yes",
                          "on",
                          "Off",
                          "y",
                          "true",
                          "False",
                          "1.0",
                          "10",
                          "0x1F",
                          "1e3",
                          "-5",
                          ".5",
                          "2024-01-01",
                          "null",
                          "Null",
                          "~",
                          "#hashtag",
                          ": colon",
                          "a: b",
                          "a #b",
                          "- dash",
                          "[bracket",
                          "{brace",
                          "*star",
                          "&amp",
                          "!bang",
                          "|pipe",
                          ">greater",
                          "%percent",
                          "@at",
                          "`tick",
                          "'single'",
                          "\"double\"",
                          " leading space",
                          "trailing space ",
                          "two\nlines",
                          "tab\there",
                          "Crème brûlée 🙂",
                          "10 Tips: Do This!",
                          "---",
                          "..."})
        QTest::newRow(
            QString::fromUtf8(t).replace(QLatin1Char('\n'), QLatin1String("\\n")).toUtf8())
            << QString::fromUtf8(t);
}

void TestFrontMatterFormat::yamlPitfallsStayText()
{
    QFETCH(QString, title);
    Post p = titled(title);
    p.tags = {title};
    p.metaDescription = title;
    const QString written = writeFrontMatterMarkdown(p);
    const FrontMatterReadResult r = readFrontMatterMarkdown(written);
    QVERIFY2(r.post, qPrintable(r.error + QLatin1Char('\n') + written));
    QCOMPARE(r.post->title, title);
    QCOMPARE(r.post->metaDescription, title);
    QCOMPARE(r.post->body, p.body);
}

void TestFrontMatterFormat::pitfallsAreQuotedForOtherTools()
{
    // YAML 1.1 readers (Hugo, PyYAML) take these as booleans, numbers, null or dates.
    for (const char *t : {"Yes", "No", "on", "1.0", "null", "2024-01-01"}) {
        const QString written = writeFrontMatterMarkdown(titled(QLatin1String(t)));
        QVERIFY2(written.contains(QStringLiteral("title: \"%1\"\n").arg(QLatin1String(t))),
                 qPrintable(written));
    }
}

void TestFrontMatterFormat::extrasRoundTrip_data()
{
    QTest::addColumn<QList<ExtraField>>("extras");
    QTest::newRow("date") << QList<ExtraField>{{"date", "2024-03-01T10:00:00+01:00"}};
    QTest::newRow("empty value") << QList<ExtraField>{{"draft", ""}};
    QTest::newRow("flow list") << QList<ExtraField>{{"aliases", "[a, b]"}};
    QTest::newRow("block list") << QList<ExtraField>{{"aliases", "- a\n- b"}};
    QTest::newRow("nested map") << QList<ExtraField>{
        {"author", "name: Ana\nsocial:\n  x: \"@ana\"\n  list:\n    - 1"}};
    QTest::newRow("literal block") << QList<ExtraField>{{"summary", "|\n  line one\n  line two"}};
    QTest::newRow("quoted") << QList<ExtraField>{{"version", "'1.0'"}};
    QTest::newRow("anchor and alias") << QList<ExtraField>{{"base", "&b {x: 1}"}, {"copy", "*b"}};
    QTest::newRow("odd key") << QList<ExtraField>{{"my key: odd", "1"}, {"#hash", "2"}};
    QTest::newRow("order kept") << QList<ExtraField>{{"zeta", "1"}, {"alpha", "2"}, {"mid", "3"}};
}

void TestFrontMatterFormat::extrasRoundTrip()
{
    QFETCH(QList<ExtraField>, extras);
    Post p = titled(QStringLiteral("T"));
    p.extras = extras;
    const QString written = writeFrontMatterMarkdown(p);
    const FrontMatterReadResult r = readFrontMatterMarkdown(written);
    QVERIFY2(r.post, qPrintable(r.error + QLatin1Char('\n') + written));
    QVERIFY2(r.findings.isEmpty(), qPrintable(written));
    QCOMPARE(r.post->extras, extras);
}

void TestFrontMatterFormat::noMetadataWritesPlainMarkdown()
{
    Post p;
    p.body = QStringLiteral("# Title\n\nText.");
    QCOMPARE(writeFrontMatterMarkdown(p), QStringLiteral("# Title\n\nText.\n"));
    QCOMPARE(writeFrontMatterMarkdown(Post{}), QString());
}

void TestFrontMatterFormat::bodyThatLooksLikeFrontMatterIsProtected()
{
    for (const char *body :
         {"---\ntitle: not metadata\n---\ntext", "{\"title\": 1}", "TITLE: x\nTAGS: y"}) {
        Post p;
        p.body = QLatin1String(body);
        const QString written = writeFrontMatterMarkdown(p);
        QVERIFY2(written.startsWith(QStringLiteral("---\n---\n\n")), qPrintable(written));
        const FrontMatterReadResult r = readFrontMatterMarkdown(written);
        QVERIFY(r.post);
        QCOMPARE(*r.post, p);
    }
}

// By design of the reader (documented in front_matter_format.cpp).
void TestFrontMatterFormat::limitations()
{
    // Leading blank lines and trailing white space of the body are not kept.
    Post p = titled(QStringLiteral("T"));
    p.body = QStringLiteral("\n\n  indented\n\n");
    FrontMatterReadResult r = readFrontMatterMarkdown(writeFrontMatterMarkdown(p));
    QVERIFY(r.post);
    QCOMPARE(r.post->body, QStringLiteral("  indented"));
    // Comment lines between keys are dropped; comments inside a value are kept.
    r = readFrontMatterMarkdown(
        QStringLiteral("---\na: 1 # kept\n# dropped\nb:\n  c: 2 # kept\n---\n"));
    QVERIFY(r.post);
    QCOMPARE(r.post->extras, QList<ExtraField>({{"a", "1 # kept"}, {"b", "c: 2 # kept"}}));
}

QTEST_GUILESS_MAIN(TestFrontMatterFormat)
#include "tst_front_matter_format.moc"
