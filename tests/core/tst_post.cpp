// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/post.h"

#include <QTest>

using pw::Post;

class TestPost : public QObject {
    Q_OBJECT

private slots:
    void splitList_data();
    void splitList();
    void normalizedList_data();
    void normalizedList();
    void effectiveSlugKeepsAChosenSlug();
    void effectiveSlugFollowsTheTitle_data();
    void effectiveSlugFollowsTheTitle();
    void equality();
};

void TestPost::splitList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << "" << QStringList();
    QTest::newRow("only separators") << " , ,, " << QStringList();
    QTest::newRow("header example") << "a, b, 'c'" << QStringList{"a", "b", "c"};
    QTest::newRow("seed 000 tags")
        << "Python, Django, Flask, Web Development, Frameworks, Python web frameworks"
        << QStringList{"Python",          "Django",     "Flask",
                       "Web Development", "Frameworks", "Python web frameworks"};
    QTest::newRow("no spaces") << "a,b,c" << QStringList{"a", "b", "c"};
    QTest::newRow("tabs and newlines") << "a\t,\n b ,c\r\n" << QStringList{"a", "b", "c"};
    QTest::newRow("double quotes") << "\"Django\", \"Flask\"" << QStringList{"Django", "Flask"};
    QTest::newRow("typographic quotes")
        << QStringLiteral("“Django”, ‘Flask’, «Qt»") << QStringList{"Django", "Flask", "Qt"};
    QTest::newRow("quotes with inner spaces") << "' Web Hosting '" << QStringList{"Web Hosting"};
    QTest::newRow("nested quotes") << "\"'x'\"" << QStringList{"x"};
    QTest::newRow("empty quotes dropped") << "'', a, \"\"" << QStringList{"a"};
    QTest::newRow("mismatched quotes kept") << "'a\", b" << QStringList{"'a\"", "b"};
    QTest::newRow("apostrophe inside kept") << "Don't Panic" << QStringList{"Don't Panic"};
    QTest::newRow("case-insensitive duplicates")
        << "Python, python, PYTHON, Flask" << QStringList{"Python", "Flask"};
    QTest::newRow("duplicate after unquoting") << "Django, 'django'" << QStringList{"Django"};
    QTest::newRow("accented duplicates")
        << QStringLiteral("Éclair, éclair") << QStringList{QStringLiteral("Éclair")};
}

void TestPost::splitList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(pw::splitList(text), expected);
}

void TestPost::normalizedList_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QStringList() << QStringList();
    QTest::newRow("blanks dropped") << QStringList{"", " ", "a"} << QStringList{"a"};
    QTest::newRow("trimmed") << QStringList{" a ", "b\t"} << QStringList{"a", "b"};
    QTest::newRow("first spelling kept")
        << QStringList{"Web", "WEB", "web", "Net"} << QStringList{"Web", "Net"};
    QTest::newRow("order kept") << QStringList{"c", "a", "b"} << QStringList{"c", "a", "b"};
    QTest::newRow("commas are not split") << QStringList{"a, b"} << QStringList{"a, b"};
}

void TestPost::normalizedList()
{
    QFETCH(QStringList, items);
    QFETCH(QStringList, expected);
    QCOMPARE(pw::normalizedList(items), expected);
}

void TestPost::effectiveSlugKeepsAChosenSlug()
{
    Post post;
    post.title = QStringLiteral("Django vs Flask");
    post.slug = QStringLiteral("my-own-Slug");
    QCOMPARE(pw::effectiveSlug(post), QStringLiteral("my-own-Slug"));
}

void TestPost::effectiveSlugFollowsTheTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("slug.h example")
        << QStringLiteral("Crème Brûlée: 10 Tips!") << "creme-brulee-10-tips";
    QTest::newRow("seed 000") << "Django vs Flask: Which Framework is Better for Web Development?"
                              << "django-vs-flask-which-framework-is-better-for-web-development";
    QTest::newRow("empty title") << ""
                                 << "";
}

void TestPost::effectiveSlugFollowsTheTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    Post post;
    post.title = title;
    QCOMPARE(pw::effectiveSlug(post), expected);
}

void TestPost::equality()
{
    Post a;
    a.title = QStringLiteral("T");
    a.extras = {{QStringLiteral("date"), QStringLiteral("2024-01-01")}};
    Post b = a;
    QCOMPARE(a, b);
    b.extras[0].yaml = QStringLiteral("2024-01-02");
    QVERIFY(!(a == b));
}

QTEST_GUILESS_MAIN(TestPost)
#include "tst_post.moc"
