// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/front_matter_format.h"
#include "core/formats/post_reader.h"
#include "core/formats/post_source.h"
#include "core/formats/post_writer.h"
#include "core/io/post_file.h"
#include "test_support.h"

#include <QTest>

// Keys that mean a model field under another name: the description aliases generators and
// themes read (Hugo's summary, Jekyll's excerpt, ...), and Jekyll's space-separated lists.
// What each generator does is from its documentation: Jekyll's front matter docs ("Categories
// (plural key) can be specified as a YAML list or a space-separated string"; Jekyll's
// Utils.pluralized_array_from_hash), jekyll-seo-tag (description, else excerpt), Hugo's
// `summary` front matter field.

using namespace pw;

namespace {

Post readYaml(const QString &text, const FrontMatterDialect &dialect = {})
{
    const PostReadResult read = readPostText(text, dialect);
    if (!read.post)
        qWarning("%s", qPrintable(read.error));
    return read.post.value_or(Post{});
}

FrontMatterDialect jekyll()
{
    FrontMatterDialect dialect;
    dialect.spaceSeparatedLists = true;
    return dialect;
}

QString written(const Post &post)
{
    return QString::fromUtf8(writePost(post, PostFormat::MarkdownFrontMatter));
}

} // namespace

class TestFrontMatterKeys : public QObject {
    Q_OBJECT

private slots:
    void descriptionAliasIsTheDescription_data();
    void descriptionAliasIsTheDescription();
    void descriptionKeyWinsOverAliases();
    void aliasesInOrderOfPreference();
    void editedDescriptionStaysUnderItsAlias();
    void aliasExtraBesideEmptyDescriptionSurvivesAFreshWrite();
    void tomlSummaryAndExcerptAreDescriptions();
    void jekyllStringListsSplitAtSpaces_data();
    void jekyllStringListsSplitAtSpaces();
    void jekyllListEditKeepsTheSpaceSeparatedString();
    void numbersAreNames();
    void readPostFileUsesTheSitesDialect();
};

void TestFrontMatterKeys::descriptionAliasIsTheDescription_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"summary", "excerpt", "spoiler", "subtitle"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestFrontMatterKeys::descriptionAliasIsTheDescription()
{
    QFETCH(QString, key);
    const QString text = QStringLiteral("---\ntitle: T\n%1: \"What the post says.\"\ndraft: true\n"
                                        "---\n\nBody.\n")
                             .arg(key);
    const Post post = readYaml(text);
    QCOMPARE(post.metaDescription, QStringLiteral("What the post says."));
    // Not also an extra: it would be written twice.
    QCOMPARE(post.extras.size(), 1);
    QCOMPARE(post.extras.first().key, QStringLiteral("draft"));
    QCOMPARE(written(post), text);
}

void TestFrontMatterKeys::descriptionKeyWinsOverAliases()
{
    const Post post = readYaml(QStringLiteral(
        "---\nsummary: The list-page summary.\ndescription: The meta description.\n---\nB\n"));
    QCOMPARE(post.metaDescription, QStringLiteral("The meta description."));
    QCOMPARE(post.extras.size(), 1);
    QCOMPARE(post.extras.first().key, QStringLiteral("summary"));
    QCOMPARE(extraValue(post, QStringLiteral("summary")), QStringLiteral("The list-page summary."));

    // An empty description is still the description key: the summary stays the summary.
    const Post empty =
        readYaml(QStringLiteral("---\ndescription:\nsummary: The summary.\n---\nB\n"));
    QCOMPARE(empty.metaDescription, QString());
    QCOMPARE(extraValue(empty, QStringLiteral("summary")), QStringLiteral("The summary."));
}

void TestFrontMatterKeys::aliasesInOrderOfPreference()
{
    const Post post = readYaml(
        QStringLiteral("---\nsubtitle: A subtitle\nexcerpt: An excerpt\n---\nB\n"));
    QCOMPARE(post.metaDescription, QStringLiteral("An excerpt"));
    QCOMPARE(extraValue(post, QStringLiteral("subtitle")), QStringLiteral("A subtitle"));
}

void TestFrontMatterKeys::editedDescriptionStaysUnderItsAlias()
{
    const QString text =
        QStringLiteral("---\r\ntitle: Pruning\r\nspoiler: 'Cut less, later.'\r\n---\r\n\r\nB\r\n");
    Post post = readYaml(text);
    post.metaDescription = QStringLiteral("Cut less, and later than you think.");
    QCOMPARE(written(post), QStringLiteral("---\r\ntitle: Pruning\r\nspoiler: 'Cut less, and later "
                                           "than you think.'\r\n---\r\n\r\nB\r\n"));
    // Cleared, the key stays (the site's templates read it) with no value.
    post.metaDescription.clear();
    QCOMPARE(written(post), QStringLiteral("---\r\ntitle: Pruning\r\nspoiler: ''\r\n---\r\n\r\nB\r\n"));
}

void TestFrontMatterKeys::aliasExtraBesideEmptyDescriptionSurvivesAFreshWrite()
{
    Post post;
    post.title = QStringLiteral("T");
    post.body = QStringLiteral("B");
    post.extras.append({QStringLiteral("summary"), QStringLiteral("Only a summary.")});
    const QString text = writeFrontMatterMarkdown(post);
    QVERIFY2(text.contains(QLatin1String("\ndescription: \"\"\n")), qPrintable(text));
    const FrontMatterReadResult back = readFrontMatterMarkdown(text);
    QVERIFY(back.post);
    QCOMPARE(back.post->metaDescription, QString());
    QCOMPARE(back.post->extras, post.extras);
}

