// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/title_width.h"

#include <QFile>
#include <QTest>

using pw::TitleWidthMeter;

// Expected widths come from ../shared/tools/yoast-oracle (titleWidthPx) and from Chromium
// (QtWebEngine 6.4) measuring a div in "arial, sans-serif" 20px; see tests/data/title_widths.tsv.
class TestTitleWidth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultFontIsLiberationSansOrArial();
    void missingFontIsInvalid();
    void notAFontIsInvalid();
    void emptyTextIsZeroWide();
    void seedTitlesMatchOracle_data();
    void seedTitlesMatchOracle();
    void comparisonTableMatchesOracle_data();
    void comparisonTableMatchesOracle();
    void kerningNarrowsPairs();
    void scalesWithPixelSize();

private:
    static constexpr double tolerancePx = 2.0;
};

void TestTitleWidth::initTestCase()
{
    if (TitleWidthMeter::defaultFontPath().isEmpty())
        QSKIP("Neither Liberation Sans nor Arial is installed (apt-get install fonts-liberation2)");
}

void TestTitleWidth::defaultFontIsLiberationSansOrArial()
{
    const QString path = TitleWidthMeter::defaultFontPath();
    QVERIFY(QFile::exists(path));
    QVERIFY2(path.contains(QLatin1String("LiberationSans-Regular")) ||
                 path.contains(QLatin1String("rial")),
             qPrintable(path));
    const TitleWidthMeter meter;
    QVERIFY(meter.isValid());
    QCOMPARE(meter.fontPath(), path);
}

void TestTitleWidth::missingFontIsInvalid()
{
    const TitleWidthMeter meter(QStringLiteral("/nonexistent/NoSuchFont.ttf"));
    QVERIFY(!meter.isValid());
    QVERIFY(meter.fontPath().isEmpty());
    QCOMPARE(meter.widthPx(QStringLiteral("Hello")), 0.0);

    const TitleWidthMeter empty{QString()};
    QVERIFY(!empty.isValid());
}

void TestTitleWidth::notAFontIsInvalid()
{
    const TitleWidthMeter meter(QStringLiteral(PW_TEST_DATA_DIR "/title_widths.tsv"));
    QVERIFY(!meter.isValid());
    QCOMPARE(meter.widthPx(QStringLiteral("Hello")), 0.0);
}

void TestTitleWidth::emptyTextIsZeroWide()
{
    const TitleWidthMeter meter;
    QCOMPARE(meter.widthPx(QString()), 0.0);
}

void TestTitleWidth::seedTitlesMatchOracle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("oraclePx");
    // Titles of seeds 000-004; figures are the oracle's titleWidthPx.
    QTest::newRow("seed 000") << "Django vs Flask: Which Framework is Better for Web Development?"
                              << 603.0;
    QTest::newRow("seed 001") << "Django vs. Flask: Comparing Python Frameworks" << 440.0;
    QTest::newRow("seed 002") << "What is Flask?" << 131.0;
    QTest::newRow("seed 003") << "Difference Between Django and Flask: A Face-Off!" << 446.0;
    QTest::newRow("seed 004") << "Unlock the Potential of Flask and Django!" << 367.0;
    // Kerning-heavy: unkerned, this is 358 px.
    QTest::newRow("AV To Yo") << "AVATAR WAVE: To You, Yo-Yo Tycoon" << 339.0;
}

void TestTitleWidth::seedTitlesMatchOracle()
{
    QFETCH(QString, title);
    QFETCH(double, oraclePx);
    const TitleWidthMeter meter;
    const double width = meter.widthPx(title);
    QVERIFY2(qAbs(width - oraclePx) <= tolerancePx,
             qPrintable(QStringLiteral("%1 px, oracle %2 px").arg(width).arg(oraclePx)));
}

void TestTitleWidth::comparisonTableMatchesOracle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("oraclePx");
    QTest::addColumn<double>("chromiumPx");
    QFile file(QStringLiteral(PW_TEST_DATA_DIR "/title_widths.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    bool header = true;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) { // column names
            header = false;
            continue;
        }
        const QStringList columns = line.split(QLatin1Char('\t'));
        QCOMPARE(columns.size(), 6);
        QTest::newRow(qPrintable(columns[0]))
            << columns[0] << columns[1].toDouble() << columns[3].toDouble();
        ++rows;
    }
    QVERIFY(rows >= 10);
}

void TestTitleWidth::comparisonTableMatchesOracle()
{
    QFETCH(QString, title);
    QFETCH(double, oraclePx);
    QFETCH(double, chromiumPx);
    const TitleWidthMeter meter;
    const double width = meter.widthPx(title);
    QVERIFY2(qAbs(width - oraclePx) <= tolerancePx,
             qPrintable(QStringLiteral("%1 px, oracle %2 px").arg(width).arg(oraclePx)));
    // Chromium lays text out in 1/64 px units, so it agrees to a fraction of a pixel.
    QVERIFY2(qAbs(width - chromiumPx) <= 0.5,
             qPrintable(QStringLiteral("%1 px, Chromium %2 px").arg(width).arg(chromiumPx)));
}

void TestTitleWidth::kerningNarrowsPairs()
{
    const TitleWidthMeter meter;
    const double a = meter.widthPx(QStringLiteral("A"));
    const double v = meter.widthPx(QStringLiteral("V"));
    // Arial's A and V are both 1366/2048 em: 13.34 px at 20 px.
    QVERIFY(qAbs(a - 13.34) < 0.01);
    QVERIFY(qAbs(v - 13.34) < 0.01);
    QVERIFY(meter.widthPx(QStringLiteral("AV")) < a + v - 0.5);
    // Pairs the font does not kern are the plain sum.
    QVERIFY(qAbs(meter.widthPx(QStringLiteral("ii")) - 2 * meter.widthPx(QStringLiteral("i"))) <
            1e-9);
}

void TestTitleWidth::scalesWithPixelSize()
{
    const TitleWidthMeter meter;
    const QString title = QStringLiteral("Scaling is linear");
    QVERIFY(qAbs(meter.widthPx(title, 40.0) - 2 * meter.widthPx(title)) < 1e-9);
    QCOMPARE(meter.widthPx(title), meter.widthPx(title, 20.0));
}

QTEST_GUILESS_MAIN(TestTitleWidth)
#include "tst_title_width.moc"
