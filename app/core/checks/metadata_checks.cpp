// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/metadata_checks.h"

#include "core/checks/title_width.h"
#include "core/markdown/word_count.h"
#include "core/site/site_profile.h"

#include <QDir>
#include <QFileInfo>

#include <QCoreApplication>
#include <QTextBoundaryFinder>

#include <cmath>
#include <vector>

namespace pw {

namespace {

// Gives the rules one translation context, "pw::MetadataChecks", that lupdate recognises.
struct MetadataChecks {
    Q_DECLARE_TR_FUNCTIONS(pw::MetadataChecks)
};

// UTF-16 offsets where each user-perceived character starts, plus the end of the text.
std::vector<qsizetype> graphemeBoundaries(const QString &text)
{
    std::vector<qsizetype> boundaries{0};
    if (text.isEmpty())
        return boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype at; (at = finder.toNextBoundary()) > 0;)
        boundaries.push_back(at);
    return boundaries;
}

TextRange wholeField(const QString &text)
{
    return {0, text.size()};
}

// From the first character past `keep` characters to the end: what a search result cuts off.
TextRange beyondCharacter(const QString &text, int keep)
{
    const std::vector<qsizetype> boundaries = graphemeBoundaries(text);
    if (keep + 1 >= int(boundaries.size()))
        return {text.size(), 0};
    const qsizetype start = boundaries[size_t(keep)];
    return {start, text.size() - start};
}

// From the first character that does not fit in `maxPx` to the end. Prefixes are shaped
// whole, so kerning at the cut is measured as a browser would lay it out.
TextRange beyondWidth(const QString &text, const TitleWidthMeter &meter, double maxPx)
{
    const std::vector<qsizetype> boundaries = graphemeBoundaries(text);
    // The smallest prefix (in characters) wider than maxPx; widths grow with the prefix.
    size_t low = 1;
    size_t high = boundaries.size() - 1;
    while (low < high) {
        const size_t mid = (low + high) / 2;
        if (meter.widthPx(text.left(boundaries[mid])) > maxPx)
            high = mid;
        else
            low = mid + 1;
    }
    const qsizetype start = boundaries[low - 1];
    return {start, text.size() - start};
}

Finding finding(QString id, Severity severity, Field field, QString message, TextRange range = {},
                QString suggestion = {})
{
    return {std::move(id), severity, field, std::move(message), range, std::move(suggestion)};
}

// Where a category sits in the list as the metadata panel shows it, "a, b, c".
TextRange rangeInList(const QStringList &items, qsizetype index)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < index; ++i)
        start += items[i].size() + 2;
    return {start, items[index].size()};
}

void checkTitleWidth(const QString &title, const TitleWidthMeter &meter, QList<Finding> &findings)
{
    // Browsers report whole pixels (offsetWidth), and so does the oracle; so do we.
    const int px = int(std::lround(meter.widthPx(title)));
    if (px > limits::titleWidthWarnPx) {
        findings.append(finding(
            QStringLiteral("title.width"), Severity::Warning, Field::Title,
            MetadataChecks::tr("The title is %1 px wide; Google cuts titles at about 600 px.")
                .arg(px),
            beyondWidth(title, meter, limits::titleWidthWarnPx)));
    } else if (px > limits::titleWidthInfoPx) {
        findings.append(
            finding(QStringLiteral("title.width"), Severity::Info, Field::Title,
                    MetadataChecks::tr(
                        "The title is %1 px wide, close to the 600 px at which Google cuts titles.")
                        .arg(px),
                    wholeField(title)));
    }
}

void checkTitleLength(const QString &title, QList<Finding> &findings)
{
    const int chars = characterCount(title);
    if (chars > limits::titleMaxChars) {
        findings.append(
            finding(QStringLiteral("title.long"), Severity::Warning, Field::Title,
                    MetadataChecks::tr("The title has %n character(s); keep it to 60 or fewer.",
                                       nullptr, chars),
                    beyondCharacter(title, limits::titleMaxChars)));
    } else if (chars <= limits::titleMinChars) {
        findings.append(
            finding(QStringLiteral("title.short"), Severity::Warning, Field::Title,
                    MetadataChecks::tr("The title has only %n character(s); aim for 16 to 60.",
                                       nullptr, chars),
                    wholeField(title)));
    }
}

} // namespace

int characterCount(const QString &text)
{
    return int(graphemeBoundaries(text).size()) - 1;
}

