// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/line_diff.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace pw;

namespace {

using Kind = DiffRow::Kind;

// A row in a compact notation: "=a" equal, "a>b" changed, "-a" only left, "+b" only right.
QString notation(const DiffRow &row)
{
    switch (row.kind) {
    case Kind::Equal:
        return QLatin1Char('=') + row.left;
    case Kind::Changed:
        return row.left + QLatin1Char('>') + row.right;
    case Kind::OnlyLeft:
        return QLatin1Char('-') + row.left;
    case Kind::OnlyRight:
        return QLatin1Char('+') + row.right;
    }
    return {};
}

QStringList notation(const LineDiff &diff)
{
    QStringList out;
    for (const DiffRow &row : diff.rows)
        out << notation(row);
    return out;
}

QStringList lines(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The length of a longest common subsequence, by the textbook table.
int lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> t(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1)));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            t[size_t(i)][size_t(j)] = a.at(i) == b.at(j) ? t[size_t(i + 1)][size_t(j + 1)] + 1
                                                         : std::max(t[size_t(i + 1)][size_t(j)],
                                                                    t[size_t(i)][size_t(j + 1)]);
    return t[0][0];
}

} // namespace

class TestLineDiff : public QObject {
    Q_OBJECT

private slots:
    void splitLines_data();
    void splitLines();
    void rows_data();
    void rows();
    void lineNumbersPointIntoBothSides();
    void randomTextsKeepEveryLineAndALongestMatch();
    void blockFallbackBeyondTheLimit();
    void longPostWithOneEditIsExact();
    void longRewriteFallsBack();
};

void TestLineDiff::splitLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one line, no break") << QStringLiteral("a") << QStringList{"a"};
    QTest::newRow("final break adds no line") << QStringLiteral("a\nb\n") << QStringList{"a", "b"};
    QTest::newRow("blank line kept") << QStringLiteral("a\n\nb") << QStringList{"a", "", "b"};
    QTest::newRow("only a break") << QStringLiteral("\n") << QStringList{""};
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb\r\n") << QStringList{"a", "b"};
}

void TestLineDiff::splitLines()
{
    QFETCH(QString, text);
    QFETCH(QStringList, lines);
    QCOMPARE(pw::splitLines(text), lines);
}

void TestLineDiff::rows_data()
{
    QTest::addColumn<QStringList>("left");
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("both empty") << QStringList() << QStringList() << QStringList();
    QTest::newRow("identical") << lines("a b c") << lines("a b c") << lines("=a =b =c");
    QTest::newRow("left empty") << QStringList() << lines("x y") << lines("+x +y");
    QTest::newRow("right empty") << lines("x y") << QStringList() << lines("-x -y");
    QTest::newRow("one line changed") << lines("a b c") << lines("a X c") << lines("=a b>X =c");
    QTest::newRow("line inserted") << lines("a c") << lines("a b c") << lines("=a +b =c");
    QTest::newRow("line deleted") << lines("a b c") << lines("a c") << lines("=a -b =c");
    // Two left lines against three right ones: paired in order, the third right line alone.
    QTest::newRow("run of unequal length")
        << lines("a b c d") << lines("a B C1 C2 d") << lines("=a b>B c>C1 +C2 =d");
    // The longest common run (b c d) stays aligned; the moved line shows on both ends.
    QTest::newRow("line moved to the end")
        << lines("a b c d") << lines("b c d a") << lines("-a =b =c =d +a");
    // Two separate edits with an anchor between them.
    QTest::newRow("two hunks") << lines("a b c d e") << lines("a B c d E")
                               << lines("=a b>B =c =d e>E");
    // A repeated line: the LCS matches two of the three x's.
    QTest::newRow("repeated lines") << lines("x y x") << lines("x x") << lines("=x -y =x");
    QTest::newRow("nothing in common") << lines("a b") << lines("c d e") << lines("a>c b>d +e");
}

void TestLineDiff::rows()
{
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(QStringList, rows);
    const LineDiff diff = diffLines(left, right);
    QCOMPARE(notation(diff), rows);
    QVERIFY(diff.exact);
}

