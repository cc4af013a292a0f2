// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_reader.h"
#include "core/formats/repair_findings.h"
#include "test_support.h"

#include <QTest>

using namespace pw;

namespace {

QList<Finding> repairFindings(const QList<Finding> &findings)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.id == QLatin1String("encoding.repaired.at"))
            out.append(f);
    }
    return out;
}

// Where line `line` (1-based) of `text` starts.
qsizetype lineStart(const QString &text, int line)
{
    qsizetype at = 0;
    for (int i = 1; i < line; ++i)
        at = text.indexOf(QLatin1Char('\n'), at) + 1;
    return at;
}

QString rangeText(const Post &post, const Finding &f)
{
    return fieldText(post, f.field).mid(f.range.start, f.range.length);
}

} // namespace

class TestRepairFindings : public QObject {
    Q_OBJECT

private slots:
    void seed000();
    void seed001();
    void frontMatterWithCrlf();
    void generatorMetadataAndBody();
    void sitesOutsideThePostAreNotListed();
    void wordPressJsonFileWithMojibake();
};

// Seed 000 is a generator transcript: the one repair is in the first line of the post's body
// (file line 24), "In this post, weâ€™ll compare".
void TestRepairFindings::seed000()
{
    const PostReadResult r = readPostBytes(pw::test::seedBytes("000"));
    QVERIFY2(r.post, qPrintable(r.error));
    // The summary stays, first; the repair follows it.
    QCOMPARE(r.findings.front().id, QStringLiteral("encoding.repaired"));
    QCOMPARE(r.findings.at(1).id, QStringLiteral("encoding.repaired.at"));
    const QList<Finding> repairs = repairFindings(r.findings);
    QCOMPARE(repairs.size(), 1);
    const Finding &f = repairs.front();
    QCOMPARE(f.severity, Severity::Info);
    QCOMPARE(f.field, Field::Body);
    QCOMPARE(f.range.length, 1);
    QCOMPARE(f.range.start, r.post->body.indexOf(QStringLiteral("In this post, we’ll")) + 16);
    QCOMPARE(rangeText(*r.post, f), QStringLiteral("’"));
    QVERIFY2(f.message.contains(QStringLiteral("“weâ€™ll” → “we’ll”")), qPrintable(f.message));
    QVERIFY2(f.message.contains(QStringLiteral("line 1")), qPrintable(f.message));
}

// Seed 001 is plain Markdown: 12 repairs on body lines 34, 36, 40 and 42 (the file's lines:
// the body starts at the file's first line). Columns counted by hand on those lines.
void TestRepairFindings::seed001()
{
    const PostReadResult r = readPostBytes(pw::test::seedBytes("001"));
    QVERIFY2(r.post, qPrintable(r.error));
    const QString &body = r.post->body;
    QCOMPARE(body.mid(lineStart(body, 34), 24), QStringLiteral("### Thanks For Reading! "));
    struct Expected {
        int line;
        int column;
        QString text;
    };
    const QString vs16 = QStringLiteral("\uFE0F");
    const QList<Expected> expected = {
        // "### Thanks For Reading! 🙂❤️"
        {34, 24, QStringLiteral("🙂")},
        {34, 26, QStringLiteral("❤")},
        {34, 27, vs16},
        // "#### Was This Article Helpful? 🧐🧐"
        {36, 31, QStringLiteral("🧐")},
        {36, 33, QStringLiteral("🧐")},
        // "#### Django Or Flask⁉️⁉️"
        {40, 20, QStringLiteral("⁉")},
        {40, 21, vs16},
        {40, 22, QStringLiteral("⁉")},
        {40, 23, vs16},
        // "#### Comment Below!👍⌨️"
        {42, 19, QStringLiteral("👍")},
        {42, 21, QStringLiteral("⌨")},
        {42, 22, vs16},
    };
    const QList<Finding> repairs = repairFindings(r.findings);
    QCOMPARE(repairs.size(), expected.size());
    for (qsizetype i = 0; i < repairs.size(); ++i) {
        const Finding &f = repairs.at(i);
        const Expected &e = expected.at(i);
        QCOMPARE(f.field, Field::Body);
        QCOMPARE(f.range.start, lineStart(body, e.line) + e.column);
        QCOMPARE(f.range.length, e.text.size());
        QCOMPARE(rangeText(*r.post, f), e.text);
        QVERIFY2(f.message.contains(QStringLiteral("(line %1)").arg(e.line)) ||
                     f.message.contains(QStringLiteral(", line %1)").arg(e.line)),
                 qPrintable(f.message));
    }
    // Two repairs in one word read apart: each names its own characters.
    QVERIFY2(repairs.at(5).message.startsWith(
                 QStringLiteral("Repaired “‚Åâ” → “⁉” in “Flask⁉️⁉️”")),
             qPrintable(repairs.at(5).message));
    // A variation selector does not show: it is named by its code point.
    QVERIFY2(repairs.at(2).message.contains(QStringLiteral("→ U+FE0F in “🙂❤️”")),
             qPrintable(repairs.at(2).message));
}

