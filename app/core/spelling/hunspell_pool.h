// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <memory>
#include <optional>
#include <vector>

namespace pw {

class HunspellDictionary;

// Hunspell handles for computing suggestions on several threads at once. A handle is not
// thread-safe, so each caller borrows one for the duration of its call; up to `maxHandles` are
// loaded, on first need, from the same .aff/.dic and taught the same added words in the same
// order as the checker's own handle, so any of them gives the same suggestions for a word.
class HunspellPool {
public:
    HunspellPool(QString affPath, QString dicPath);
    ~HunspellPool();
    HunspellPool(const HunspellPool &) = delete;
    HunspellPool &operator=(const HunspellPool &) = delete;

    // 0 (the default) disables the pool. Loaded handles beyond the new maximum are dropped
    // when they are next idle.
    void setMaxHandles(int count);
    int maxHandles() const;

    // Every handle, loaded or not yet, accepts the word from now on (`form` as the dictionary
    // spells it). Idle handles are dropped and reloaded on demand: hunspell keeps words added
    // in order, and a handle must match the checker's own exactly.
    void addWord(const QString &form);

    // Suggestions from a free handle; waits while all are busy. Empty optional when the pool
    // is disabled or a handle could not be loaded (the caller uses its own handle then).
    std::optional<QStringList> suggestions(const QString &form, int max);

private:
    struct Lease {
        std::unique_ptr<HunspellDictionary> handle;
        quint64 generation = 0;
    };
    std::optional<Lease> acquire();
    void release(Lease lease);

    const QString m_affPath;
    const QString m_dicPath;
    mutable QMutex m_mutex;
    QWaitCondition m_released;
    QStringList m_words; // added so far, in order
    int m_maxHandles = 0;
    int m_loaded = 0;         // handles in existence, idle or lent
    quint64 m_generation = 0; // bumped by addWord(): lent handles of an older one are stale
    std::vector<std::unique_ptr<HunspellDictionary>> m_idle;
};

} // namespace pw
