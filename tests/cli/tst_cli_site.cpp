// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `postwright check` on posts inside static-site folders (tests/data/sites/<kind>-site): a
// well-formed post of every generator passes, judged by its own site.
#include "cli/cli_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString sitePath(const QString &relative)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/sites/") + relative;
}

// id -> severity of every finding of the one file checked.
QHash<QString, QString> findingsOf(const QByteArray &json)
{
    QHash<QString, QString> result;
    const QJsonArray findings = QJsonDocument::fromJson(json)
                                    .object()[QStringLiteral("files")]
                                    .toArray()
                                    .first()[QStringLiteral("findings")]
                                    .toArray();
    for (const QJsonValue &finding : findings)
        result.insert(finding[QStringLiteral("id")].toString(),
                      finding[QStringLiteral("severity")].toString());
    return result;
}

} // namespace

class TestCliSite : public QObject {
    Q_OBJECT
private slots:
    void wellFormedPostOfEachSitePasses_data()
    {
        QTest::addColumn<QString>("post");
        QTest::newRow("jekyll") << "jekyll-site/_posts/2024-03-05-hello-jekyll.md";
        QTest::newRow("hugo") << "hugo-site/content/posts/first-post.md";
        QTest::newRow("hugo bundle") << "hugo-site/content/posts/image-bundle/index.md";
        QTest::newRow("zola") << "zola-site/content/blog/2024-02-01-zola-notes.md";
        // `categories` in a post of a Hugo site whose [taxonomies] lists only tags.
        QTest::newRow("hugo, tags only") << "hugo-tags-site/content/posts/tables-and-strings.md";
        QTest::newRow("zola, tags only") << "zola-tags-site/content/blog/tagged.md";
        QTest::newRow("docusaurus") << "docusaurus-site/blog/2021-08-26-welcome/index.md";
        QTest::newRow("astro") << "astro-site/src/content/blog/first-light.md";
        QTest::newRow("next") << "next-site/_posts/dynamic-routing.md";
        QTest::newRow("gatsby") << "gatsby-site/content/blog/hello-world/index.md";
        QTest::newRow("eleventy") << "eleventy-site/posts/firstpost.md";
        QTest::newRow("postwright.toml") << "postwright-site/posts/roadmap.md";
    }
    void wellFormedPostOfEachSitePasses()
    {
        QFETCH(QString, post);
        const pw::test::CliRun run =
            pw::test::runPostwright({QStringLiteral("check"), QStringLiteral("--json"),
                                     QStringLiteral("--seo"), sitePath(post)});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QHash<QString, QString> findings = findingsOf(run.out);
        for (auto it = findings.begin(); it != findings.end(); ++it)
            QVERIFY2(it.value() != QLatin1String("error"), qPrintable(it.key()));
        QVERIFY(!findings.contains(QStringLiteral("category.unknown")));
    }

    // Many files of one site in one run: each judged by its site (the profile is read once).
    void severalFilesOfSeveralSites()
    {
        const pw::test::CliRun run = pw::test::runPostwright(
            {QStringLiteral("check"), sitePath("jekyll-site/_posts/2024-03-05-hello-jekyll.md"),
             sitePath("jekyll-site/_posts/2024-04-10-testing-tips.md"),
             sitePath("hugo-site/content/posts/first-post.md")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("categories.missing"));
    }

    // Whoever passes --categories chooses that list, on a site too.
    void chosenListStillApplies()
    {
        QTemporaryDir dir;
        QFile list(dir.filePath(QStringLiteral("list.txt")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("Web Development\n");
        list.close();
        const pw::test::CliRun run = pw::test::runPostwright(
            {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--categories"),
             list.fileName(), sitePath("jekyll-site/_posts/2024-04-10-testing-tips.md")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(findingsOf(run.out).value(QStringLiteral("category.unknown")),
                 QStringLiteral("error"));
    }
};

QTEST_GUILESS_MAIN(TestCliSite)
#include "tst_cli_site.moc"
