// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/word_tokenizer.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace pw {

namespace {

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isDot(QChar c)
{
    return c == QLatin1Char('.');
}

// `second` follows `first` after exactly one character, and `joiner` accepts that character.
bool joinedBy(QStringView text, const WordPart &first, const WordPart &second,
              bool (*joiner)(QChar))
{
    const qsizetype gap = first.start + first.length;
    return second.start == gap + 1 && joiner(text[gap]);
}

// Letters-only tokens that are still not words to look up.
bool isSkipped(QStringView word, const TokenizerOptions &options)
{
    bool hasLower = false;
    bool hasUpper = false;
    bool innerUpper = false; // an upper-case letter after a lower-case one: camelCase
    int letters = 0;
    for (const QChar c : word) {
        if (c.isDigit() || c == QLatin1Char('_') || c == QLatin1Char('.'))
            return true;
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper()) {
                innerUpper = innerUpper || hasLower;
                hasUpper = true;
            } else if (c.isLower()) {
                hasLower = true;
            }
        }
    }
    if (letters < 2)
        return true;
    // "APIs", "URLs": the plural of an acronym is as much an acronym.
    if (options.skipAllCaps && word.size() > 2 && word.endsWith(QLatin1Char('s')) &&
        std::all_of(word.begin(), word.end() - 1, [](QChar c) { return c.isUpper(); }))
        return true;
    if (innerUpper)
        return true;
    return options.skipAllCaps && hasUpper && !hasLower;
}

// URLs and e-mail addresses the autolink extension left in the text (no scheme, or a path
// after a bare domain): whitespace-separated chunks that look like one are not prose. So are
// @mentions, scoped packages (@scope/name) and #hashtags; "C#" and entities ("&#8217;") are
// not taken for one.
const QRegularExpression &addressPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"([^\s<>()\[\]"]*(?:://|@[\w-]+\.|^www\.|\w\.\w{2,}/)[^\s<>()\[\]"]*)"
                       R"(|(?<![\w@#&])[@#]\w[^\s<>()\[\]"]*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

struct Span {
    qsizetype start;
    qsizetype end;
};

QList<Span> joinedRanges(const QList<TextRange> &ranges, qsizetype textLength)
{
    QList<Span> spans;
    for (const TextRange &range : ranges) {
        const qsizetype start = std::clamp<qsizetype>(range.start, 0, textLength);
        const qsizetype end = std::clamp<qsizetype>(range.start + range.length, start, textLength);
        if (end == start)
            continue;
        if (!spans.isEmpty() && spans.last().end >= start)
            spans.last().end = std::max(spans.last().end, end);
        else
            spans.append({start, end});
    }
    return spans;
}

void tokenizeSpan(const QString &text, Span span, const TokenizerOptions &options,
                  QList<WordToken> *out)
{
    const QStringView view = QStringView(text).mid(span.start, span.end - span.start);
    // Addresses inside this span, as [start, end) offsets into `view`.
    QList<Span> addresses;
    auto it = addressPattern().globalMatch(view);
    while (it.hasNext()) {
        const auto match = it.next();
        addresses.append({match.capturedStart(), match.capturedEnd()});
    }
    const auto inAddress = [&](qsizetype from, qsizetype to) {
        for (const Span &a : addresses) {
            if (from < a.end && to > a.start)
                return true;
        }
        return false;
    };

    QList<WordPart> words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, view.data(), view.size());
    qsizetype previous = 0;
    for (qsizetype next = finder.toNextBoundary(); next >= 0; next = finder.toNextBoundary()) {
        const QStringView piece = view.mid(previous, next - previous);
        if (std::any_of(piece.begin(), piece.end(), [](QChar c) { return c.isLetter(); }))
            words.append({previous, next - previous});
        previous = next;
    }

    for (qsizetype i = 0; i < words.size();) {
        // A dotted name (Node.js, crates.io, v1.beta) or abbreviation (e.g., i.e., U.S.): the
        // word finder splits it at the dot, but its parts are no words of their own.
        qsizetype dotted = i;
        while (dotted + 1 < words.size() && joinedBy(view, words[dotted], words[dotted + 1], isDot))
            ++dotted;
        if (dotted > i) {
            i = dotted + 1;
            continue;
        }
        // A compound: words joined by single hyphens with nothing else between.
        qsizetype j = i;
        while (j + 1 < words.size() && joinedBy(view, words[j], words[j + 1], isHyphen))
            ++j;
        const qsizetype from = words[i].start;
        const qsizetype to = words[j].start + words[j].length;
        // An entity name ("&eacute;"), or a word an entity is part of ("Caf&eacute;"): the
        // source does not spell the word out, so it is not judged.
        const bool entity = (from > 0 && view[from - 1] == QLatin1Char('&')) ||
                            (to < view.size() && view[to] == QLatin1Char('&'));
        if (!entity && !inAddress(from, to)) {
            WordToken token{
                span.start + from, to - from, dictionaryForm(view.mid(from, to - from)), {}};
            bool skipped = false;
            for (qsizetype k = i; k <= j; ++k) {
                const QStringView part = view.mid(words[k].start, words[k].length);
                // A compound with a number in it ("COVID-19", "x86-64") is not a word; an
                // acronym in one ("SEO-friendly") is skipped, its other parts still checked.
                if (std::any_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); }))
                    skipped = true;
                else if (j > i && !isSkipped(part, options))
                    token.parts.append({span.start + words[k].start, words[k].length});
            }
            if (j == i)
                skipped = skipped || isSkipped(view.mid(from, to - from), options);
            else
                skipped = skipped || token.parts.isEmpty();
            if (!skipped)
                out->append(token);
        }
        i = j + 1;
    }
}

} // namespace

QString dictionaryForm(QStringView word)
{
    QString result = word.toString();
    result.replace(QChar(0x2019), QLatin1Char('\''));
    result.replace(QChar(0x02BC), QLatin1Char('\''));
    return result;
}

QList<WordToken> tokenizeWords(const QString &text, const QList<TextRange> &ranges,
                               const TokenizerOptions &options)
{
    QList<WordToken> tokens;
    for (const Span &span : joinedRanges(ranges, text.size()))
        tokenizeSpan(text, span, options, &tokens);
    return tokens;
}

} // namespace pw
