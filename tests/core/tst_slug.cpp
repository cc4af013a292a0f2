// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/slug.h"

#include <QTest>

using namespace pw;

class TestSlug : public QObject {
    Q_OBJECT

private slots:
    void slugify_data();
    void slugify();
};

void TestSlug::slugify_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");

    QTest::newRow("seed 000 title")
        << QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?")
        << QStringLiteral("django-vs-flask-which-framework-is-better-for-web-development");
    QTest::newRow("header example")
        << QStringLiteral("Crème Brûlée: 10 Tips!") << QStringLiteral("creme-brulee-10-tips");

    // Apostrophes join, as in WordPress's sanitize_title().
    QTest::newRow("ascii apostrophe")
        << QStringLiteral("Don't Stop") << QStringLiteral("dont-stop");
    QTest::newRow("curly apostrophe")
        << QStringLiteral("Don’t Panic") << QStringLiteral("dont-panic");
    QTest::newRow("quoted word") << QStringLiteral("Rock 'n' Roll")
                                 << QStringLiteral("rock-n-roll");
    QTest::newRow("french elision")
        << QStringLiteral("L’été à Paris") << QStringLiteral("lete-a-paris");
    QTest::newRow("ampersand") << QStringLiteral("Q&A: Salt & Pepper")
                               << QStringLiteral("qa-salt-pepper");
    QTest::newRow("catalan middle dot")
        << QStringLiteral("Col·lecció") << QStringLiteral("colleccio");

    // Letters NFKD does not decompose.
    QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
    QTest::newRow("capital sharp s") << QStringLiteral("STRAẞE") << QStringLiteral("strasse");
    QTest::newRow("ae and o slash")
        << QStringLiteral("Æsir Ørsted") << QStringLiteral("aesir-orsted");
    QTest::newRow("oe") << QStringLiteral("Œuvre cœur") << QStringLiteral("oeuvre-coeur");
    QTest::newRow("polish l") << QStringLiteral("Łódź") << QStringLiteral("lodz");
    QTest::newRow("thorn and eth")
        << QStringLiteral("Þór Guðmundsson") << QStringLiteral("thor-gudmundsson");
    QTest::newRow("d with stroke") << QStringLiteral("Đorđe") << QStringLiteral("dorde");
    QTest::newRow("danish") << QStringLiteral("Smørrebrød") << QStringLiteral("smorrebrod");
    QTest::newRow("dotted capital I") << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
    QTest::newRow("dotless i") << QStringLiteral("Kırmızı") << QStringLiteral("kirmizi");
    QTest::newRow("vietnamese") << QStringLiteral("Tiếng Việt") << QStringLiteral("tieng-viet");

    // Compatibility forms, digits, symbols.
    QTest::newRow("ligature and fraction")
        << QStringLiteral("ﬁnance ½") << QStringLiteral("finance-1-2");
    QTest::newRow("times sign") << QStringLiteral("4×4 Trucks") << QStringLiteral("4x4-trucks");
    QTest::newRow("arabic-indic digit") << QStringLiteral("٣ Tips") << QStringLiteral("3-tips");
    QTest::newRow("trademark") << QStringLiteral("Brand™ Name®") << QStringLiteral("brand-name");
    QTest::newRow("currency") << QStringLiteral("Save $100 or 50€")
                              << QStringLiteral("save-100-or-50");
    QTest::newRow("emoji") << QStringLiteral("Party 🙂 Time") << QStringLiteral("party-time");
    QTest::newRow("programming names")
        << QStringLiteral("C++ vs. C# in 2024") << QStringLiteral("c-vs-c-in-2024");
    QTest::newRow("parentheses") << QStringLiteral("Top 10 Tips (2024 Edition)")
                                 << QStringLiteral("top-10-tips-2024-edition");
    QTest::newRow("underscore and slash")
        << QStringLiteral("user_name/path") << QStringLiteral("user-name-path");

    // Hyphens: single, none at either end.
    QTest::newRow("trimmed") << QStringLiteral("  --Hello,   World!--  ")
                             << QStringLiteral("hello-world");
    QTest::newRow("dashes") << QStringLiteral("Before — after – end")
                            << QStringLiteral("before-after-end");
    QTest::newRow("already a slug")
        << QStringLiteral("already-a-slug") << QStringLiteral("already-a-slug");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << QStringLiteral("!!! ???") << QString();
    // No transliteration of other scripts (the contract is ASCII): nothing is left.
    QTest::newRow("cyrillic") << QStringLiteral("Привет мир") << QString();
    QTest::newRow("cyrillic with digits") << QStringLiteral("Топ 10") << QStringLiteral("10");
}

void TestSlug::slugify()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(pw::slugify(title), slug);
}

QTEST_APPLESS_MAIN(TestSlug)
#include "tst_slug.moc"
