// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/html_to_markdown.h"
#include "core/import/wordpress_import.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using pw::HtmlRepair;

namespace {

QString md(const QString &html)
{
    return pw::htmlToMarkdown(html).markdown;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

QString seedContent(const char *prefix)
{
    return QJsonDocument::fromJson(pw::test::seedBytes(prefix))
        .object()
        .value(QStringLiteral("content"))
        .toObject()
        .value(QStringLiteral("rendered"))
        .toString();
}

QString fixture(const char *name)
{
    return QString::fromUtf8(
        readFile(QStringLiteral(PW_TEST_DATA_DIR "/import/") + QLatin1StringView(name)));
}

// Nothing executable or script-bearing may survive, whatever the input.
// Code and backslash-escaped "\<" are text once rendered, so they are left out of the check.
void verifySafe(const QString &markdown)
{
    static const QRegularExpression fenced(QStringLiteral("(?ms)^\\s*(`{3,}).*?^\\s*\\1\\s*$"));
    static const QRegularExpression spans(QStringLiteral("(`+)[^`].*?\\1"));
    QString lower = markdown.toLower();
    lower.remove(fenced);
    lower.remove(spans);
    static const QRegularExpression tag(QStringLiteral(R"((?<!\\)<(script|style))"));
    QVERIFY2(!tag.match(lower).hasMatch(), qPrintable(markdown));
    QVERIFY2(!lower.contains(QLatin1StringView("javascript:")), qPrintable(markdown));
    QVERIFY2(!lower.contains(QLatin1StringView("data:text/html")), qPrintable(markdown));
    static const QRegularExpression handler(QStringLiteral(R"(<[^>]*\son[a-z]+\s*=)"),
                                            QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(!handler.match(markdown).hasMatch(), qPrintable(markdown));
}

} // namespace

class TstHtmlToMarkdown : public QObject {
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void literalTextIsEscaped_data();
    void literalTextIsEscaped();
    void safety_data();
    void safety();
    void embedsSurviveAsLinks();
    void shortcodes();
    void tablesWithSpansStayHtml();
    void deepNestingDoesNotOverflow();
    void emptyAndWhitespaceInput();
    void seed003();
    void seed004NeverShowsLiteralStars();
    void fixturesAreSafe_data();
    void fixturesAreSafe();
};

void TstHtmlToMarkdown::blocks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");

    QTest::newRow("heading and paragraph") << "<h2>Title</h2><p>Some <em>text</em>.</p>"
                                           << "## Title\n\nSome *text*.\n";
    QTest::newRow("strong dropped inside headings, em kept")
        << "<h3><strong>Bold</strong> and <em>em</em></h3>"
        << "### Bold and *em*\n";
    QTest::newRow("easy-toc spans and wp-block wrappers vanish")
        << "<div class=\"wp-block-group\"><h2 class=\"wp-block-heading\"><span "
           "class=\"ez-toc-section\" id=\"A\"></span>What is Flask?<span "
           "class=\"ez-toc-section-end\"></span></h2></div>"
        << "## What is Flask?\n";
    QTest::newRow("whitespace and nbsp move outside strong")
        << "<p><strong>Introduction </strong></p><p>a<strong>&nbsp;b&nbsp;</strong>c</p>"
        << "**Introduction**\n\na\u00A0**b**\u00A0c\n";
    QTest::newRow("empty strong disappears") << "<p>one<strong> </strong>two<em></em></p>"
                                             << "one two\n";
    QTest::newRow("touching strong runs merge") << "<p><b>a</b><b>b</b></p>"
                                                << "**ab**\n";
    QTest::newRow("nested strong is not doubled")
        << "<p><strong>1. <strong>Which?</strong></strong></p>"
        << "**1. Which?**\n";
    QTest::newRow("punctuation against a word falls back to html")
        << "<p>x<strong>\"q\"</strong>y</p>"
        << "x<strong>\"q\"</strong>y\n";
    QTest::newRow("google docs normal-weight b is not bold")
        << "<p><b style=\"font-weight:normal\">plain</b> <span "
           "style=\"font-weight: 700\">bold</span></p>"
        << "plain **bold**\n";
    QTest::newRow("strike, sup, sub, q")
        << "<p><del>a</del> x<sup>2</sup> H<sub>2</sub>O <q>hi</q></p>"
        << "~~a~~ x<sup>2</sup> H<sub>2</sub>O \u201Chi\u201D\n";
    QTest::newRow("br inside, not at edges") << "<p><br>one<br>two<br><br>three<br></p>"
                                             << "one\\\ntwo<br>\\\nthree\n";
    QTest::newRow("hr") << "<p>a</p><hr><p>b</p>"
                        << "a\n\n---\n\nb\n";
    QTest::newRow("p hr nesting read like a browser")
        << "<p><hr><strong>Also Read: </strong><a href=\"https://e.com/x\">X</a><hr></p>"
        << "---\n\n**Also Read:** [X](https://e.com/x)\n\n---\n";
    QTest::newRow("p blockquote nesting read like a browser")
        << "<p><blockquote><strong>Quoted.</strong></blockquote></p>"
        << "> **Quoted.**\n";
    QTest::newRow("blockquote with cite")
        << "<blockquote><p>Simple is better.</p><cite>Tim Peters</cite></blockquote>"
        << "> Simple is better.\n>\n> Tim Peters\n";
    QTest::newRow("link with title, image with alt and title")
        << "<p><a href=\"https://e.com/a\" title=\"T\">go</a> <img src=\"https://e.com/i.png\" "
           "alt=\"An image\" title=\"Img\"></p>"
        << "[go](https://e.com/a \"T\") ![An image](https://e.com/i.png \"Img\")\n";
    QTest::newRow("lazy image uses data-src; figure keeps its caption")
        << "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"https://e.com/r.jpg\" "
           "alt=\"Real\"><figcaption>The caption</figcaption></figure>"
        << "![Real](https://e.com/r.jpg)\n\nThe caption\n";
    QTest::newRow("emoji image becomes its character")
        << "<p>Go <img class=\"emoji\" src=\"https://s.w.org/images/core/emoji/15/svg/1f680.svg\" "
           "alt=\"\U0001F680\"></p>"
        << "Go \U0001F680\n";
    QTest::newRow("nested lists keep start numbers")
        << "<ol start=\"3\"><li>three<ul><li>sub</li></ul></li><li>four</li></ol>"
        << "3. three\n   - sub\n4. four\n";
    QTest::newRow("li value jump starts a new list with the same numbers")
        << "<ol><li>a</li><li value=\"7\">b</li></ol>"
        << "1. a\n\n7) b\n";
    QTest::newRow("consecutive bullet lists become one tight list")
        << "<ul><li>a</li></ul>\n<ul><li>b</li></ul>"
        << "- a\n- b\n";
    QTest::newRow("consecutive numbered lists stay apart")
        << "<ol><li>a</li></ol><ol><li>b</li></ol>"
        << "1. a\n\n1) b\n";
    QTest::newRow("list item with paragraphs") << "<ul><li><p>one</p><p>two</p></li></ul>"
                                               << "- one\n\n  two\n";
    // What cmark makes of "- a\n\n- b": the blank line between the items comes back.
    QTest::newRow("loose list stays loose") << "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>"
                                            << "- a\n\n- b\n";
    QTest::newRow("loose numbered list") << "<ol><li><p>a</p></li><li><p>b</p></li></ol>"
                                         << "1. a\n\n2. b\n";
    QTest::newRow("list inside blockquote")
        << "<blockquote><p>Intro</p><ul><li>x</li><li>y</li></ul></blockquote>"
        << "> Intro\n>\n> - x\n> - y\n";
    QTest::newRow("header-less table uses its first row as header")
        << "<table><tr><td>A</td><td>B</td></tr><tr><td>1</td><td>2</td></tr></table>"
        << "| A | B |\n| --- | --- |\n| 1 | 2 |\n";
    QTest::newRow("cells with pipes and breaks")
        << "<table><tr><th>H</th><th>I</th></tr><tr><td>a | b</td><td>x<br>y</td></tr></table>"
        << "| H | I |\n| --- | --- |\n| a \\| b | x<br>y |\n";
    QTest::newRow("ragged rows are padded")
        << "<table><tr><td>A</td></tr><tr><td>1</td><td>2</td></tr></table>"
        << "| A |  |\n| --- | --- |\n| 1 | 2 |\n";
    QTest::newRow("code language from language-x")
        << "<pre><code class=\"language-python\">print(1)</code></pre>"
        << "```python\nprint(1)\n```\n";
    QTest::newRow("code language from lang-x")
        << "<pre><code class=\"hljs lang-js\">a()</code></pre>"
        << "```js\na()\n```\n";
    QTest::newRow("code language from gutenberg lang attribute")
        << "<pre class=\"wp-block-code\"><code lang=\"php\">echo 1;</code></pre>"
        << "```php\necho 1;\n```\n";
    QTest::newRow("code language from syntaxhighlighter brush")
        << "<pre class=\"brush: ruby; title: ; notranslate\">puts 1</pre>"
        << "```ruby\nputs 1\n```\n";
    QTest::newRow("pre without code stays code, indentation kept") << "<pre>  a\n    b</pre>"
                                                                   << "```\n  a\n    b\n```\n";
    QTest::newRow("escaped html in code stays literal")
        << "<pre><code>&lt;h1&gt;Hi&lt;/h1&gt; &amp;amp;</code></pre>"
        << "```\n<h1>Hi</h1> &amp;\n```\n";
    QTest::newRow("backtick fence grows past the content") << "<pre><code>```\nx\n```</code></pre>"
                                                           << "````\n```\nx\n```\n````\n";
    QTest::newRow("inline code with backticks") << "<p><code>a`b</code> and <code>`x`</code></p>"
                                                << "``a`b`` and `` `x` ``\n";
    QTest::newRow("code block inside a list item is indented")
        << "<ul><li>Run:<pre>make</pre></li></ul>"
        << "- Run:\n\n  ```\n  make\n  ```\n";
    QTest::newRow("entities and nbsp") << "<p>Flask &amp; Django&nbsp;&#8211; &copy; 2024</p>"
                                       << "Flask & Django\u00A0\u2013 \u00A9 2024\n";
    QTest::newRow("definition list and details as paragraphs")
        << "<dl><dt>WSGI</dt><dd>Gateway</dd></dl><details><summary>More</summary>Text</details>"
        << "WSGI\n\nGateway\n\nMore\n\nText\n";
}

void TstHtmlToMarkdown::blocks()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QCOMPARE(md(html), markdown);
}

