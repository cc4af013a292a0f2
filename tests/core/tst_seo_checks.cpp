// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SEO and readability checks on small hand-written posts. Every expected figure was worked
// out by hand from the post text and Yoast's thresholds (docs/seo-analysis.md).
#include "core/formats/front_matter_format.h"
#include "core/formats/post_reader.h"
#include "core/i18n/translations.h"
#include "core/markdown/analysis.h"
#include "core/seo/english.h"
#include "core/seo/seo_analysis.h"

#include <QtTest>

using namespace pw;

namespace {

SeoReport analyse(const QString &body, const QString &keyphrase = QString(),
                  const QString &title = QStringLiteral("A title"), const QString &lang = QString())
{
    Post post;
    post.title = title;
    post.body = body;
    setSeoSettings(post, keyphrase, QString());
    if (!lang.isEmpty())
        post.extras.append({QStringLiteral("lang"), lang});
    return analyzePost(post, {}, 1)->seo;
}

const SeoCheck *find(const SeoReport &report, const char *id)
{
    for (const SeoCheck &check : report.checks) {
        if (check.id == QLatin1String(id))
            return &check;
    }
    return nullptr;
}

SeoRating rating(const SeoReport &report, const char *id)
{
    const SeoCheck *check = find(report, id);
    return check ? check->rating : SeoRating(-1);
}

QString repeat(const QString &sentence, int times)
{
    QStringList list;
    for (int i = 0; i < times; ++i)
        list.append(sentence);
    return list.join(u' ');
}

} // namespace

