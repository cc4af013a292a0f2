// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/english.h"

#include <QMultiHash>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace pw::english {

namespace {

QSet<QString> setOf(std::initializer_list<const char *> words)
{
    QSet<QString> set;
    set.reserve(qsizetype(words.size()));
    for (const char *word : words)
        set.insert(QString::fromLatin1(word));
    return set;
}

const QSet<QString> &functionWords()
{
    static const QSet<QString> words = setOf({
        // articles, determiners, quantifiers
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "each",
        "every",
        "either",
        "neither",
        "no",
        "all",
        "both",
        "few",
        "many",
        "much",
        "more",
        "most",
        "less",
        "least",
        "several",
        "such",
        "other",
        "another",
        "own",
        "same",
        "enough",
        // pronouns
        "i",
        "me",
        "my",
        "mine",
        "myself",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "whatever",
        "whoever",
        "someone",
        "something",
        "anyone",
        "anything",
        "everyone",
        "everything",
        "nobody",
        "nothing",
        "one",
        "ones",
        // prepositions
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "at",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "beyond",
        "by",
        "down",
        "during",
        "except",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "outside",
        "over",
        "past",
        "per",
        "since",
        "through",
        "throughout",
        "till",
        "to",
        "toward",
        "towards",
        "under",
        "until",
        "up",
        "upon",
        "via",
        "with",
        "within",
        "without",
        // conjunctions and wh-words
        "and",
        "or",
        "nor",
        "but",
        "so",
        "yet",
        "if",
        "then",
        "than",
        "because",
        "while",
        "although",
        "though",
        "unless",
        "whether",
        "when",
        "whenever",
        "where",
        "wherever",
        "why",
        "how",
        "as",
        // auxiliaries and modals
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "done",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "ought",
        "get",
        "gets",
        "got",
        "let",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "don't",
        "doesn't",
        "didn't",
        "won't",
        "can't",
        "couldn't",
        "shouldn't",
        "wouldn't",
        "i'm",
        "you're",
        "we're",
        "they're",
        "it's",
        "that's",
        "there's",
        "i've",
        "you've",
        "we've",
        "they've",
        "i'll",
        "you'll",
        "we'll",
        "they'll",
        // adverbs that carry no topic
        "not",
        "also",
        "very",
        "too",
        "just",
        "only",
        "even",
        "still",
        "already",
        "again",
        "ever",
        "never",
        "always",
        "often",
        "here",
        "there",
        "now",
        "really",
        "quite",
        "rather",
        "almost",
        "well",
        "however",
        "thus",
        "therefore",
        "instead",
        "perhaps",
        "maybe",
        "yes",
        // numbers and ordinals in words
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "first",
        "second",
        "third",
        "last",
        "next",
    });
    return words;
}

const QSet<QString> &singleTransitions()
{
    static const QSet<QString> words = setOf({
        "accordingly",    "additionally",    "afterward",    "afterwards",    "albeit",
        "also",           "although",        "altogether",   "another",       "because",
        "before",         "besides",         "but",          "certainly",     "chiefly",
        "comparatively",  "concurrently",    "consequently", "conversely",    "correspondingly",
        "despite",        "earlier",         "equally",      "especially",    "eventually",
        "evidently",      "finally",         "firstly",      "following",     "formerly",
        "fourthly",       "further",         "furthermore",  "generally",     "hence",
        "henceforth",     "however",         "identically",  "indeed",        "initially",
        "instead",        "lastly",          "later",        "likewise",      "meanwhile",
        "moreover",       "namely",          "nevertheless", "next",          "nonetheless",
        "notably",        "notwithstanding", "obviously",    "occasionally",  "otherwise",
        "overall",        "particularly",    "presently",    "previously",    "rather",
        "regardless",     "secondly",        "shortly",      "significantly", "similarly",
        "simultaneously", "since",           "so",           "soon",          "specifically",
        "still",          "subsequently",    "surely",       "surprisingly",  "then",
        "thereafter",     "therefore",       "thirdly",      "though",        "thus",
        "ultimately",     "undoubtedly",     "unless",       "unlike",        "until",
        "when",           "whenever",        "whereas",      "while",         "first",
        "second",         "third",           "yet",          "clearly",       "importantly",
        "undeniably",     "unquestionably",
    });
    return words;
}

// Keyed by first word, so a sentence is scanned once rather than once per phrase.
const QMultiHash<QString, QStringList> &phraseTransitions()
{
    static const QMultiHash<QString, QStringList> phrases = [] {
        QMultiHash<QString, QStringList> list;
        for (const char *phrase : {
                 "above all",         "after all",       "all in all",
                 "as a result",       "as long as",      "as soon as",
                 "as well as",        "as well",         "at the same time",
                 "because of",        "by contrast",     "due to",
                 "even if",           "even though",     "first of all",
                 "for example",       "for instance",    "for this reason",
                 "in addition",       "in comparison",   "in conclusion",
                 "in contrast",       "in fact",         "in general",
                 "in other words",    "in particular",   "in short",
                 "in summary",        "in the end",      "in the same way",
                 "of course",         "on the contrary", "on the other hand",
                 "so that",           "such as",         "to begin with",
                 "to sum up",         "in brief",        "as a matter of fact",
                 "in order to",       "to conclude",     "to summarize",
                 "in the meantime",   "as opposed to",   "in spite of",
                 "on top of that",    "that is to say",  "to put it differently",
                 "with this in mind", "as shown",        "as mentioned",
                 "compared to",       "compared with",   "rather than",
             }) {
            const QStringList words = QString::fromLatin1(phrase).split(QLatin1Char(' '));
            list.insert(words.first(), words);
        }
        return list;
    }();
    return phrases;
}

const QList<std::pair<QString, QString>> &twoPartTransitions()
{
    static const QList<std::pair<QString, QString>> pairs = {
        {QStringLiteral("both"), QStringLiteral("and")},
        {QStringLiteral("either"), QStringLiteral("or")},
        {QStringLiteral("neither"), QStringLiteral("nor")},
        {QStringLiteral("whether"), QStringLiteral("or")},
        {QStringLiteral("if"), QStringLiteral("then")},
    };
    return pairs;
}

const QSet<QString> &passiveAuxiliaries()
{
    static const QSet<QString> words = setOf({
        "am",      "is",     "are",    "was",     "were", "be",    "been",    "being",
        "isn't",   "aren't", "wasn't", "weren't", "get",  "gets",  "got",     "gotten",
        "getting", "it's",   "that's", "what's",  "he's", "she's", "there's", "here's",
    });
    return words;
}

// Where a clause ends: the participle must follow its auxiliary in the same clause.
const QSet<QString> &clauseBreaks()
{
    static const QSet<QString> words = setOf({
        ",",     ";",     ":",        "(",      ")",     "and",     "or",     "but",
        "that",  "which", "who",      "whom",   "whose", "because", "while",  "when",
        "if",    "so",    "although", "though", "where", "whereas", "unless", "until",
        "since", "as",    "than",     "before", "after", "what",    "how",    "why",
    });
    return words;
}

const QSet<QString> &irregularParticiples()
{
    static const QSet<QString> words = setOf({
        "arisen",    "awoken",    "been",      "borne",      "born",       "beaten",
        "become",    "begun",     "bent",      "bet",        "bid",        "bound",
        "bitten",    "bled",      "blown",     "broken",     "bred",       "brought",
        "broadcast", "built",     "burnt",     "burst",      "bought",     "cast",
        "caught",    "chosen",    "clung",     "come",       "cost",       "crept",
        "cut",       "dealt",     "dug",       "dived",      "done",       "drawn",
        "dreamt",    "drunk",     "driven",    "dwelt",      "eaten",      "fallen",
        "fed",       "felt",      "fought",    "found",      "fled",       "flung",
        "flown",     "forbidden", "forecast",  "foreseen",   "forgotten",  "forgiven",
        "forsaken",  "frozen",    "given",     "gone",       "ground",     "grown",
        "hung",      "heard",     "hidden",    "hit",        "held",       "hurt",
        "kept",      "knelt",     "knit",      "known",      "laid",       "led",
        "leant",     "leapt",     "learnt",    "left",       "lent",       "lain",
        "lit",       "lost",      "meant",     "met",        "mistaken",   "misunderstood",
        "mown",      "overcome",  "overdone",  "overtaken",  "overthrown", "paid",
        "proven",    "put",       "quit",      "read",       "rid",        "ridden",
        "rung",      "risen",     "run",       "sawn",       "said",       "seen",
        "sought",    "sold",      "sent",      "set",        "sewn",       "shaken",
        "shorn",     "shed",      "shone",     "shot",       "shown",      "shrunk",
        "shut",      "sung",      "sunk",      "sat",        "slain",      "slept",
        "slid",      "slung",     "slit",      "smelt",      "sown",       "spoken",
        "sped",      "spelt",     "spent",     "spilt",      "spun",       "spat",
        "split",     "spoilt",    "spread",    "sprung",     "stood",      "stolen",
        "stuck",     "stung",     "stunk",     "strewn",     "stridden",   "struck",
        "strung",    "striven",   "sworn",     "swept",      "swollen",    "swum",
        "swung",     "taken",     "taught",    "torn",       "told",       "thought",
        "thrown",    "thrust",    "trodden",   "understood", "undertaken", "undone",
        "upset",     "woken",     "worn",      "woven",      "wed",        "wept",
        "won",       "wound",     "withdrawn", "withheld",   "withstood",  "wrung",
        "written",   "rewritten", "rebuilt",   "overseen",   "undergone",  "beset",
        "outdone",
    });
    return words;
}

// Words ending in -ed that are not participles.
const QSet<QString> &notParticiples()
{
    static const QSet<QString> words = setOf({
        "need",     "seed",    "feed",    "bed",      "red",           "speed",    "indeed",
        "embed",    "shed",    "proceed", "exceed",   "succeed",       "hundred",  "sacred",
        "naked",    "wicked",  "hatred",  "kindred",  "breed",         "greed",    "weed",
        "reed",     "deed",    "bleed",   "steed",    "tweed",         "shred",    "sled",
        "sped",     "fled",    "bred",    "led",      "wed",           "fed",      "ted",
        "ned",      "jed",     "ed",      "med",      "bled",          "rugged",   "ragged",
        "beloved",  "learned", "aged",    "crooked",  "dogged",        "wretched", "jagged",
        "talented", "gifted",  "skilled", "detailed", "sophisticated",
    });
    return words;
}

bool isParticiple(const QString &word)
{
    if (irregularParticiples().contains(word))
        return true;
    return word.size() > 3 && word.endsWith(QLatin1String("ed")) &&
           !notParticiples().contains(word);
}

bool containsAt(const QStringList &words, qsizetype at, const QStringList &phrase)
{
    if (at + phrase.size() > words.size())
        return false;
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        if (words.at(at + i) != phrase.at(i))
            return false;
    }
    return true;
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 0xe0:
    case 0xe1:
    case 0xe2:
    case 0xe4:
    case 0xe8:
    case 0xe9:
    case 0xea:
    case 0xeb:
    case 0xec:
    case 0xed:
    case 0xee:
    case 0xef:
    case 0xf2:
    case 0xf3:
    case 0xf4:
    case 0xf6:
    case 0xf9:
    case 0xfa:
    case 0xfb:
    case 0xfc:
        return true;
    default:
        return false;
    }
}

