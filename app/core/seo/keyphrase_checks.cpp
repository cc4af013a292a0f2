// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/seo_checks.h"

#include "core/seo/english.h"

#include <QUrl>

#include <cmath>

namespace pw {

namespace {

using Kind = ArticleBlock::Kind;

SeoCheck keyphraseLength(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase length");
    const int length = int(in.topic.keyphrase.words.size());
    if (length == 0)
        return makeCheck(
            "keyphraseLength", SeoGroup::Seo, -999, title,
            SeoText::tr("No focus keyphrase is set. Enter the phrase readers search for "
                        "to find this post, so the other keyphrase checks can run."));
    if (length <= 4)
        return makeCheck("keyphraseLength", SeoGroup::Seo, 9, title,
                         SeoText::tr("%n content word(s): good.", nullptr, length));
    if (length <= 8)
        return makeCheck("keyphraseLength", SeoGroup::Seo, 6, title,
                         SeoText::tr("%n content word(s), more than the recommended 4. Shorten the "
                                     "keyphrase to the words a reader would search for.",
                                     nullptr, length));
    return makeCheck("keyphraseLength", SeoGroup::Seo, 3, title,
                     SeoText::tr("%n content word(s), far more than the recommended 4. Pick a "
                                 "shorter keyphrase and move the rest to synonyms.",
                                 nullptr, length));
}

SeoCheck keyphraseInTitle(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase in SEO title");
    const QString &postTitle = in.post->title;
    if (in.topic.isEmpty() || postTitle.trimmed().isEmpty())
        return makeCheck("keyphraseInSEOTitle", SeoGroup::Seo, 2, title,
                         SeoText::tr("Set a focus keyphrase and a title that contains it."));
    // The phrase as typed, quotes removed, found case-insensitively on word boundaries.
    QString phrase = in.topic.keyphrase.text;
    if (in.topic.keyphrase.exact)
        phrase = phrase.mid(1, phrase.size() - 2);
    const QStringList titleWords = lowerWords(postTitle);
    const QStringList phraseWords = lowerWords(phrase);
    qsizetype wordAt = -1;
    for (qsizetype i = 0; !phraseWords.isEmpty() && i + phraseWords.size() <= titleWords.size();
         ++i) {
        if (titleWords.mid(i, phraseWords.size()) == phraseWords) {
            wordAt = i;
            break;
        }
    }
    if (wordAt >= 0) {
        bool atStart = true;
        for (qsizetype i = 0; i < wordAt && atStart; ++i)
            atStart = in.english && english::isFunctionWord(titleWords.at(i));
        if (atStart)
            return makeCheck("keyphraseInSEOTitle", SeoGroup::Seo, 9, title,
                             SeoText::tr("The exact keyphrase begins the title: good."));
        return makeCheck(
            "keyphraseInSEOTitle", SeoGroup::Seo, 6, title,
            SeoText::tr("The exact keyphrase is in the title but not at its start. Move "
                        "it to the beginning, where searchers read first."));
    }
    if (!in.topic.keyphrase.exact && wordMatchPercent(in.topic.keyphrase, titleWords) == 100)
        return makeCheck(
            "keyphraseInSEOTitle", SeoGroup::Seo, 6, title,
            SeoText::tr("The title has every keyphrase word, but not as the exact phrase. "
                        "Use \"%1\" as written, at the start of the title.")
                .arg(phrase));
    return makeCheck("keyphraseInSEOTitle", SeoGroup::Seo, 2, title,
                     SeoText::tr("The title does not contain the keyphrase \"%1\". Put it in, "
                                 "preferably at the start.")
                         .arg(phrase));
}

SeoCheck introduction(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase in introduction");
    int first = -1;
    for (int i = 0; i < in.article.blocks.size() && first < 0; ++i) {
        const ArticleBlock &block = in.article.blocks.at(i);
        if (block.kind == Kind::Paragraph)
            first = i;
    }
    if (in.topic.isEmpty() || first < 0)
        return makeCheck("introductionKeyword", SeoGroup::Seo, 3, title,
                         SeoText::tr("Set a focus keyphrase and open the post with a paragraph "
                                     "that contains it."));
    const QList<TextRange> ranges{in.sourceOfBlock(first)};
    for (const Sentence &sentence : in.sentences) {
        if (sentence.block == first && topicMatchPercent(in.topic, sentence.words, true) == 100)
            return makeCheck("introductionKeyword", SeoGroup::Seo, 9, title,
                             SeoText::tr("The first paragraph names the keyphrase: good."), ranges);
    }
    if (topicMatchPercent(in.topic, lowerWords(in.article.blocks.at(first).text), true) == 100)
        return makeCheck(
            "introductionKeyword", SeoGroup::Seo, 6, title,
            SeoText::tr("The keyphrase's words are in the first paragraph, but not in one "
                        "sentence. Say it in a single sentence."),
            ranges);
    return makeCheck(
        "introductionKeyword", SeoGroup::Seo, 3, title,
        SeoText::tr("The first paragraph does not mention the keyphrase. Name the topic "
                    "in the opening sentences."),
        ranges);
}

int recommendedCount(int keyphraseLength, double density, bool minimum, int words)
{
    if (words == 0)
        return 0;
    const double count = density * words / (100.0 * (0.7 + keyphraseLength / 3.0));
    if (count < 2)
        return 2;
    return minimum ? int(std::ceil(count)) : int(std::floor(count));
}

SeoCheck density(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase density");
    if (in.topic.isEmpty() || in.words == 0)
        return makeCheck(
            "keyphraseDensity", SeoGroup::Seo, -50, title,
            SeoText::tr("Set a focus keyphrase and write some text to measure its density."));
    int count = 0;
    QList<const Sentence *> found;
    for (const Sentence &sentence : in.sentences) {
        const int n = occurrences(in.topic.keyphrase, sentence.words);
        if (n > 0) {
            count += n;
            found.append(&sentence);
        }
    }
    const QList<TextRange> ranges = in.rangesOf(found);
    const int length = int(in.topic.keyphrase.words.size());
    const double raw = 100.0 * count / in.words;
    const QString figure =
        SeoText::tr("Found %n time(s)", nullptr, count) +
        SeoText::tr(" in %n word(s) (%1 %).", nullptr, in.words).arg(QString::number(raw, 'f', 1));
    int minimum = 0, maximum = 0, score = 0;
    if (in.words < 100) {
        minimum = 1;
        maximum = in.words > 50 ? 2 : 1;
        if (count == 0)
            score = 4;
        else if (count >= minimum && count <= maximum)
            score = 9;
        else
            score = count == maximum + 1 ? -10 : -50;
    } else {
        minimum = recommendedCount(length, 0.5, true, in.words);
        maximum = recommendedCount(length, 3.0, false, in.words);
        const double weighted = raw * (0.7 + length / 3.0);
        if (count == 0 || weighted < 0.5 || count == 1)
            score = 4;
        else if (weighted <= 3.0 || (count == 2 && minimum <= 2))
            score = 9;
        else
            score = weighted <= 4.0 ? -10 : -50;
    }
    if (score == 9)
        return makeCheck("keyphraseDensity", SeoGroup::Seo, score, title,
                         figure + u' ' + SeoText::tr("That is right for this length."), ranges);
    // Name the keyphrase words the text never uses: seed 000 says "Django and Flask" but
    // never "vs", and that is why its count is 0.
    QStringList missing;
    for (const QStringList &forms : in.topic.keyphrase.words) {
        const bool used =
            std::any_of(in.sentences.begin(), in.sentences.end(), [&](const Sentence &s) {
                return std::any_of(s.words.begin(), s.words.end(),
                                   [&](const QString &word) { return matchesForm(word, forms); });
            });
        if (!used)
            missing.append(QStringLiteral("\u201c%1\u201d").arg(forms.first()));
    }
    const QString missingText =
        missing.isEmpty() || in.topic.keyphrase.exact
            ? QString()
            : u' ' + SeoText::tr("The text never uses %1.").arg(missing.join(QLatin1String(", ")));
    if (score == 4)
        return makeCheck("keyphraseDensity", SeoGroup::Seo, score, title,
                         figure + missingText + u' ' +
                             SeoText::tr("Use the keyphrase at least %n time(s) for a text of this "
                                         "length, in sentences where it fits naturally.",
                                         nullptr, minimum),
                         ranges);
    return makeCheck("keyphraseDensity", SeoGroup::Seo, score, title,
                     figure + u' ' +
                         SeoText::tr("That is more than the recommended %n time(s): replace some "
                                     "with synonyms or pronouns so it does not read as stuffing.",
                                     nullptr, maximum),
                     ranges);
}

SeoCheck metaDescription(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase in meta description");
    const QString &description = in.post->metaDescription;
    if (in.topic.isEmpty() || description.trimmed().isEmpty())
        return makeCheck(
            "metaDescriptionKeyword", SeoGroup::Seo, 3, title,
            SeoText::tr("Set a focus keyphrase and a meta description that contains it."));
    int count = 0;
    for (const Sentence &sentence : sentencesOf(description, -1)) {
        count += occurrences(in.topic.keyphrase, sentence.words);
        for (const TopicPhrase &synonym : in.topic.synonyms)
            count += occurrences(synonym, sentence.words);
    }
    if (count == 1 || count == 2)
        return makeCheck("metaDescriptionKeyword", SeoGroup::Seo, 9, title,
                         SeoText::tr("The meta description contains the keyphrase: good."));
    if (count > 2)
        return makeCheck("metaDescriptionKeyword", SeoGroup::Seo, 3, title,
                         SeoText::tr("The meta description uses the keyphrase %n time(s). Once or "
                                     "twice reads better in a search result.",
                                     nullptr, count));
    return makeCheck(
        "metaDescriptionKeyword", SeoGroup::Seo, 3, title,
        SeoText::tr("The meta description does not contain the keyphrase. Work it into "
                    "the description searchers see under the title."));
}

SeoCheck slug(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase in slug");
    if (in.topic.isEmpty() || in.slug.isEmpty())
        return makeCheck("slugKeyword", SeoGroup::Seo, 3, title,
                         SeoText::tr("Set a focus keyphrase and a slug that contains it."));
    const TopicPhrase phrase = makeTopicPhrase(in.topic.keyphrase.text, {in.english, true});
    const QStringList slugWords = lowerWords(QString(in.slug).replace(u'-', u' '));
    const int percent = wordMatchPercent(phrase, slugWords);
    const bool good = phrase.words.size() < 3 ? percent == 100 : percent > 50;
    if (good)
        return makeCheck("slugKeyword", SeoGroup::Seo, 9, title,
                         SeoText::tr("The slug \"%1\" contains the keyphrase: good.").arg(in.slug));
    return makeCheck(
        "slugKeyword", SeoGroup::Seo, 6, title,
        SeoText::tr("The slug \"%1\" has %2 % of the keyphrase's words. Edit the slug to "
                    "contain the keyphrase.")
            .arg(in.slug)
            .arg(percent));
}

SeoCheck subheadings(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase in subheadings");
    if (in.topic.isEmpty() || in.words == 0)
        return makeCheck("subheadingsKeyword", SeoGroup::Seo, 1, title,
                         SeoText::tr("Set a focus keyphrase to check the subheadings."));
    int count = 0, matches = 0;
    QList<TextRange> without;
    for (const ArticleBlock &block : in.article.blocks) {
        if (block.kind != Kind::Heading || (block.level != 2 && block.level != 3) ||
            !block.topLevel)
            continue;
        ++count;
        const int percent = topicMatchPercent(in.topic, lowerWords(block.text), true);
        if (in.english ? percent > 50 : percent == 100)
            ++matches;
        else if (block.source.isValid())
            without.append(block.source);
    }
    if (count == 0) {
        if (in.words >= 300)
            return makeCheck(
                "subheadingsKeyword", SeoGroup::Seo, 2, title,
                SeoText::tr("The text has no H2 or H3 subheadings. Add some, and use the "
                            "keyphrase or a synonym in a few of them."));
        return makeCheck("subheadingsKeyword", SeoGroup::Seo, 9, title,
                         SeoText::tr("A text this short needs no subheadings."));
    }
    const int minimum = int(std::ceil(count * 0.3));
    const int maximum = int(std::floor(count * 0.75));
    const QString figure =
        SeoText::tr("%1 of %n H2/H3 subheading(s) reflect the topic.", nullptr, count).arg(matches);
    if (matches > 0 && matches < minimum)
        return makeCheck("subheadingsKeyword", SeoGroup::Seo, 3, title,
                         figure + u' ' +
                             SeoText::tr("Use the keyphrase or a synonym in at least %n of them.",
                                         nullptr, minimum),
                         without);
    if (count > 1 && matches > maximum)
        return makeCheck("subheadingsKeyword", SeoGroup::Seo, 3, title,
                         figure + u' ' +
                             SeoText::tr("That is more than %n: vary some headings so they "
                                         "do not read as keyword stuffing.",
                                         nullptr, maximum));
    if ((count == 1 && matches == 1) || (matches >= minimum && matches <= maximum && matches > 0))
        return makeCheck("subheadingsKeyword", SeoGroup::Seo, 9, title,
                         figure + u' ' + SeoText::tr("Good."));
    return makeCheck("subheadingsKeyword", SeoGroup::Seo, 3, title,
                     figure + u' ' +
                         SeoText::tr("Use the keyphrase or a synonym in at least %n of them.",
                                     nullptr, std::max(1, minimum)),
                     without);
}

bool linksToSelf(const QString &href, const QString &permalink)
{
    if (href.startsWith(u'#'))
        return true;
    const auto normal = [](const QString &url) {
        QUrl parsed(url);
        parsed.setQuery(QString());
        parsed.setFragment(QString());
        QString text = parsed.toString();
        return text.endsWith(u'/') ? text : text + u'/';
    };
    return normal(href) == normal(permalink);
}

SeoCheck competingLinks(const SeoInput &in)
{
    const QString title = SeoText::tr("Competing links");
    QList<TextRange> ranges;
    if (!in.topic.isEmpty()) {
        for (const ArticleLink &link : in.article.links) {
            if (link.href.isEmpty() || linksToSelf(link.href, in.permalink))
                continue;
            const QStringList words = lowerWords(link.text);
            if (topicMatchPercent(in.topic, words, true) < 100)
                continue;
            // The anchor says nothing but the keyphrase (function words aside).
            QStringList content;
            for (const QString &word : words) {
                if (!(in.english && english::isFunctionWord(word)))
                    content.append(word);
            }
            const auto inPhrase = [&](const TopicPhrase &phrase) {
                return std::all_of(content.begin(), content.end(), [&](const QString &word) {
                    return std::any_of(
                        phrase.words.begin(), phrase.words.end(),
                        [&](const QStringList &forms) { return matchesForm(word, forms); });
                });
            };
            bool competing = inPhrase(in.topic.keyphrase);
            for (const TopicPhrase &synonym : in.topic.synonyms)
                competing = competing || inPhrase(synonym);
            if (competing)
                ranges.append(link.source);
        }
    }
    if (ranges.isEmpty())
        return makeCheck("textCompetingLinks", SeoGroup::Seo, 8, title,
                         SeoText::tr("No link uses the keyphrase as its text: good."));
    return makeCheck(
        "textCompetingLinks", SeoGroup::Seo, 2, title,
        SeoText::tr("%n link(s) use the keyphrase as their text, telling search engines "
                    "another page is about this topic. Reword the link text.",
                    nullptr, int(ranges.size())),
        ranges);
}

SeoCheck imageAlts(const SeoInput &in)
{
    const QString title = SeoText::tr("Keyphrase in image alt attributes");
    const int images = int(in.article.images.size());
    if (in.topic.isEmpty() || images == 0)
        return makeCheck("imageKeyphrase", SeoGroup::Seo, 3, title,
                         SeoText::tr("Add an image whose alt text contains the keyphrase."));
    int withKeyphrase = 0, withOther = 0;
    QList<TextRange> ranges;
    for (const ArticleImage &image : in.article.images) {
        if (image.alt.trimmed().isEmpty()) {
            ranges.append(image.source);
            continue;
        }
        if (topicMatchPercent(in.topic, lowerWords(image.alt), true) >= 50) {
            ++withKeyphrase;
        } else {
            ++withOther;
            ranges.append(image.source);
        }
    }
    const int minimum = int(std::ceil(images * 0.3));
    const int maximum = int(std::floor(images * 0.75));
    if (withOther > 0 && withKeyphrase == 0)
        return makeCheck("imageKeyphrase", SeoGroup::Seo, 6, title,
                         SeoText::tr("No alt text mentions the keyphrase. Describe at least one "
                                     "image with words from it."),
                         ranges);
    if (images > 4 && withKeyphrase > 0 && withKeyphrase < minimum)
        return makeCheck(
            "imageKeyphrase", SeoGroup::Seo, 6, title,
            SeoText::tr("%1 of %n image(s) have the keyphrase in their alt text. Add it "
                        "to a few more where it describes the image.",
                        nullptr, images)
                .arg(withKeyphrase),
            ranges);
    if ((images < 5 && withKeyphrase > 0) ||
        (images == 5 && withKeyphrase >= 2 && withKeyphrase <= 4) ||
        (images > 4 && withKeyphrase >= minimum && withKeyphrase <= maximum))
        return makeCheck(
            "imageKeyphrase", SeoGroup::Seo, 9, title,
            SeoText::tr("%1 of %n image(s) have the keyphrase in their alt text: good.", nullptr,
                        images)
                .arg(withKeyphrase));
    if (images > 4 && withKeyphrase > maximum)
        return makeCheck("imageKeyphrase", SeoGroup::Seo, 6, title,
                         SeoText::tr("%1 of %n image(s) have the keyphrase in their alt text: too "
                                     "many. Describe what each image shows instead.",
                                     nullptr, images)
                             .arg(withKeyphrase));
    return makeCheck("imageKeyphrase", SeoGroup::Seo, 6, title,
                     SeoText::tr("The images have no alt text. Describe them, using the keyphrase "
                                 "where it fits."),
                     ranges);
}

} // namespace

QList<SeoCheck> keyphraseChecks(const SeoInput &input)
{
    return {keyphraseLength(input), keyphraseInTitle(input), introduction(input),
            density(input),         metaDescription(input),  slug(input),
            subheadings(input),     competingLinks(input),   imageAlts(input)};
}

} // namespace pw
