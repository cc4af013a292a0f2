// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/wordpress_import.h"
#include "core/markdown/analysis.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/pseudo_headings.h"
#include "core/markdown/source_map.h"
#include "test_support.h"

#include <QTest>

using namespace pw;

namespace {

QStringList lines(const QList<PseudoHeading> &headings)
{
    QStringList out;
    for (const PseudoHeading &heading : headings)
        out << pseudoHeadingLine(heading);
    return out;
}

QStringList found(const QString &body)
{
    return lines(findPseudoHeadings(body));
}

} // namespace

class TstPseudoHeadings : public QObject {
    Q_OBJECT
private slots:
    void seed004();
    void seed004Finding();
    void rangeIsTheWholeLine();
    void noBreakSpacesAndColons();
    void keepsInlineMarkup();
    void levelFollowsTheHeadingAbove();
    void convertingOneByOneKeepsLevels();
    void loneBulletItem();
    void notHeadings_data();
    void notHeadings();
    void acrossPieces();
    void escapesClosingHashes();
};

// The seed's body, converted from WordPress, checked by eye against `postwright convert 004
// --to markdown`: the twelve top-level bold lines (lines 9, 19, 69, ... of that output) and
// the ten "- **Philosophy**" items under "A detailed comparison", each a list of one item
// between paragraphs. The lists of several items under "Django Features" are left alone.
void TstPseudoHeadings::seed004()
{
    const WordPressImport imported = importWordPressJson(test::seedBytes("004"));
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const QString body = imported.posts.front().post.body;
    const QList<PseudoHeading> headings = findPseudoHeadings(body);
    QCOMPARE(lines(headings),
             (QStringList{
                 QStringLiteral("## Introduction"),
                 QStringLiteral("## Head-to-Head Analysis"),
                 QStringLiteral("## What is Django?"),
                 QStringLiteral("## What is Flusk?"),
                 QStringLiteral("## Flask & Django Features"),
                 QStringLiteral("## Django Features"),
                 QStringLiteral("## Flask Features"),
                 QStringLiteral("## A detailed comparison between Flask and Django"),
                 QStringLiteral("## Philosophy"),
                 QStringLiteral("## Admin"),
                 QStringLiteral("## Routing & Views"),
                 QStringLiteral("## Architecture"),
                 QStringLiteral("## Database Support"),
                 QStringLiteral("## Maturity"),
                 QStringLiteral("## Project Layout"),
                 QStringLiteral("## Security"),
                 QStringLiteral("## Flexibility"),
                 QStringLiteral("## RESTful API"),
                 QStringLiteral("## Lastly, When to use Flask & Django?"),
                 QStringLiteral("## Django is when"),
                 QStringLiteral("## If applicable, Flask should be used when"),
                 QStringLiteral("## Conclusion"),
             }));
    const QStringList bodyLines = body.split(QLatin1Char('\n'));
    // Output line n (1-based) is body line n - 9 (0-based): seven lines of front matter and
    // a blank line come first.
    const QList<int> expectedLines = {0,   10,  60,  68,  74,  78,  85,  92,  94,  102, 108,
                                      116, 122, 128, 134, 140, 146, 152, 160, 164, 172, 180};
    QCOMPARE(headings.size(), expectedLines.size());
    for (qsizetype i = 0; i < headings.size(); ++i) {
        QCOMPARE(headings[i].line, expectedLines[i]);
        QCOMPARE(body.mid(headings[i].range.start, headings[i].range.length),
                 bodyLines.at(headings[i].line));
        const QString &line = bodyLines.at(headings[i].line);
        QVERIFY(line.startsWith(QLatin1String("**")) || line.startsWith(QLatin1String("- **")));
    }
    QCOMPARE(headings.front().text, QStringLiteral("Introduction"));
}

void TstPseudoHeadings::seed004Finding()
{
    Post post = importWordPressJson(test::seedBytes("004")).posts.front().post;
    // The post's topic, so the keyphrase check of the subheadings has something to look for.
    post.extras.append({extra_key::keyphrase, QStringLiteral("Django")});
    post.extras.append({extra_key::synonyms, QStringLiteral("Flask")});
    const SnapshotPtr snapshot = analyzePost(post, {}, 1);
    QList<Finding> bold;
    for (const Finding &finding : snapshot->findings) {
        if (finding.id == QLatin1String("structure.bold_heading"))
            bold.append(finding);
    }
    QCOMPARE(bold.size(), 22);
    const Finding &first = bold.front();
    QCOMPARE(first.field, Field::Body);
    QCOMPARE(first.severity, Severity::Info);
    QCOMPARE(first.suggestion, QStringLiteral("## Introduction"));
    QCOMPARE(post.body.mid(first.range.start, first.range.length),
             QStringLiteral("**Introduction**"));
    QVERIFY(first.message.contains(QStringLiteral("“Introduction”")));
    QVERIFY(snapshot->outline.isEmpty());

    // Replacing every range with its suggestion gives the outline the headings, and the
    // subheading checks (bad: no subheading in 1,700 words) pass.
    for (qsizetype i = bold.size() - 1; i >= 0; --i)
        post.body.replace(bold[i].range.start, bold[i].range.length, bold[i].suggestion);
    const SnapshotPtr after = analyzePost(post, {}, 2);
    QCOMPARE(after->outline.size(), 22);
    QCOMPARE(after->outline.front().text, QStringLiteral("Introduction"));
    QCOMPARE(after->outline.front().level, 2);
    QVERIFY(findPseudoHeadings(post.body).isEmpty());
    const auto check = [](const SnapshotPtr &snapshot, const char *id) {
        for (const SeoCheck &check : snapshot->seo.checks) {
            if (check.id == QLatin1String(id))
                return check;
        }
        return SeoCheck{};
    };
    for (const char *id : {"subheadingsTooLong", "subheadingsKeyword"}) {
        QCOMPARE(check(snapshot, id).rating, SeoRating::Bad);
        QVERIFY2(check(after, id).rating == SeoRating::Good, qPrintable(check(after, id).message));
    }
}

