// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/category_whitelist.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace pw {

namespace {

// Below this similarity two words are different words, not a typo or plural of each other:
// one slip in a four-letter word (0.75) still counts, "AI" against "AR" (0.5) does not.
constexpr double wordMatchThreshold = 0.75;
// Without a shared word, a whole-name similarity under this suggests something unrelated.
constexpr double wholeNameThreshold = 0.6;

QStringList parseLines(const QString &text)
{
    QStringList categories;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char('#')))
            categories.append(trimmed);
    }
    return categories;
}

// Case and spacing do not make a different category: "cyber security", "Cyber-Security" and
// "Cybersecurity" are one spelling apart, and the fix is a respelling, not a new choice.
QString compactKey(const QString &name)
{
    QString key;
    for (const QChar c : name.toCaseFolded()) {
        if (!c.isSpace() && c.category() != QChar::Punctuation_Dash)
            key.append(c);
    }
    return key;
}

// Optimal string alignment distance: a swapped pair ("Reveiws") costs one edit, as people
// make that slip as often as a missing letter.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const auto si = size_t(i);
            const auto sj = size_t(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({d[si - 1][sj] + 1, d[si][sj - 1] + 1, d[si - 1][sj - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, d[si - 2][sj - 2] + 1);
            d[si][sj] = best;
        }
    }
    return d[size_t(n)][size_t(m)];
}

double similarity(const QString &a, const QString &b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    return longest == 0 ? 1.0 : 1.0 - double(editDistance(a, b)) / double(longest);
}

bool isStopWord(const QString &word)
{
    static const QStringList stopWords = {
        QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("for"),
        QStringLiteral("the"), QStringLiteral("a"),  QStringLiteral("to"),
        QStringLiteral("in"),  QStringLiteral("on"), QStringLiteral("with")};
    return stopWords.contains(word);
}

// "Tutorials" and "Tutorial" are one word to a reader.
QString singular(const QString &word)
{
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

// Content words, case-folded and singular. Hyphens join ("E-commerce" -> "ecommerce") so a
// hyphenated word is one word, as "Ecommerce" is.
QStringList wordsOf(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w\\-]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (QString word : name.toCaseFolded().split(separators, Qt::SkipEmptyParts)) {
        word.remove(QLatin1Char('-'));
        if (!word.isEmpty() && !isStopWord(word))
            words.append(singular(word));
    }
    return words;
}

struct Abbreviation {
    QString letters;
    int wordCount = 0; // how many words of the name it stands for
};

// "(IoT)", "(VR)" as written; otherwise the initials of a name of two or more words, so
// "AI" finds "Artificial Intelligence".
QList<Abbreviation> abbreviationsOf(const QString &name)
{
    static const QRegularExpression parenthesised(QStringLiteral("\\(([^)]+)\\)"));
    QList<Abbreviation> result;
    auto matches = parenthesised.globalMatch(name);
    qsizetype spelledOutStart = 0; // the words since the previous abbreviation spell this one
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString spelledOut =
            name.mid(spelledOutStart, match.capturedStart(0) - spelledOutStart);
        spelledOutStart = match.capturedEnd(0);
        const QString letters = singular(compactKey(match.captured(1)));
        result.append({letters, int(std::max<qsizetype>(1, wordsOf(spelledOut).size()))});
    }
    if (result.isEmpty()) {
        const QStringList words = wordsOf(name);
        if (words.size() >= 2) {
            QString initials;
            for (const QString &word : words)
                initials.append(word.front());
            result.append({initials, int(words.size())});
        }
    }
    return result;
}

struct Candidate {
    QString name;
    QString folded;
    QStringList words;
    QList<Abbreviation> abbreviations;
};

struct Score {
    double coverage = 0.0;  // how much of what the user typed the candidate accounts for
    double precision = 0.0; // how much of the candidate the user's words account for
    double wholeName = 0.0; // tie-break: similarity of the whole names
};

bool operator<(const Score &a, const Score &b)
{
    if (a.coverage != b.coverage)
        return a.coverage < b.coverage;
    if (a.precision != b.precision)
        return a.precision < b.precision;
    return a.wholeName < b.wholeName;
}

Score score(const QStringList &queryWords, const QString &queryFolded, const Candidate &candidate)
{
    double covered = 0.0;
    double accountedFor = 0.0;
    for (const QString &word : queryWords) {
        double best = 0.0;
        for (const QString &candidateWord : candidate.words) {
            const double s = similarity(word, candidateWord);
            if (s >= wordMatchThreshold)
                best = std::max(best, s);
        }
        double weight = best;
        for (const Abbreviation &abbreviation : candidate.abbreviations) {
            if (word == abbreviation.letters) {
                best = 1.0;
                weight = abbreviation.wordCount;
            }
        }
        covered += best;
        accountedFor += weight;
    }
    Score result;
    result.coverage = queryWords.isEmpty() ? 0.0 : covered / double(queryWords.size());
    result.precision = candidate.words.isEmpty()
                           ? 0.0
                           : std::min(1.0, accountedFor / double(candidate.words.size()));
    result.wholeName = similarity(queryFolded, candidate.folded);
    return result;
}

} // namespace

CategoryWhitelist::CategoryWhitelist(QStringList categories) : m_categories(std::move(categories))
{
}

CategoryWhitelist CategoryWhitelist::defaults()
{
    // The resource is compiled in, so only a broken build can fail to read it.
    QFile file(QStringLiteral(":/postwright/categories.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return CategoryWhitelist(parseLines(QString::fromUtf8(file.readAll())));
}

std::optional<CategoryWhitelist> CategoryWhitelist::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QStringList categories = parseLines(QString::fromUtf8(file.readAll()));
    if (categories.isEmpty()) {
        // An empty whitelist would reject every category; that is a mistake in the file.
        if (error)
            *error = QCoreApplication::translate("pw::CategoryWhitelist",
                                                 "The category list %1 contains no categories.")
                         .arg(path);
        return std::nullopt;
    }
    return CategoryWhitelist(categories);
}

bool CategoryWhitelist::containsExactly(const QString &category) const
{
    return m_categories.contains(category);
}

std::optional<QString> CategoryWhitelist::caseInsensitiveMatch(const QString &category) const
{
    const QString key = compactKey(category);
    if (key.isEmpty())
        return std::nullopt;
    for (const QString &allowed : m_categories) {
        if (compactKey(allowed) == key)
            return allowed;
    }
    return std::nullopt;
}

QString CategoryWhitelist::suggest(const QString &category) const
{
    if (const auto respelled = caseInsensitiveMatch(category))
        return *respelled;
    const QStringList queryWords = wordsOf(category);
    const QString queryFolded = category.trimmed().toCaseFolded();
    QString bestName;
    Score bestScore;
    bool found = false;
    for (const QString &name : m_categories) {
        const Candidate candidate{name, name.toCaseFolded(), wordsOf(name), abbreviationsOf(name)};
        const Score s = score(queryWords, queryFolded, candidate);
        // Strictly better only: on a full tie the earlier, usually more general, entry wins.
        if (!found || bestScore < s) {
            bestScore = s;
            bestName = name;
            found = true;
        }
    }
    // "Python" or "Cooking" share nothing with any category; a one-click replacement with an
    // unrelated one would do harm, so say nothing.
    if (!found || (bestScore.coverage == 0.0 && bestScore.wholeName < wholeNameThreshold))
        return {};
    return bestName;
}

} // namespace pw
