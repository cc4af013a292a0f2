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

#include <QJsonArray>
#include <QJsonObject>
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
        // [permalinks.page] posts = '/:year/:month/:slug/': the front matter's date, and :slug
        // is the slug, else the title (gohugo.io/configuration/permalinks/#tokens).
        QTest::newRow("hugo permalinks, title")
            << "hugo-tags-site/content/posts/tables-and-strings.md"
            << "hugo"
            << "https://tags.example.org"
            << "tables-and-strings"
            << "https://tags.example.org/2024/05/tables-and-strings-in-a-hugo-config/";
        QTest::newRow("hugo permalinks, slug") << "hugo-tags-site/content/posts/slugged.md"
                                               << "hugo"
                                               << "https://tags.example.org"
                                               << "slugged"
                                               << "https://tags.example.org/2023/12/own-slug/";
        // Zola's `path` replaces section and slug.
        QTest::newRow("zola path") << "zola-tags-site/content/blog/tagged.md"
                                   << "zola"
                                   << "https://zola-tags.example.org"
                                   << "tagged"
                                   << "https://zola-tags.example.org/notes/tagged-page/";
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

    // A translation by file name keeps the slug of its original (Hugo: about.fr.md; Zola: "the
    // part after the dot is removed, and will be set as the page's language").
    void languageSuffixIsNotPartOfTheSlug()
    {
        QCOMPARE(slugFromFileName(SiteKind::Hugo, QStringLiteral("/s/content/posts/about.fr.md")),
                 QStringLiteral("about"));
        QCOMPARE(
            slugFromFileName(SiteKind::Hugo, QStringLiteral("/s/content/posts/bundle/index.de.md")),
            QStringLiteral("bundle"));
        QCOMPARE(slugFromFileName(SiteKind::Zola,
                                  QStringLiteral("/s/content/blog/2024-01-05-hello.fr.md")),
                 QStringLiteral("hello"));
        // Elsewhere a dot is part of the name.
        QCOMPARE(slugFromFileName(SiteKind::Astro, QStringLiteral("/s/src/content/blog/a.fr.md")),
                 QStringLiteral("a.fr"));
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

    // A real TOML parser: text inside a multi-line string and an array whose lines start with
    // "[" are values, not keys or table headers; tables nest.
    void configIsParsedNotScanned()
    {
        const QJsonObject config = readConfigFile(sitePath("hugo-tags-site/hugo.toml"));
        QCOMPARE(config.value(QStringLiteral("baseURL")).toString(),
                 QStringLiteral("https://tags.example.org/"));
        QVERIFY(config.value(QStringLiteral("copyright"))
                    .toString()
                    .contains(QStringLiteral("inside-a-string")));
        QCOMPARE(config.value(QStringLiteral("languageOrder")).toArray().size(), 2);
        QCOMPARE(config.value(QStringLiteral("params"))
                     .toObject()
                     .value(QStringLiteral("author"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Jo"));
        const SiteProfilePtr site =
            loadSiteProfile(*locateSite(sitePath("hugo-tags-site/hugo.toml")));
        QCOMPARE(site->baseUrl, QStringLiteral("https://tags.example.org"));
        QCOMPARE(site->sectionPermalinks.value(QStringLiteral("posts")),
                 QStringLiteral("/:year/:month/:slug/"));

        QTemporaryDir dir;
        const QString broken = put(dir, QStringLiteral("broken.toml"), "base_url = \"open\n");
        QVERIFY(readConfigFile(broken).isEmpty());
        const QString typed = put(dir, QStringLiteral("typed.toml"),
                                  "flag = true\ncount = 3\nday = 2024-01-05\n[t]\nx = 'y'\n");
        const QJsonObject values = readConfigFile(typed);
        QCOMPARE(scalarText(values.value(QStringLiteral("flag"))), QStringLiteral("true"));
        QCOMPARE(scalarText(values.value(QStringLiteral("count"))), QStringLiteral("3"));
        QCOMPARE(scalarText(values.value(QStringLiteral("day"))), QStringLiteral("2024-01-05"));
        QVERIFY(scalarText(values.value(QStringLiteral("t"))).isEmpty());
    }

    // Hugo defines tags and categories unless [taxonomies] lists others; Zola defines none
    // unless `taxonomies` lists them; Jekyll's are fixed.
    void taxonomiesFromConfig()
    {
        const auto profile = [](const char *relative) {
            return loadSiteProfile(*locateSite(sitePath(relative)));
        };
        const SiteProfilePtr hugoDefault = profile("hugo-site/hugo.toml");
        QCOMPARE(hugoDefault->taxonomies,
                 std::optional<QStringList>(
                     QStringList{QStringLiteral("tags"), QStringLiteral("categories")}));

        const SiteProfilePtr hugoTags = profile("hugo-tags-site/hugo.toml");
        QCOMPARE(hugoTags->taxonomies,
                 std::optional<QStringList>(QStringList{QStringLiteral("tags")}));
        // A post writes `categories`, but on this site that is no taxonomy.
        QVERIFY(hugoTags->vocabulary.categories.contains(QStringLiteral("Notes")));
        QVERIFY(!hugoTags->usesCategories());
        QVERIFY(hugoTags->usesTags());

        const SiteProfilePtr hugoBoth = profile("hugo-toml/hugo.toml");
        QCOMPARE(hugoBoth->taxonomies->size(), 2);
        QVERIFY(hugoBoth->usesCategories());

        const SiteProfilePtr zola = profile("zola/config.toml");
        QCOMPARE(zola->taxonomies, std::optional<QStringList>(QStringList{
                                       QStringLiteral("tags"), QStringLiteral("categories"),
                                       QStringLiteral("director")}));
        QVERIFY(zola->usesCategories()); // shape-of-water.md: [taxonomies] categories
        QVERIFY(zola->usesTags());

        const SiteProfilePtr zolaNone = profile("zola-site/config.toml");
        QCOMPARE(zolaNone->taxonomies, std::optional<QStringList>(QStringList()));

        const SiteProfilePtr zolaTags = profile("zola-tags-site/config.toml");
        QCOMPARE(zolaTags->taxonomies,
                 std::optional<QStringList>(QStringList{QStringLiteral("tags")}));
        QVERIFY(zolaTags->vocabulary.tags.contains(QStringLiteral("zola")));
        QVERIFY(zolaTags->usesTags());
        QVERIFY(!zolaTags->usesCategories());

        QVERIFY(!profile("jekyll-site/_config.yml")->taxonomies);

        // postwright.toml still decides first.
        QTemporaryDir dir;
        put(dir, QStringLiteral("hugo.toml"),
            "baseURL = 'https://o.example.org/'\n[taxonomies]\n"
            "tag = 'tags'\n");
        put(dir, QStringLiteral("postwright.toml"), "categories = true\ntags = false\n");
        const QString post = put(dir, QStringLiteral("content/posts/a.md"), "---\n---\n");
        const SiteProfilePtr overridden = loadSiteProfile(*locateSite(post));
        QVERIFY(overridden->usesCategories());
        QVERIFY(!overridden->usesTags());
    }

    // hugo.yaml and hugo.json say the same as hugo.toml; `permalinks` without `page` is the
    // older map form.
    void hugoYamlAndJson()
    {
        QTemporaryDir dir;
        put(dir, QStringLiteral("y/hugo.yaml"),
            "baseURL: https://y.example.org/\n"
            "taxonomies:\n  category: categories\n"
            "permalinks:\n  posts: /:section/:year/:contentbasename/\n");
        const QString yamlPost = put(dir, QStringLiteral("y/content/posts/note.md"),
                                     "---\ntitle: Note\ndate: 2021-02-03\ntags: [a]\n---\n");
        const SiteProfilePtr yaml = loadSiteProfile(*locateSite(yamlPost));
        QCOMPARE(yaml->baseUrl, QStringLiteral("https://y.example.org"));
        QCOMPARE(yaml->taxonomies,
                 std::optional<QStringList>(QStringList{QStringLiteral("categories")}));
        QVERIFY(!yaml->usesTags());
        QCOMPARE(sitePermalink(*yaml, readPost(yamlPost), yamlPost),
                 QStringLiteral("https://y.example.org/posts/2021/note/"));

        put(dir, QStringLiteral("j/hugo.json"),
            "{\"baseURL\": \"https://j.example.org/\", \"taxonomies\": {\"tag\": \"tags\"}}");
        const QString jsonPost = put(dir, QStringLiteral("j/content/a.md"), "---\n---\n");
        const SiteProfilePtr json = loadSiteProfile(*locateSite(jsonPost));
        QCOMPARE(json->baseUrl, QStringLiteral("https://j.example.org"));
        QCOMPARE(json->taxonomies, std::optional<QStringList>(QStringList{QStringLiteral("tags")}));
    }

    // Hugo's config directory: taxonomies.toml and permalinks.toml are the root keys of the
    // same names. `disableKinds = ['taxonomy','term']` turns taxonomies off.
    void hugoConfigDirectoryAndDisabledTaxonomies()
    {
        QTemporaryDir dir;
        put(dir, QStringLiteral("d/config/_default/hugo.toml"),
            "baseURL = 'https://d.example.org/'\n");
        put(dir, QStringLiteral("d/config/_default/taxonomies.toml"), "tag = 'tags'\n");
        put(dir, QStringLiteral("d/config/_default/permalinks.toml"),
            "[page]\nposts = '/:year/:slug/'\n");
        put(dir, QStringLiteral("d/config/_default/menus.en.toml"), "[[main]]\nname = 'x'\n");
        const QString post = put(dir, QStringLiteral("d/content/posts/a.md"),
                                 "---\ntitle: A Title\ndate: 2022-08-09\n---\n");
        const SiteProfilePtr site = loadSiteProfile(*locateSite(post));
        QCOMPARE(site->taxonomies, std::optional<QStringList>(QStringList{QStringLiteral("tags")}));
        QCOMPARE(sitePermalink(*site, readPost(post), post),
                 QStringLiteral("https://d.example.org/2022/a-title/"));

        const QString off = put(dir, QStringLiteral("o/content/posts/a.md"),
                                "---\ncategories: [x]\ntags: [y]\n---\n");
        put(dir, QStringLiteral("o/hugo.toml"),
            "baseURL = 'https://o.example.org/'\ndisableKinds = ['taxonomy', 'term']\n");
        const SiteProfilePtr noTaxonomies = loadSiteProfile(*locateSite(off));
        QCOMPARE(noTaxonomies->taxonomies, std::optional<QStringList>(QStringList()));
        QVERIFY(!noTaxonomies->usesCategories());
        QVERIFY(!noTaxonomies->usesTags());
    }

    // Jekyll's `url` + `baseurl` and `permalink` style from _config.yml (jekyllrb.com/docs/
    // permalinks/: pretty is /:categories/:year/:month/:day/:title/).
    void jekyllConfig()
    {
        QTemporaryDir dir;
        put(dir, QStringLiteral("_config.yml"),
            "url: https://p.example.org\nbaseurl: /garden\npermalink: pretty\n");
        const QString post = put(dir, QStringLiteral("_posts/2024-01-02-seed-starting.md"),
                                 "---\ntitle: Seeds\ncategories: [spring]\n---\nBody\n");
        const SiteProfilePtr site = loadSiteProfile(*locateSite(post));
        QCOMPARE(site->baseUrl, QStringLiteral("https://p.example.org/garden"));
        QCOMPARE(site->permalinkPattern, QStringLiteral("pretty"));
        QCOMPARE(sitePermalink(*site, readPost(post), post),
                 QStringLiteral("https://p.example.org/garden/spring/2024/01/02/seed-starting/"));
    }

    // A Jekyll post's own `date` overrides the file name's, and its own `permalink` takes the
    // same placeholders as the site's (jekyllrb.com/docs/front-matter/, /docs/permalinks/).
    void jekyllPostDateAndPermalink()
    {
        QTemporaryDir dir;
        put(dir, QStringLiteral("_config.yml"), "url: https://p.example.org\npermalink: pretty\n");
        const QString dated =
            put(dir, QStringLiteral("_posts/2024-01-02-late.md"),
                "---\ntitle: Late\ndate: 2024-01-03 08:00:00 +0000\ncategories: [spring]\n---\n");
        const SiteProfilePtr site = loadSiteProfile(*locateSite(dated));
        QCOMPARE(sitePermalink(*site, readPost(dated), dated),
                 QStringLiteral("https://p.example.org/spring/2024/01/03/late/"));
        const QString own = put(dir, QStringLiteral("_posts/2024-01-02-own.md"),
                                "---\ntitle: Own\npermalink: /notes/:year/:title/\n---\n");
        QCOMPARE(sitePermalink(*site, readPost(own), own),
                 QStringLiteral("https://p.example.org/notes/2024/own/"));
    }

    // Docusaurus: `slug: /path` is still under /blog/.
    void docusaurusAbsoluteSlug()
    {
        const SiteProfilePtr site =
            loadSiteProfile(*locateSite(sitePath("docusaurus-site/docusaurus.config.js")));
        Post post;
        post.slug = QStringLiteral("/my/path");
        QCOMPARE(sitePermalink(*site, post, sitePath("docusaurus-site/blog/2019-05-30-x.md")),
                 QStringLiteral("https://docs.example.org/blog/my/path"));
    }

    // Eleventy's permalink templates: page.fileSlug filled in; `false` publishes nothing
    // (11ty.dev/docs/permalinks/). The corpus posts, placed in the Eleventy site.
    void eleventyPermalinks()
    {
        const SiteProfilePtr site =
            loadSiteProfile(*locateSite(sitePath("eleventy-site/.eleventy.js")));
        QCOMPARE(sitePermalink(*site, readPost(sitePath("eleventy/posts/fourthpost.md")),
                               sitePath("eleventy-site/posts/fourthpost.md")),
                 QStringLiteral("/posts/fourthpost/"));
        QCOMPARE(sitePermalink(*site, readPost(sitePath("eleventy/posts/unlisted.md")),
                               sitePath("eleventy-site/posts/unlisted.md")),
                 QString());
    }

    // Hugo's `url` front matter replaces the whole path (gohugo.io/content-management/urls/).
    void hugoUrlFrontMatter()
    {
        const SiteProfilePtr site = loadSiteProfile(*locateSite(sitePath("hugo-site/hugo.toml")));
        // The corpus post as read, placed (by path) in a site with a known address.
        const Post post = readPost(sitePath("hugo/content/posts/fixed-url.md"));
        QCOMPARE(sitePermalink(*site, post, sitePath("hugo-site/content/posts/fixed-url.md")),
                 QStringLiteral("https://hugo.example.org/guides/fixed-url/"));
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
