// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/category_whitelist.h"
#include "core/markdown/analysis.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/word_count.h"
#include "test_support.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>

#include <thread>
#include <vector>

using namespace pw;
using K = HighlightKind;

// Every expected column below was counted by hand from the input text (UTF-16 units).
namespace {

SnapshotPtr analyse(const QString &body)
{
    Post post;
    post.body = body;
    return analyzePost(post, {}, 1);
}

HighlightSpan span(int line, int column, int length, K kind, int level = 0)
{
    return {line, column, length, kind, quint8(level)};
}

QString describe(const QList<HighlightSpan> &spans)
{
    QStringList out;
    for (const HighlightSpan &s : spans)
        out << QStringLiteral("(%1,%2,%3,k%4,l%5)")
                   .arg(s.line)
                   .arg(s.column)
                   .arg(s.length)
                   .arg(int(s.kind))
                   .arg(s.level);
    return out.join(QLatin1Char(' '));
}

QString rangeText(const QString &body, const TextRange &range)
{
    return body.mid(range.start, range.length);
}

// Invariants every snapshot must satisfy, whatever the input.
void checkInvariants(const QString &body, const Snapshot &snapshot)
{
    const QStringList lines = QString(body)
                                  .replace(QLatin1String("\r\n"), QLatin1String("\n"))
                                  .replace(QLatin1Char('\r'), QLatin1Char('\n'))
                                  .split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < snapshot.spans.size(); ++i) {
        const HighlightSpan &s = snapshot.spans[i];
        QVERIFY2(s.line >= 0 && s.line < lines.size(), qPrintable(describe({s})));
        QVERIFY2(s.column >= 0 && s.length > 0 && s.column + s.length <= lines[s.line].size(),
                 qPrintable(describe({s})));
        if (i > 0) {
            const HighlightSpan &p = snapshot.spans[i - 1];
            QVERIFY(p.line < s.line || (p.line == s.line && p.column <= s.column));
        }
    }
    for (const PreviewBlock &block : snapshot.blocks) {
        QVERIFY(block.firstLine <= block.lastLine);
        QVERIFY2(block.html.startsWith(QLatin1Char('<')), qPrintable(block.html.left(80)));
        const qsizetype tagEnd = block.html.indexOf(QLatin1Char('>'));
        QVERIFY2(block.html.left(tagEnd).contains(QLatin1String(" data-sourcepos=\"")),
                 qPrintable(block.html.left(80)));
    }
    for (const TextRange &range : snapshot.proseRanges)
        QVERIFY2(range.start >= 0 && range.length > 0 && range.start + range.length <= body.size(),
                 qPrintable(QStringLiteral("%1+%2").arg(range.start).arg(range.length)));
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT

private slots:
    void emptyBody();
    void longBodyIsAnalysedInPiecesLikeItsParts();
    void referenceDefinitionsKeepTheBodyWhole();
    void oneBlockPerTopLevelBlockWithSourcepos();
    void rawHtmlKeptButDefused();
    void blockHashesChangeOnlyWhereEdited();
    void headingSpansWithUtf16Columns();
    void inlineSpansOnOneLine();
    void inlineSpansAfterNonAscii();
    void continuationLinesInContainers();
    void multiLineInlineConstructs();
    void blockSpans();
    void outline();
    void proseRangesSkipCodeUrlsAndHtml();
    void stats();
    void readingMinutesRoundUp();
    void wordCountIgnoresInlineMarkup();
    void findingsOnlyWithWhitelist();
    void siteAddressDecidesInternalLinks();
    void japaneseWordsCountedAlikeEverywhere();
    void referenceDefinitionAboveText();
    void crlfLineEndings();
    void randomMarkupKeepsInvariants();
    void concurrentAnalysesAgree();
    void seedsDoNotCrash_data();
    void seedsDoNotCrash();
    void deepNestingDoesNotCrash_data();
    void deepNestingDoesNotCrash();
};

void TestAnalysis::emptyBody()
{
    const SnapshotPtr s = analyse(QString());
    QVERIFY(s->blocks.isEmpty());
    QVERIFY(s->spans.isEmpty());
    QCOMPARE(s->stats.words, 0);
    QCOMPARE(s->stats.readingMinutes, 0);
    QCOMPARE(s->revision, quint64(1));
}

