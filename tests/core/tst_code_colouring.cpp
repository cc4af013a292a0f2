// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fenced code coloured by language in the analysis snapshot (editor spans, preview blocks) and
// in the HTML that leaves the app, with the real helper process (POSTWRIGHT_HIGHLIGHTER).
// Expected colours are GitHub Light's and GitHub Dark's as `kate-syntax-highlighter -f html`
// writes them for the same code.

#include "core/export/html_export.h"
#include "core/highlight/code_highlighter.h"
#include "core/highlight/highlighter_location.h"
#include "core/markdown/analysis.h"

#include <QRegularExpression>
#include <QtTest>

using namespace pw;

namespace {

// Line numbers (0-based) are written beside each line.
const QString kBody = QStringLiteral(
    "Intro paragraph.\n"          // 0
    "\n"                          // 1
    "```py\n"                     // 2
    "def f(x):\n"                 // 3
    "    return \"hi\"  # note\n" // 4
    "```\n"                       // 5
    "\n"                          // 6
    "> ```cpp\n"                  // 7
    "> int x = 0; // done\n"      // 8
    "> ```\n"                     // 9
    "\n"                          // 10
    "- item\n"                    // 11
    "\n"                          // 12
    "  ```pyhton\n"               // 13
    "  print(1)\n"                // 14
    "  ```\n"                     // 15
    "\n"                          // 16
    "```text\n"                   // 17
    "plain words\n"               // 18
    "```\n");                     // 19

constexpr Argb kLightKeyword = 0xffd73a49;
constexpr Argb kLightString = 0xff032f62;
constexpr Argb kLightComment = 0xff6a737d;
constexpr Argb kDarkKeyword = 0xfff97583;
constexpr Argb kDarkString = 0xff9ecbff;

std::optional<CodeSpan> spanAt(const Snapshot &snapshot, int line, int column)
{
    for (const CodeSpan &span : snapshot.codeSpans) {
        if (span.line == line && span.column == column)
            return span;
    }
    return std::nullopt;
}

QString blockHolding(const Snapshot &snapshot, int line)
{
    for (const PreviewBlock &block : snapshot.blocks) {
        if (block.firstLine <= line && line <= block.lastLine)
            return block.html;
    }
    return {};
}

} // namespace