void TstHtmlToMarkdown::literalTextIsEscaped_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("escaped tags stay text") << "<p>&lt;h2&gt;x&lt;/h2&gt; &lt;script&gt;</p>"
                                            << "\\<h2>x\\</h2> \\<script>\n";
    QTest::newRow("ordered-list lookalike") << "<p>1. Not a list</p>"
                                            << "1\\. Not a list\n";
    QTest::newRow("paren list lookalike") << "<p>12) no</p>"
                                          << "12\\) no\n";
    QTest::newRow("heading lookalike") << "<p># no</p>"
                                       << "\\# no\n";
    QTest::newRow("quote and bullet lookalikes") << "<p>&gt; a</p><p>- b</p><p>+ c</p>"
                                                 << "\\> a\n\n\\- b\n\n\\+ c\n";
    QTest::newRow("emphasis lookalikes") << "<p>*a* _b_ snake_case `c` ~~d~~</p>"
                                         << "\\*a\\* \\_b\\_ snake_case \\`c\\` \\~\\~d\\~\\~\n";
    QTest::newRow("link lookalike") << "<p>[a](b)</p>"
                                    << "\\[a](b)\n";
    QTest::newRow("entity lookalike") << "<p>&amp;copy; &amp; x</p>"
                                      << "\\&copy; & x\n";
    QTest::newRow("rule and setext lookalikes") << "<p>---</p><p>===</p>"
                                                << "\\---\n\n\\===\n";
    QTest::newRow("line start after a break") << "<p>a<br># b</p>"
                                              << "a\\\n\\# b\n";
    QTest::newRow("trailing hashes in a heading") << "<h2>C #</h2>"
                                                  << "## C \\#\n";
    QTest::newRow("backslash") << "<p>C:\\dir</p>"
                               << "C:\\\\dir\n";
}

