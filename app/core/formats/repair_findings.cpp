// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/repair_findings.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace pw {
namespace {

// A class, not a helper function taking the text: lupdate files the strings under this
// context only when it sees RepairText::tr() called on it.
class RepairText {
    Q_DECLARE_TR_FUNCTIONS(pw::RepairFindings)
};

constexpr qsizetype ContextLength = 16;
constexpr qsizetype WordLength = 12;

bool isLineBreak(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// Where the word a message quotes ends: white space, and the markup around words in Markdown
// and HTML ("*café*", "<p>It’s"), which is not what was repaired.
bool isWordBreak(QChar c)
{
    return c.isSpace() || QStringView(u"<>*_`[]()|").contains(c);
}

// Moves a boundary that would split a surrogate pair one unit back (the end of a range) or
// on (its start), so that the range holds whole characters.
qsizetype wholeCharacters(const QString &text, qsizetype at, bool isEnd)
{
    if (at > 0 && at < text.size() && text.at(at).isLowSurrogate() &&
        text.at(at - 1).isHighSurrogate())
        return isEnd ? at - 1 : at + 1;
    return at;
}

// Where the run of characters around [start, end) that stops at `stop` begins and ends,
// at most `limit` characters either side.
template <typename Stop>
std::pair<qsizetype, qsizetype> around(const QString &text, qsizetype start, qsizetype end,
                                       qsizetype limit, Stop stop)
{
    qsizetype from = start;
    while (from > 0 && start - from < limit && !stop(text.at(from - 1)))
        --from;
    qsizetype to = end;
    while (to < text.size() && to - end < limit && !stop(text.at(to)))
        ++to;
    return {wholeCharacters(text, from, false), wholeCharacters(text, to, true)};
}

// The code point of one repaired character (one unit or a surrogate pair).
char32_t codePointOf(const QString &character)
{
    return character.size() == 2 ? QChar::surrogateToUcs4(character.at(0), character.at(1))
                                 : char32_t(character.front().unicode());
}

// Characters that do not show: a variation selector (the FE0F after an emoji), a joiner.
bool isInvisible(const QString &character)
{
    const QChar::Category category = QChar::category(codePointOf(character));
    return category == QChar::Mark_NonSpacing || category == QChar::Other_Format ||
           category == QChar::Mark_Enclosing;
}

struct Searched {
    Field field;
    QString text;
    qsizetype cursor = 0; // just past the previous repair found in this field
    // Lines counted so far, so that numbering the repairs of a long body stays linear.
    qsizetype countedTo = 0;
    qsizetype lines = 1;

    qsizetype lineAt(qsizetype position)
    {
        if (position < countedTo) {
            countedTo = 0;
            lines = 1;
        }
        lines += QStringView(text).sliced(countedTo, position - countedTo).count(u'\n');
        countedTo = position;
        return lines;
    }
};

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Title:
        return RepairText::tr("title");
    case Field::MetaDescription:
        return RepairText::tr("description");
    case Field::Slug:
        return RepairText::tr("slug");
    case Field::Tags:
        return RepairText::tr("tags");
    case Field::Categories:
        return RepairText::tr("categories");
    case Field::Topic:
        return RepairText::tr("topic");
    default:
        return {};
    }
}

QString codePointName(const QString &character)
{
    return QStringLiteral("U+%1")
        .arg(uint(codePointOf(character)), 4, 16, QLatin1Char('0'))
        .toUpper();
}

