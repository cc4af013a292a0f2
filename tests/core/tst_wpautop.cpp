// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/autop.h"
#include "wxr_fixtures.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// wordpressAutop() against WordPress' own wpautop(): each tests/data/wpautop/NAME.html is what
// PHP made of NAME.txt with WordPress 6.1.9's formatting.php (tests/tools/wpautop_reference.php,
// see the README there). Compared byte for byte: no normalisation.
// exportedPostsAsWordPress does the same for every classic post of the WXR fixtures
// (tests/data/wxr: their autop/ files are wpautop() of the stored content, made by WordPress).

using namespace pw;

namespace {

QString readUtf8(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

using pw::test::wxrBytes;
using pw::test::wxrExpected;
using pw::test::wxrPath;
using pw::test::wxrStoredContents;

class TestWpautop : public QObject {
    Q_OBJECT

private slots:
    void sameAsPhp_data();
    void sameAsPhp();
    void exportedPostsAsWordPress();
    void sixtyParagraphsStaySixty();
    void blankContentIsEmpty();
    void newlinesInsideTagsAreNotBreaks();
};

void TestWpautop::sameAsPhp_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("php");
    const QDir dir(QStringLiteral(PW_TEST_DATA_DIR "/wpautop"));
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 15);
    for (const QString &name : names) {
        const QString base = name.chopped(4);
        QTest::newRow(qPrintable(base)) << readUtf8(dir.filePath(name))
                                        << readUtf8(dir.filePath(base + QStringLiteral(".html")));
    }
}

void TestWpautop::sameAsPhp()
{
    QFETCH(QString, input);
    QFETCH(QString, php);
    QVERIFY(!php.isEmpty());
    QCOMPARE(wordpressAutop(input), php);
}

void TestWpautop::exportedPostsAsWordPress()
{
    bool parsed = false;
    const QHash<qint64, QString> stored =
        wxrStoredContents(wxrBytes(wxrPath(QStringLiteral("site-all.xml"))), &parsed);
    QVERIFY(parsed);
    int compared = 0;
    const QJsonArray items = wxrExpected().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString autop = item.value(QStringLiteral("autop")).toString();
        if (autop.isEmpty())
            continue;
        const qint64 id = item.value(QStringLiteral("id")).toInteger();
        QVERIFY2(stored.contains(id), qPrintable(QString::number(id)));
        QCOMPARE(wpautop(stored.value(id)), readUtf8(wxrPath(autop)));
        ++compared;
    }
    QVERIFY(compared >= 30);
}

void TestWpautop::sixtyParagraphsStaySixty()
{
    const QString html =
        wordpressAutop(readUtf8(QStringLiteral(PW_TEST_DATA_DIR "/wpautop/sixty-paragraphs.txt")));
    QCOMPARE(html.count(QLatin1StringView("<p>")), 60);
    QCOMPARE(html.count(QLatin1StringView("</p>")), 60);
}

void TestWpautop::blankContentIsEmpty()
{
    QCOMPARE(wpautop(QStringLiteral(" \n\t\r\n")), QString());
}

void TestWpautop::newlinesInsideTagsAreNotBreaks()
{
    // PHP: wpautop("<a\nhref=\"x\">a</a>\nb") is "<p><a\nhref=\"x\">a</a><br />\nb</p>\n".
    QCOMPARE(wpautop(QStringLiteral("<a\nhref=\"x\">a</a>\nb")),
             QStringLiteral("<p><a\nhref=\"x\">a</a><br />\nb</p>\n"));
}

QTEST_GUILESS_MAIN(TestWpautop)
#include "tst_wpautop.moc"