void TstHtmlToMarkdown::literalTextIsEscaped()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QCOMPARE(md(html), markdown);
}

void TstHtmlToMarkdown::safety_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("repair");
    QTest::newRow("script") << "<p>a</p><script>alert(1)</script><p>b</p>"
                            << "a\n\nb\n"
                            << int(HtmlRepair::ScriptRemoved);
    QTest::newRow("style") << "<style>p{}</style><p>a</p>"
                           << "a\n"
                           << int(HtmlRepair::StyleRemoved);
    QTest::newRow("handler") << "<p onclick=\"x()\">a</p>"
                             << "a\n"
                             << int(HtmlRepair::EventHandlerRemoved);
    QTest::newRow("javascript link keeps its words")
        << "<p><a href=\" JavaScript:alert(1)\">here</a></p>"
        << "here\n"
        << int(HtmlRepair::UnsafeUrlRemoved);
    QTest::newRow("tab-split javascript link") << "<p><a href=\"java&#9;script:alert(1)\">x</a></p>"
                                               << "x\n"
                                               << int(HtmlRepair::UnsafeUrlRemoved);
    QTest::newRow("data html link") << "<p><a href=\"data:text/html,<b>x\">d</a></p>"
                                    << "d\n"
                                    << int(HtmlRepair::UnsafeUrlRemoved);
    QTest::newRow("svg data image keeps alt")
        << "<p><img src=\"data:image/svg+xml;base64,AAA\" alt=\"pic\"></p>"
        << "pic\n"
        << int(HtmlRepair::UnsafeUrlRemoved);
    QTest::newRow("javascript iframe") << "<iframe src=\"javascript:alert(1)\"></iframe><p>a</p>"
                                       << "a\n"
                                       << int(HtmlRepair::UnsafeUrlRemoved);
    QTest::newRow("form") << "<form><input name=q><button>Go</button></form><p>a</p>"
                          << "a\n"
                          << int(HtmlRepair::FormRemoved);
    QTest::newRow("svg") << "<svg onload=\"x()\"><script>y()</script></svg><p>a</p>"
                         << "a\n"
                         << int(HtmlRepair::UnsupportedRemoved);
}