bool endsWithSibilant(QStringView word)
{
    return word.endsWith(u's') || word.endsWith(u'x') || word.endsWith(u'z') ||
           word.endsWith(u"ch") || word.endsWith(u"sh");
}

} // namespace

bool isFunctionWord(QStringView lowerWord)
{
    return functionWords().contains(lowerWord.toString());
}

bool hasTransition(const QStringList &lowerWords)
{
    for (qsizetype i = 0; i < lowerWords.size(); ++i) {
        if (singleTransitions().contains(lowerWords.at(i)))
            return true;
        const auto [first, last] = phraseTransitions().equal_range(lowerWords.at(i));
        for (auto it = first; it != last; ++it) {
            if (containsAt(lowerWords, i, *it))
                return true;
        }
    }
    for (const auto &[first, second] : twoPartTransitions()) {
        const qsizetype at = lowerWords.indexOf(first);
        if (at >= 0 && lowerWords.indexOf(second, at + 1) > at)
            return true;
    }
    return false;
}

bool isPassive(const QStringList &lowerTokens)
{
    for (qsizetype i = 0; i < lowerTokens.size(); ++i) {
        if (!passiveAuxiliaries().contains(lowerTokens.at(i)))
            continue;
        for (qsizetype j = i + 1; j < lowerTokens.size(); ++j) {
            const QString &word = lowerTokens.at(j);
            const bool nextAuxiliary = passiveAuxiliaries().contains(word) &&
                                       word != QLatin1String("being") &&
                                       word != QLatin1String("been");
            if (clauseBreaks().contains(word) || nextAuxiliary)
                break;
            if (isParticiple(word) && !(j > 0 && lowerTokens.at(j - 1) == QLatin1String("having")))
                return true;
        }
    }
    return false;
}