void TestLineDiff::lineNumbersPointIntoBothSides()
{
    const LineDiff diff = diffTexts(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nc\nd\n"));
    // =a, -b, =c, +d
    QCOMPARE(diff.rows.size(), 4);
    const DiffRow expected[] = {
        {Kind::Equal, 0, 0, QStringLiteral("a"), QStringLiteral("a")},
        {Kind::OnlyLeft, 1, -1, QStringLiteral("b"), QString()},
        {Kind::Equal, 2, 1, QStringLiteral("c"), QStringLiteral("c")},
        {Kind::OnlyRight, -1, 2, QString(), QStringLiteral("d")},
    };
    for (int i = 0; i < 4; ++i)
        QCOMPARE(diff.rows.at(i), expected[i]);
}

void TestLineDiff::randomTextsKeepEveryLineAndALongestMatch()
{
    // Few distinct lines, so matches are many and ambiguous.
    QRandomGenerator random(16);
    const auto text = [&random] {
        QStringList lines;
        const int count = random.bounded(13);
        for (int i = 0; i < count; ++i)
            lines << QString(QChar(u'a' + random.bounded(3)));
        return lines;
    };
    for (int round = 0; round < 2000; ++round) {
        const QStringList left = text(), right = text();
        const LineDiff diff = diffLines(left, right);
        QStringList leftAgain, rightAgain;
        int equal = 0, lastLeft = -1, lastRight = -1;
        for (const DiffRow &row : diff.rows) {
            if (row.leftLine >= 0) {
                QCOMPARE(row.leftLine, lastLeft + 1);
                lastLeft = row.leftLine;
                leftAgain << row.left;
            }
            if (row.rightLine >= 0) {
                QCOMPARE(row.rightLine, lastRight + 1);
                lastRight = row.rightLine;
                rightAgain << row.right;
            }
            equal += row.kind == Kind::Equal;
            if (row.kind == Kind::Changed)
                QVERIFY(row.left != row.right);
        }
        const QString where = left.join(QString()) + QLatin1Char('/') + right.join(QString());
        QVERIFY2(leftAgain == left && rightAgain == right, qPrintable(where));
        QVERIFY2(equal == lcsLength(left, right), qPrintable(where));
    }
}

void TestLineDiff::blockFallbackBeyondTheLimit()
{
    // The middle (a m / m d) differs in D = 2 lines (a deleted, d inserted), which takes
    // (D+1)² = 9 cells: compared line by line with room for 9, paired as a block with 8.
    const QStringList left = lines("p a m s"), right = lines("p m d s");
    const LineDiff exact = diffLines(left, right, 9);
    QVERIFY(exact.exact);
    QCOMPARE(notation(exact), lines("=p -a =m +d =s"));
    const LineDiff block = diffLines(left, right, 8);
    QVERIFY(!block.exact);
    QCOMPARE(notation(block), lines("=p a>m m>d =s"));
    // Only insertions or only deletions need no table, however small the limit.
    QVERIFY(diffLines(lines("p s"), lines("p x y z s"), 0).exact);
    QCOMPARE(notation(diffLines(lines("p s"), lines("p x y z s"), 0)), lines("=p +x +y +z =s"));
}

void TestLineDiff::longPostWithOneEditIsExact()
{
    QStringList left;
    for (int i = 0; i < 20000; ++i)
        left << QStringLiteral("Paragraph %1 of a long post.").arg(i);
    QStringList right = left;
    right[10000] = QStringLiteral("Edited on the site.");
    right.insert(15000, QStringLiteral("A new line."));
    QElapsedTimer timer;
    timer.start();
    const LineDiff diff = diffLines(left, right);
    qInfo("20000 lines, two edits 5000 lines apart: %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(diff.exact);
    QCOMPARE(diff.rows.size(), 20001);
    QCOMPARE(diff.rows.at(10000).kind, Kind::Changed);
    QCOMPARE(diff.rows.at(10000).right, QStringLiteral("Edited on the site."));
    QCOMPARE(diff.rows.at(15000).kind, Kind::OnlyRight);
    QCOMPARE(diff.rows.at(15001).leftLine, 15000);
    QCOMPARE(diff.rows.at(15001).rightLine, 15001);
    int unequal = 0;
    for (const DiffRow &row : diff.rows)
        unequal += row.kind != Kind::Equal;
    QCOMPARE(unequal, 2);
}

void TestLineDiff::longRewriteFallsBack()
{
    // 3000 + 3000 differing lines would take 6001² = 36 million cells, over the default 4 million.
    QStringList left, right;
    for (int i = 0; i < 3000; ++i) {
        left << QStringLiteral("old %1").arg(i);
        right << QStringLiteral("new %1").arg(i);
    }
    QElapsedTimer timer;
    timer.start();
    const LineDiff diff = diffLines(left, right);
    qInfo("3000 × 3000 rewritten lines: %lld ms", qlonglong(timer.elapsed()));
    QVERIFY(!diff.exact);
    QCOMPARE(diff.rows.size(), 3000);
    QCOMPARE(diff.rows.constFirst().kind, Kind::Changed);
    QCOMPARE(diff.rows.constLast().right, QStringLiteral("new 2999"));
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_line_diff.moc"