class TestCodeColouring : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<CodeHighlighter> m_highlighter;

    SnapshotPtr analyse(bool dark)
    {
        Post post;
        post.body = kBody;
        AnalysisContext context;
        context.code = CodeColouring::forPreview(m_highlighter, dark);
        return analyzePost(post, context, 1);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("POSTWRIGHT_HIGHLIGHTER") && !codeColouringInProcess())
            QSKIP("this build has no highlighter helper (POSTWRIGHT_HIGHLIGHTER is unset)");
        m_highlighter = makeCodeHighlighter();
        QVERIFY(m_highlighter);
        QVERIFY2(m_highlighter->unavailableReason().isEmpty(),
                 qPrintable(m_highlighter->unavailableReason()));
    }

    void editorSpansCarryTheLanguagesColours()
    {
        const SnapshotPtr snapshot = analyse(false);
        QVERIFY(snapshot->codeNotice.isEmpty());
        const std::optional<CodeSpan> def = spanAt(*snapshot, 3, 0);
        QVERIFY(def);
        QCOMPARE(def->length, 3);
        QCOMPARE(def->foreground, kLightKeyword);
        // "    return " is 11 units: the string starts after it.
        const std::optional<CodeSpan> string = spanAt(*snapshot, 4, 11);
        QVERIFY(string);
        QCOMPARE(string->length, 4);
        QCOMPARE(string->foreground, kLightString);
        // Inside a quote the code starts after "> ": the comment is at 2 + 11.
        const std::optional<CodeSpan> comment = spanAt(*snapshot, 8, 13);
        QVERIFY(comment);
        QCOMPARE(comment->length, 7);
        QCOMPARE(comment->foreground, kLightComment);
        // An unknown language and plain text stay uncoloured; fences themselves are never.
        for (const CodeSpan &span : snapshot->codeSpans) {
            QVERIFY2(span.line != 14 && span.line != 18, qPrintable(QString::number(span.line)));
            QVERIFY(span.line != 2 && span.line != 5);
        }
        QVERIFY(std::is_sorted(snapshot->codeSpans.cbegin(), snapshot->codeSpans.cend(),
                               [](const CodeSpan &a, const CodeSpan &b) {
                                   return a.line != b.line ? a.line < b.line
                                                           : a.column < b.column;
                               }));
    }

    void darkThemeHasItsOwnColours()
    {
        const SnapshotPtr snapshot = analyse(true);
        QCOMPARE(spanAt(*snapshot, 3, 0)->foreground, kDarkKeyword);
        QCOMPARE(spanAt(*snapshot, 4, 11)->foreground, kDarkString);
        const QString html = blockHolding(*snapshot, 3);
        QVERIFY2(html.contains(QLatin1String("<span style=\"color:#f97583\">def</span>")),
                 qPrintable(html));
    }

    void previewBlocksAreColouredAndLabelled()
    {
        const SnapshotPtr snapshot = analyse(false);
        const QString python = blockHolding(*snapshot, 3);
        QVERIFY2(python.startsWith(QLatin1String(
                     "<pre data-sourcepos=\"3:1-6:3\" data-pw-label=\"Python\"><code "
                     "class=\"language-py\"><span style=\"color:#d73a49\">def</span> f(x):\n")),
                 qPrintable(python));
        QVERIFY(python.contains(QLatin1String("<span style=\"color:#032f62\">&quot;hi&quot;</span>")));
        QVERIFY(python.endsWith(QLatin1String("</code></pre>\n")));

        // Nested in a quote: coloured in place, its position kept for scroll sync.
        const QString quote = blockHolding(*snapshot, 8);
        QVERIFY2(quote.startsWith(QLatin1String("<blockquote data-sourcepos=\"8:1-10:5\">")),
                 qPrintable(quote));
        QVERIFY2(quote.contains(QLatin1String("<pre data-sourcepos=\"8:3-10:5\" data-pw-label=\"C++\">")),
                 qPrintable(quote));
        QVERIFY(quote.contains(QLatin1String("<span style=\"color:#6a737d\">// done</span>")));

        // A typo stays plain and says so in the caption.
        const QString list = blockHolding(*snapshot, 14);
        QVERIFY2(list.contains(QLatin1String("data-pw-unknown")), qPrintable(list));
        QVERIFY(list.contains(QLatin1String("pyhton")));
        QVERIFY(list.contains(QLatin1String("<code class=\"language-pyhton\">print(1)\n</code>")));

        // "text" is plain on purpose: cmark's own HTML, no caption.
        QCOMPARE(blockHolding(*snapshot, 18),
                 QStringLiteral("<pre data-sourcepos=\"18:1-20:3\"><code class=\"language-text\">"
                                "plain words\n</code></pre>\n"));
    }

    void themeChangesTheHashOfCodeBlocksOnly()
    {
        const SnapshotPtr light = analyse(false);
        const SnapshotPtr dark = analyse(true);
        QCOMPARE(light->blocks.size(), dark->blocks.size());
        QCOMPARE(light->blocks.at(0).hash, dark->blocks.at(0).hash); // the intro paragraph
        QVERIFY(light->blocks.at(1).hash != dark->blocks.at(1).hash); // the Python block
    }

    void withoutHighlighterCodeIsCmarksOwn()
    {
        Post post;
        post.body = kBody;
        const SnapshotPtr snapshot = analyzePost(post, AnalysisContext{}, 1);
        QVERIFY(snapshot->codeSpans.isEmpty());
        QVERIFY(snapshot->codeNotice.isEmpty());
        QCOMPARE(blockHolding(*snapshot, 3),
                 QStringLiteral("<pre data-sourcepos=\"3:1-6:3\"><code class=\"language-py\">"
                                "def f(x):\n    return &quot;hi&quot;  # note\n</code></pre>\n"));
    }

    void helperNowhereLeavesCodePlainAndSaysWhy()
    {
        if (codeColouringInProcess())
            QSKIP("this build colours in process: there is no helper to miss");
        const QByteArray saved = qgetenv("POSTWRIGHT_HIGHLIGHTER");
        qputenv("POSTWRIGHT_HIGHLIGHTER", "/nonexistent/postwright-highlighter");
        const std::shared_ptr<CodeHighlighter> nowhere = makeCodeHighlighter();
        qputenv("POSTWRIGHT_HIGHLIGHTER", saved);
        Post post;
        post.body = kBody;
        AnalysisContext context;
        context.code = CodeColouring::forPreview(nowhere, false);
        const SnapshotPtr snapshot = analyzePost(post, context, 1);
        QVERIFY(snapshot->codeSpans.isEmpty());
        QVERIFY2(snapshot->codeNotice.contains(QLatin1String("/nonexistent/postwright-highlighter")),
                 qPrintable(snapshot->codeNotice));
        QVERIFY(blockHolding(*snapshot, 3).startsWith(
            QLatin1String("<pre data-sourcepos=\"3:1-6:3\"><code class=\"language-py\">def f(x):")));
    }

    void pagesGetInlineStyles()
    {
        const QString html =
            renderCleanHtml(kBody, CodeColouring::forPages(m_highlighter, QStringLiteral("inline")));
        QVERIFY2(html.contains(QLatin1String(
                     "<pre style=\"background-color:#ffffff;color:#24292e\"><code "
                     "class=\"language-py\"><span style=\"color:#d73a49\">def</span>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QLatin1String("data-pw-label")));
        QVERIFY(!html.contains(QLatin1String("data-sourcepos")));
    }

    void pagesGetClassesAndOneStylesheet()
    {
        const CodeColouring classes =
            CodeColouring::forPages(m_highlighter, QStringLiteral("classes"));
        const QString html = renderCleanHtml(kBody, classes);
        QVERIFY2(html.contains(QLatin1String("<pre class=\"pw-code\"><code class=\"language-py\">"
                                             "<span class=\"hl-keyword\">def</span>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QLatin1String("style=")));
        const QString css = codeStylesheetFor(classes);
        QVERIFY2(css.contains(QLatin1String(".pw-code{background-color:#ffffff;color:#24292e}")),
                 qPrintable(css));
        QVERIFY(css.contains(QLatin1String(".pw-code .hl-keyword{color:#d73a49}")));
        const qsizetype dark = css.indexOf(QLatin1String("@media (prefers-color-scheme: dark){"));
        QVERIFY(dark > 0);
        QVERIFY(css.indexOf(QLatin1String(".pw-code .hl-keyword{color:#f97583}")) > dark);

        const QString page = exportHtml(Post{}, classes);
        QVERIFY(page.contains(QLatin1String(".pw-code .hl-keyword{color:#d73a49}")));
    }

    void noneLeavesPagesPlain()
    {
        QCOMPARE(renderCleanHtml(kBody, CodeColouring::forPages(m_highlighter, QStringLiteral("none"))),
                 renderCleanHtml(kBody));
    }
};

QTEST_GUILESS_MAIN(TestCodeColouring)
#include "tst_code_colouring.moc"
