// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/seo_input.h"

#include "core/post.h"

#include <QSet>
#include <utility>

namespace pw {

TextRange SeoInput::sourceOfBlock(int block) const
{
    return block >= 0 && block < article.blocks.size() ? article.blocks.at(block).source
                                                       : TextRange{};
}

QList<TextRange> SeoInput::rangesOf(const QList<const Sentence *> &list) const
{
    // A set beside the list: QList::contains made this quadratic, and a 50 MB post (650k
    // sentences) never finished (tests/core/tst_bad_input).
    QList<TextRange> ranges;
    QSet<std::pair<qsizetype, qsizetype>> seen;
    for (const Sentence *sentence : list) {
        const TextRange range = sourceOfBlock(sentence->block);
        if (range.isValid() && !seen.contains({range.start, range.length})) {
            seen.insert({range.start, range.length});
            ranges.append(range);
        }
    }
    return ranges;
}

SeoInput makeSeoInput(const Post &post, ArticleText article, const SeoOptions &options)
{
    SeoInput input;
    input.post = &post;
    input.article = std::move(article);
    QString language = options.language.trimmed().toLower();
    language = language.section(u'-', 0, 0).section(u'_', 0, 0);
    input.language = language.isEmpty() ? QStringLiteral("en") : language;
    input.english = input.language == QLatin1String("en");
    input.titleWidthPx = options.titleWidthPx;
    input.slug = effectiveSlug(post);
    input.permalink = options.permalink.isEmpty()
                          ? QStringLiteral("https://example.com/") +
                                (input.slug.isEmpty() ? QString() : input.slug + u'/')
                          : options.permalink;
    input.topic = makeTopic(options.keyphrase, options.synonyms, {input.english, false});
    for (int i = 0; i < input.article.blocks.size(); ++i) {
        const ArticleBlock &block = input.article.blocks.at(i);
        if (!isAnalysedText(block))
            continue;
        const QList<Sentence> sentences = sentencesOf(block.text, i);
        for (const Sentence &sentence : sentences)
            input.words += int(sentence.words.size());
        input.sentences += sentences;
        if (isProse(block))
            input.proseSentences += sentences;
    }
    return input;
}

} // namespace pw