QList<Finding> checkTitle(const Post &post, const TitleWidthMeter *meter)
{
    QList<Finding> findings;
    if (post.title.trimmed().isEmpty()) {
        findings.append(finding(QStringLiteral("title.missing"), Severity::Error, Field::Title,
                                MetadataChecks::tr("The post has no title."),
                                wholeField(post.title)));
        return findings;
    }
    if (meter && meter->isValid())
        checkTitleWidth(post.title, *meter, findings);
    checkTitleLength(post.title, findings);
    return findings;
}

static QString describedElsewhere(const Post &post, const SiteProfile *site)
{
    // A reader takes the first of these as the description; the others, or one beside an empty
    // `description:`, are what the site's templates fall back to.
    for (const QString &key : descriptionAliasKeys) {
        if (!extraValue(post, key).isEmpty())
            return QStringLiteral("`%1`").arg(key);
    }
    // Excerpt markers: Docusaurus' truncate (in MDX a JSX comment), Hugo's and WordPress' more.
    for (const char *marker : {"<!--truncate-->", "<!-- truncate -->", "{/* truncate */}",
                               "<!--more-->", "<!-- more -->"}) {
        if (post.body.contains(QLatin1String(marker)))
            return QStringLiteral("`%1`").arg(QLatin1String(marker));
    }
    if (site && !post.body.trimmed().isEmpty()) {
        // Jekyll gives every post an excerpt, its first paragraph, which jekyll-seo-tag uses;
        // Docusaurus takes the first line of the content. Hugo themes fall back to .Summary,
        // the post's first 70 words.
        if (site->kind == SiteKind::Jekyll || site->kind == SiteKind::Docusaurus)
            return MetadataChecks::tr("first paragraph");
        if (site->kind == SiteKind::Hugo)
            return MetadataChecks::tr("automatic summary (its first 70 words)");
    }
    return {};
}

QList<Finding> checkMetaDescription(const Post &post, const SiteProfile *site)
{
    const QString &text = post.metaDescription;
    if (text.trimmed().isEmpty()) {
        // The site shows something else where the description would go: a note, not an error.
        if (const QString other = describedElsewhere(post, site); !other.isEmpty()) {
            return {finding(QStringLiteral("description.elsewhere"), Severity::Info,
                            Field::MetaDescription,
                            MetadataChecks::tr("No description of its own: the site uses the "
                                               "post's %1 instead. A description says exactly "
                                               "what search results show.")
                                .arg(other),
                            wholeField(text))};
        }
        return {finding(QStringLiteral("description.missing"), Severity::Error,
                        Field::MetaDescription,
                        MetadataChecks::tr("The post has no meta description."), wholeField(text))};
    }
    const int chars = characterCount(text);
    if (chars <= limits::descriptionMinChars) {
        return {
            finding(QStringLiteral("description.short"), Severity::Warning, Field::MetaDescription,
                    MetadataChecks::tr(
                        "The meta description is too short: %n character(s); aim for 121 to 156.",
                        nullptr, chars),
                    wholeField(text))};
    }
    if (chars > limits::descriptionMaxChars) {
        return {finding(
            QStringLiteral("description.long"), Severity::Warning, Field::MetaDescription,
            MetadataChecks::tr("The meta description has %n character(s) and will be truncated "
                               "after 156.",
                               nullptr, chars),
            beyondCharacter(text, limits::descriptionMaxChars))};
    }
    return {};
}

QList<Finding> checkCategories(const Post &post, const CategoryWhitelist &whitelist)
{
    if (post.categories.isEmpty()) {
        return {finding(QStringLiteral("categories.missing"), Severity::Error, Field::Categories,
                        MetadataChecks::tr("The post has no category."))};
    }
    QList<Finding> findings;
    // With no whitelist there is nothing to hold categories against.
    if (whitelist.isEmpty())
        return findings;
    for (qsizetype i = 0; i < post.categories.size(); ++i) {
        const QString &category = post.categories[i];
        if (whitelist.containsExactly(category))
            continue;
        const TextRange range = rangeInList(post.categories, i);
        if (const auto respelled = whitelist.caseInsensitiveMatch(category)) {
            findings.append(
                finding(QStringLiteral("category.case"), Severity::Info, Field::Categories,
                        MetadataChecks::tr("The category “%1” is spelled “%2” in the list.")
                            .arg(category, *respelled),
                        range, *respelled));
            continue;
        }
        const QString nearest = whitelist.suggest(category);
        const QString message =
            nearest.isEmpty()
                ? MetadataChecks::tr("“%1” is not an allowed category.").arg(category)
                : MetadataChecks::tr("“%1” is not an allowed category; the nearest is “%2”.")
                      .arg(category, nearest);
        findings.append(finding(QStringLiteral("category.unknown"), Severity::Error,
                                Field::Categories, message, range, nearest));
    }
    return findings;
}

