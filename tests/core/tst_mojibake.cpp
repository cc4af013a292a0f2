// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/decoder.h"
#include "core/text/mojibake.h"
#include "test_support.h"

#include <QTest>

using namespace pw;
using pw::test::seedBytes;

class TestMojibake : public QObject {
    Q_OBJECT

private slots:
    void repairs_data();
    void repairs();
    void leavesAlone_data();
    void leavesAlone();
    void weakPairsNeedEvidence();
    void deliberatePairNextToRealMojibake();
    void doubleMojibake();
    void fixesSayWhereAndWhat();
    void fixesOfDoubleMojibake();
    void decoderListsRepairsWithoutBom();
    void listsTheFirstRepairsCountsAll();
    void seed000ReadsWell();
    void seed001ReadsEmoji();
    void otherSeedsUntouched();
};

void TestMojibake::repairs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("repairs");
    QTest::addColumn<QString>("misreadAs");

    const QString w = QStringLiteral("windows-1252");
    const QString m = QStringLiteral("macintosh");

    // UTF-8 read as Windows-1252.
    QTest::newRow("apostrophe") << QStringLiteral("weâ€™ll see") << QStringLiteral("we’ll see") << 1
                                << w;
    // ” is E2 80 9D; 0x9D is undefined in 1252 and arrives as U+009D.
    QTest::newRow("curly quotes, C1 fallback")
        << QStringLiteral("â€œQuotedâ€\u009D text") << QStringLiteral("“Quoted” text") << 2 << w;
    QTest::newRow("euro, ellipsis, trademark")
        << QStringLiteral("â‚¬5 â€¦ Brandâ„¢") << QStringLiteral("€5 … Brand™") << 3 << w;
    QTest::newRow("two accented words")
        << QStringLiteral("cafÃ© crÃ¨me") << QStringLiteral("café crème") << 2 << w;
    QTest::newRow("polish") << QStringLiteral("zaÅ¼Ã³Å‚Ä‡ gÄ™Å›lÄ… jaÅºÅ„")
                            << QStringLiteral("zażółć gęślą jaźń") << 9 << w;
    QTest::newRow("cyrillic") << QStringLiteral("ÐŸÑ€Ð¸Ð²ÐµÑ‚, world")
                              << QStringLiteral("Привет, world") << 6 << w;
    QTest::newRow("greek") << QStringLiteral("Î•Î»Î»Î¬Î´Î±") << QStringLiteral("Ελλάδα") << 6 << w;
    QTest::newRow("hebrew, C1 in the last letter")
        << QStringLiteral("×©×œ×•×\u009D") << QStringLiteral("שלום") << 4 << w;
    QTest::newRow("chinese, soft hyphen byte")
        << QStringLiteral("ä¸\u00ADæ–‡") << QStringLiteral("中文") << 2 << w;
    QTest::newRow("emoji") << QStringLiteral("ðŸ™‚ done") << QStringLiteral("🙂 done") << 1 << w;
    QTest::newRow("emoji, C1 fallback 0x8D")
        << QStringLiteral("ok ðŸ‘\u008D") << QStringLiteral("ok 👍") << 1 << w;
    // Decoded as ISO-8859-1 rather than 1252: the bytes arrive as C1 controls.
    QTest::newRow("latin-1 view") << QStringLiteral("we\u00E2\u0080\u0099ll")
                                  << QStringLiteral("we’ll") << 1 << w;
    QTest::newRow("mixed with correct text")
        << QStringLiteral("café: weâ€™ll go, naïve Ægir")
        << QStringLiteral("café: we’ll go, naïve Ægir") << 1 << w;
    QTest::newRow("bom at start") << QStringLiteral("ï»¿Hello") << QStringLiteral("\uFEFFHello")
                                  << 1 << w;

    // UTF-8 read as Mac Roman.
    QTest::newRow("mac apostrophe")
        << QStringLiteral("we‚Äôll") << QStringLiteral("we’ll") << 1 << m;
    QTest::newRow("mac emoji with variation selector")
        << QStringLiteral("Thanks \uF8FFüôÇ‚ù§Ô∏è") << QStringLiteral("Thanks 🙂❤️") << 3
        << m;
    QTest::newRow("mac accented words")
        << QStringLiteral("caf√© cr√®me") << QStringLiteral("café crème") << 2 << m;
    QTest::newRow("mac cyrillic") << QStringLiteral("–ü—Ä–∏–≤–µ—Ç") << QStringLiteral("Привет") << 6
                                  << m;
}