class TestSeoChecks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // English plural forms ("2 words", not "2 word(s)") come from the translations.
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void keyphraseLength()
    {
        QCOMPARE(rating(analyse(QStringLiteral("Text.")), "keyphraseLength"), SeoRating::Bad);
        // "how to bake bread": how and to are function words, so 2 content words.
        const SeoReport two = analyse(QStringLiteral("Text."), QStringLiteral("how to bake bread"));
        QCOMPARE(rating(two, "keyphraseLength"), SeoRating::Good);
        QVERIFY(
            find(two, "keyphraseLength")->message.startsWith(QStringLiteral("2 content words")));
        const SeoReport nine =
            analyse(QStringLiteral("Text."),
                    QStringLiteral("red green blue cyan pink gold teal navy lime"));
        QCOMPARE(rating(nine, "keyphraseLength"), SeoRating::Bad);
    }

    void keyphraseInTitle()
    {
        const QString k = QStringLiteral("Django vs Flask");
        QCOMPARE(
            rating(analyse(QStringLiteral("x"), k, QStringLiteral("Django vs Flask: which one?")),
                   "keyphraseInSEOTitle"),
            SeoRating::Good);
        // Only function words before it still counts as the start.
        QCOMPARE(
            rating(analyse(QStringLiteral("x"), k, QStringLiteral("The Django vs Flask guide")),
                   "keyphraseInSEOTitle"),
            SeoRating::Good);
        QCOMPARE(rating(analyse(QStringLiteral("x"), k,
                                QStringLiteral("Choosing Django vs Flask wisely")),
                        "keyphraseInSEOTitle"),
                 SeoRating::Ok);
        QCOMPARE(rating(analyse(QStringLiteral("x"), k, QStringLiteral("Flask or Django")),
                        "keyphraseInSEOTitle"),
                 SeoRating::Bad);
    }

    void pluralAndSingularMatch()
    {
        // Do better than Yoast's free analysis: "web frameworks" is the keyphrase "web framework".
        const SeoReport report =
            analyse(QStringLiteral("Web frameworks save time. They do routing."),
                    QStringLiteral("web framework"), QStringLiteral("Web Frameworks Compared"));
        QCOMPARE(rating(report, "introductionKeyword"), SeoRating::Good);
        QCOMPARE(rating(report, "keyphraseInSEOTitle"), SeoRating::Ok); // all words, not exact
        QCOMPARE(english::numberForms(QStringLiteral("library")),
                 QStringList({"library", "libraries"}));
        QCOMPARE(english::numberForms(QStringLiteral("boxes")),
                 QStringList({"boxes", "box", "boxe"}));
        QCOMPARE(english::numberForms(QStringLiteral("box")), QStringList({"box", "boxes"}));
        QCOMPARE(english::numberForms(QStringLiteral("frameworks")),
                 QStringList({"frameworks", "framework"}));
    }

    void introductionAcrossSentences()
    {
        // Both words in the first paragraph, never in one sentence: ok.
        const SeoReport report = analyse(QStringLiteral("Flask is small. Django is big.\n\nMore."),
                                         QStringLiteral("Flask Django"));
        QCOMPARE(rating(report, "introductionKeyword"), SeoRating::Ok);
        QCOMPARE(find(report, "introductionKeyword")->ranges, QList<TextRange>({{0, 30}}));
    }

    void densityShortText()
    {
        // 4 + 7 * 8 + 7 = 67 words with the keyphrase twice: a short text (< 100 words) may have
        // 1-2.
        const QString body = QStringLiteral("Sourdough starter needs flour. ") +
                             repeat(QStringLiteral("Feed it every day and keep it warm."), 7) +
                             QStringLiteral(" A sourdough starter doubles in eight hours.");
        const SeoReport report = analyse(body, QStringLiteral("sourdough starter"));
        QCOMPARE(rating(report, "keyphraseDensity"), SeoRating::Good);
        QVERIFY(find(report, "keyphraseDensity")
                    ->message.startsWith(QStringLiteral("Found 2 times in 67 words")));
        // Missing word named.
        const SeoReport none = analyse(body, QStringLiteral("rye starter"));
        QVERIFY(find(none, "keyphraseDensity")
                    ->message.contains(QStringLiteral("never uses \u201crye\u201d")));
    }

    void singleH1()
    {
        const SeoReport one = analyse(QStringLiteral("# Only\n\nText."));
        QCOMPARE(rating(one, "singleH1"), SeoRating::Good);
        const QString body = QStringLiteral("# First\n\nText.\n\n# Second\n\nMore.");
        const SeoReport two = analyse(body);
        QCOMPARE(rating(two, "singleH1"), SeoRating::Bad);
        const QList<TextRange> ranges = find(two, "singleH1")->ranges;
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(body.mid(ranges.at(0).start, ranges.at(0).length), QStringLiteral("# First"));
        QCOMPARE(body.mid(ranges.at(1).start, ranges.at(1).length), QStringLiteral("# Second"));
    }

    void linksAndPermalink()
    {
        const QString body = QStringLiteral(
            "See [about](/about/), [a post](https://example.com/other/), "
            "<a href=\"https://python.org/\" rel=\"nofollow\">Python</a>, [mail](mailto:a@b.c) "
            "and [top](#top).");
        const SeoReport report = analyse(body);
        QCOMPARE(find(report, "internalLinks")->message, QStringLiteral("2 internal links: good."));
        QCOMPARE(rating(report, "externalLinks"), SeoRating::Ok); // all (one) nofollow: 7
        QCOMPARE(find(report, "externalLinks")->score, 7);
    }

    void competingLinks()
    {
        const SeoReport report =
            analyse(QStringLiteral("Read the [cold brew guide](https://other.example.org/)."),
                    QStringLiteral("cold brew"));
        // "guide" is not part of the keyphrase: not competing.
        QCOMPARE(rating(report, "textCompetingLinks"), SeoRating::Good);
        const SeoReport competing =
            analyse(QStringLiteral("Read about [cold brew](https://other.example.org/)."),
                    QStringLiteral("cold brew"));
        QCOMPARE(rating(competing, "textCompetingLinks"), SeoRating::Bad);
    }

    void subheadings()
    {
        const QString text = repeat(QStringLiteral("Words here."), 10);
        const QString twoOfFour = QStringLiteral("## Cold brew basics\n\n%1\n\n## Beans\n\n%1\n\n"
                                                 "## Serving cold brew\n\n%1\n\n## Storage\n\n%1")
                                      .arg(text);
        // 4 subheadings: 30-75 % is 2 or 3 of them.
        QCOMPARE(rating(analyse(twoOfFour, QStringLiteral("cold brew")), "subheadingsKeyword"),
                 SeoRating::Good);
        const QString all = QStringLiteral("## Cold brew a\n\n%1\n\n## Cold brew b\n\n%1\n\n"
                                           "## Cold brew c\n\n%1\n\n## Cold brew d\n\n%1")
                                .arg(text);
        QCOMPARE(rating(analyse(all, QStringLiteral("cold brew")), "subheadingsKeyword"),
                 SeoRating::Bad);
    }

    void tablesAndListsAreNotSentences()
    {
        // Ten short prose sentences, and a table and a list whose cells run past 20 words.
        const QString longCell = repeat(QStringLiteral("word"), 30);
        const QString body =
            repeat(QStringLiteral("Short prose reads well."), 10) +
            QStringLiteral("\n\n| a | b |\n|---|---|\n| %1 | %1 |\n\n- %1\n- %1\n").arg(longCell);
        const SeoReport report = analyse(body);
        QCOMPARE(
            find(report, "textSentenceLength")->message,
            QStringLiteral("0 % of the sentences have more than 20 words. Good (at most 25 %)."));
        // Flesch of the prose only: 40 words, 10 sentences, 40 syllables
        // (short 1, prose 1, reads 1, well 1): 206.835 - 1.015 * 4 - 84.6 * 1 = 118.2 -> 100.
        QCOMPARE(report.fleschReadingEase, 100.0);
    }

    void sentenceBeginnings()
    {
        const SeoReport report = analyse(
            QStringLiteral("The cat sat down. The cat ran off. The cat slept well. A dog barked."));
        // "The" is looked past, so all three begin with "the cat".
        QCOMPARE(rating(report, "sentenceBeginnings"), SeoRating::Bad);
        const SeoReport varied =
            analyse(QStringLiteral("The cat sat down. The dog ran off. The bird slept well."));
        QCOMPARE(rating(varied, "sentenceBeginnings"), SeoRating::Good);
    }

    void passiveVoice()
    {
        const auto passive = [](const char *sentence) {
            return english::isPassive(QString::fromLatin1(sentence)
                                          .toLower()
                                          .replace(u',', QStringLiteral(" , "))
                                          .split(u' ', Qt::SkipEmptyParts));
        };
        QVERIFY(passive("The report was written by the team"));
        QVERIFY(passive("The figures were checked twice"));
        QVERIFY(passive("The house is being built"));
        QVERIFY(!passive("The team wrote the report"));
        QVERIFY(!passive("She is a talented engineer"));
        QVERIFY(!passive("It is here , and we needed it")); // "needed" is in another clause
    }

    void syllables()
    {
        QCOMPARE(english::syllables(u"the"), 1);
        QCOMPARE(english::syllables(u"make"), 1);
        QCOMPARE(english::syllables(u"table"), 2);
        QCOMPARE(english::syllables(u"wanted"), 2);
        QCOMPARE(english::syllables(u"jumped"), 1);
        QCOMPARE(english::syllables(u"boxes"), 2);
        QCOMPARE(english::syllables(u"library"), 3);
        QCOMPARE(english::syllables(u"reading"), 2);
        QCOMPARE(english::syllables(u"idea"), 3);
    }

    void otherLanguagesSkipEnglishChecks()
    {
        const SeoReport report =
            analyse(QStringLiteral("Der Hund läuft schnell. Die Katze schläft."),
                    QStringLiteral("Hund"), QStringLiteral("Hund"), QStringLiteral("de"));
        QCOMPARE(report.language, QStringLiteral("de"));
        QVERIFY(!find(report, "passiveVoice"));
        QVERIFY(!find(report, "textTransitionWords"));
        QVERIFY(!find(report, "fleschReadingEase"));
        QCOMPARE(report.fleschReadingEase, -1.0);
        QVERIFY(report.languageNote.contains(QStringLiteral("English-only")));
        QVERIFY(find(report, "textSentenceLength"));
    }

    void settingsLiveInFrontMatter()
    {
        Post post;
        post.title = QStringLiteral("T");
        post.extras.append({QStringLiteral("date"), QStringLiteral("2024-01-02")});
        setSeoSettings(post, QStringLiteral("Django: vs Flask"), QStringLiteral("Flask, Django"));
        const PostReadResult read = readPostText(writeFrontMatterMarkdown(post));
        QVERIFY(read.post);
        const SeoSettings settings = seoSettings(*read.post);
        QCOMPARE(settings.keyphrase, QStringLiteral("Django: vs Flask"));
        QCOMPARE(settings.synonyms, QStringLiteral("Flask, Django"));
        QCOMPARE(read.post->extras.first().key, QStringLiteral("date")); // order kept
        // A YAML list of synonyms reads as a comma-separated list.
        Post list;
        list.extras.append({QStringLiteral("keyphrase_synonyms"), QStringLiteral("[a b, c]")});
        QCOMPARE(seoSettings(list).synonyms, QStringLiteral("a b, c"));
        // Clearing removes the keys.
        setSeoSettings(post, QString(), QString());
        QCOMPARE(post.extras.size(), 1);
    }

    void scores()
    {
        QList<SeoCheck> checks(2);
        checks[0].score = 9;
        checks[1].score = 3;
        QCOMPARE(seoScoreOf(checks), 67); // 12 * 100 / 18 = 66.7
        for (SeoCheck &check : checks) {
            check.group = SeoGroup::Readability;
            check.rating = SeoRating::Bad;
        }
        QCOMPARE(readabilityScoreOf(checks, true), 60); // penalty 6: > 4
        checks.append(checks.first());
        QCOMPARE(readabilityScoreOf(checks, true), 30); // penalty 9: > 6
        QCOMPARE(ratingForOverallScore(75), SeoRating::Good);
        QCOMPARE(ratingForOverallScore(41), SeoRating::Ok);
        QCOMPARE(ratingForOverallScore(40), SeoRating::Bad);
    }
};

QTEST_GUILESS_MAIN(TestSeoChecks)
#include "tst_seo_checks.moc"
