// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/search_snippet.h"
#include "core/checks/site_address.h"
#include "core/checks/title_width.h"

#include <QtTest>

using namespace pw;

class TestSearchSnippet : public QObject {
    Q_OBJECT
    TitleWidthMeter meter;

private slots:
    void initTestCase() { QVERIFY2(meter.isValid(), "Liberation Sans is needed (fonts-liberation2)"); }

    void shortTitleIsShownWhole()
    {
        bool truncated = true;
        QCOMPARE(elideToWidth(meter, QStringLiteral("Django or Flask?"), 600, 20, &truncated),
                 QStringLiteral("Django or Flask?"));
        QVERIFY(!truncated);
    }

    void longTitleIsCutAtTheLastGraphemeThatFits()
    {
        const QString title =
            QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?");
        QVERIFY(meter.widthPx(title) > 600); // seed 000's title: about 603 px
        bool truncated = false;
        const QString shown = elideToWidth(meter, title, 600, 20, &truncated);
        QVERIFY(truncated);
        QVERIFY(shown.endsWith(QStringLiteral("…")));
        const QString kept = shown.chopped(1);
        QVERIFY(title.startsWith(kept));
        QVERIFY(meter.widthPx(shown) <= 600);
        // One more character would not have fitted (unless it is a space that trimming drops).
        const QString longer = title.left(kept.size() + 1).trimmed() + QStringLiteral("…");
        QVERIFY(longer == shown || meter.widthPx(longer) > 600);
        // Only the final "?" or so is lost from a 603 px title: the cut is near the end.
        QVERIFY2(kept.size() >= title.size() - 4, qPrintable(shown));
    }

    void neverSplitsAnEmoji()
    {
        const QString text = QStringLiteral("Best tips 👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍👍");
        const QString shown = elideToWidth(meter, text, 150, 20);
        QVERIFY(shown.endsWith(QStringLiteral("…")));
        // A cut inside a surrogate pair would leave a lone high surrogate before the ellipsis.
        QVERIFY(!shown.chopped(1).back().isHighSurrogate());
    }

    void snippetUsesEffectiveSlugAndCutsDescription()
    {
        Post post;
        post.title = QStringLiteral("Shared Hosting Explained");
        post.metaDescription = QString(QStringLiteral("Cheap hosting for small sites. ")).repeated(10);
        const SearchSnippet snippet = makeSearchSnippet(post, &meter, postPermalink(post, QStringLiteral("https://blog.example")));
        QCOMPARE(snippet.url, QStringLiteral("blog.example › shared-hosting-explained"));
        QCOMPARE(snippet.title, post.title);
        QVERIFY(!snippet.titleTruncated);
        QVERIFY(snippet.descriptionTruncated);
        QVERIFY(meter.widthPx(snippet.description, 14) <= 920);
        QVERIFY(snippet.description.size() < post.metaDescription.size());

        post.slug = QStringLiteral("my-own-slug");
        QCOMPARE(makeSearchSnippet(post, &meter).url, QStringLiteral("example.com › my-own-slug"));
        QVERIFY(makeSearchSnippet(post, &meter).placeholderUrl);
        QVERIFY(!snippet.placeholderUrl);
    }

    void urlLineFollowsThePermalink()
    {
        Post post;
        post.title = QStringLiteral("Unlock the Potential");
        post.slug = QStringLiteral("unlock-the-potential");
        // A site in a folder: every segment, as Google lists them.
        QCOMPARE(makeSearchSnippet(post, &meter,
                                   postPermalink(post, normalizedSiteAddress(QStringLiteral(
                                                           "www.technoexponent.com/blog/"))))
                     .url,
                 QStringLiteral("www.technoexponent.com › blog › unlock-the-potential"));
        // The post's own published link wins over the site address (a WordPress import).
        post.extras.append({QStringLiteral("link"),
                            QStringLiteral("https://example.net/2023/03/unlock-the-potential/")});
        QCOMPARE(makeSearchSnippet(post, &meter,
                                   postPermalink(post, QStringLiteral("https://other.example")))
                     .url,
                 QStringLiteral("example.net › 2023 › 03 › unlock-the-potential"));
    }

    void siteAddressesAsPeopleTypeThem()
    {
        QCOMPARE(normalizedSiteAddress(QStringLiteral(" Blog.Example.org ")),
                 QStringLiteral("https://blog.example.org"));
        QCOMPARE(normalizedSiteAddress(QStringLiteral("http://example.org/blog///")),
                 QStringLiteral("http://example.org/blog"));
        QCOMPARE(normalizedSiteAddress(QStringLiteral("https://example.org/?p=1#top")),
                 QStringLiteral("https://example.org"));
        QCOMPARE(normalizedSiteAddress(QStringLiteral("http://localhost:8080")),
                 QStringLiteral("http://localhost:8080"));
        QCOMPARE(normalizedSiteAddress(QString()), QString());
        QCOMPARE(normalizedSiteAddress(QStringLiteral("my blog")), QString());
        QCOMPARE(normalizedSiteAddress(QStringLiteral("ftp://example.org")), QString());
        QCOMPARE(normalizedSiteAddress(QStringLiteral("https://")), QString());
        QCOMPARE(normalizedSiteAddress(QStringLiteral("blog")), QString());
    }

    void permalinkOfAPost()
    {
        Post post;
        post.title = QStringLiteral("Hello World");
        QCOMPARE(postPermalink(post, QString()), QString());
        QCOMPARE(postPermalink(post, QStringLiteral("https://example.org/blog")),
                 QStringLiteral("https://example.org/blog/hello-world/"));
        post.extras.append({QStringLiteral("permalink"), QStringLiteral("https://a.example/p/")});
        QCOMPARE(postPermalink(post, QStringLiteral("https://example.org")),
                 QStringLiteral("https://a.example/p/"));
    }

    void withoutAFontFallsBackToCharacterCounts()
    {
        Post post;
        post.title = QString(70, QLatin1Char('a'));
        post.metaDescription = QString(200, QLatin1Char('b'));
        const SearchSnippet snippet = makeSearchSnippet(post, nullptr);
        QVERIFY(snippet.titleTruncated);
        QCOMPARE(snippet.title, QString(60, QLatin1Char('a')) + QStringLiteral("…"));
        QCOMPARE(snippet.description, QString(156, QLatin1Char('b')) + QStringLiteral("…"));
    }
};

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "tst_search_snippet.moc"
