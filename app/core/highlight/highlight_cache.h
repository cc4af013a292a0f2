// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/highlight/code_colours.h"

#include <QByteArray>
#include <QCache>
#include <QMutex>

namespace pw {

// Colours already computed, by theme, fence word and code, for every document's analysis at
// once: each keystroke re-analyses the whole body, and its blocks are almost always unchanged.
// The key holds a 128-bit hash of the code, not the code, so a large block is not kept twice.
// Bounded by the memory of the results it keeps; the least recently used go first.
// Thread-safe.
class HighlightCache {
public:
    static constexpr qsizetype defaultBudgetBytes = 16 * 1024 * 1024;

    explicit HighlightCache(qsizetype budgetBytes = defaultBudgetBytes);

    static QByteArray key(const QString &theme, const QString &language, const QString &code);

    // Null when not cached; a hit becomes the most recently used.
    CodeColoursPtr find(const QByteArray &key) const;
    // A result larger than the whole budget is not kept.
    void insert(const QByteArray &key, CodeColoursPtr colours);
    void clear();

    qsizetype count() const;
    qsizetype bytes() const; // what the entries are charged, at most the budget

private:
    mutable QMutex m_mutex;
    mutable QCache<QByteArray, CodeColoursPtr> m_entries;
};

} // namespace pw