// “weâ€™ll” → “we’ll” (line 12) where the word holds one repair; otherwise the repair and
// its word, so that the repairs of "Flask‚ÅâÔ∏è‚ÅâÔ∏è" read apart. A variation selector or a
// joiner does not show: it is named by its code point.
QString message(const RepairSite &site, Searched &field, qsizetype start)
{
    const QString where = field.field == Field::Body
                              ? RepairText::tr("line %1").arg(field.lineAt(start))
                              : fieldLabel(field.field);
    // The word as the field shows it now.
    const qsizetype end = start + site.repaired.size();
    const auto [from, to] = around(field.text, start, end, WordLength, isWordBreak);
    const QString word = field.text.sliced(from, to - from);
    if (isInvisible(site.repaired)) {
        return RepairText::tr("Repaired “%1” → %2 in “%3” (%4)")
            .arg(site.garbled, codePointName(site.repaired), word, where);
    }
    if (site.aloneInWord) {
        const QString garbledWord =
            field.text.sliced(from, start - from) + site.garbled + field.text.sliced(end, to - end);
        return RepairText::tr("Repaired “%1” → “%2” (%3)").arg(garbledWord, word, where);
    }
    return RepairText::tr("Repaired “%1” → “%2” in “%3” (%4)")
        .arg(site.garbled, site.repaired, word, where);
}

// How much context to ask for, most first: (characters before, characters after).
constexpr std::array<std::pair<qsizetype, qsizetype>, 10> Levels = {
    {{16, 16}, {8, 8}, {4, 4}, {2, 2}, {2, 0}, {0, 2}, {1, 1}, {1, 0}, {0, 1}, {0, 0}}};

// The context a level asks of a site: no more than the site has.
std::pair<qsizetype, qsizetype> contextOf(const RepairSite &site,
                                          std::pair<qsizetype, qsizetype> level)
{
    return {std::min(level.first, site.before.size()), std::min(level.second, site.after.size())};
}

// Where the repaired characters of `site` are in `field` with the context `level`, or -1;
// also -1 when that context is less than `minimumContext` characters (a line's edge counts as
// much as the longest context: "🙂" alone on its line is as sure as a long match). What was
// read is taken from `budget`.
qsizetype find(const Searched &field, const RepairSite &site, std::pair<qsizetype, qsizetype> level,
               qsizetype minimumContext, qsizetype &budget)
{
    const auto [beforeLength, afterLength] = contextOf(site, level);
    // All the context up to a line's edge means the match must be at a line's edge too.
    const bool anchoredStart = site.lineStart && beforeLength == site.before.size();
    const bool anchoredEnd = site.lineEnd && afterLength == site.after.size();
    const qsizetype context = beforeLength + afterLength + (anchoredStart ? ContextLength : 0) +
                              (anchoredEnd ? ContextLength : 0);
    if (context < minimumContext)
        return -1;
    const QString key =
        site.before.right(beforeLength) + site.repaired + site.after.left(afterLength);
    const qsizetype from = std::max<qsizetype>(0, field.cursor - beforeLength);
    for (qsizetype at = field.text.indexOf(key, from); at >= 0;
         at = field.text.indexOf(key, at + 1)) {
        const qsizetype end = at + key.size();
        if (anchoredStart && at > 0 && field.text.at(at - 1) != QLatin1Char('\n'))
            continue;
        if (anchoredEnd && end < field.text.size() && field.text.at(end) != QLatin1Char('\n'))
            continue;
        budget -= end - from;
        return at + beforeLength;
    }
    budget -= field.text.size() - from;
    return -1;
}