void TstPseudoHeadings::rangeIsTheWholeLine()
{
    // UTF-16 offsets, though cmark counts UTF-8 bytes: "Ünïcödé" and the emoji come before.
    const QString body = QStringLiteral("Ünïcödé 😀 text.\r\n\r\n  **Größe** \r\n\r\nText.\r\n");
    const QList<PseudoHeading> headings = findPseudoHeadings(body);
    QCOMPARE(headings.size(), 1);
    QCOMPARE(headings[0].line, 2);
    QCOMPARE(body.mid(headings[0].range.start, headings[0].range.length),
             QStringLiteral("  **Größe** "));
    QCOMPARE(pseudoHeadingLine(headings[0]), QStringLiteral("## Größe"));
}

void TstPseudoHeadings::noBreakSpacesAndColons()
{
    QCOMPARE(found(QStringLiteral("**Introduction**\u00A0\n\nText.\n")),
             QStringList{QStringLiteral("## Introduction")});
    QCOMPARE(found(QStringLiteral("\u00A0**Introduction**\n\nText.\n")),
             QStringList{QStringLiteral("## Introduction")});
    QCOMPARE(found(QStringLiteral("**Introduction&nbsp;**\n\nText.\n")),
             QStringList{QStringLiteral("## Introduction")});
    QCOMPARE(found(QStringLiteral("**Introduction**&nbsp;\n\nText.\n")),
             QStringList{QStringLiteral("## Introduction")});
    QCOMPARE(found(QStringLiteral("**Use it when:**\n\nText.\n")),
             QStringList{QStringLiteral("## Use it when")});
    QCOMPARE(found(QStringLiteral("**Use it when**:\n\nText.\n")), QStringList());
    QCOMPARE(found(QStringLiteral("__Underscores__\n\nText.\n")),
             QStringList{QStringLiteral("## Underscores")});
    QCOMPARE(found(QStringLiteral("***Both***\n\nText.\n")),
             QStringList{QStringLiteral("## Both")});
    QCOMPARE(found(QStringLiteral("**_Both_**\n\nText.\n")),
             QStringList{QStringLiteral("## Both")});
}

void TstPseudoHeadings::keepsInlineMarkup()
{
    const QList<PseudoHeading> headings = findPseudoHeadings(
        QStringLiteral("**Why `cargo` and [Rust](https://rust-lang.org) *matter***\n\nText.\n"));
    QCOMPARE(headings.size(), 1);
    QCOMPARE(pseudoHeadingLine(headings[0]),
             QStringLiteral("## Why `cargo` and [Rust](https://rust-lang.org) *matter*"));
    QCOMPARE(headings[0].text, QStringLiteral("Why cargo and Rust matter"));
}

void TstPseudoHeadings::levelFollowsTheHeadingAbove()
{
    QCOMPARE(
        found(QStringLiteral("# Title\n\n**A**\n\nText.\n\n### Deep\n\n**B**\n\nText.\n"
                             "\n## Back\n\n**C**\n\nText.\n")),
        (QStringList{QStringLiteral("## A"), QStringLiteral("### B"), QStringLiteral("## C")}));
}

// The levels one at a time are those of all at once: each conversion is a heading above the
// next, and a sibling rule gives that one the same level again.
void TstPseudoHeadings::convertingOneByOneKeepsLevels()
{
    QString body = QStringLiteral("### Deep\n\n**A**\n\nText.\n\n**B**\n\nText.\n\n**C**\n\nx\n");
    const QStringList allAtOnce = found(body);
    QCOMPARE(allAtOnce, (QStringList{QStringLiteral("### A"), QStringLiteral("### B"),
                                     QStringLiteral("### C")}));
    QStringList oneByOne;
    for (QList<PseudoHeading> left; !(left = findPseudoHeadings(body)).isEmpty();) {
        const PseudoHeading &next = left.front();
        oneByOne << pseudoHeadingLine(next);
        body.replace(next.range.start, next.range.length, pseudoHeadingLine(next));
    }
    QCOMPARE(oneByOne, allAtOnce);
}

