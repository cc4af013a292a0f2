// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/topic.h"

#include "core/seo/english.h"
#include "core/seo/prose.h"

#include <algorithm>

namespace pw {

TopicPhrase makeTopicPhrase(const QString &text, const TopicOptions &options)
{
    TopicPhrase phrase;
    phrase.text = text.trimmed();
    QString inner = phrase.text;
    if (inner.size() > 2 && (inner.startsWith(u'"') || inner.startsWith(u'\u201c')) &&
        (inner.endsWith(u'"') || inner.endsWith(u'\u201d'))) {
        phrase.exact = true;
        inner = inner.mid(1, inner.size() - 2);
    }
    QStringList words = lowerWords(inner);
    if (options.hyphensSplit) {
        QStringList split;
        for (const QString &word : words)
            split += word.split(u'-', Qt::SkipEmptyParts);
        words = split;
    }
    if (options.english && !phrase.exact) {
        QStringList content;
        for (const QString &word : words) {
            if (!english::isFunctionWord(word))
                content.append(word);
        }
        if (!content.isEmpty()) // a phrase of function words only is searched as written
            words = content;
    }
    for (const QString &word : words) {
        phrase.words.append(options.english && !phrase.exact ? english::numberForms(word)
                                                             : QStringList{word});
    }
    return phrase;
}

Topic makeTopic(const QString &keyphrase, const QString &synonyms, const TopicOptions &options)
{
    Topic topic;
    topic.keyphrase = makeTopicPhrase(keyphrase, options);
    for (const QString &synonym : synonyms.split(u',', Qt::SkipEmptyParts)) {
        TopicPhrase phrase = makeTopicPhrase(synonym, options);
        if (!phrase.isEmpty())
            topic.synonyms.append(std::move(phrase));
    }
    return topic;
}

bool matchesForm(const QString &word, const QStringList &forms)
{
    if (forms.contains(word))
        return true;
    if (word.endsWith(QLatin1String("'s")))
        return forms.contains(word.first(word.size() - 2));
    return false;
}

namespace {

int exactOccurrences(const TopicPhrase &phrase, const QStringList &words)
{
    const qsizetype n = phrase.words.size();
    int count = 0;
    for (qsizetype i = 0; i + n <= words.size(); ++i) {
        bool all = true;
        for (qsizetype k = 0; k < n && all; ++k)
            all = matchesForm(words.at(i + k), phrase.words.at(k));
        if (all)
            ++count;
    }
    return count;
}

} // namespace

int wordMatchPercent(const TopicPhrase &phrase, const QStringList &words)
{
    if (phrase.isEmpty())
        return 0;
    if (phrase.exact)
        return exactOccurrences(phrase, words) > 0 ? 100 : 0;
    int found = 0;
    for (const QStringList &forms : phrase.words) {
        if (std::any_of(words.begin(), words.end(),
                        [&](const QString &word) { return matchesForm(word, forms); }))
            ++found;
    }
    return int(100.0 * found / phrase.words.size());
}

int topicMatchPercent(const Topic &topic, const QStringList &words, bool useSynonyms)
{
    int best = wordMatchPercent(topic.keyphrase, words);
    if (best < 100 && useSynonyms) {
        for (const TopicPhrase &synonym : topic.synonyms)
            best = std::max(best, wordMatchPercent(synonym, words));
    }
    return best;
}

int occurrences(const TopicPhrase &phrase, const QStringList &words)
{
    if (phrase.isEmpty())
        return 0;
    if (phrase.exact)
        return exactOccurrences(phrase, words);
    int least = -1;
    for (const QStringList &forms : phrase.words) {
        const int found = int(std::count_if(words.begin(), words.end(), [&](const QString &word) {
            return matchesForm(word, forms);
        }));
        least = least < 0 ? found : std::min(least, found);
        if (least == 0)
            break;
    }
    return std::max(least, 0);
}

} // namespace pw
