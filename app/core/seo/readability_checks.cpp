// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/seo_checks.h"

#include "core/seo/english.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace pw {

namespace {

using Kind = ArticleBlock::Kind;

double percentOf(qsizetype part, qsizetype whole)
{
    // One decimal, as Yoast's formatNumber shows and compares it.
    return whole == 0 ? 0.0 : std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

QString percentText(double percent)
{
    return QString::number(percent, 'f', percent == std::floor(percent) ? 0 : 1);
}

bool hasLetter(const QString &word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
}

QString fleschBand(double score)
{
    if (score >= 90)
        return SeoText::tr("very easy");
    if (score >= 80)
        return SeoText::tr("easy");
    if (score >= 70)
        return SeoText::tr("fairly easy");
    if (score >= 60)
        return SeoText::tr("okay");
    if (score >= 50)
        return SeoText::tr("fairly difficult");
    if (score >= 30)
        return SeoText::tr("difficult");
    return SeoText::tr("very difficult");
}

} // namespace

double fleschReadingEase(const SeoInput &in)
{
    int words = 0, syllables = 0;
    for (const Sentence &sentence : in.proseSentences) {
        for (const QString &word : sentence.words) {
            if (!hasLetter(word))
                continue; // numbers are not read as syllables
            ++words;
            syllables += english::syllables(word);
        }
    }
    if (!in.english || in.proseSentences.isEmpty() || words <= 10)
        return -1;
    const double score = 206.835 - 1.015 * double(words) / double(in.proseSentences.size()) -
                         84.6 * double(syllables) / double(words);
    return std::round(std::clamp(score, 0.0, 100.0) * 10.0) / 10.0;
}

namespace {

std::optional<SeoCheck> flesch(const SeoInput &in)
{
    const double rounded = fleschReadingEase(in);
    if (rounded < 0)
        return std::nullopt;
    const QString title = SeoText::tr("Flesch reading ease");
    const QString text =
        SeoText::tr("%1 of 100 (%2).").arg(QString::number(rounded, 'f', 1), fleschBand(rounded));
    if (rounded >= 60)
        return makeCheck("fleschReadingEase", SeoGroup::Readability, 9, title,
                         text + u' ' + SeoText::tr("Good."));
    return makeCheck("fleschReadingEase", SeoGroup::Readability, rounded >= 50 ? 6 : 3, title,
                     text + u' ' +
                         SeoText::tr("Use shorter sentences and shorter, everyday words."));
}

SeoCheck sentenceLength(const SeoInput &in)
{
    const QString title = SeoText::tr("Sentence length");
    QList<const Sentence *> tooLong;
    for (const Sentence &sentence : in.proseSentences) {
        if (sentence.words.size() > 20)
            tooLong.append(&sentence);
    }
    const double percent = percentOf(tooLong.size(), in.proseSentences.size());
    const QString figure =
        SeoText::tr("%1 % of the sentences have more than 20 words.").arg(percentText(percent));
    if (percent <= 25)
        return makeCheck("textSentenceLength", SeoGroup::Readability, 9, title,
                         figure + u' ' + SeoText::tr("Good (at most 25 %)."), in.rangesOf(tooLong));
    return makeCheck("textSentenceLength", SeoGroup::Readability, percent <= 30 ? 6 : 3, title,
                     figure + u' ' +
                         SeoText::tr("Keep it at 25 % or less: split the marked sentences."),
                     in.rangesOf(tooLong));
}

SeoCheck paragraphLength(const SeoInput &in)
{
    const QString title = SeoText::tr("Paragraph length");
    int longest = 0;
    QList<TextRange> tooLong;
    for (int i = 0; i < in.article.blocks.size(); ++i) {
        const ArticleBlock &block = in.article.blocks.at(i);
        if (block.kind != Kind::Paragraph)
            continue;
        const int words = int(lowerWords(block.text).size());
        longest = std::max(longest, words);
        if (words > 150)
            tooLong.append(block.source);
    }
    if (longest <= 150)
        return makeCheck("textParagraphTooLong", SeoGroup::Readability, 9, title,
                         SeoText::tr("No paragraph is longer than 150 words: good."));
    return makeCheck(
        "textParagraphTooLong", SeoGroup::Readability, longest <= 200 ? 6 : 3, title,
        SeoText::tr("%n paragraph(s) have more than 150 words (the longest: %1). Break "
                    "them up.",
                    nullptr, int(tooLong.size()))
            .arg(longest),
        tooLong);
}

SeoCheck subheadingDistribution(const SeoInput &in)
{
    const QString title = SeoText::tr("Subheading distribution");
    struct Section {
        bool beforeFirstHeading = false;
        int words = 0;
        TextRange source;
    };
    QList<Section> sections;
    bool anyHeading = false;
    for (const ArticleBlock &block : in.article.blocks) {
        if (block.kind == Kind::Heading) {
            anyHeading = true;
            sections.append({false, 0, block.source});
            continue;
        }
        if (!isAnalysedText(block))
            continue;
        if (sections.isEmpty())
            sections.append({true, 0, block.source});
        Section &section = sections.last();
        section.words += int(lowerWords(block.text).size());
        if (block.source.isValid()) {
            if (!section.source.isValid())
                section.source = block.source;
            section.source.length = block.source.start + block.source.length - section.source.start;
        }
    }
    if (in.words <= 300)
        return makeCheck("subheadingsTooLong", SeoGroup::Readability, 9, title,
                         SeoText::tr("A text this short needs no subheadings."));
    if (!anyHeading)
        return makeCheck("subheadingsTooLong", SeoGroup::Readability, 2, title,
                         SeoText::tr("%n words without a single subheading. Add subheadings that "
                                     "say what each part is about.",
                                     nullptr, in.words));
    QList<TextRange> tooLong;
    int longest = 0;
    for (const Section &section : sections) {
        longest = std::max(longest, section.words);
        if (section.words > 300)
            tooLong.append(section.source);
    }
    const Section &first = sections.first();
    if (first.beforeFirstHeading && first.words > 300 && tooLong.size() < 2)
        return makeCheck(
            "subheadingsTooLong", SeoGroup::Readability, first.words > 350 ? 3 : 6, title,
            SeoText::tr("The introduction runs %n words before the first subheading. Add "
                        "one within 300 words.",
                        nullptr, first.words),
            tooLong);
    if (longest <= 300)
        return makeCheck("subheadingsTooLong", SeoGroup::Readability, 9, title,
                         SeoText::tr("No section runs over 300 words without a subheading: good."));
    return makeCheck(
        "subheadingsTooLong", SeoGroup::Readability, longest <= 350 ? 6 : 3, title,
        SeoText::tr("%n section(s) run over 300 words without a subheading (the longest: "
                    "%1). Add a subheading to break them up.",
                    nullptr, int(tooLong.size()))
            .arg(longest),
        tooLong);
}

SeoCheck passiveVoice(const SeoInput &in)
{
    const QString title = SeoText::tr("Passive voice");
    QList<const Sentence *> passive;
    for (const Sentence &sentence : in.proseSentences) {
        if (english::isPassive(lowerTokens(sentence.text)))
            passive.append(&sentence);
    }
    const double percent = percentOf(passive.size(), in.proseSentences.size());
    const QString figure =
        SeoText::tr("%1 % of the sentences are passive.").arg(percentText(percent));
    if (percent <= 10)
        return makeCheck("passiveVoice", SeoGroup::Readability, 9, title,
                         figure + u' ' + SeoText::tr("Good (at most 10 %)."), in.rangesOf(passive));
    return makeCheck("passiveVoice", SeoGroup::Readability, percent <= 15 ? 6 : 3, title,
                     figure + u' ' +
                         SeoText::tr("Keep it at 10 % or less: say who does what in the "
                                     "marked sentences."),
                     in.rangesOf(passive));
}

SeoCheck transitionWords(const SeoInput &in)
{
    const QString title = SeoText::tr("Transition words");
    QList<const Sentence *> with;
    for (const Sentence &sentence : in.proseSentences) {
        if (english::hasTransition(sentence.words))
            with.append(&sentence);
    }
    const double percent = percentOf(with.size(), in.proseSentences.size());
    const QString figure =
        SeoText::tr("%1 % of the sentences contain a transition word.").arg(percentText(percent));
    if (in.words < 200)
        return makeCheck("textTransitionWords", SeoGroup::Readability, 9, title,
                         SeoText::tr("A text this short is not judged on transition words."));
    if (percent >= 30)
        return makeCheck("textTransitionWords", SeoGroup::Readability, 9, title,
                         figure + u' ' + SeoText::tr("Good (at least 30 %)."));
    return makeCheck("textTransitionWords", SeoGroup::Readability, percent >= 20 ? 6 : 3, title,
                     figure + u' ' +
                         SeoText::tr("Aim for 30 %: link sentences with words such as "
                                     "\"however\", \"because\" or \"for example\"."));
}

SeoCheck sentenceBeginnings(const SeoInput &in)
{
    const QString title = SeoText::tr("Consecutive sentences");
    const auto beginning = [&](const Sentence &sentence) {
        QString first = sentence.words.first();
        if (in.english && english::isBeginningException(first) && sentence.words.size() > 1)
            first += u' ' + sentence.words.at(1);
        return first;
    };
    QList<const Sentence *> repeated;
    int runs = 0, longestRun = 0;
    for (qsizetype i = 0; i < in.proseSentences.size();) {
        const QString word = beginning(in.proseSentences.at(i));
        qsizetype j = i + 1;
        while (j < in.proseSentences.size() && beginning(in.proseSentences.at(j)) == word)
            ++j;
        if (j - i > 2) {
            ++runs;
            longestRun = std::max(longestRun, int(j - i));
            for (qsizetype k = i; k < j; ++k)
                repeated.append(&in.proseSentences.at(k));
        }
        i = j;
    }
    if (runs == 0)
        return makeCheck(
            "sentenceBeginnings", SeoGroup::Readability, 9, title,
            SeoText::tr("No three sentences in a row start with the same word: good."));
    return makeCheck("sentenceBeginnings", SeoGroup::Readability, 3, title,
                     SeoText::tr("%n time(s) three or more sentences in a row start with the same "
                                 "word (up to %1). Vary how the marked sentences begin.",
                                 nullptr, runs)
                         .arg(longestRun),
                     in.rangesOf(repeated));
}

} // namespace

QList<SeoCheck> readabilityChecks(const SeoInput &input)
{
    QList<SeoCheck> checks;
    checks << sentenceLength(input) << paragraphLength(input) << subheadingDistribution(input)
           << sentenceBeginnings(input);
    if (input.english) {
        if (std::optional<SeoCheck> check = flesch(input))
            checks.prepend(std::move(*check));
        checks << passiveVoice(input) << transitionWords(input);
    }
    return checks;
}

} // namespace pw
