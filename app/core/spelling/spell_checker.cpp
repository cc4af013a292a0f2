// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/spell_checker.h"

#include "core/spelling/dictionary_finder.h"
#include "core/spelling/hunspell_dictionary.h"
#include "core/spelling/hunspell_pool.h"
#include "core/spelling/word_lists.h"

#include <QMutexLocker>

namespace pw {

namespace {
// Keeps memory bounded on huge documents full of unique tokens; cleared, not evicted.
constexpr qsizetype kMaxCachedWords = 200000;
constexpr qsizetype kMaxCachedSuggestions = 20000;

bool endsWithPossessive(const QString &word)
{
    return word.size() > 3 && word.endsWith(QLatin1String("'s"), Qt::CaseInsensitive);
}
} // namespace

std::shared_ptr<SpellChecker> SpellChecker::create(const SpellCheckerOptions &options,
                                                   QString *error)
{
    const QStringList folders = options.dictionaryFolders.isEmpty() ? defaultDictionaryFolders()
                                                                    : options.dictionaryFolders;
    const auto files = findDictionary(options.language, folders);
    if (!files) {
        if (error)
            *error = missingDictionaryMessage(options.language, folders);
        return nullptr;
    }
    auto dictionary = HunspellDictionary::open(files->affPath, files->dicPath, error);
    if (!dictionary)
        return nullptr;
    std::shared_ptr<SpellChecker> checker(new SpellChecker(
        std::move(dictionary), std::make_unique<HunspellPool>(files->affPath, files->dicPath),
        files->language, options.tokenizer));
    for (const QString &word : options.personalWords)
        checker->addWord(word);
    // npm, async, backend, ...: accepted in every language's check.
    for (const QString &word : technicalWords())
        checker->addWord(word);
    return checker;
}

SpellChecker::SpellChecker(std::unique_ptr<HunspellDictionary> dictionary,
                           std::unique_ptr<HunspellPool> suggesters, QString language,
                           TokenizerOptions tokenizer)
    : m_dictionary(std::move(dictionary)), m_suggesters(std::move(suggesters)),
      m_language(std::move(language)), m_tokenizer(tokenizer)
{
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::lookUpLocked(const QString &word) const
{
    if (m_dictionary->isCorrect(word))
        return true;
    // "Postwright's": the possessive of a word the dictionary knows (or was taught).
    return endsWithPossessive(word) && m_dictionary->isCorrect(word.chopped(2));
}

bool SpellChecker::isCorrectLocked(const QString &word) const
{
    ++m_wordsChecked;
    const auto it = m_cache.constFind(word);
    if (it != m_cache.cend())
        return it.value();
    const bool correct = lookUpLocked(word);
    if (m_cache.size() >= kMaxCachedWords)
        m_cache.clear();
    m_cache.insert(word, correct);
    return correct;
}

bool SpellChecker::isCorrect(const QString &word) const
{
    const QMutexLocker lock(&m_mutex);
    return isCorrectLocked(dictionaryForm(word));
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    // Computed once per word: hunspell takes tens of milliseconds for each, and `check` over
    // many posts meets the same unknown words (names, jargon) in file after file.
    const QString form = dictionaryForm(word);
    const QString key = QString::number(max) + QLatin1Char(' ') + form;
    QStringList result;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_suggestionCache.constFind(key);
        // Another thread is computing this word: wait for its list rather than compute it too.
        while (it == m_suggestionCache.cend() && m_suggesting.contains(key)) {
            m_suggestionReady.wait(&m_mutex);
            it = m_suggestionCache.constFind(key);
        }
        if (it != m_suggestionCache.cend()) {
            result = it.value();
        } else {
            m_suggesting.insert(key);
            const quint64 generation = m_generation;
            // A handle of the pool, if there is one, leaves the checking handle (and the
            // lock) to the checks and to the other threads' suggestions meanwhile.
            lock.unlock();
            std::optional<QStringList> pooled = m_suggesters->suggestions(form, max);
            lock.relock();
            result = pooled ? *pooled : m_dictionary->suggestions(form, max);
            ++m_suggestionsComputed;
            m_suggesting.remove(key);
            if (generation == m_generation) {
                if (m_suggestionCache.size() >= kMaxCachedSuggestions)
                    m_suggestionCache.clear();
                m_suggestionCache.insert(key, result);
            }
            m_suggestionReady.wakeAll();
        }
    }
    // Keep the writer's apostrophe: "we’ll" should not become "we'll".
    if (word.contains(QChar(0x2019))) {
        for (QString &suggestion : result)
            suggestion.replace(QLatin1Char('\''), QChar(0x2019));
    }
    return result;
}

void SpellChecker::addWord(const QString &word)
{
    const QMutexLocker lock(&m_mutex);
    const QString form = dictionaryForm(word);
    m_dictionary->addWord(form);
    m_suggesters->addWord(form); // same words in the same order: the same suggestions
    m_cache.clear();
    m_suggestionCache.clear(); // the new word may now be suggested
    ++m_generation;            // lists being computed now may lack it
}

void SpellChecker::setSuggestionThreads(int count)
{
    m_suggesters->setMaxHandles(count);
}

qint64 SpellChecker::wordsChecked() const
{
    const QMutexLocker lock(&m_mutex);
    return m_wordsChecked;
}

qint64 SpellChecker::suggestionsComputed() const
{
    const QMutexLocker lock(&m_mutex);
    return m_suggestionsComputed;
}

QList<Misspelling> SpellChecker::check(const QString &text, const QList<TextRange> &ranges,
                                       bool withSuggestions, const QSet<QString> &ignored) const
{
    QList<Misspelling> result;
    const auto flag = [&](qsizetype start, qsizetype length) {
        const QString written = text.mid(start, length);
        if (ignored.contains(written))
            return;
        result.append(
            {{start, length}, written, withSuggestions ? suggestions(written) : QStringList()});
    };
    for (const WordToken &token : tokenizeWords(text, ranges, m_tokenizer)) {
        if (ignored.contains(text.mid(token.start, token.length)))
            continue;
        {
            const QMutexLocker lock(&m_mutex);
            if (isCorrectLocked(token.word))
                continue;
        }
        if (token.parts.isEmpty()) {
            flag(token.start, token.length);
            continue;
        }
        // A compound the dictionary does not know is fine when each part is a word.
        for (const WordPart &part : token.parts) {
            const QString word = dictionaryForm(QStringView(text).mid(part.start, part.length));
            bool correct;
            {
                const QMutexLocker lock(&m_mutex);
                correct = isCorrectLocked(word);
            }
            if (!correct)
                flag(part.start, part.length);
        }
    }
    return result;
}

QList<Misspelling> SpellChecker::checkText(const QString &text, bool withSuggestions,
                                           const QSet<QString> &ignored) const
{
    return check(text, {{0, text.size()}}, withSuggestions, ignored);
}

} // namespace pw