// WordPress's <ul><li><strong>Philosophy</strong></li></ul> between paragraphs.
void TstPseudoHeadings::loneBulletItem()
{
    const QString body = QStringLiteral("## Comparison\n\nText.\n\n* **Philosophy:**\n\nText.\n");
    const QList<PseudoHeading> headings = findPseudoHeadings(body);
    QCOMPARE(headings.size(), 1);
    QCOMPARE(body.mid(headings[0].range.start, headings[0].range.length),
             QStringLiteral("* **Philosophy:**"));
    QCOMPARE(pseudoHeadingLine(headings[0]), QStringLiteral("## Philosophy"));
}

void TstPseudoHeadings::notHeadings_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("bold lead-in followed by text")
        << QStringLiteral("**Note:** this is the text.\n\nMore.\n");
    QTest::newRow("bold line continued on the next line")
        << QStringLiteral("**Introduction**\nand the text goes on.\n\nMore.\n");
    QTest::newRow("bold items of a list") << QStringLiteral("- **Fast**\n- **Secure**\n\nText.\n");
    QTest::newRow("bold items of a loose list")
        << QStringLiteral("- **Fast**\n\n- **Secure**\n\nText.\n");
    QTest::newRow("bold lead-in of a list item")
        << QStringLiteral("- **Fast** and cheap\n\nText.\n");
    QTest::newRow("bold in a nested item") << QStringLiteral("- Item\n  - **Nested**\n\nText.\n");
    QTest::newRow("bold task item") << QStringLiteral("- [ ] **Task**\n\nText.\n");
    QTest::newRow("bold in a numbered item") << QStringLiteral("1. **Philosophy**\n\nText.\n");
    QTest::newRow("bold in a quote") << QStringLiteral("> **Quoted**\n\nText.\n");
    QTest::newRow("bold in a table")
        << QStringLiteral("| **A** | b |\n| --- | --- |\n| c | d |\n\nText.\n");
    QTest::newRow("long bold sentence")
        << QStringLiteral("**%1**\n\nText.\n").arg(QStringLiteral("word ").repeated(17).trimmed());
    QTest::newRow("bold sentence ending with a period")
        << QStringLiteral("**Always back up first.**\n\nText.\n");
    QTest::newRow("two bold runs") << QStringLiteral("**One** **Two**\n\nText.\n");
    QTest::newRow("italic only") << QStringLiteral("*Introduction*\n\nText.\n");
    QTest::newRow("last block of the post") << QStringLiteral("Text.\n\n**Thanks for reading!**\n");
    QTest::newRow("before a heading") << QStringLiteral("**Part one**\n\n## Chapter\n\nText.\n");
    QTest::newRow("before a rule") << QStringLiteral("**The end**\n\n---\n\nText.\n");
    QTest::newRow("no letters") << QStringLiteral("**---**\n\nText.\n");
    QTest::newRow("code block") << QStringLiteral("```\n**Introduction**\n\nx\n```\n\nText.\n");
    QTest::newRow("already a heading") << QStringLiteral("## **Introduction**\n\nText.\n");
}

void TstPseudoHeadings::notHeadings()
{
    QFETCH(QString, body);
    QCOMPARE(found(body), QStringList());
}

// A long body is parsed in pieces; what follows a piece's last block is in the next piece,
// and the heading above may be in an earlier one.
void TstPseudoHeadings::acrossPieces()
{
    QString body = QStringLiteral("### Deep\n\n");
    const QString filler = QStringLiteral("Some words to fill a paragraph here.\n\n");
    for (int i = 0; i < 40; ++i)
        body += QStringLiteral("**Part %1**\n\n").arg(i) + filler;
    body += QStringLiteral("**Closing line**\n");
    PseudoHeadingScanner scanner;
    int pieces = 0;
    parseInPieces(
        body,
        [&](cmark_node *document, const SourceMap &source, int firstLine) {
            ++pieces;
            scanner.scan(document, source, firstLine);
            return true;
        },
        256);
    QVERIFY(pieces > 5);
    const QList<PseudoHeading> headings = scanner.take();
    QCOMPARE(headings, findPseudoHeadings(body));
    QCOMPARE(headings.size(), 40);
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(pseudoHeadingLine(headings[i]), QStringLiteral("### Part %1").arg(i));
        QCOMPARE(body.mid(headings[i].range.start, headings[i].range.length),
                 QStringLiteral("**Part %1**").arg(i));
    }
}

void TstPseudoHeadings::escapesClosingHashes()
{
    QCOMPARE(found(QStringLiteral("**Learn C#**\n\nText.\n")),
             QStringList{QStringLiteral("## Learn C#")});
    QCOMPARE(found(QStringLiteral("**Issue #**\n\nText.\n")),
             QStringList{QStringLiteral("## Issue \\#")});
}

QTEST_GUILESS_MAIN(TstPseudoHeadings)
#include "tst_pseudo_headings.moc"