void TestMojibake::repairs()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(int, repairs);
    QFETCH(QString, misreadAs);
    const MojibakeRepair r = repairMojibake(input);
    QCOMPARE(r.text, expected);
    QCOMPARE(r.repairs, repairs);
    QCOMPARE(r.misreadAs, misreadAs);
    // One fix per repair, in order, each a whole character of the result that the input did
    // not hold where its garbled text was.
    QCOMPARE(r.fixes.size(), qsizetype(repairs));
    qsizetype previousEnd = 0;
    for (const MojibakeFix &fix : r.fixes) {
        QVERIFY(fix.start >= previousEnd);
        QVERIFY(fix.length == 1 || (fix.length == 2 && r.text.at(fix.start).isHighSurrogate()));
        QVERIFY(input.contains(fix.garbled));
        QVERIFY(!fix.garbled.contains(r.text.mid(fix.start, fix.length)));
        previousEnd = fix.start + fix.length;
    }
}

void TestMojibake::leavesAlone_data()
{
    QTest::addColumn<QString>("input");

    // The must-survive list.
    QTest::newRow("café") << QStringLiteral("café");
    QTest::newRow("naïve") << QStringLiteral("naïve");
    QTest::newRow("Ægir") << QStringLiteral("Ægir");
    QTest::newRow("€5") << QStringLiteral("€5");
    QTest::newRow("Â£ on purpose") << QStringLiteral("Â£");
    QTest::newRow("Â£ in a sentence")
        << QStringLiteral("Old software shows the pound sign as Â£ instead of £.");
    QTest::newRow("Ã© quoted") << QStringLiteral("You will see \"Ã©\" where é belongs.");
    QTest::newRow("two lone pound pairs") << QStringLiteral("Â£5 and Â£6");

    // Ordinary text that forms well-formed UTF-8 by accident.
    QTest::newRow("guillemets without spaces") << QStringLiteral("Il dit «CAFÉ» fort.");
    QTest::newRow("french no-break space")
        << QStringLiteral("« Il a été\u00A0» puis «\u00A0voilà\u00A0»");
    QTest::newRow("accent then two punctuation marks")
        << QStringLiteral("“Let’s meet at the café…” she said.");
    QTest::newRow("mac view of french apostrophes") << QStringLiteral("L’été d’être à Noël");
    QTest::newRow("german guillemets") << QStringLiteral("Er rief «Überall!» und ging.");
    QTest::newRow("soft hyphen after ß") << QStringLiteral("Fuß\u00ADball");
    QTest::newRow("swedish caps and ellipsis") << QStringLiteral("VI SES PÅ…");
    QTest::newRow("curly punctuation") << QStringLiteral("“Hello” – she said… ‘ok’ • ©2024 ±1°");
    QTest::newRow("ascii") << QStringLiteral("Plain ASCII text, nothing to see.");
    QTest::newRow("empty") << QString();
    QTest::newRow("real cyrillic") << QStringLiteral("Привет, мир");
    QTest::newRow("real chinese") << QStringLiteral("中文文本");
    QTest::newRow("real emoji") << QStringLiteral("🙂❤️ 👍");
    QTest::newRow("apple logo alone") << QStringLiteral("Made on a \uF8FF Mac");
}

void TestMojibake::leavesAlone()
{
    QFETCH(QString, input);
    const MojibakeRepair r = repairMojibake(input);
    QCOMPARE(r.text, input);
    QCOMPARE(r.repairs, 0);
    QVERIFY(r.misreadAs.isEmpty());
}

void TestMojibake::weakPairsNeedEvidence()
{
    // One 2-byte pair, even inside a word, is not enough to call the text mis-decoded...
    QCOMPARE(repairMojibake(QStringLiteral("cafÃ©")).text, QStringLiteral("cafÃ©"));
    // ...two are.
    QCOMPARE(repairMojibake(QStringLiteral("cafÃ© ouvert, trÃ¨s bien")).text,
             QStringLiteral("café ouvert, très bien"));
    // A pair with a no-break space is never evidence ("Ã " + NBSP is à, but "Å" + NBSP is
    // also what a Scandinavian "Å" before a no-break space looks like).
    QCOMPARE(repairMojibake(QStringLiteral("voilÃ\u00A0 et lÃ\u00A0")).repairs, 0);
    // It is repaired once the text has evidence.
    QCOMPARE(repairMojibake(QStringLiteral("voilÃ\u00A0, weâ€™ll")).text,
             QStringLiteral("voilà, we’ll"));
}

