// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Site detection, base URL, URL rule and vocabulary over tests/data/sites/<kind>-site, folders
// laid out as each generator's documentation lays them out.
#include "core/checks/category_whitelist.h"
#include "core/formats/post_reader.h"
#include "core/site/site_config.h"
#include "core/site/site_profile.h"
#include "core/site/site_profile_cache.h"
#include "test_support.h"

#include <QTest>

using namespace pw;

namespace {

QString sitePath(const QString &relative)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/sites/") + relative;
}

// Writes `bytes` to `name` under `dir`, making the folders on the way.
QString put(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

Post readPost(const QString &path)
{
    const PostReadResult read = readPostBytes(test::fileBytes(path));
    return read.post.value_or(Post());
}

} // namespace

class TestSiteProfile : public QObject {
    Q_OBJECT

private slots:
    void detectsEachGenerator_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("permalink");
        QTest::newRow("jekyll") << "jekyll-site/_posts/2024-03-05-hello-jekyll.md"
                                << "jekyll"
                                << "https://jekyll.example.org/blog"
                                << "hello-jekyll"
                                << "https://jekyll.example.org/blog/release/2024/03/05/"
                                   "hello-jekyll.html";
        QTest::newRow("hugo") << "hugo-site/content/posts/first-post.md"
                              << "hugo"
                              << "https://hugo.example.org"
                              << "first-post"
                              << "https://hugo.example.org/posts/first-post/";
        QTest::newRow("hugo bundle") << "hugo-site/content/posts/image-bundle/index.md"
                                     << "hugo"
                                     << "https://hugo.example.org"
                                     << "image-bundle"
                                     << "https://hugo.example.org/posts/image-bundle/";
        QTest::newRow("zola") << "zola-site/content/blog/2024-02-01-zola-notes.md"
                              << "zola"
                              << "https://zola.example.org"
                              << "zola-notes"
                              << "https://zola.example.org/blog/zola-notes/";
        QTest::newRow("docusaurus folder") << "docusaurus-site/blog/2021-08-26-welcome/index.md"
                                           << "docusaurus"
                                           << "https://docs.example.org"
                                           << "welcome"
                                           << "https://docs.example.org/blog/2021/08/26/welcome";
        QTest::newRow("docusaurus file") << "docusaurus-site/blog/2019-05-30-release-notes.md"
                                         << "docusaurus"
                                         << "https://docs.example.org"
                                         << "release-notes"
                                         << "https://docs.example.org/blog/2019/05/30/"
                                            "release-notes";
        QTest::newRow("astro") << "astro-site/src/content/blog/first-light.md"
                               << "astro"
                               << "https://astro.example.org"
                               << "first-light"
                               << "https://astro.example.org/blog/first-light/";
        QTest::newRow("next") << "next-site/_posts/dynamic-routing.md"
                              << "next"
                              << ""
                              << "dynamic-routing"
                              << "";
        QTest::newRow("gatsby") << "gatsby-site/content/blog/hello-world/index.md"
                                << "gatsby"
                                << "https://gatsby.example.org"
                                << "hello-world"
                                << "https://gatsby.example.org/hello-world/";
        QTest::newRow("eleventy") << "eleventy-site/posts/firstpost.md"
                                  << "eleventy"
                                  << ""
                                  << "firstpost"
                                  << "";
        QTest::newRow("postwright.toml") << "postwright-site/posts/roadmap.md"
                                         << "postwright"
                                         << "https://custom.example.org/notes"
                                         << "roadmap"
                                         << "https://custom.example.org/notes/roadmap/";
    }
    void detectsEachGenerator()
    {
        QFETCH(QString, post);
        QFETCH(QString, kind);
        QFETCH(QString, baseUrl);
        QFETCH(QString, slug);
        QFETCH(QString, permalink);
        const std::optional<SiteLocation> location = locateSite(sitePath(post));
        QVERIFY(location);
        QCOMPARE(siteKindName(location->kind), kind);
        QCOMPARE(location->root, QDir::cleanPath(sitePath(post.section(QLatin1Char('/'), 0, 0))));
        const SiteProfilePtr site = loadSiteProfile(*location);
        QCOMPARE(site->baseUrl, baseUrl);
        QCOMPARE(slugFromFileName(site->kind, sitePath(post)), slug);
        QCOMPARE(sitePermalink(*site, readPost(sitePath(post)), sitePath(post)), permalink);
    }

    void frontMatterSlugWins()
    {
        const SiteProfilePtr site = loadSiteProfile(*locateSite(sitePath("hugo-site/hugo.toml")));
        Post post;
        post.slug = QStringLiteral("chosen");
        QCOMPARE(siteSlug(*site, post, sitePath("hugo-site/content/posts/first-post.md")),
                 QStringLiteral("chosen"));
        QCOMPARE(sitePermalink(*site, post, sitePath("hugo-site/content/posts/first-post.md")),
                 QStringLiteral("https://hugo.example.org/posts/chosen/"));
    }

    void jekyllPermalinkStyles_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QString>("path");
        QTest::newRow("pretty") << "pretty"
                                << "/news/2024/03/05/hello/";
        QTest::newRow("none") << "none"
                              << "/news/hello.html";
        QTest::newRow("template") << "/:year/:title/"
                                  << "/2024/hello/";
    }
    void jekyllPermalinkStyles()
    {
        QFETCH(QString, style);
        QFETCH(QString, path);
        SiteProfile site;
        site.kind = SiteKind::Jekyll;
        site.baseUrl = QStringLiteral("https://example.org");
        site.permalinkPattern = style;
        Post post;
        post.categories = {QStringLiteral("News")};
        QCOMPARE(sitePermalink(site, post, QStringLiteral("/s/_posts/2024-03-05-hello.md")),
                 QStringLiteral("https://example.org") + path);
    }

    // Hugo's and Zola's config.toml are told apart by their keys, and a config.toml alone is
    // no Hugo site (many tools use that name).
    void hugoAndZolaConfigToml()
    {
        QTemporaryDir dir;
        const QString hugoPost = put(dir, QStringLiteral("h/content/posts/a.md"), "---\n---\n");
        put(dir, QStringLiteral("h/config.toml"), "baseURL = \"https://h.example.org/\"\n");
        const QString zolaPost = put(dir, QStringLiteral("z/content/a.md"), "+++\n+++\n");
        put(dir, QStringLiteral("z/config.toml"), "base_url = \"https://z.example.org\"\n");
        const QString toolPost = put(dir, QStringLiteral("t/notes/a.md"), "# a\n");
        put(dir, QStringLiteral("t/config.toml"), "name = \"tool\"\n");
        QCOMPARE(locateSite(hugoPost)->kind, SiteKind::Hugo);
        QCOMPARE(loadSiteProfile(*locateSite(hugoPost))->baseUrl,
                 QStringLiteral("https://h.example.org"));
        QCOMPARE(locateSite(zolaPost)->kind, SiteKind::Zola);
        QVERIFY(!locateSite(toolPost));
        const QString dirPost = put(dir, QStringLiteral("d/content/a.md"), "---\n---\n");
        put(dir, QStringLiteral("d/config/_default/hugo.toml"),
            "baseURL = 'https://d.example.org/'\n");
        QCOMPARE(locateSite(dirPost)->kind, SiteKind::Hugo);
        QCOMPARE(loadSiteProfile(*locateSite(dirPost))->baseUrl,
                 QStringLiteral("https://d.example.org"));
    }

    void noSiteAboveTheRepository()
    {
        QTemporaryDir dir;
        put(dir, QStringLiteral("_config.yml"), "url: https://outer.example.org\n");
        QDir().mkpath(dir.filePath(QStringLiteral("repo/.git")));
        const QString post = put(dir, QStringLiteral("repo/posts/a.md"), "# a\n");
        QVERIFY(!locateSite(post));
        QTemporaryDir empty;
        QVERIFY(!locateSite(put(empty, QStringLiteral("a.md"), "# a\n")));
    }

    void vocabulary()
    {
        const SiteProfilePtr jekyll =
            loadSiteProfile(*locateSite(sitePath("jekyll-site/_config.yml")));
        QCOMPARE(jekyll->vocabulary.postsRead, 2);
        QVERIFY(jekyll->vocabulary.complete);
        QCOMPARE(jekyll->vocabulary.categoriesUsedBesides(),
                 QStringList({QStringLiteral("release"), QStringLiteral("testing")}));
        QCOMPARE(jekyll->vocabulary.categoriesUsedBesides(
                     QStringLiteral("_posts/2024-04-10-testing-tips.md")),
                 QStringList{QStringLiteral("release")});
        QCOMPARE(
            jekyll->vocabulary.tagsUsedBesides(),
            QStringList({QStringLiteral("ci"), QStringLiteral("jekyll"), QStringLiteral("news")}));
        QVERIFY(jekyll->usesCategories());
        QVERIFY(jekyll->usesTags());

        const SiteProfilePtr hugo = loadSiteProfile(*locateSite(sitePath("hugo-site/hugo.toml")));
        QVERIFY(!hugo->usesCategories());
        QVERIFY(hugo->usesTags());
        QCOMPARE(hugo->vocabulary.postsRead, 2);
        const SiteProfilePtr zola = loadSiteProfile(*locateSite(sitePath("zola-site/config.toml")));
        QVERIFY(!zola->usesCategories());
        QVERIFY(!zola->usesTags());
    }

    void vocabularyScanIsCapped()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            put(dir, QStringLiteral("content/p%1.md").arg(i), "---\ntags: [a]\n---\nbody\n");
        put(dir, QStringLiteral("content/node_modules/x.md"), "---\ntags: [dependency]\n---\n");
        const SiteVocabulary all =
            scanVocabulary(dir.path(), {dir.filePath(QStringLiteral("content"))});
        QCOMPARE(all.postsRead, 5);
        QVERIFY(!all.tags.contains(QStringLiteral("dependency")));
        const SiteVocabulary capped =
            scanVocabulary(dir.path(), {dir.filePath(QStringLiteral("content"))}, {3, 2000});
        QCOMPARE(capped.postsRead, 3);
        QVERIFY(!capped.complete);
    }

    void postwrightToml()
    {
        const SiteProfilePtr site =
            loadSiteProfile(*locateSite(sitePath("postwright-site/posts/roadmap.md")));
        QCOMPARE(site->categoriesRequired, std::optional<bool>(true));
        QCOMPARE(site->tagsRequired, std::optional<bool>(false));
        QVERIFY(site->whitelist);
        QCOMPARE(site->whitelist->categories(),
                 QStringList({QStringLiteral("Engineering"), QStringLiteral("Product")}));
        QVERIFY(!site->usesTags());
    }

    // docusaurus.config.js is code: the address is found by a pattern, not by running it.
    void jsConfigHeuristic()
    {
        QTemporaryDir dir;
        const QString config = put(dir, QStringLiteral("docusaurus.config.js"),
                                   "// url: 'https://example-in-a-comment.example.org',\n"
                                   "const x = { siteUrl: 'https://wrong.example.org',\n"
                                   "  url: \"https://right.example.org\", baseUrl: '/docs/' };\n");
        QCOMPARE(findJsStringProperty(config, QStringLiteral("url")),
                 QStringLiteral("https://right.example.org"));
        QCOMPARE(findJsStringProperty(config, QStringLiteral("baseUrl")), QStringLiteral("/docs/"));
        QCOMPARE(loadSiteProfile(*locateSite(config))->baseUrl,
                 QStringLiteral("https://right.example.org/docs"));
    }

    void cacheReadsEachSiteOnce()
    {
        SiteProfileCache cache;
        const SiteProfilePtr first =
            cache.profileFor(sitePath("hugo-site/content/posts/first-post.md"));
        const SiteProfilePtr second =
            cache.profileFor(sitePath("hugo-site/content/posts/image-bundle/index.md"));
        QVERIFY(first);
        QCOMPARE(first.get(), second.get());
        QTemporaryDir empty;
        QVERIFY(!cache.profileFor(put(empty, QStringLiteral("a.md"), "# a\n")));
    }
};

QTEST_GUILESS_MAIN(TestSiteProfile)
#include "tst_site_profile.moc"