void TstHtmlToMarkdown::safety()
{
    QFETCH(QString, html);
    QFETCH(QString, markdown);
    QFETCH(int, repair);
    const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(html);
    QCOMPARE(result.markdown, markdown);
    QVERIFY(result.count(HtmlRepair(repair)) >= 1);
    verifySafe(result.markdown);
}

void TstHtmlToMarkdown::embedsSurviveAsLinks()
{
    const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(
        QStringLiteral("<p>Watch:</p><iframe src=\"https://www.youtube.com/embed/abcdEFGH123?"
                       "feature=oembed\"></iframe>"
                       "<video><source src=\"https://e.com/v.mp4\">No video.</video>"
                       "<audio src=\"https://e.com/a.mp3\"></audio>"
                       "<p>x <iframe src=\"https://player.vimeo.com/video/42\"></iframe> y</p>"
                       "<iframe src=\"//maps.example.com/embed?a=1\"></iframe>"
                       "<iframe></iframe>"));
    QCOMPARE(result.markdown, QStringLiteral("Watch:\n\n"
                                             "https://www.youtube.com/watch?v=abcdEFGH123\n\n"
                                             "https://e.com/v.mp4\n\n"
                                             "https://e.com/a.mp3\n\n"
                                             "x\n\n"
                                             "https://vimeo.com/42\n\n"
                                             "y\n\n"
                                             "https://maps.example.com/embed?a=1\n"));
    QCOMPARE(result.count(HtmlRepair::EmbedKeptAsLink), 5);
    QCOMPARE(result.count(HtmlRepair::EmbedWithoutSource), 1);
    QCOMPARE(result.embedUrls.size(), 5);
    // In a table cell an embed cannot be a line of its own: it becomes a link.
    QCOMPARE(md(QStringLiteral("<table><tr><td><iframe src=\"https://e.com/w\"></iframe></td>"
                               "</tr></table>")),
             QStringLiteral("| [https://e.com/w](https://e.com/w) |\n| --- |\n"));
}

void TstHtmlToMarkdown::shortcodes()
{
    const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(QStringLiteral(
        "<p>[caption id=\"attachment_1\" width=\"300\"]<img src=\"https://e.com/c.png\" "
        "alt=\"Chart\"> Growth of Flask[/caption]</p>"
        "<p>[gallery ids=\"1,2\"] Text. [sic] stays, [note]this[/note] goes.</p>"));
    QCOMPARE(result.markdown, QStringLiteral("![Chart](https://e.com/c.png)\n\n"
                                             "Growth of Flask\n\n"
                                             "Text. \\[sic] stays, this goes.\n"));
    QCOMPARE(result.count(HtmlRepair::ShortcodeDropped), 5);
    QCOMPARE(result.shortcodes, QStringList({QStringLiteral("caption"), QStringLiteral("gallery"),
                                             QStringLiteral("note")}));
}

void TstHtmlToMarkdown::tablesWithSpansStayHtml()
{
    const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(
        QStringLiteral("<table style=\"width:1px\" onclick=\"x()\"><tr><th colspan=\"2\" "
                       "class=\"c\">Head</th></tr>"
                       "<tr><td>a &lt;b&gt;</td><td><a href=\"javascript:x()\">bad</a> "
                       "<a href=\"https://e.com\">ok</a></td></tr></table>"));
    QCOMPARE(result.markdown,
             QStringLiteral("<table><tbody>\n"
                            "<tr><th colspan=\"2\">Head</th></tr>\n"
                            "<tr><td>a &lt;b&gt;</td><td>bad <a href=\"https://e.com\">ok</a></td>"
                            "</tr></tbody>\n</table>\n"));
    QCOMPARE(result.count(HtmlRepair::TableKeptAsHtml), 1);
    QCOMPARE(result.count(HtmlRepair::UnsafeUrlRemoved), 1);
    verifySafe(result.markdown);
    // Block content in a cell also has no pipe-table form.
    QVERIFY(md(QStringLiteral("<table><tr><td><ul><li>x</li></ul></td></tr></table>"))
                .startsWith(QStringLiteral("<table>")));
}

