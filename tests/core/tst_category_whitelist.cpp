// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/category_whitelist.h"
#include "test_support.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using pw::CategoryWhitelist;

class TestCategoryWhitelist : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreTheSixtyOfSeed000();
    void fromFileSkipsCommentsAndBlanks();
    void fromFileReportsErrors();
    void containsExactlyIsCaseSensitive();
    void caseInsensitiveMatch_data();
    void caseInsensitiveMatch();
    void suggest_data();
    void suggest();
    void suggestNothingForUnrelated_data();
    void suggestNothingForUnrelated();
    void emptyWhitelistSuggestsNothing();
};

// The list in seed 000's prompt: "Choose from: "News", "Reviews", ...".
static QStringList categoriesInSeedPrompt()
{
    const QString text = pw::test::seedText("000");
    const qsizetype from = text.indexOf(QLatin1String("Choose from:"));
    const qsizetype to = text.indexOf(QLatin1Char('\n'), from);
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]+)\""));
    QStringList categories;
    auto matches = quoted.globalMatch(text.mid(from, to - from));
    while (matches.hasNext())
        categories.append(matches.next().captured(1));
    return categories;
}

void TestCategoryWhitelist::defaultsAreTheSixtyOfSeed000()
{
    const CategoryWhitelist whitelist = CategoryWhitelist::defaults();
    QCOMPARE(whitelist.categories().size(), 60);
    QCOMPARE(whitelist.categories(), categoriesInSeedPrompt());
    QCOMPARE(whitelist.categories().first(), QStringLiteral("News"));
    QCOMPARE(whitelist.categories().last(), QStringLiteral("Server Virtualization"));
}

void TestCategoryWhitelist::fromFileSkipsCommentsAndBlanks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cats.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# my blog\n\nRecipes\r\n  Travel Notes  \n#Hidden\nCafé Reviews\n");
    file.close();
    QString error;
    const auto whitelist = CategoryWhitelist::fromFile(path, &error);
    QVERIFY2(whitelist.has_value(), qPrintable(error));
    QCOMPARE(whitelist->categories(),
             QStringList({QStringLiteral("Recipes"), QStringLiteral("Travel Notes"),
                          QStringLiteral("Café Reviews")}));
}

void TestCategoryWhitelist::fromFileReportsErrors()
{
    QString error;
    QVERIFY(!CategoryWhitelist::fromFile(QStringLiteral("/nonexistent/cats.txt"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!CategoryWhitelist::fromFile(QStringLiteral("/nonexistent/cats.txt")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# nothing but comments\n\n");
    file.close();
    error.clear();
    QVERIFY(!CategoryWhitelist::fromFile(path, &error));
    QVERIFY(!error.isEmpty());
}

void TestCategoryWhitelist::containsExactlyIsCaseSensitive()
{
    const CategoryWhitelist whitelist = CategoryWhitelist::defaults();
    QVERIFY(whitelist.containsExactly(QStringLiteral("Web Development Frameworks")));
    QVERIFY(whitelist.containsExactly(QStringLiteral("Internet of Things (IoT)")));
    QVERIFY(!whitelist.containsExactly(QStringLiteral("web development frameworks")));
    QVERIFY(!whitelist.containsExactly(QStringLiteral("Web Development")));
    QVERIFY(!whitelist.containsExactly(QString()));
}

void TestCategoryWhitelist::caseInsensitiveMatch_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("expected"); // empty: no match
    QTest::newRow("lower case") << "tutorials"
                                << "Tutorials";
    QTest::newRow("upper case") << "CLOUD COMPUTING"
                                << "Cloud Computing";
    QTest::newRow("exact") << "Gaming"
                           << "Gaming";
    QTest::newRow("split word") << "Cyber security"
                                << "Cybersecurity";
    QTest::newRow("extra spaces") << "Cloud   computing"
                                  << "Cloud Computing";
    QTest::newRow("hyphen as space") << "How to Guides"
                                     << "How-to Guides";
    QTest::newRow("missing hyphen") << "Ecommerce Hosting Solutions"
                                    << "E-commerce Hosting Solutions";
    QTest::newRow("plural is not case") << "Tutorial"
                                        << "";
    QTest::newRow("partial is not case") << "Web Development"
                                         << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCategoryWhitelist::caseInsensitiveMatch()
{
    QFETCH(QString, category);
    QFETCH(QString, expected);
    const auto match = CategoryWhitelist::defaults().caseInsensitiveMatch(category);
    if (expected.isEmpty()) {
        QVERIFY2(!match, qPrintable(match.value_or(QString())));
    } else {
        QVERIFY(match);
        QCOMPARE(*match, expected);
    }
}

void TestCategoryWhitelist::suggest_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prefix of one") << "Web Development"
                                   << "Web Development Frameworks";
    QTest::newRow("singular") << "Tutorial"
                              << "Tutorials";
    QTest::newRow("split word") << "Cyber security"
                                << "Cybersecurity";
    // Three "Web Hosting ..." entries would do; the one with fewest extra words wins.
    QTest::newRow("web hosting") << "Web Hosting"
                                 << "Web Hosting Reviews";
    // Initials of a two-word name.
    QTest::newRow("AI") << "AI"
                        << "Artificial Intelligence";
    QTest::newRow("IoT") << "IoT"
                         << "Internet of Things (IoT)";
    QTest::newRow("VPS") << "VPS"
                         << "Virtual Private Servers (VPS)";
    QTest::newRow("AR") << "AR"
                        << "Virtual Reality (VR) and Augmented Reality (AR)";
    QTest::newRow("typo") << "Cybersecurty"
                          << "Cybersecurity";
    QTest::newRow("transposed") << "Reveiws"
                                << "Reviews";
    QTest::newRow("typo in a word") << "Web Developement"
                                    << "Web Development Frameworks";
    QTest::newRow("missing letter") << "Sofware Development"
                                    << "Software Development";
    QTest::newRow("one word of three") << "Programming"
                                       << "Programming and Coding";
    QTest::newRow("extra word") << "Tech News"
                                << "News";
    QTest::newRow("SEO") << "SEO"
                         << "Digital Marketing and SEO";
    QTest::newRow("plural") << "Data Sciences"
                            << "Data Science";
    QTest::newRow("case") << "blockchain technology"
                          << "Blockchain Technology";
    QTest::newRow("cloud hosting") << "Cloud Hosting"
                                   << "Cloud Hosting and Services";
}

void TestCategoryWhitelist::suggest()
{
    QFETCH(QString, category);
    QFETCH(QString, expected);
    QCOMPARE(CategoryWhitelist::defaults().suggest(category), expected);
}

void TestCategoryWhitelist::suggestNothingForUnrelated_data()
{
    QTest::addColumn<QString>("category");
    QTest::newRow("Python") << "Python";
    QTest::newRow("Cooking") << "Cooking";
    QTest::newRow("empty") << "";
    QTest::newRow("punctuation") << "!!!";
}

void TestCategoryWhitelist::suggestNothingForUnrelated()
{
    QFETCH(QString, category);
    QCOMPARE(CategoryWhitelist::defaults().suggest(category), QString());
}

void TestCategoryWhitelist::emptyWhitelistSuggestsNothing()
{
    const CategoryWhitelist whitelist;
    QVERIFY(whitelist.isEmpty());
    QCOMPARE(whitelist.suggest(QStringLiteral("News")), QString());
    QVERIFY(!whitelist.caseInsensitiveMatch(QStringLiteral("News")));
}

QTEST_GUILESS_MAIN(TestCategoryWhitelist)
#include "tst_category_whitelist.moc"