// Front matter with CRLF line ends and quoted values: the reader turns CRLF into LF and
// unquotes, and each repair is still found in its field.
void TestRepairFindings::frontMatterWithCrlf()
{
    const QString text = QStringLiteral("---\r\ntitle: \"Weâ€™ll win\"\r\n"
                                        "description: Itâ€™s here\r\n---\r\n\r\n"
                                        "# Weâ€™ll win\r\n\r\nText, weâ€™ll see.\r\n");
    const PostReadResult r = readPostBytes(text.toUtf8());
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.format, PostFormat::MarkdownFrontMatter);
    QCOMPARE(r.post->title, QStringLiteral("We’ll win"));
    QCOMPARE(r.post->body, QStringLiteral("# We’ll win\n\nText, we’ll see."));
    const QList<Finding> repairs = repairFindings(r.findings);
    QCOMPARE(repairs.size(), 4);
    QCOMPARE(repairs.at(0).field, Field::Title);
    QCOMPARE(repairs.at(0).range, (TextRange{2, 1}));
    QVERIFY2(repairs.at(0).message.contains(QStringLiteral("(title)")),
             qPrintable(repairs.at(0).message));
    QCOMPARE(repairs.at(1).field, Field::MetaDescription);
    QCOMPARE(repairs.at(1).range, (TextRange{2, 1}));
    // "# We’ll win": ’ at 4, line 1; "# We’ll win\n\n" is 13 units, "Text, we" 8 more: 21.
    QCOMPARE(repairs.at(2).field, Field::Body);
    QCOMPARE(repairs.at(2).range, (TextRange{4, 1}));
    QVERIFY(repairs.at(2).message.contains(QStringLiteral("(line 1)")));
    QCOMPARE(repairs.at(3).field, Field::Body);
    QCOMPARE(repairs.at(3).range, (TextRange{21, 1}));
    QVERIFY(repairs.at(3).message.contains(QStringLiteral("(line 3)")));
}

// A generator post: key lines, then a body with leading blank lines the reader trims.
void TestRepairFindings::generatorMetadataAndBody()
{
    const QString text = QStringLiteral("TITLE: CafÃ© crÃ¨me guide\nMETA_DESCRIPTION: Short\n"
                                        "TAGS: a, b\nCATEGORIES: News\n\n\n\n"
                                        "First line.\nThe cafÃ© is open.\n-EndOFText-\n");
    const PostReadResult r = readPostBytes(text.toUtf8());
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.format, PostFormat::Generator);
    QCOMPARE(r.post->body, QStringLiteral("First line.\nThe café is open."));
    const QList<Finding> repairs = repairFindings(r.findings);
    QCOMPARE(repairs.size(), 3);
    // "Café crème guide": é at 3, è at 7.
    QCOMPARE(repairs.at(0).field, Field::Title);
    QCOMPARE(repairs.at(0).range, (TextRange{3, 1}));
    QCOMPARE(repairs.at(1).field, Field::Title);
    QCOMPARE(repairs.at(1).range, (TextRange{7, 1}));
    // "First line.\n" is 12 units, "The caf" 7 more: 19, on line 2.
    QCOMPARE(repairs.at(2).field, Field::Body);
    QCOMPARE(repairs.at(2).range, (TextRange{19, 1}));
    QVERIFY2(repairs.at(2).message.contains(QStringLiteral("“cafÃ©” → “café” (line 2)")),
             qPrintable(repairs.at(2).message));
}

// Repairs in text around the post (a transcript's prompt) are counted, not listed.
void TestRepairFindings::sitesOutsideThePostAreNotListed()
{
    Post post;
    post.title = QStringLiteral("Title");
    // The body holds the same character elsewhere, as written: not the repaired one.
    post.body = QStringLiteral("Body text: it’s fine.");
    const QString repaired = QStringLiteral("Prompt: we’ll see\nTITLE: Title\n");
    const QList<RepairSite> sites = repairSites(repaired, {{10, 1, QStringLiteral("â€™")}});
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites.front().before, QStringLiteral("Prompt: we"));
    QCOMPARE(sites.front().after, QStringLiteral("ll see"));
    QVERIFY(sites.front().lineStart);
    QVERIFY(sites.front().lineEnd);
    QVERIFY(sites.front().aloneInWord);
    QVERIFY(locateRepairs(post, sites).isEmpty());
}

// A WordPress post whose file was mis-decoded as a whole: the repairs are in the JSON text,
// and found again in the imported fields after the HTML was converted.
void TestRepairFindings::wordPressJsonFileWithMojibake()
{
    const QString json =
        QStringLiteral(R"({"slug":"s","title":{"rendered":"Weâ€™ll see"},)"
                       R"("content":{"rendered":"<p>First.</p>\n<p><em>Itâ€™s</em> fine.</p>"}})");
    const PostReadResult r = readPostBytes(json.toUtf8());
    QVERIFY2(r.post, qPrintable(r.error));
    QCOMPARE(r.format, PostFormat::WordPressJson);
    QCOMPARE(r.post->title, QStringLiteral("We’ll see"));
    const QList<Finding> repairs = repairFindings(r.findings);
    QCOMPARE(repairs.size(), 2);
    QCOMPARE(repairs.at(0).field, Field::Title);
    QCOMPARE(repairs.at(0).range, (TextRange{2, 1}));
    QCOMPARE(repairs.at(1).field, Field::Body);
    QCOMPARE(rangeText(*r.post, repairs.at(1)), QStringLiteral("’"));
    QCOMPARE(repairs.at(1).range.start, r.post->body.indexOf(QStringLiteral("It’s")) + 2);
}

QTEST_GUILESS_MAIN(TestRepairFindings)
#include "tst_repair_findings.moc"