void TestAnalysis::oneBlockPerTopLevelBlockWithSourcepos()
{
    const QString body = QStringLiteral("# Title\n"        // 0
                                        "\n"               // 1
                                        "Para one\n"       // 2
                                        "continues.\n"     // 3
                                        "\n"               // 4
                                        "> quote\n"        // 5
                                        "\n"               // 6
                                        "- a\n"            // 7
                                        "- b\n"            // 8
                                        "\n"               // 9
                                        "1. one\n"         // 10
                                        "\n"               // 11
                                        "| h | i |\n"      // 12
                                        "|---|---|\n"      // 13
                                        "| c | d |\n"      // 14
                                        "\n"               // 15
                                        "```cpp\n"         // 16
                                        "int x;\n"         // 17
                                        "```\n"            // 18
                                        "\n"               // 19
                                        "    indented\n"   // 20
                                        "\n"               // 21
                                        "<div>raw</div>\n" // 22
                                        "\n"               // 23
                                        "---\n"            // 24
                                        "\n"               // 25
                                        "Setext\n"         // 26
                                        "===\n");          // 27
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    QCOMPARE(s->blocks.size(), 11);
    const QList<QPair<int, int>> lines = {{0, 0},   {2, 3},   {5, 5},   {7, 8},
                                          {10, 10}, {12, 14}, {16, 18}, {20, 20},
                                          {22, 22}, {24, 24}, {26, 27}};
    const QStringList starts = {
        QStringLiteral("<h1 data-sourcepos=\"1:1-1:7\">Title</h1>"),
        QStringLiteral("<p data-sourcepos=\"3:1-4:10\">Para one\ncontinues.</p>"),
        QStringLiteral("<blockquote data-sourcepos=\"6:1-6:7\">"),
        QStringLiteral("<ul data-sourcepos=\"8:1-"),
        QStringLiteral("<ol data-sourcepos=\"11:1-"),
        QStringLiteral("<table data-sourcepos=\"13:1-15:9\">"),
        QStringLiteral("<pre data-sourcepos=\"17:1-19:3\"><code class=\"language-cpp\">int x;"),
        QStringLiteral("<pre data-sourcepos=\"21:5-"),
        QStringLiteral("<div data-sourcepos=\"23:1-23:14\"><div>raw</div>"),
        QStringLiteral("<hr data-sourcepos=\"25:1-"),
        QStringLiteral("<h1 data-sourcepos=\"27:1-28:3\">Setext</h1>"),
    };
    for (int i = 0; i < 11; ++i) {
        const PreviewBlock &block = s->blocks[i];
        QVERIFY2(block.html.startsWith(starts[i]), qPrintable(block.html));
        QCOMPARE(block.firstLine, lines[i].first);
        QCOMPARE(block.lastLine, lines[i].second);
    }
    QVERIFY(s->blocks[8].html.endsWith(QLatin1String("</div>\n")));
    // cmark ends the rule and the lists at column 0 of the next line; spans must not care.
    QVERIFY(s->spans.contains(span(24, 0, 3, K::ThematicBreak)));
    QVERIFY(s->spans.contains(span(14, 0, 9, K::TableRow)));
    QVERIFY(s->spans.contains(span(10, 0, 2, K::ListMarker)));
}