int syllables(QStringView word)
{
    if (word.isEmpty())
        return 0;
    int count = 0;
    bool previousVowel = false;
    for (QChar c : word) {
        const bool vowel = isVowel(c);
        if (vowel && !previousVowel)
            ++count;
        previousVowel = vowel;
    }
    const qsizetype n = word.size();
    // Silent final e ("make"), but not "-le" after a consonant ("table") nor "-ee".
    if (n > 2 && word.endsWith(u'e') && !isVowel(word.at(n - 2)) &&
        !(word.at(n - 2) == u'l' && n > 3 && !isVowel(word.at(n - 3))))
        --count;
    // "-ed" adds no syllable unless after t or d ("wanted"); "-es" none unless after a sibilant.
    if (n > 3 && word.endsWith(u"ed") && !isVowel(word.at(n - 3)) && word.at(n - 3) != u't' &&
        word.at(n - 3) != u'd')
        --count;
    else if (n > 3 && word.endsWith(u"es") && !isVowel(word.at(n - 3)) &&
             !endsWithSibilant(word.first(n - 2)) &&
             !(word.at(n - 3) == u'g' || word.at(n - 3) == u'c'))
        --count;
    // "idea", "area": the final a is a syllable of its own.
    if (n > 3 && word.endsWith(u"ea") && !isVowel(word.at(n - 3)))
        ++count;
    // Vowel pairs read as two syllables.
    for (const char16_t *pair : {u"ia", u"io", u"iu", u"eo", u"ua", u"uo"}) {
        for (qsizetype at = word.indexOf(QStringView(pair)); at >= 0;
             at = word.indexOf(QStringView(pair), at + 1)) {
            if (!(pair[0] == u'i' && pair[1] == u'o' && word.mid(at).startsWith(u"ion")))
                ++count;
        }
    }
    return std::max(1, count);
}