QList<Finding> locate(QList<Searched> fields, const QList<RepairSite> &sites,
                      qsizetype minimumContext)
{
    QList<Finding> findings;
    QList<bool> holds(fields.size());
    // A repair that is not in the post is looked for in all of it at every level. Many such
    // repairs (a long prompt) and a long post would take seconds; a budget of characters read
    // keeps it to a fraction of one, after which the rest is only counted by the summary.
    qsizetype budget = 1 << 20;
    for (const Searched &field : fields)
        budget += 32 * field.text.size();
    for (const RepairSite &site : sites) {
        if (budget <= 0)
            break;
        // One look per field for the repaired characters spares the others a search per level.
        for (qsizetype i = 0; i < fields.size(); ++i)
            holds[i] = fields.at(i).text.indexOf(site.repaired, fields.at(i).cursor) >= 0;
        bool found = false;
        std::pair<qsizetype, qsizetype> previous{-1, -1};
        for (const auto &level : Levels) {
            // A short context makes several levels ask the same: once is enough.
            if (contextOf(site, level) == previous)
                continue;
            previous = contextOf(site, level);
            for (qsizetype i = 0; i < fields.size(); ++i) {
                Searched &field = fields[i];
                const qsizetype start =
                    holds.at(i) ? find(field, site, level, minimumContext, budget) : -1;
                if (start < 0)
                    continue;
                field.cursor = start + site.repaired.size();
                findings.append({QLatin1String(RepairFindingId),
                                 Severity::Info,
                                 field.field,
                                 message(site, field, start),
                                 {start, site.repaired.size()},
                                 {}});
                found = true;
                break;
            }
            if (found)
                break;
        }
    }
    return findings;
}

} // namespace

QList<RepairSite> repairSites(const QString &repairedText, const QList<MojibakeFix> &fixes)
{
    QList<RepairSite> sites;
    const qsizetype count = std::min(fixes.size(), MaxListedRepairs);
    sites.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const MojibakeFix &fix = fixes.at(i);
        const qsizetype end = fix.start + fix.length;
        RepairSite site;
        site.garbled = fix.garbled;
        site.repaired = repairedText.sliced(fix.start, fix.length);
        const auto [lineFrom, lineTo] =
            around(repairedText, fix.start, end, ContextLength, isLineBreak);
        site.before = repairedText.sliced(lineFrom, fix.start - lineFrom);
        site.after = repairedText.sliced(end, lineTo - end);
        site.lineStart = lineFrom == 0 || isLineBreak(repairedText.at(lineFrom - 1));
        site.lineEnd = lineTo == repairedText.size() || isLineBreak(repairedText.at(lineTo));
        // Whether another repair shares its word: then a message names the characters of
        // each rather than the word, which would read the same for both.
        const auto [wordFrom, wordTo] =
            around(repairedText, fix.start, end, WordLength, isWordBreak);
        site.aloneInWord = (i == 0 || fixes.at(i - 1).start < wordFrom) &&
                           (i + 1 == fixes.size() || fixes.at(i + 1).start >= wordTo);
        sites.append(std::move(site));
    }
    return sites;
}

QString fieldText(const Post &post, Field field)
{
    switch (field) {
    case Field::Title:
        return post.title;
    case Field::MetaDescription:
        return post.metaDescription;
    case Field::Slug:
        return post.slug;
    case Field::Tags:
        return post.tags.join(QStringLiteral(", "));
    case Field::Categories:
        return post.categories.join(QStringLiteral(", "));
    case Field::Topic:
        return post.topic;
    case Field::Body:
        return post.body;
    default:
        return {};
    }
}

QList<Finding> locateRepairs(const Post &post, const QList<RepairSite> &sites)
{
    if (sites.isEmpty())
        return {};
    // The metadata first: a repair in a metadata line only matches once its key ("title: ")
    // is left out of the context, and by then the body may match by accident, while a
    // repair in the body matches with all of its context, which metadata rarely holds.
    QList<Searched> fields;
    for (Field field : {Field::Title, Field::MetaDescription, Field::Slug, Field::Topic,
                        Field::Tags, Field::Categories, Field::Body})
        fields.append({field, fieldText(post, field)});
    // Text around the post (a transcript's prompt) holds repairs too: a character found
    // without context could be any other one like it.
    return locate(std::move(fields), sites, 2);
}

QList<Finding> locateRepairsIn(const QString &fieldText, Field field,
                               const QList<RepairSite> &sites)
{
    if (sites.isEmpty())
        return {};
    // The caller knows the field holds the repairs, in order: the least context will do.
    return locate({{field, fieldText}}, sites, 0);
}

} // namespace pw
