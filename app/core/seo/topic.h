// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

// A focus keyphrase or synonym as the text is searched for it. Like Yoast, function words
// are dropped ("how to bake bread" -> bake, bread) and the remaining words may appear in any
// order within a sentence; "double quotes" ask for the exact phrase. Unlike Yoast's free
// analysis, English singular and plural forms both match ("framework" finds "frameworks").
struct TopicPhrase {
    QString text;             // as the writer typed it
    QList<QStringList> words; // per content word, the forms that count as it
    bool exact = false;       // quoted: `words` must follow each other, as written
    bool isEmpty() const { return words.isEmpty(); }
};

struct Topic {
    TopicPhrase keyphrase;
    QList<TopicPhrase> synonyms;
    bool isEmpty() const { return keyphrase.isEmpty(); }
};

struct TopicOptions {
    bool english = true;       // function words and number forms
    bool hyphensSplit = false; // slug matching: "django-flask" is two words
};

TopicPhrase makeTopicPhrase(const QString &text, const TopicOptions &options);
// `synonyms`: comma separated, as in Yoast's synonyms field.
Topic makeTopic(const QString &keyphrase, const QString &synonyms, const TopicOptions &options);

// Percentage (0-100) of the phrase's words found anywhere in `words` (lowercase tokens).
int wordMatchPercent(const TopicPhrase &phrase, const QStringList &words);
// The keyphrase's percentage, or when it is not complete and `useSynonyms`, the best synonym's.
int topicMatchPercent(const Topic &topic, const QStringList &words, bool useSynonyms);
// How often the whole phrase occurs in one sentence: the least-found word's count (Yoast's
// rule), or the number of exact sequences when quoted.
int occurrences(const TopicPhrase &phrase, const QStringList &words);
// Whether `word` is one of `forms` (a possessive "'s" is looked past).
bool matchesForm(const QString &word, const QStringList &forms);

} // namespace pw