bool isBeginningException(QStringView lowerWord)
{
    static const QSet<QString> words = setOf({
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
    });
    return words.contains(lowerWord.toString());
}

QStringList numberForms(const QString &word)
{
    QStringList forms{word};
    const qsizetype n = word.size();
    if (n < 3 || !word.at(n - 1).isLetter())
        return forms;
    // Singular of a plural.
    if (word.endsWith(QLatin1String("ies")) && n > 4) {
        forms << word.first(n - 3) + QLatin1Char('y');
    } else if (word.endsWith(QLatin1String("es")) &&
               endsWithSibilant(QStringView(word).first(n - 2))) {
        forms << word.first(n - 2) << word.first(n - 1);
    } else if (word.endsWith(u's') && !word.endsWith(QLatin1String("ss")) &&
               !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is"))) {
        forms << word.first(n - 1);
    }
    if (forms.size() > 1)
        return forms; // already a plural
    // Plural of a singular.
    if (word.endsWith(u'y') && !isVowel(word.at(n - 2)))
        forms << word.first(n - 1) + QLatin1String("ies");
    else if (endsWithSibilant(word))
        forms << word + QLatin1String("es");
    else if (!word.endsWith(u's'))
        forms << word + QLatin1Char('s');
    forms.removeDuplicates();
    return forms;
}

} // namespace pw::english
