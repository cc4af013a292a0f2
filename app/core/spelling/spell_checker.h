// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/spelling/word_tokenizer.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <memory>

namespace pw {

class HunspellDictionary;
class HunspellPool;

struct Misspelling {
    TextRange range;         // into the text given to check()
    QString word;            // as written
    QStringList suggestions; // filled only when asked for: they cost far more than checking
    bool operator==(const Misspelling &) const = default;
};

struct SpellCheckerOptions {
    QString language;              // "en_US"; "en", "en-US" are accepted too
    QStringList dictionaryFolders; // defaultDictionaryFolders() when empty
    QStringList personalWords;     // accepted in addition to the dictionary
    TokenizerOptions tokenizer;
};

// Checks prose against one hunspell dictionary plus the personal words. Thread-safe: the
// GUI checks on worker threads and asks for suggestions on the GUI thread; each word takes
// the lock on its own, so a long check never holds up a context menu for long.
class SpellChecker {
public:
    // Null with `error` set when the language has no dictionary (the message names the
    // Debian package) or the dictionary cannot be loaded.
    static std::shared_ptr<SpellChecker> create(const SpellCheckerOptions &options, QString *error);
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    QString language() const { return m_language; }

    // Misspelled words of `text` inside `ranges` (sorted). `ignored` words (exact spelling)
    // are never reported.
    QList<Misspelling> check(const QString &text, const QList<TextRange> &ranges,
                             bool withSuggestions = false, const QSet<QString> &ignored = {}) const;
    // The whole text, for metadata fields.
    QList<Misspelling> checkText(const QString &text, bool withSuggestions = false,
                                 const QSet<QString> &ignored = {}) const;

    bool isCorrect(const QString &word) const;
    // Up to `max` replacements, best first; computed once per word and kept until addWord().
    QStringList suggestions(const QString &word, int max = 5) const;
    // Accepts the word from now on (the caller saves it to the personal dictionary).
    void addWord(const QString &word);

    // Lets up to `count` threads compute suggestions at the same time, each on a hunspell
    // handle of its own (loaded on first need). 0, the default: they take turns on the
    // checking handle, which is enough for a context menu. `check --suggest` sets one per core.
    // Either way a word's suggestions are computed once, also when two threads ask together.
    void setSuggestionThreads(int count);

    // For the benchmark: words looked up so far (cache hits included).
    qint64 wordsChecked() const;
    // For the tests: how often hunspell was asked for suggestions (cache hits excluded).
    qint64 suggestionsComputed() const;

private:
    SpellChecker(std::unique_ptr<HunspellDictionary> dictionary,
                 std::unique_ptr<HunspellPool> suggesters, QString language,
                 TokenizerOptions tokenizer);
    bool isCorrectLocked(const QString &word) const;
    bool lookUpLocked(const QString &word) const;

    mutable QMutex m_mutex;
    std::unique_ptr<HunspellDictionary> m_dictionary;
    std::unique_ptr<HunspellPool> m_suggesters; // used outside m_mutex: it has its own lock
    QString m_language;
    TokenizerOptions m_tokenizer;
    mutable QHash<QString, bool> m_cache; // word -> correct; writers repeat their words
    mutable QHash<QString, QStringList> m_suggestionCache; // "max word" -> suggestions
    mutable QSet<QString> m_suggesting;       // keys some thread is computing right now
    mutable QWaitCondition m_suggestionReady; // one of them is done
    quint64 m_generation = 0;                 // bumped by addWord(): older results are stale
    mutable qint64 m_wordsChecked = 0;
    mutable qint64 m_suggestionsComputed = 0;
};

} // namespace pw