void TstHtmlToMarkdown::deepNestingDoesNotOverflow()
{
    for (const char *tag : {"div", "blockquote", "ul><li", "span", "b"}) {
        const QString open = u'<' + QLatin1StringView(tag) + u'>';
        QString html;
        html.reserve(10000 * 12);
        for (int i = 0; i < 10000; ++i)
            html += open;
        html += QStringLiteral("deep text");
        const pw::HtmlToMarkdownResult result = pw::htmlToMarkdown(html);
        QVERIFY2(result.markdown.contains(QStringLiteral("deep text")), tag);
        QVERIFY2(result.count(HtmlRepair::DeepNestingFlattened) >= 1, tag);
    }
}

void TstHtmlToMarkdown::emptyAndWhitespaceInput()
{
    QCOMPARE(md(QString()), QString());
    QCOMPARE(md(QStringLiteral("  \n <p>&nbsp;</p> <div></div>")), QString());
    QCOMPARE(md(QStringLiteral("<p><strong></strong></p>")), QString());
}

void TstHtmlToMarkdown::seed003()
{
    const QString markdown = md(seedContent("003"));
    // Checked against the HTML by eye: Easy-TOC spans gone, strong dropped in headings, the
    // blockquote inside <p> is a quote, Also-Read rules are rules.
    QVERIFY(markdown.startsWith(QStringLiteral("---\n\n## Highlights\n\n- Flask wins for")));
    QVERIFY(markdown.contains(QStringLiteral("\n## What is Flask?\n")));
    QVERIFY(markdown.contains(QStringLiteral(
        "\n![big companies that trust flask](https://www.hostitsmart.com/blog/wp-content/uploads/"
        "2025/08/big-companies-that-trust-flask.jpg)\n")));
    QVERIFY(markdown.contains(QStringLiteral(
        "\n> [**As per the Stack Overflow 2024 survey of top technologies,**](https://"
        "survey.stackoverflow.co/2024/technology#most-popular-technologies) **Flask ranks in the "
        "10th position among the 36 technologies, with around 13% developers using it.**\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n### ➢ What is the Difference Between Flask and "
                                             "Django?\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n- **Flask:** Flask is a micro-framework.")));
    QVERIFY(markdown.contains(QStringLiteral("\n**1. Which is better, Django or Flask?**\n\nWe")));
    QVERIFY(!markdown.contains(QStringLiteral("ez-toc")));
    QVERIFY(!markdown.contains(QStringLiteral("<")));
    verifySafe(markdown);
}

void TstHtmlToMarkdown::seed004NeverShowsLiteralStars()
{
    const QString markdown = md(seedContent("004"));
    QVERIFY(markdown.startsWith(QStringLiteral("**Introduction**\n\nFor Web application")));
    QVERIFY(markdown.contains(QStringLiteral("\n**Head-to-Head Analysis**\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n| Frameworks | Growth Percentage |\n"
                                             "| --- | --- |\n| React.JS | 22.55% |\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n|  | **Django** | **Flask** |\n")));
    QVERIFY(markdown.contains(QStringLiteral("| AS\\[.NET Core | 4.43% |")));
    // Every "**" must open or close a run: never next to whitespace on its inner side.
    static const QRegularExpression run(QStringLiteral(R"(\*\*[^*\s](?:[^*]*[^*\s])?\*\*)"));
    const qsizetype delimiters = markdown.count(QStringLiteral("**"));
    qsizetype inRuns = 0;
    for (auto it = run.globalMatch(markdown); it.hasNext(); it.next())
        inRuns += 2;
    QCOMPARE(inRuns, delimiters);
    QVERIFY(!markdown.contains(QStringLiteral("<")));
}

void TstHtmlToMarkdown::fixturesAreSafe_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"lists.html", "tables.html", "code.html", "quotes_misc.html",
                             "literal_text.html", "embeds.html", "unsafe.html", "images.html"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TstHtmlToMarkdown::fixturesAreSafe()
{
    QFETCH(QString, file);
    const QString markdown = md(fixture(file.toLatin1().constData()));
    QVERIFY(!markdown.isEmpty());
    verifySafe(markdown);
}

QTEST_GUILESS_MAIN(TstHtmlToMarkdown)
#include "tst_html_to_markdown.moc"