void TestAnalysis::rawHtmlKeptButDefused()
{
    const QString body = QStringLiteral("x<sup>2</sup> <kbd>K</kbd>\n"
                                        "\n"
                                        "<script>alert(1)</script>\n"
                                        "\n"
                                        "[a](javascript:alert(1)) [b](JaVaScRiPt:x) <vbscript:y> "
                                        "![c](data:image/png;base64,AA) [d](https://ok.example)\n"
                                        "\n"
                                        "<iframe src=\"https://e.example\"></iframe>\n");
    const SnapshotPtr s = analyse(body);
    QCOMPARE(s->blocks.size(), 4);
    QVERIFY(s->blocks[0].html.contains(QLatin1String("x<sup>2</sup> <kbd>K</kbd>")));
    QVERIFY2(!s->blocks[1].html.contains(QLatin1String("<script")), qPrintable(s->blocks[1].html));
    QVERIFY(s->blocks[1].html.contains(QLatin1String("&lt;script>")));
    const QString links = s->blocks[2].html;
    QVERIFY2(!links.contains(QLatin1String("javascript"), Qt::CaseInsensitive), qPrintable(links));
    QVERIFY(!links.contains(QLatin1String("=\"vbscript")));
    QVERIFY(links.contains(QLatin1String("<a href=\"\">a</a>")));
    QVERIFY(links.contains(QLatin1String("src=\"data:image/png;base64,AA\"")));
    QVERIFY(links.contains(QLatin1String("href=\"https://ok.example\"")));
    QVERIFY(!s->blocks[3].html.contains(QLatin1String("<iframe")));
}

void TestAnalysis::blockHashesChangeOnlyWhereEdited()
{
    const QString before = QStringLiteral("One.\n\nTwo.\n\nThree here.\n\nFour.\n");
    const QString after = QStringLiteral("One.\n\nTwo.\n\nThree there.\n\nFour.\n");
    const SnapshotPtr a = analyse(before);
    const SnapshotPtr b = analyse(after);
    QCOMPARE(a->blocks.size(), 4);
    QCOMPARE(b->blocks.size(), 4);
    for (int i = 0; i < 4; ++i) {
        if (i == 2)
            QVERIFY(a->blocks[i].hash != b->blocks[i].hash);
        else
            QCOMPARE(a->blocks[i], b->blocks[i]);
    }
    QCOMPARE(analyse(before)->blocks, a->blocks); // deterministic across runs

    // Adding a line moves the blocks below (their data-sourcepos changes), not those above.
    const SnapshotPtr c = analyse(QStringLiteral("One.\n\nTwo.\n\nThree\nlines.\n\nFour.\n"));
    QCOMPARE(c->blocks[0], a->blocks[0]);
    QCOMPARE(c->blocks[1], a->blocks[1]);
    QCOMPARE(c->blocks[3].firstLine, 7);
    // The block that only moved keeps its hash, so the preview keeps its DOM node; its HTML
    // still names the new lines.
    QCOMPARE(c->blocks[3].hash, a->blocks[3].hash);
    QVERIFY(c->blocks[3].html != a->blocks[3].html);
    QVERIFY(c->blocks[3].html.contains(QLatin1String("data-sourcepos=\"8:1-8:5\"")));
    QVERIFY(c->blocks[2].hash != a->blocks[2].hash);
}