void TestMojibake::deliberatePairNextToRealMojibake()
{
    // Once a text is known to be mis-decoded, every well-formed pair is repaired, including a
    // "Â£" that might have been meant: documented in mojibake.cpp.
    const MojibakeRepair r = repairMojibake(QStringLiteral("weâ€™ll pay Â£5"));
    QCOMPARE(r.text, QStringLiteral("we’ll pay £5"));
    QCOMPARE(r.repairs, 2);
}

void TestMojibake::doubleMojibake()
{
    // ’ -> "â€™" -> "Ã¢â‚¬â„¢": repaired in two passes, counted as one repair.
    MojibakeRepair r = repairMojibake(QStringLiteral("weÃ¢â‚¬â„¢ll"));
    QCOMPARE(r.text, QStringLiteral("we’ll"));
    QCOMPARE(r.repairs, 1);
    QCOMPARE(r.misreadAs, QStringLiteral("windows-1252"));
    // ” (E2 80 9D): the middle layer holds U+009D, which the first pass must pass on.
    r = repairMojibake(QStringLiteral("Ã¢â‚¬Å“hiÃ¢â‚¬Â\u009D"));
    QCOMPARE(r.text, QStringLiteral("“hi”"));
    QCOMPARE(r.repairs, 2);
}

// Each repair: where its result is in the repaired text (UTF-16) and what the text read.
void TestMojibake::fixesSayWhereAndWhat()
{
    MojibakeRepair r = repairMojibake(QStringLiteral("weâ€™ll see"));
    // "we" is two units: ’ is the third.
    QCOMPARE(r.fixes, QList<MojibakeFix>({{2, 1, QStringLiteral("â€™")}}));

    // ” is E2 80 9D, its 0x9D arriving as U+009D. “ at 0, ” after "“Quoted" at 7.
    r = repairMojibake(QStringLiteral("â€œQuotedâ€\u009D text"));
    QCOMPARE(r.text, QStringLiteral("“Quoted” text"));
    QCOMPARE(r.fixes, QList<MojibakeFix>({{0, 1, QStringLiteral("â€œ")},
                                          {7, 1, QStringLiteral("â€\u009D")}}));

    // é after "caf" at 3; è after "café cr" at 7.
    r = repairMojibake(QStringLiteral("cafÃ© crÃ¨me"));
    QCOMPARE(r.fixes, QList<MojibakeFix>({{3, 1, QStringLiteral("Ã©")},
                                          {7, 1, QStringLiteral("Ã¨")}}));

    // An emoji is a surrogate pair: two units at 0; then "🙂 and we" is 2 + 7 units, so ’
    // is at 9.
    r = repairMojibake(QStringLiteral("ðŸ™‚ and weâ€™ll"));
    QCOMPARE(r.text, QStringLiteral("🙂 and we’ll"));
    QCOMPARE(r.fixes, QList<MojibakeFix>({{0, 2, QStringLiteral("ðŸ™‚")},
                                          {9, 1, QStringLiteral("â€™")}}));
    QCOMPARE(r.repairs, 2);

    // Nothing repaired, nothing listed.
    QVERIFY(repairMojibake(QStringLiteral("café")).fixes.isEmpty());
}

// Over two passes a repair is listed once, at its place in the final text, with the text it
// had before the first pass; repairs of the first pass alone move with the text.
void TestMojibake::fixesOfDoubleMojibake()
{
    MojibakeRepair r = repairMojibake(QStringLiteral("weÃ¢â‚¬â„¢ll"));
    QCOMPARE(r.fixes, QList<MojibakeFix>({{2, 1, QStringLiteral("Ã¢â‚¬â„¢")}}));

    r = repairMojibake(QStringLiteral("Ã¢â‚¬Å“hiÃ¢â‚¬Â\u009D"));
    QCOMPARE(r.text, QStringLiteral("“hi”"));
    QCOMPARE(r.fixes, QList<MojibakeFix>({{0, 1, QStringLiteral("Ã¢â‚¬Å“")},
                                          {3, 1, QStringLiteral("Ã¢â‚¬Â\u009D")}}));
    QCOMPARE(r.repairs, int(r.fixes.size()));
}

