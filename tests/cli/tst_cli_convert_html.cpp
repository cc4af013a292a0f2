// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postwright convert FILE --to html` writes what File → Export → As HTML writes, byte for
// byte: the built binary's output is compared with the core's page of the same post (the GUI
// export writes through writeHtmlPage, which writes exportHtml's UTF-8). Its fenced code is
// coloured as --code-colours says, with the colours KSyntaxHighlighting's own
// kate-syntax-highlighter gives for the GitHub Light (and Dark) theme.
#include "cli/cli_run.h"
#include "core/export/html_export.h"
#include "core/highlight/highlighter_location.h"
#include "core/import/gumbo_handles.h"
#include "core/io/post_file.h"
#include "gumbo_support.h"
#include "test_support.h"

#include <QtTest>

using namespace pw;
using namespace pw::test;

namespace {

QByteArray exportedPage(const QString &path)
{
    const QList<PostReadResult> read = readAllPostsFromFile(path);
    return read.constFirst().post ? exportHtml(*read.constFirst().post).toUtf8() : QByteArray();
}

const QString kPythonCode = QStringLiteral("def area(r):\n    return 3.14 * r * r\n");
const QString kCppCode = QStringLiteral("#include <cstdio>\nint main() { return 0; }\n");

// A post with a Python and a C++ block, the second inside a list item.
QString writeCodePost(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("code.md"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QString indented;
    for (const QString &line : kCppCode.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        indented += QStringLiteral("   ") + line + QLatin1Char('\n');
    file.write(QStringLiteral("---\ntitle: Code & colours\ndescription: Two languages.\n---\n"
                              "Some Python:\n\n```python\n%1```\n\n"
                              "- and C++:\n\n   ```cpp\n%2   ```\n")
                   .arg(kPythonCode, indented)
                   .toUtf8());
    return path;
}

// The colour assertions need the real helper, which CTest names (tests/CMakeLists.txt).
bool haveHelper()
{
    return !qEnvironmentVariable("POSTWRIGHT_HIGHLIGHTER").isEmpty();
}

QProcessEnvironment environmentWith(const QString &name, const QString &value)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(name, value);
    return environment;
}

// What a browser makes of the page's code: each <pre>'s text and attributes, the <style>
// texts of the head, and every element name.
struct ParsedPage {
    QStringList preTexts;
    QStringList preStyles;
    QStringList preClasses;
    QStringList codeClasses;
    QStringList headStyles;
    QStringList tags;
    QStringList spanClasses;
};

void collect(const GumboNode *node, ParsedPage &page, bool inHead)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &element = node->v.element;
    page.tags << QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    switch (element.tag) {
    case GUMBO_TAG_HEAD:
        inHead = true;
        break;
    case GUMBO_TAG_STYLE:
        if (inHead)
            page.headStyles << gumboText(node);
        break;
    case GUMBO_TAG_PRE:
        page.preTexts << gumboText(node);
        page.preStyles << gumboAttribute(element, "style");
        page.preClasses << gumboAttribute(element, "class");
        break;
    case GUMBO_TAG_CODE:
        page.codeClasses << gumboAttribute(element, "class");
        break;
    case GUMBO_TAG_SPAN:
        if (const QString name = gumboAttribute(element, "class"); !name.isEmpty())
            page.spanClasses << name;
        break;
    default:
        break;
    }
    for (unsigned i = 0; i < element.children.length; ++i)
        collect(static_cast<const GumboNode *>(element.children.data[i]), page, inHead);
}

ParsedPage parse(const QByteArray &html)
{
    const gumbo::OutputPtr output = gumbo::parse(html);
    ParsedPage page;
    collect(output->root, page, false);
    return page;
}

// An executable that only leaves a mark that it was started, then fails as a helper.
QString writeMarkingHelper(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("marking-helper"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("#!/bin/sh\ntouch '%1'\nexit 1\n")
                   .arg(dir.filePath(QStringLiteral("started")))
                   .toUtf8());
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class TestCliConvertHtml : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PW_BINARY)), PW_BINARY);
        QVERIFY2(!seedPaths().isEmpty(), "seeds not found in " PW_SEEDS_DIR);
    }

    void htmlIsTheExportedPage_data()
    {
        QTest::addColumn<QString>("seedPath");
        for (const QString &path : seedPaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void htmlIsTheExportedPage()
    {
        QFETCH(QString, seedPath);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("post.txt"));
        QVERIFY(QFile::copy(seedPath, input));
        const QByteArray expected = exportedPage(input);
        QVERIFY(expected.startsWith("<!DOCTYPE html>\n"));

        const CliRun toStdout = runPostwright({"convert", input, "--to", "html"});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, expected);

        const QString output = dir.filePath(QStringLiteral("post.html"));
        const CliRun toFile = runPostwright({"convert", input, "--to", "html", "-o", output});
        QCOMPARE(toFile.exitCode, 0);
        QVERIFY(toFile.out.isEmpty());
        QCOMPARE(fileBytes(output), expected);
        // The GUI's writer, on the same post.
        const QString viaExport = dir.filePath(QStringLiteral("export.html"));
        QVERIFY(writeHtmlPage(viaExport, *readAllPostsFromFile(input).constFirst().post).ok);
        QCOMPARE(fileBytes(output), fileBytes(viaExport));
    }

    void htmlIsNamedInHelpAndErrors()
    {
        const CliRun help = runPostwright({"--help"});
        QVERIFY(help.out.contains("convert FILE --to json|markdown|generator|html"));
        const CliRun unknown = runPostwright({"convert", seed("000"), "--to", "pdf"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("use json, markdown, generator or html"),
                 unknown.err.constData());
        const CliRun missing = runPostwright({"convert", seed("000")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("--to json|markdown|generator|html"),
                 missing.err.constData());
    }

    // The default: style attributes in GitHub Light's colours (checked by eye against
    // `kate-syntax-highlighter -s Python -t "GitHub Light" -f html`), the <pre> in the theme's
    // background and text colour, and the code's text unchanged for a browser.
    void codeIsColouredInlineByDefault()
    {
        if (!haveHelper())
            QSKIP("POSTWRIGHT_HIGHLIGHTER is not set: this build has no colouring helper");
        QTemporaryDir dir;
        const QString input = writeCodePost(dir);
        const CliRun run = runPostwright({"convert", input, "--to", "html"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QByteArray &html = run.out;
        QVERIFY2(html.contains("<span style=\"color:#d73a49\">def</span> area(r):"),
                 html.constData());
        QVERIFY(html.contains("<span style=\"color:#d73a49\">return</span>"));
        QVERIFY(html.contains("<span style=\"color:#005cc5\">3.14</span>"));
        QVERIFY(html.contains("<span style=\"color:#d73a49\">int</span> main()"));
        QVERIFY(html.contains("<span style=\"color:#032f62\">&lt;cstdio&gt;</span>"));
        QVERIFY(!html.contains("class=\"hl-"));
        QVERIFY(!html.contains(".pw-code"));

        const ParsedPage page = parse(html);
        QCOMPARE(page.preTexts, QStringList({kPythonCode, kCppCode}));
        QCOMPARE(page.codeClasses,
                 QStringList({QStringLiteral("language-python"), QStringLiteral("language-cpp")}));
        for (const QString &style : page.preStyles)
            QCOMPARE(style, QStringLiteral("background-color:#ffffff;color:#24292e"));
        QVERIFY(page.tags.contains(QStringLiteral("article")));
        QCOMPARE(page.tags.count(QStringLiteral("li")), 1);
        QCOMPARE(page.tags.count(QStringLiteral("script")), 1); // the JSON-LD only

        // The same bytes as the explicit choice, and as the file -o writes.
        const CliRun named =
            runPostwright({"convert", input, "--to", "html", "--code-colours", "inline"});
        QCOMPARE(named.out, html);
        const QString output = dir.filePath(QStringLiteral("code.html"));
        QCOMPARE(runPostwright({"convert", input, "--to", "html", "-o", output}).exitCode, 0);
        QCOMPARE(fileBytes(output), html);
    }

    void classesComeWithTheirStylesheet()
    {
        if (!haveHelper())
            QSKIP("POSTWRIGHT_HIGHLIGHTER is not set: this build has no colouring helper");
        QTemporaryDir dir;
        const QString input = writeCodePost(dir);
        const CliRun run =
            runPostwright({"convert", input, "--to", "html", "--code-colours", "classes"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QByteArray &html = run.out;
        QVERIFY2(html.contains("<span class=\"hl-keyword\">def</span> area(r):"), html.constData());
        QVERIFY(html.contains("<span class=\"hl-data-type\">int</span>"));
        QVERIFY(!html.contains("<span style="));
        QVERIFY(!html.contains("color:#d73a49\">"));

        const ParsedPage page = parse(html);
        QCOMPARE(page.preTexts, QStringList({kPythonCode, kCppCode}));
        QCOMPARE(page.preClasses,
                 QStringList({QStringLiteral("pw-code"), QStringLiteral("pw-code")}));
        QVERIFY(page.spanClasses.contains(QStringLiteral("hl-keyword")));
        // The page's own <style> and one for the code, both in the head.
        QCOMPARE(page.headStyles.size(), 2);
        const QString css = page.headStyles.at(1);
        QVERIFY2(css.contains(QStringLiteral(".pw-code{background-color:#ffffff;color:#24292e}")),
                 qPrintable(css));
        QVERIFY2(css.contains(QStringLiteral(".pw-code .hl-keyword{color:#d73a49}")),
                 qPrintable(css));
        QVERIFY(css.contains(QStringLiteral(".pw-code .hl-data-type{color:#d73a49}")));
        // GitHub Dark for readers whose system is dark.
        const qsizetype dark = css.indexOf(QStringLiteral("@media (prefers-color-scheme: dark){"));
        QVERIFY2(dark > 0, qPrintable(css));
        QVERIFY(css.indexOf(QStringLiteral(".pw-code .hl-keyword{color:#f97583}")) > dark);
        QVERIFY(css.indexOf(QStringLiteral(".pw-code{background-color:#24292e;color:#e1e4e8}")) >
                dark);
    }

    void noneLeavesCmarksCode()
    {
        QTemporaryDir dir;
        const QString input = writeCodePost(dir);
        const CliRun run =
            runPostwright({"convert", input, "--to", "html", "--code-colours", "none"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QByteArray expected = "<pre><code class=\"language-python\">def area(r):\n"
                                    "    return 3.14 * r * r\n</code></pre>";
        QVERIFY2(run.out.contains(expected), run.out.constData());
        QVERIFY(run.out.contains("<pre><code class=\"language-cpp\">#include &lt;cstdio&gt;\n"
                                 "int main() { return 0; }\n</code></pre>"));
        QVERIFY(!run.out.contains("<span"));
        QVERIFY(!run.out.contains("pw-code"));
        QVERIFY(!run.out.contains("hl-"));
        const ParsedPage page = parse(run.out);
        QCOMPARE(page.preTexts, QStringList({kPythonCode, kCppCode}));
        QCOMPARE(page.headStyles.size(), 1);
        // The core's page without colours, byte for byte.
        QCOMPARE(run.out, exportedPage(input));
    }

    // No helper where the variable points: the page is written all the same, its code plain,
    // and one line on stderr says why.
    void aMissingHelperLeavesCodePlainAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString input = writeCodePost(dir);
        const QString nowhere = dir.filePath(QStringLiteral("no-such-helper"));
        const CliRun run =
            runPostwright({"convert", input, "--to", "html"},
                          environmentWith(QStringLiteral("POSTWRIGHT_HIGHLIGHTER"), nowhere));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("<pre><code class=\"language-python\">def area(r):\n"),
                 run.out.constData());
        QVERIFY(!run.out.contains("<span"));
        QCOMPARE(run.out, exportedPage(input));
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().contains(input.toUtf8()), run.err.constData());
        QVERIFY2(lines.constFirst().contains("without colours"), run.err.constData());
        // A build without colouring looks for no helper, and says that instead.
        QVERIFY2(lines.constFirst().contains(codeColouringBuiltIn() ? nowhere.toUtf8()
                                                                    : "has no code colouring"),
                 run.err.constData());

        // A post without code has nothing to say about it.
        const CliRun seedRun =
            runPostwright({"convert", seed("000"), "--to", "html"},
                          environmentWith(QStringLiteral("POSTWRIGHT_HIGHLIGHTER"), nowhere));
        QCOMPARE(seedRun.exitCode, 0);
        QVERIFY2(seedRun.err.isEmpty(), seedRun.err.constData());
    }

    // Only a page colours code: other formats, and --code-colours none, never start a helper.
    void onlyColouredHtmlStartsTheHelper()
    {
        QTemporaryDir dir;
        const QString input = writeCodePost(dir);
        const QString helper = writeMarkingHelper(dir);
        QVERIFY(!helper.isEmpty());
        const QString mark = dir.filePath(QStringLiteral("started"));
        const QProcessEnvironment environment =
            environmentWith(QStringLiteral("POSTWRIGHT_HIGHLIGHTER"), helper);
        for (const char *format : {"markdown", "json", "generator"}) {
            const CliRun run = runPostwright({"convert", input, "--to", format}, environment);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!QFile::exists(mark), format);
        }
        const CliRun none = runPostwright(
            {"convert", input, "--to", "html", "--code-colours", "none"}, environment);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(!QFile::exists(mark));
        if (!codeColouringBuiltIn())
            QSKIP("this build has no code colouring: it starts no helper at all");
        // The control: html does start it (and, as it fails, says so once).
        const CliRun html = runPostwright({"convert", input, "--to", "html"}, environment);
        QCOMPARE(html.exitCode, 0);
        QVERIFY(QFile::exists(mark));
        QCOMPARE(html.err.trimmed().count('\n'), 0);
        QVERIFY2(!html.err.isEmpty(), "a failing helper is reported");
    }

    void badCodeColoursAreRefused()
    {
        const CliRun convert =
            runPostwright({"convert", seed("000"), "--to", "html", "--code-colours", "rainbow"});
        QCOMPARE(convert.exitCode, 2);
        QVERIFY(convert.out.isEmpty());
        QVERIFY2(convert.err.contains(
                     "convert: unknown code colours \"rainbow\" (use inline, classes or none)"),
                 convert.err.constData());
        const CliRun missing =
            runPostwright({"convert", seed("000"), "--to", "html", "--code-colours"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("code-colours"), missing.err.constData());
        // Checked before any site is looked for.
        const CliRun publish = runPostwright(
            {"publish", seed("000"), "--site", "no-such-site", "--code-colours", "Inline"});
        QCOMPARE(publish.exitCode, 2);
        QVERIFY2(publish.err.contains(
                     "publish: unknown code colours \"Inline\" (use inline, classes or none)"),
                 publish.err.constData());
        const CliRun help = runPostwright({"--help"});
        QVERIFY(help.out.contains("--code-colours inline|classes|none"));
    }

    // Import writes posts to be opened and edited again; a page cannot be read back.
    void importStillRefusesHtml()
    {
        QTemporaryDir dir;
        const CliRun run = runPostwright(
            {"import", seed("000"), "--out", dir.filePath(QStringLiteral("out")), "--to", "html"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("use markdown or generator"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliConvertHtml)
#include "tst_cli_convert_html.moc"