void TestAnalysis::headingSpansWithUtf16Columns()
{
    const QString body = QStringLiteral("## Héllo *wörld* 🙂 ##\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {
        span(0, 0, 2, K::HeadingMarker, 2), span(0, 3, 16, K::Heading, 2),
        span(0, 9, 7, K::Emphasis), span(0, 20, 2, K::HeadingMarker, 2)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
}

void TestAnalysis::inlineSpansOnOneLine()
{
    const QString body = QStringLiteral("a **b** `c` ~~d~~ [e](http://f.g) ![h](i.png) <br> "
                                        "<https://j.k> www.l.mn é\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {
        span(0, 2, 5, K::Strong),   span(0, 8, 3, K::InlineCode), span(0, 12, 5, K::Strikethrough),
        span(0, 18, 3, K::Link),    span(0, 21, 12, K::LinkUrl),  span(0, 34, 4, K::Image),
        span(0, 38, 7, K::LinkUrl), span(0, 46, 4, K::Html),      span(0, 51, 13, K::Autolink),
        span(0, 65, 8, K::Autolink)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
}

void TestAnalysis::inlineSpansAfterNonAscii()
{
    // 🙂 is two UTF-16 units and four UTF-8 bytes; é is one unit and two bytes.
    const QString body = QStringLiteral("🙂 é *x* `ü`\n\nplain\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {span(0, 5, 3, K::Emphasis),
                                           span(0, 9, 3, K::InlineCode)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
}

void TestAnalysis::continuationLinesInContainers()
{
    const QString body = QStringLiteral("> quote *a*\n"
                                        ">   more **b**\n"
                                        "lazy `c`\n"
                                        "\n"
                                        "- item\n"
                                        "  ünder *d*\n"
                                        "\n"
                                        "para\n"
                                        "   indented *e*\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {
        span(0, 0, 1, K::BlockQuote), span(0, 8, 3, K::Emphasis),   span(1, 0, 1, K::BlockQuote),
        span(1, 9, 5, K::Strong),     span(2, 5, 3, K::InlineCode), span(4, 0, 1, K::ListMarker),
        span(5, 8, 3, K::Emphasis),   span(8, 12, 3, K::Emphasis)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
}

void TestAnalysis::multiLineInlineConstructs()
{
    const QString body = QStringLiteral("*multi\n"
                                        "  line* and ~~st\n"
                                        "rike~~ [li\n"
                                        "nk](u) ![al\n"
                                        "t](v) `co\n"
                                        "de`\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {
        span(0, 0, 6, K::Emphasis),       span(1, 2, 5, K::Emphasis),
        span(1, 12, 4, K::Strikethrough), span(2, 0, 6, K::Strikethrough),
        span(2, 7, 3, K::Link),           span(3, 0, 3, K::Link),
        span(3, 3, 3, K::LinkUrl),        span(3, 7, 4, K::Image),
        span(4, 0, 2, K::Image),          span(4, 2, 3, K::LinkUrl),
        span(4, 6, 3, K::InlineCode),     span(5, 0, 3, K::InlineCode)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
}

void TestAnalysis::blockSpans()
{
    const QString body = QStringLiteral("- [ ] task\n"   // 0
                                        "- [x] done\n"   // 1
                                        "  1. nested\n"  // 2
                                        "\n"             // 3
                                        "| a | é |\n"    // 4
                                        "|:--|--:|\n"    // 5
                                        "| `c` | d |\n"  // 6
                                        "\n"             // 7
                                        "```js\n"        // 8
                                        "let x;\n"       // 9
                                        "```\n"          // 10
                                        "\n"             // 11
                                        "    indented\n" // 12
                                        "\n"             // 13
                                        "<div>\n"        // 14
                                        "x\n"            // 15
                                        "</div>\n"       // 16
                                        "\n"             // 17
                                        "***\n"          // 18
                                        "Set *é*\n"      // 19
                                        "---\n"          // 20
                                        "\n"             // 21
                                        "> ~~~\n"        // 22
                                        "> in quote\n"   // 23
                                        "> ~~~\n");      // 24
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {
        span(0, 0, 1, K::ListMarker),     span(0, 2, 3, K::TaskMarker),
        span(1, 0, 1, K::ListMarker),     span(1, 2, 3, K::TaskMarker),
        span(2, 2, 2, K::ListMarker),     span(4, 0, 9, K::TableRow),
        span(5, 0, 9, K::TableDelimiter), span(6, 0, 11, K::TableRow),
        span(6, 2, 3, K::InlineCode),     span(8, 0, 5, K::CodeFence),
        span(9, 0, 6, K::CodeBlock),      span(10, 0, 3, K::CodeFence),
        span(12, 4, 8, K::CodeBlock),     span(14, 0, 5, K::Html),
        span(15, 0, 1, K::Html),          span(16, 0, 6, K::Html),
        span(18, 0, 3, K::ThematicBreak), span(19, 0, 7, K::Heading, 2),
        span(19, 4, 3, K::Emphasis),      span(20, 0, 3, K::HeadingMarker, 2),
        span(22, 0, 1, K::BlockQuote),    span(22, 2, 3, K::CodeFence),
        span(23, 0, 1, K::BlockQuote),    span(23, 2, 8, K::CodeBlock),
        span(24, 0, 1, K::BlockQuote),    span(24, 2, 3, K::CodeFence)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
}

void TestAnalysis::outline()
{
    const QString body = QStringLiteral("# One\n"
                                        "\n"
                                        "text\n"
                                        "\n"
                                        "## Two `code` [link](u) https://x.y\n"
                                        "\n"
                                        "> ### Quoted *é*\n"
                                        "\n"
                                        "Setext\n"
                                        "---\n");
    const SnapshotPtr s = analyse(body);
    const QList<OutlineEntry> expected = {{1, QStringLiteral("One"), 0},
                                          {2, QStringLiteral("Two code link https://x.y"), 4},
                                          {3, QStringLiteral("Quoted é"), 6},
                                          {2, QStringLiteral("Setext"), 8}};
    QCOMPARE(s->outline, expected);
}

void TestAnalysis::proseRangesSkipCodeUrlsAndHtml()
{
    const QString body = QStringLiteral("Hi *you*, see `code` and [link text](http://u.rl) or "
                                        "https://bare.url ok.\n"
                                        "\n"
                                        "```\n"
                                        "code block\n"
                                        "```\n"
                                        "\n"
                                        "<b>html</b> é end\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<TextRange> expected = {{0, 3},  {4, 3},  {8, 6},  {20, 5}, {26, 9},
                                       {49, 4}, {69, 4}, {98, 4}, {106, 6}};
    QStringList texts;
    for (const TextRange &range : s->proseRanges)
        texts << rangeText(body, range);
    QVERIFY2(s->proseRanges == expected, qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(rangeText(body, s->proseRanges[4]), QStringLiteral("link text"));
    QCOMPARE(rangeText(body, s->proseRanges[8]), QStringLiteral(" é end"));
}

void TestAnalysis::stats()
{
    const QString body = QStringLiteral("One two three.\n"
                                        "\n"
                                        "```\n"
                                        "not counted\n"
                                        "```\n"
                                        "\n"
                                        "`code` counts, [link](http://x.y) too\n");
    const SnapshotPtr s = analyse(body);
    QCOMPARE(s->stats.words, 7);
    // "One two three." (14) + "code counts, link too" (21)
    QCOMPARE(s->stats.characters, 35);
    QCOMPARE(s->stats.readingMinutes, 1);
    // Combining marks and emoji sequences are one character each.
    QCOMPARE(analyse(QStringLiteral("e\u0301 👍🏽"))->stats.characters, 3);
}

void TestAnalysis::readingMinutesRoundUp()
{
    QCOMPARE(analyse(QStringLiteral("w ").repeated(238))->stats.readingMinutes, 1);
    const SnapshotPtr s = analyse(QStringLiteral("w ").repeated(239));
    QCOMPARE(s->stats.words, 239);
    QCOMPARE(s->stats.readingMinutes, 2);
}

void TestAnalysis::wordCountIgnoresInlineMarkup()
{
    QCOMPARE(countWords(QStringLiteral("un*believ*able")), 1);
    QCOMPARE(countWords(QStringLiteral("| a | b |\n|---|---|\n| c d | e |\n")), 5);
    QCOMPARE(countWords(QStringLiteral("we’ll see")), 2);
}

// A link to the writer's own site is internal once Preferences say which site that is; a
// post's own permalink still wins.
void TestAnalysis::siteAddressDecidesInternalLinks()
{
    pw::Post post;
    post.title = QStringLiteral("Caching in Flask");
    post.body = QStringLiteral("Read [our Django guide](https://blog.example.org/django-guide/) "
                               "first.\n");
    const auto internalLinks = [](const pw::SnapshotPtr &snapshot) {
        for (const pw::SeoCheck &check : snapshot->seo.checks) {
            if (check.id == QLatin1String("internalLinks"))
                return check.score;
        }
        return -1;
    };
    const pw::SnapshotPtr unknown = pw::analyzePost(post, {}, 1);
    QCOMPARE(unknown->seo.permalink, QStringLiteral("https://example.com/caching-in-flask/"));
    QCOMPARE(internalLinks(unknown), 3); // no internal link: the link leaves example.com

    pw::AnalysisContext context;
    context.siteAddress = QStringLiteral("https://blog.example.org");
    const pw::SnapshotPtr known = pw::analyzePost(post, context, 2);
    QCOMPARE(known->seo.permalink, QStringLiteral("https://blog.example.org/caching-in-flask/"));
    QCOMPARE(internalLinks(known), 9);

    post.extras.append({QStringLiteral("permalink"), QStringLiteral("https://other.example/p/")});
    QCOMPARE(pw::analyzePost(post, context, 3)->seo.permalink,
             QStringLiteral("https://other.example/p/"));
}

// The status bar, the body-length note and the SEO text length read one definition of a
// word: in Japanese, each ideograph and kana (a 583-character post once counted as 36 words).
void TestAnalysis::japaneseWordsCountedAlikeEverywhere()
{
    pw::Post post;
    post.title = QStringLiteral("東京の案内");
    post.body = QStringLiteral("東京は日本の首都です。\n\nQt6の使い方を学びます。\n");
    const pw::SnapshotPtr snapshot = pw::analyzePost(post, {}, 1);
    // 東京は日本の首都です = 10; Qt6 + の使い方を学びます = 1 + 9.
    QCOMPARE(snapshot->stats.words, 20);
    for (const pw::SeoCheck &check : snapshot->seo.checks) {
        if (check.id == QLatin1String("textLength"))
            QVERIFY2(check.message.startsWith(QStringLiteral("20 word")), qPrintable(check.message));
    }
}

void TestAnalysis::findingsOnlyWithWhitelist()
{
    Post post;
    post.body = QStringLiteral("Short body.");
    post.categories = {QStringLiteral("Not A Category")};
    QVERIFY(analyzePost(post, {}, 2)->findings.isEmpty());
    const auto whitelist = std::make_shared<const CategoryWhitelist>(CategoryWhitelist::defaults());
    const SnapshotPtr s = analyzePost(post, {whitelist, nullptr}, 2);
    QVERIFY(hasErrors(s->findings)); // an empty title and description, an unknown category
    const auto hasId = [](const QList<Finding> &findings, const char *id) {
        return std::any_of(findings.begin(), findings.end(),
                           [&](const Finding &f) { return f.id == QLatin1String(id); });
    };
    QVERIFY(hasId(s->findings, "category.unknown"));
    QVERIFY(hasId(s->findings, "body.short"));
    // The body rule takes the snapshot's count: 300 words, with markup and code around them.
    post.body = QStringLiteral("*word* ").repeated(299) + QStringLiteral("`last`\n\n```\nx\n```\n");
    QVERIFY(!hasId(analyzePost(post, {whitelist, nullptr}, 3)->findings, "body.short"));
}

void TestAnalysis::referenceDefinitionAboveText()
{
    // cmark keeps the definition in the paragraph's position but not in its content.
    const QString body = QStringLiteral("[a]: /url\n"
                                        "Text *x* [a]\n"
                                        "more ~~y\n"
                                        "z~~\n"
                                        "\n"
                                        "> [b]: /b\n"
                                        "> Quoted *q*\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {
        span(1, 5, 3, K::Emphasis),      span(1, 9, 3, K::Link),
        span(2, 5, 3, K::Strikethrough), span(3, 0, 3, K::Strikethrough),
        span(5, 0, 1, K::BlockQuote),    span(6, 0, 1, K::BlockQuote),
        span(6, 9, 3, K::Emphasis)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
    QCOMPARE(rangeText(body, s->proseRanges.at(0)), QStringLiteral("Text "));
}

void TestAnalysis::crlfLineEndings()
{
    const QString body = QStringLiteral("# H\r\n\r\n*é* x\r\nb **y**\r\n");
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    const QList<HighlightSpan> expected = {span(0, 0, 1, K::HeadingMarker, 1),
                                           span(0, 2, 1, K::Heading, 1), span(2, 0, 3, K::Emphasis),
                                           span(3, 2, 5, K::Strong)};
    QVERIFY2(s->spans == expected, qPrintable(describe(s->spans)));
    QCOMPARE(rangeText(body, s->proseRanges.at(2)), QStringLiteral(" x"));
}

void TestAnalysis::randomMarkupKeepsInvariants()
{
    // Fragments chosen to collide: containers, delimiters, breaks, URLs, non-ASCII, tabs.
    const QStringList pieces = {QStringLiteral("> "),
                                QStringLiteral("- "),
                                QStringLiteral("1. "),
                                QStringLiteral("# "),
                                QStringLiteral("*"),
                                QStringLiteral("**"),
                                QStringLiteral("~~"),
                                QStringLiteral("`"),
                                QStringLiteral("```\n"),
                                QStringLiteral("["),
                                QStringLiteral("](u)"),
                                QStringLiteral("!["),
                                QStringLiteral("<b>"),
                                QStringLiteral("</b>"),
                                QStringLiteral("https://x.y/z "),
                                QStringLiteral("www.a.bc "),
                                QStringLiteral("| a | b |\n|---|---|\n"),
                                QStringLiteral("\n"),
                                QStringLiteral("\n\n"),
                                QStringLiteral("   "),
                                QStringLiteral("\t"),
                                QStringLiteral("é"),
                                QStringLiteral("🙂"),
                                QStringLiteral("word "),
                                QStringLiteral("\\"),
                                QStringLiteral("&amp;"),
                                QStringLiteral("[r]: /r\n"),
                                QStringLiteral("---\n"),
                                QStringLiteral("\r\n")};
    QRandomGenerator random(20240611);
    for (int doc = 0; doc < 2000; ++doc) {
        QString body;
        for (int i = 0, n = random.bounded(1, 60); i < n; ++i)
            body += pieces[random.bounded(int(pieces.size()))];
        const SnapshotPtr s = analyse(body);
        checkInvariants(body, *s);
        if (QTest::currentTestFailed()) {
            qWarning() << "input:" << body;
            return;
        }
    }
}

void TestAnalysis::concurrentAnalysesAgree()
{
    // analyzePost runs on worker threads beside the GUI: no shared mutable state.
    const QString body =
        pw::test::seedText("002") + QStringLiteral("\n\n[x](javascript:y) https://a.b <i>z</i>\n");
    const SnapshotPtr reference = analyse(body);
    std::vector<SnapshotPtr> results(4 * 25);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 25; ++i)
                results[size_t(t * 25 + i)] = analyse(body);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const SnapshotPtr &result : results) {
        for (qsizetype b = 0; b < result->blocks.size() && b < reference->blocks.size(); ++b)
            QCOMPARE(result->blocks[b].html, reference->blocks[b].html);
        QCOMPARE(result->blocks, reference->blocks);
        QCOMPARE(result->spans, reference->spans);
        QCOMPARE(result->proseRanges, reference->proseRanges);
    }
}

void TestAnalysis::seedsDoNotCrash_data()
{
    QTest::addColumn<QString>("path");
    const QStringList seeds = pw::test::seedPaths();
    QCOMPARE(seeds.size(), 5);
    for (const QString &seed : seeds)
        QTest::newRow(qPrintable(QFileInfo(seed).fileName())) << seed;
}

void TestAnalysis::seedsDoNotCrash()
{
    QFETCH(QString, path);
    const QString body = pw::test::fileText(path);
    QVERIFY(!body.isEmpty());
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    QVERIFY(!s->blocks.isEmpty());
    QVERIFY(s->stats.words > 0);
}

void TestAnalysis::deepNestingDoesNotCrash_data()
{
    QTest::addColumn<QString>("body");
    const int depth = 10000;
    QTest::newRow("blockquotes") << QStringLiteral("> ").repeated(depth) + QStringLiteral("x\n");
    QTest::newRow("lists") << QStringLiteral("- ").repeated(depth) + QStringLiteral("x\n");
    QString staircase;
    for (int i = 0; i < 1000; ++i)
        staircase += QStringLiteral("> ").repeated(i) + QStringLiteral("*y*\n");
    QTest::newRow("quote staircase") << staircase;
    QTest::newRow("brackets") << QStringLiteral("[").repeated(depth) + QStringLiteral("a") +
                                     QStringLiteral("](u)").repeated(depth);
    QTest::newRow("emphasis") << QStringLiteral("*a ").repeated(depth) +
                                     QStringLiteral(" b*").repeated(depth);
}

void TestAnalysis::deepNestingDoesNotCrash()
{
    QFETCH(QString, body);
    const SnapshotPtr s = analyse(body);
    checkInvariants(body, *s);
    QVERIFY(!s->blocks.isEmpty());
}

namespace {

// One part of a long body: blocks that run over blank lines (a fence, <pre>, loose lists),
// non-ASCII text and markup of every kind. It starts a block and ends with a blank line, so
// a body of many parts may be cut between any of them, or inside one wherever a block
// certainly starts.
const QString kPart = QStringLiteral(
    "# Section\n\nIntro *with* **markup**, a [link](https://example.com) and `code`.\n\n"
    "```text\nfenced\n\n# not a heading\n\nstill code\n```\n\n"
    "<pre>\nraw\n\nhtml\n</pre>\n\n"
    "- loose item\n\n- second item, \u00fcn\u00efcode \U0001F600\n\n"
    "> quoted\n\n1. ordered\n\n2. list\n\n"
    "| a | b |\n|---|---|\n| c | d |\n\nLast paragraph.\n\n");

int piecesOf(const QString &body)
{
    int pieces = 0;
    parseInPieces(body, [&pieces](cmark_node *, const SourceMap &, int) {
        ++pieces;
        return true;
    });
    return pieces;
}

} // namespace

// A long body is parsed piece by piece (markdown/piecewise_parse.h) to bound memory; what
// comes out must be what a single parse of each part gives, at the part's place.
void TestAnalysis::longBodyIsAnalysedInPiecesLikeItsParts()
{
    const int parts = 3000; // about 0.6 MB: two pieces or more
    const QString body = kPart.repeated(parts);
    QVERIFY(piecesOf(body) >= 2);
    const SnapshotPtr one = analyse(kPart);
    const SnapshotPtr all = analyse(body);
    checkInvariants(body, *all);
    const int partLines = int(kPart.count(QLatin1Char('\n')));
    QCOMPARE(all->blocks.size(), parts * one->blocks.size());
    QCOMPARE(all->spans.size(), parts * one->spans.size());
    QCOMPARE(all->proseRanges.size(), parts * one->proseRanges.size());
    QCOMPARE(all->outline.size(), parts * one->outline.size());
    QCOMPARE(all->stats.words, parts * one->stats.words);
    QCOMPARE(all->stats.characters, parts * one->stats.characters);
    for (int part = 0; part < parts; ++part) {
        const int lines = part * partLines;
        for (qsizetype i = 0; i < one->blocks.size(); ++i) {
            const PreviewBlock &a = all->blocks.at(part * one->blocks.size() + i);
            const PreviewBlock &b = one->blocks.at(i);
            QCOMPARE(a.hash, b.hash); // the same HTML but for data-sourcepos
            QCOMPARE(a.firstLine, b.firstLine + lines);
            QCOMPARE(a.lastLine, b.lastLine + lines);
            QVERIFY2(a.html.contains(QStringLiteral(" data-sourcepos=\"%1:").arg(a.firstLine + 1)),
                     qPrintable(a.html.left(80)));
        }
        for (qsizetype i = 0; i < one->spans.size(); ++i) {
            HighlightSpan expected = one->spans.at(i);
            expected.line += lines;
            QCOMPARE(all->spans.at(part * one->spans.size() + i), expected);
        }
        for (qsizetype i = 0; i < one->proseRanges.size(); ++i) {
            const TextRange &a = all->proseRanges.at(part * one->proseRanges.size() + i);
            QCOMPARE(a.start, one->proseRanges.at(i).start + part * kPart.size());
            QCOMPARE(a.length, one->proseRanges.at(i).length);
        }
        QCOMPARE(all->outline.at(part).line, one->outline.first().line + lines);
    }
    QCOMPARE(countWords(body), all->stats.words);
}

// A link reference definition applies to the whole document, wherever it is: such a body is
// parsed in one piece, however long.
void TestAnalysis::referenceDefinitionsKeepTheBodyWhole()
{
    const QString body = QStringLiteral("See [the docs][docs].\n\n") + kPart.repeated(3000) +
                         QStringLiteral("[docs]: https://example.com/docs\n");
    QCOMPARE(piecesOf(body), 1);
    const SnapshotPtr s = analyse(body);
    QVERIFY2(s->blocks.first().html.contains(QStringLiteral("href=\"https://example.com/docs\"")),
             qPrintable(s->blocks.first().html));
}

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
