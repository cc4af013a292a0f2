// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/highlight/highlight_cache.h"

#include <QHash>
#include <QMutexLocker>
#include <QtEndian>

namespace pw {

namespace {

// Fixed seeds, so a key does not depend on the process's random hash seed; two of them make
// the code's hash 128 bits wide. qHash (AES-based where the CPU has it) is about thirty times
// as fast as SHA-1 here, and collisions only matter by accident, never by attack: at worst a
// block would show another block's colours.
constexpr size_t kSeedA = 0x9e3779b97f4a7c15u;
constexpr size_t kSeedB = 0xc2b2ae3d27d4eb4fu;

void appendNumber(QByteArray &key, quint64 value)
{
    char raw[sizeof value];
    qToLittleEndian(value, raw);
    key.append(raw, sizeof raw);
}

// What one entry costs: its tokens, its name and the bookkeeping around them.
qsizetype charge(const QByteArray &key, const CodeColours &colours)
{
    constexpr qsizetype overhead = 160; // node, shared pointer control block, list headers
    return overhead + key.size() + colours.language.size() * 2 +
           colours.tokens.size() * qsizetype(sizeof(CodeToken));
}

} // namespace

HighlightCache::HighlightCache(qsizetype budgetBytes)
{
    m_entries.setMaxCost(budgetBytes);
}

QByteArray HighlightCache::key(const QString &theme, const QString &language, const QString &code)
{
    const QByteArray themeBytes = theme.toUtf8();
    const QByteArray languageBytes = language.toUtf8();
    QByteArray key;
    key.reserve(4 * 8 + themeBytes.size() + languageBytes.size());
    appendNumber(key, quint64(qHash(QStringView(code), kSeedA)));
    appendNumber(key, quint64(qHash(QStringView(code), kSeedB)));
    appendNumber(key, quint64(code.size()));
    // The names' lengths keep ("ab", "c") and ("a", "bc") apart.
    appendNumber(key, quint64(themeBytes.size()) << 32 | quint64(languageBytes.size()));
    key.append(themeBytes).append(languageBytes);
    return key;
}

CodeColoursPtr HighlightCache::find(const QByteArray &key) const
{
    const QMutexLocker lock(&m_mutex);
    const CodeColoursPtr *entry = m_entries.object(key);
    return entry ? *entry : nullptr;
}

void HighlightCache::insert(const QByteArray &key, CodeColoursPtr colours)
{
    if (!colours)
        return;
    const qsizetype cost = charge(key, *colours);
    const QMutexLocker lock(&m_mutex);
    // QCache deletes the object itself when it is over the budget.
    m_entries.insert(key, new CodeColoursPtr(std::move(colours)), cost);
}

void HighlightCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

qsizetype HighlightCache::count() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.count();
}

qsizetype HighlightCache::bytes() const
{
    const QMutexLocker lock(&m_mutex);
    return m_entries.totalCost();
}

} // namespace pw