QList<Finding> checkTags(const Post &post)
{
    if (!post.tags.isEmpty())
        return {};
    return {finding(QStringLiteral("tags.missing"), Severity::Warning, Field::Tags,
                    MetadataChecks::tr("The post has no tags."))};
}

QList<Finding> checkCategoriesOnSite(const Post &post, const SiteProfile &site,
                                     const QString &postPath, const CategoryWhitelist *chosen)
{
    if (!chosen)
        chosen = site.whitelist.get(); // postwright.toml's list is the user's choice too
    if (post.categories.isEmpty()) {
        if (!chosen && !site.usesCategories())
            return {};
        return {finding(QStringLiteral("categories.missing"),
                        chosen ? Severity::Error : Severity::Warning, Field::Categories,
                        MetadataChecks::tr("The post has no category."))};
    }
    if (chosen)
        return checkCategories(post, *chosen);
    if (site.categoriesRequired == false)
        return {};
    if (!site.usesCategories()) {
        // Hugo and Zola list their taxonomies; categories not among them build nothing.
        return {finding(QStringLiteral("categories.unused"), Severity::Info, Field::Categories,
                        MetadataChecks::tr("The site's configuration has no categories "
                                           "taxonomy, so the generator ignores these categories."))};
    }
    const QString relative =
        postPath.isEmpty()
            ? QString()
            : QDir(site.root).relativeFilePath(QFileInfo(postPath).absoluteFilePath());
    const CategoryWhitelist used(site.vocabulary.categoriesUsedBesides(relative));
    // The first post with categories starts the vocabulary: nothing to hold it against.
    if (used.isEmpty())
        return {};
    QList<Finding> findings;
    for (qsizetype i = 0; i < post.categories.size(); ++i) {
        const QString &category = post.categories[i];
        if (used.containsExactly(category))
            continue;
        const TextRange range = rangeInList(post.categories, i);
        if (const auto respelled = used.caseInsensitiveMatch(category)) {
            findings.append(finding(
                QStringLiteral("category.case"), Severity::Info, Field::Categories,
                MetadataChecks::tr("The category “%1” is spelled “%2” on the site's other posts.")
                    .arg(category, *respelled),
                range, *respelled));
            continue;
        }
        const QString nearest = used.suggest(category);
        const QString message =
            nearest.isEmpty()
                ? MetadataChecks::tr("“%1” is a new category on this site.").arg(category)
                : MetadataChecks::tr(
                      "“%1” is a new category on this site; the nearest one in use is “%2”.")
                      .arg(category, nearest);
        findings.append(finding(QStringLiteral("category.new"), Severity::Info, Field::Categories,
                                message, range, nearest));
    }
    return findings;
}

QList<Finding> checkBody(const Post &post, std::optional<int> knownWords)
{
    if (post.body.trimmed().isEmpty()) {
        return {finding(QStringLiteral("body.empty"), Severity::Error, Field::Body,
                        MetadataChecks::tr("The post has no text."), wholeField(post.body))};
    }
    const int words = knownWords ? *knownWords : countWords(post.body);
    if (words >= limits::bodyMinWords)
        return {};
    return {finding(QStringLiteral("body.short"), Severity::Warning, Field::Body,
                    MetadataChecks::tr("The body has %n word(s), counting every word a reader "
                                       "sees; 300 or more is recommended.",
                                       nullptr, words))};
}

QList<Finding> checkMetadata(const Post &post, const CheckContext &context,
                             std::optional<int> bodyWords)
{
    // In the order of the metadata panel, which is the order of Post's fields.
    QList<Finding> findings = checkTitle(post, context.titleMeter);
    findings += checkMetaDescription(post, context.site);
    if (context.site) {
        // A site that never tags its posts does not want tags asked for.
        if (context.site->usesTags())
            findings += checkTags(post);
        findings += checkCategoriesOnSite(post, *context.site, context.postPath,
                                          context.whitelistChosen ? context.whitelist : nullptr);
    } else {
        findings += checkTags(post);
        if (context.whitelist)
            findings += checkCategories(post, *context.whitelist);
        else
            findings += checkCategories(post, CategoryWhitelist());
    }
    findings += checkBody(post, bodyWords);
    return findings;
}

} // namespace pw