void TestFrontMatterKeys::tomlSummaryAndExcerptAreDescriptions()
{
    for (const char *key : {"summary", "excerpt"}) {
        const QString text =
            QStringLiteral("+++\ntitle = \"T\"\n%1 = \"Said in TOML.\"\n+++\n\nB\n").arg(QLatin1String(key));
        Post post = readYaml(text);
        QCOMPARE(post.metaDescription, QStringLiteral("Said in TOML."));
        post.metaDescription = QStringLiteral("Changed.");
        QCOMPARE(written(post),
                 QStringLiteral("+++\ntitle = \"T\"\n%1 = \"Changed.\"\n+++\n\nB\n").arg(QLatin1String(key)));
    }
}

void TestFrontMatterKeys::jekyllStringListsSplitAtSpaces_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("jekyll");
    QTest::addColumn<QStringList>("elsewhere");
    QTest::newRow("plural string") << "categories: web  dev" << QStringList{"web", "dev"}
                                   << QStringList{"web  dev"};
    QTest::newRow("quoted string") << "categories: \"web dev\"" << QStringList{"web", "dev"}
                                   << QStringList{"web dev"};
    // Jekyll does not split at commas: "web," is what its site gets.
    QTest::newRow("commas") << "categories: web, dev" << QStringList{"web,", "dev"}
                            << QStringList{"web", "dev"};
    QTest::newRow("singular is one name") << "category: Web Development"
                                          << QStringList{"Web Development"}
                                          << QStringList{"Web Development"};
    QTest::newRow("list items are not split") << "categories: [web dev, css]"
                                              << QStringList{"web dev", "css"}
                                              << QStringList{"web dev", "css"};
}

void TestFrontMatterKeys::jekyllStringListsSplitAtSpaces()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, jekyll);
    QFETCH(QStringList, elsewhere);
    const QString text = QStringLiteral("---\ntitle: T\n%1\ntags: a b\n---\nB\n").arg(yaml);
    const Post asJekyll = readYaml(text, ::jekyll());
    QCOMPARE(asJekyll.categories, jekyll);
    QCOMPARE(asJekyll.tags, (QStringList{"a", "b"}));
    const Post asOthers = readYaml(text);
    QCOMPARE(asOthers.categories, elsewhere);
    QCOMPARE(asOthers.tags, QStringList{"a b"});
    // Unchanged, either way: the same bytes.
    QCOMPARE(written(asJekyll), text);
    QCOMPARE(written(asOthers), text);
}

void TestFrontMatterKeys::jekyllListEditKeepsTheSpaceSeparatedString()
{
    const QString text =
        QStringLiteral("---\nlayout: post\ncategories: gardening notes # two\ntags: [spring]\n---\nB\n");
    Post post = readYaml(text, jekyll());
    QVERIFY(post.source);
    QCOMPARE(post.source->dialect, jekyll());
    post.categories << QStringLiteral("roses");
    QCOMPARE(written(post), QStringLiteral("---\nlayout: post\ncategories: gardening notes roses # "
                                           "two\ntags: [spring]\n---\nB\n"));
    post.categories = QStringList{QStringLiteral("notes")};
    QCOMPARE(written(post),
             QStringLiteral("---\nlayout: post\ncategories: notes # two\ntags: [spring]\n---\nB\n"));
}

void TestFrontMatterKeys::numbersAreNames()
{
    const Post flow = readYaml(QStringLiteral("---\ncategories: [2024, news]\ntags: 42\n---\nB\n"));
    QCOMPARE(flow.categories, (QStringList{"2024", "news"}));
    QCOMPARE(flow.tags, QStringList{"42"});
    const Post toml = readYaml(QStringLiteral("+++\ncategories = [2024, \"news\"]\n+++\nB\n"));
    QCOMPARE(toml.categories, (QStringList{"2024", "news"}));
}

void TestFrontMatterKeys::readPostFileUsesTheSitesDialect()
{
    const QByteArray post = "---\ntitle: T\ncategories: web dev\n---\nB\n";
    QTemporaryDir site;
    QVERIFY(QDir(site.path()).mkpath(QStringLiteral("_posts")));
    test::writeFile(site, QStringLiteral("_config.yml"), "title: A Jekyll site\n");
    const QString inSite = test::writeFile(site, QStringLiteral("_posts/2024-01-02-t.md"), post);
    const PostReadResult jekyllRead = readPostFile(inSite);
    QVERIFY(jekyllRead.post);
    QCOMPARE(jekyllRead.post->categories, (QStringList{"web", "dev"}));

    QTemporaryDir plain;
    // A folder of its own, so no site above it is found.
    QVERIFY(QDir(plain.path()).mkpath(QStringLiteral(".git")));
    const QString alone = test::writeFile(plain, QStringLiteral("t.md"), post);
    const PostReadResult plainRead = readPostFile(alone);
    QVERIFY(plainRead.post);
    QCOMPARE(plainRead.post->categories, QStringList{"web dev"});
}

QTEST_GUILESS_MAIN(TestFrontMatterKeys)
#include "tst_front_matter_keys.moc"
