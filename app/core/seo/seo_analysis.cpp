// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/seo_analysis.h"

#include "core/markdown/analysis.h"
#include "core/seo/seo_checks.h"

#include <QLocale>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace pw {

namespace {

QString yamlScalar(const QString &text)
{
    YAML::Emitter out;
    out << text.toStdString();
    return QString::fromUtf8(out.c_str());
}

void setExtra(Post &post, const QString &key, const QString &value)
{
    const auto it = std::find_if(post.extras.begin(), post.extras.end(),
                                 [&](const ExtraField &extra) { return extra.key == key; });
    if (value.trimmed().isEmpty()) {
        if (it != post.extras.end())
            post.extras.erase(it);
        return;
    }
    const QString yaml = yamlScalar(value.trimmed());
    if (it != post.extras.end())
        it->yaml = yaml;
    else
        post.extras.append({key, yaml});
}

// Bad first, then ok, then good; Yoast's order within a rating.
void sortChecks(QList<SeoCheck> &checks)
{
    std::stable_sort(checks.begin(), checks.end(), [](const SeoCheck &a, const SeoCheck &b) {
        if (a.group != b.group)
            return a.group < b.group;
        return a.rating < b.rating;
    });
}

} // namespace

SeoSettings seoSettings(const Post &post)
{
    SeoSettings settings;
    settings.keyphrase = extraValue(post, extra_key::keyphrase);
    settings.synonyms = extraValue(post, extra_key::synonyms);
    for (const char *key : {"lang", "language", "locale"}) {
        settings.language = extraValue(post, QString::fromLatin1(key));
        if (!settings.language.isEmpty())
            break;
    }
    settings.permalink = extraValue(post, QStringLiteral("permalink"));
    if (settings.permalink.isEmpty())
        settings.permalink = extraValue(post, QStringLiteral("link"));
    return settings;
}

void setSeoSettings(Post &post, const QString &keyphrase, const QString &synonyms)
{
    setExtra(post, extra_key::keyphrase, keyphrase);
    setExtra(post, extra_key::synonyms, synonyms);
}

SeoRating ratingForScore(int score)
{
    if (score > 7)
        return SeoRating::Good;
    if (score > 4)
        return SeoRating::Ok;
    return SeoRating::Bad;
}

SeoRating ratingForOverallScore(int score)
{
    // Yoast rates score / 10 as a fraction: 75 is good (7.5 > 7), 41 is ok.
    const double tenths = score / 10.0;
    return tenths > 7 ? SeoRating::Good : tenths > 4 ? SeoRating::Ok : SeoRating::Bad;
}

QString ratingName(SeoRating rating)
{
    switch (rating) {
    case SeoRating::Good:
        return QStringLiteral("good");
    case SeoRating::Ok:
        return QStringLiteral("ok");
    case SeoRating::Bad:
        break;
    }
    return QStringLiteral("bad");
}

QString groupName(SeoGroup group)
{
    return group == SeoGroup::Seo ? QStringLiteral("seo") : QStringLiteral("readability");
}

SeoCheck makeCheck(const char *id, SeoGroup group, int score, const QString &title,
                   const QString &message, QList<TextRange> ranges)
{
    SeoCheck check;
    check.id = QString::fromLatin1(id);
    check.group = group;
    check.score = score;
    check.rating = ratingForScore(score);
    check.title = title;
    check.message = message;
    ranges.removeIf([](const TextRange &range) { return !range.isValid(); });
    check.ranges = std::move(ranges);
    return check;
}

int seoScoreOf(const QList<SeoCheck> &checks)
{
    int sum = 0, count = 0;
    for (const SeoCheck &check : checks) {
        if (check.group != SeoGroup::Seo)
            continue;
        sum += check.score;
        ++count;
    }
    if (count == 0)
        return 0;
    return std::max(0, int(std::lround(sum * 100.0 / (count * 9.0))));
}

int readabilityScoreOf(const QList<SeoCheck> &checks, bool fullySupported)
{
    int penalty = 0, count = 0;
    for (const SeoCheck &check : checks) {
        if (check.group != SeoGroup::Readability)
            continue;
        ++count;
        if (check.rating == SeoRating::Bad)
            penalty += fullySupported ? 3 : 4;
        else if (check.rating == SeoRating::Ok)
            penalty += 2;
    }
    if (count <= 1)
        return 0;
    if (fullySupported)
        return penalty > 6 ? 30 : penalty > 4 ? 60 : 90;
    return penalty > 4 ? 30 : penalty > 2 ? 60 : 90;
}

// The checks hold every sentence and its words (about 15 times the text): for a 50 MB post
// that is gigabytes, rerun on every change, for ratings meant for a web page. A post far
// longer than any page is not rated; the note says why.
constexpr qsizetype maxSeoBodyCharacters = 2'000'000;

SeoReport analyzeSeo(const Post &post, const QList<PreviewBlock> &blocks, const SeoOptions &options)
{
    if (post.body.size() > maxSeoBodyCharacters) {
        SeoReport report;
        report.keyphrase = options.keyphrase.trimmed();
        report.languageNote =
            SeoText::tr("The post has %1 characters: the SEO and readability checks run on "
                        "posts of up to %2 characters, so they were skipped.")
                .arg(QLocale().toString(post.body.size()),
                     QLocale().toString(maxSeoBodyCharacters));
        return report;
    }
    const SeoInput input = makeSeoInput(post, readArticle(blocks, post.body), options);
    SeoReport report;
    report.language = input.language;
    report.keyphrase = options.keyphrase.trimmed();
    report.slug = input.slug;
    report.permalink = input.permalink;
    report.checks = keyphraseChecks(input) + structureChecks(input) + readabilityChecks(input);
    sortChecks(report.checks);
    report.seoScore = seoScoreOf(report.checks);
    report.readabilityScore = readabilityScoreOf(report.checks, input.english);
    report.fleschReadingEase = fleschReadingEase(input);
    if (!input.english)
        report.languageNote =
            SeoText::tr("The post's language is \"%1\": Flesch reading ease, passive voice and "
                        "transition words are English-only checks and were skipped, and the "
                        "keyphrase is matched word for word.")
                .arg(input.language);
    return report;
}

} // namespace pw