// The decoder drops a repaired BOM ("ï»¿" read back as U+FEFF): it is not content, so it is
// not listed, and the other repairs move back by one.
void TestMojibake::decoderListsRepairsWithoutBom()
{
    const DecodedText d = decodeText(QStringLiteral("ï»¿weâ€™ll and itâ€™s").toUtf8());
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("we’ll and it’s"));
    // ’ of "we’ll" at 2; "we’ll and it" is 12 units, so the second ’ at 12.
    QCOMPARE(d.repairs, QList<MojibakeFix>({{2, 1, QStringLiteral("â€™")},
                                            {12, 1, QStringLiteral("â€™")}}));
}

// A long text of mojibake: the list stops at MaxRecordedFixes, the count does not.
void TestMojibake::listsTheFirstRepairsCountsAll()
{
    const MojibakeRepair r =
        repairMojibake(QStringLiteral("weâ€™ll ").repeated(int(MaxRecordedFixes) + 5));
    QCOMPARE(r.repairs, int(MaxRecordedFixes) + 5);
    QCOMPARE(r.fixes.size(), MaxRecordedFixes);
    // Each "we’ll " is 6 units, its ’ the third: the last one listed is at 6 * 9999 + 2.
    QCOMPARE(r.fixes.back().start, 6 * (MaxRecordedFixes - 1) + 2);
    QCOMPARE(r.fixes.back().garbled, QStringLiteral("â€™"));
}

void TestMojibake::seed000ReadsWell()
{
    const QByteArray bytes = seedBytes("000");
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("we\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2ll")); // "weâ€™ll" in UTF-8
    const DecodedText d = decodeText(bytes);
    QVERIFY(d.ok);
    QVERIFY(d.text.contains(QStringLiteral("In this post, we’ll compare")));
    QVERIFY(!d.text.contains(QStringLiteral("â€")));
    QCOMPARE(d.mojibakeRepairs, 1);
    // Nothing else changed: the repaired text is the original with one substitution.
    QString original = QString::fromUtf8(bytes);
    original.replace(QStringLiteral("weâ€™ll"), QStringLiteral("we’ll"));
    QCOMPARE(d.text, original);
}

void TestMojibake::seed001ReadsEmoji()
{
    const QByteArray bytes = seedBytes("001");
    QVERIFY(!bytes.isEmpty());
    const DecodedText d = decodeText(bytes);
    QVERIFY(d.ok);
    QVERIFY(d.text.contains(QStringLiteral("Thanks For Reading! 🙂❤️")));
    QVERIFY(d.text.contains(QStringLiteral("Helpful? 🧐🧐")));
    QVERIFY(d.text.contains(QStringLiteral("Django Or Flask⁉️⁉️")));
    QVERIFY(d.text.contains(QStringLiteral("Comment Below!👍⌨️")));
    QVERIFY(!d.text.contains(QChar(0xF8FF)));
    // 🙂 ❤ FE0F, 🧐 🧐, ⁉ FE0F ⁉ FE0F, 👍 ⌨ FE0F.
    QCOMPARE(d.mojibakeRepairs, 12);
    QCOMPARE(d.repairs.size(), 12);
    // The first is 🙂 (F0 9F 99 82 in Mac Roman: U+F8FF, ü, ô, Ç), two units where it stands.
    QCOMPARE(d.repairs.front().start, d.text.indexOf(QStringLiteral("🙂")));
    QCOMPARE(d.repairs.front().length, 2);
    QCOMPARE(d.repairs.front().garbled, QStringLiteral("\uF8FFüôÇ"));
    QCOMPARE(d.findings.size(), 1);
    QCOMPARE(d.findings.front().id, QStringLiteral("encoding.repaired"));
    QVERIFY(d.findings.front().message.contains(QStringLiteral("12")));
    QVERIFY(d.findings.front().message.contains(QStringLiteral("macintosh")));
}

void TestMojibake::otherSeedsUntouched()
{
    for (const char *prefix : {"002", "003", "004"}) {
        const QByteArray bytes = seedBytes(prefix);
        QVERIFY2(!bytes.isEmpty(), prefix);
        const DecodedText d = decodeText(bytes);
        QVERIFY2(d.ok, prefix);
        QCOMPARE(d.mojibakeRepairs, 0);
        QCOMPARE(d.text, QString::fromUtf8(bytes));
        QVERIFY2(d.findings.isEmpty(), prefix);
    }
}

QTEST_APPLESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
