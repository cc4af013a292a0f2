// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The metadata checks on a post that belongs to a site: categories and tags judged by the
// site's own habits, the generator's whitelist only where the user chose it.
#include "core/checks/category_whitelist.h"
#include "core/checks/metadata_checks.h"
#include "core/site/site_profile.h"
#include "test_support.h"

#include <QTest>

using namespace pw;

namespace {

QString sitePath(const QString &relative)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/sites/") + relative;
}

SiteProfilePtr siteOf(const QString &relative)
{
    return loadSiteProfile(*locateSite(sitePath(relative)));
}

const Finding *findingWith(const QList<Finding> &findings, const QString &id)
{
    for (const Finding &finding : findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

Post postWith(const QStringList &categories, const QStringList &tags = {QStringLiteral("x")})
{
    Post post;
    post.title = QStringLiteral("A title long enough for the checks");
    post.metaDescription = QStringLiteral("A description.");
    post.body = QStringLiteral("Some text.");
    post.categories = categories;
    post.tags = tags;
    return post;
}

} // namespace

class TestSiteChecks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { m_generatorList = CategoryWhitelist::defaults(); }

    // A site whose posts have no categories does not ask for one, nor for tags when it has none.
    void siteWithoutCategoriesOrTags()
    {
        const SiteProfilePtr zola = siteOf("zola-site/config.toml");
        const CheckContext context{&m_generatorList, nullptr, zola.get(), {}, false};
        const QList<Finding> findings = checkMetadata(postWith({}, {}), context);
        QVERIFY(!findingWith(findings, QStringLiteral("categories.missing")));
        QVERIFY(!findingWith(findings, QStringLiteral("tags.missing")));
        // Without the site, as before: both are asked for, a missing category is an error.
        const QList<Finding> alone = checkMetadata(postWith({}, {}), {&m_generatorList});
        QCOMPARE(findingWith(alone, QStringLiteral("categories.missing"))->severity,
                 Severity::Error);
        QVERIFY(findingWith(alone, QStringLiteral("tags.missing")));
    }

    void missingCategoryIsAWarningWhereTheSiteUsesThem()
    {
        const SiteProfilePtr jekyll = siteOf("jekyll-site/_config.yml");
        const CheckContext context{&m_generatorList, nullptr, jekyll.get(), {}, false};
        const QList<Finding> findings = checkMetadata(postWith({}, {}), context);
        QCOMPARE(findingWith(findings, QStringLiteral("categories.missing"))->severity,
                 Severity::Warning);
        QCOMPARE(findingWith(findings, QStringLiteral("tags.missing"))->severity,
                 Severity::Warning);
    }

    // "testing" is the site's own word, not "unknown" to the generator's 60 categories.
    void siteVocabularyInsteadOfTheGeneratorList()
    {
        const SiteProfilePtr jekyll = siteOf("jekyll-site/_config.yml");
        const CheckContext context{&m_generatorList, nullptr, jekyll.get(), {}, false};
        const QList<Finding> known = checkCategoriesOnSite(
            postWith({QStringLiteral("testing"), QStringLiteral("release")}), *jekyll, {}, nullptr);
        QVERIFY(known.isEmpty());
        const QList<Finding> findings =
            checkMetadata(postWith({QStringLiteral("Releases"), QStringLiteral("Testing"),
                                    QStringLiteral("Gardening")}),
                          context);
        QVERIFY(!findingWith(findings, QStringLiteral("category.unknown")));
        QVERIFY(!hasErrors(findings));
        const Finding *newTerm = findingWith(findings, QStringLiteral("category.new"));
        QVERIFY(newTerm);
        QCOMPARE(newTerm->severity, Severity::Info);
        QCOMPARE(newTerm->suggestion, QStringLiteral("release"));
        const Finding *respelled = findingWith(findings, QStringLiteral("category.case"));
        QVERIFY(respelled);
        QCOMPARE(respelled->suggestion, QStringLiteral("testing"));
        QCOMPARE(respelled->range.start, qsizetype(10)); // "Releases, Testing"
    }

    // A site whose configuration has no categories taxonomy (Hugo: [taxonomies] with tags
    // only) builds nothing from them: a note says so, instead of judging them.
    void categoriesOutsideTheSitesTaxonomies()
    {
        const SiteProfilePtr hugo = siteOf("hugo-tags-site/hugo.toml");
        QVERIFY(!hugo->usesCategories());
        const QList<Finding> findings = checkCategoriesOnSite(
            postWith({QStringLiteral("news")}), *hugo,
            sitePath("hugo-tags-site/content/posts/slugged.md"), nullptr);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("categories.unused"));
        QCOMPARE(findings.first().severity, Severity::Info);
        QVERIFY(checkCategoriesOnSite(postWith({}), *hugo, {}, nullptr).isEmpty());
    }

    // Without a `description`, Hugo themes show .Summary (the first 70 words) and Docusaurus
    // the first paragraph: a note, not an error.
    void generatorsOwnDescriptionFallbacks_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("named");
        QTest::newRow("hugo") << "hugo-site/hugo.toml" << "70 words";
        QTest::newRow("docusaurus") << "docusaurus-site/docusaurus.config.js" << "first paragraph";
        QTest::newRow("jekyll") << "jekyll-site/_config.yml" << "first paragraph";
    }
    void generatorsOwnDescriptionFallbacks()
    {
        QFETCH(QString, site);
        QFETCH(QString, named);
        const SiteProfilePtr profile = siteOf(site);
        Post post = postWith({});
        post.metaDescription.clear();
        const QList<Finding> findings = checkMetaDescription(post, profile.get());
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("description.elsewhere"));
        QVERIFY2(findings.first().message.contains(named), qPrintable(findings.first().message));
        // Zola has no such fallback: the description is missing.
        const SiteProfilePtr zola = siteOf("zola-site/config.toml");
        QCOMPARE(checkMetaDescription(post, zola.get()).first().id,
                 QStringLiteral("description.missing"));
    }

    // The post's own use of a term does not make it the site's.
    void ownTermsDoNotCount()
    {
        const SiteProfilePtr jekyll = siteOf("jekyll-site/_config.yml");
        const QString post = sitePath("jekyll-site/_posts/2024-04-10-testing-tips.md");
        const QList<Finding> findings =
            checkCategoriesOnSite(postWith({QStringLiteral("testing")}), *jekyll, post, nullptr);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().id, QStringLiteral("category.new"));
    }

    // --categories FILE: the chosen list applies on a site too, with today's severities.
    void chosenWhitelistApplies()
    {
        const SiteProfilePtr hugo = siteOf("hugo-site/hugo.toml");
        const CheckContext context{&m_generatorList, nullptr, hugo.get(), {}, true};
        const QList<Finding> missing = checkMetadata(postWith({}), context);
        QCOMPARE(findingWith(missing, QStringLiteral("categories.missing"))->severity,
                 Severity::Error);
        const QList<Finding> unknown = checkMetadata(postWith({QStringLiteral("react")}), context);
        QCOMPARE(findingWith(unknown, QStringLiteral("category.unknown"))->severity,
                 Severity::Error);
    }

    // postwright.toml: categories required, judged against its own whitelist; tags off.
    void postwrightTomlWhitelist()
    {
        const SiteProfilePtr site = siteOf("postwright-site/posts/roadmap.md");
        const CheckContext context{&m_generatorList, nullptr, site.get(), {}, false};
        const QList<Finding> missing = checkMetadata(postWith({}, {}), context);
        QCOMPARE(findingWith(missing, QStringLiteral("categories.missing"))->severity,
                 Severity::Error);
        QVERIFY(!findingWith(missing, QStringLiteral("tags.missing")));
        const QList<Finding> unknown =
            checkMetadata(postWith({QStringLiteral("Engineerin")}), context);
        QCOMPARE(findingWith(unknown, QStringLiteral("category.unknown"))->suggestion,
                 QStringLiteral("Engineering"));
    }

private:
    CategoryWhitelist m_generatorList;
};

QTEST_GUILESS_MAIN(TestSiteChecks)
#include "tst_site_checks.moc"
