// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/hunspell_pool.h"

#include "core/spelling/hunspell_dictionary.h"

#include <QMutexLocker>

namespace pw {

HunspellPool::HunspellPool(QString affPath, QString dicPath)
    : m_affPath(std::move(affPath)), m_dicPath(std::move(dicPath))
{
}

HunspellPool::~HunspellPool() = default;

void HunspellPool::setMaxHandles(int count)
{
    const QMutexLocker lock(&m_mutex);
    m_maxHandles = std::max(0, count);
    while (m_loaded > m_maxHandles && !m_idle.empty()) {
        m_idle.pop_back();
        --m_loaded;
    }
    m_released.wakeAll();
}

int HunspellPool::maxHandles() const
{
    const QMutexLocker lock(&m_mutex);
    return m_maxHandles;
}

void HunspellPool::addWord(const QString &form)
{
    const QMutexLocker lock(&m_mutex);
    m_words.append(form);
    ++m_generation;
    m_loaded -= int(m_idle.size());
    m_idle.clear();
    m_released.wakeAll();
}

std::optional<HunspellPool::Lease> HunspellPool::acquire()
{
    QMutexLocker lock(&m_mutex);
    while (m_maxHandles > 0 && m_idle.empty() && m_loaded >= m_maxHandles)
        m_released.wait(&m_mutex);
    if (m_maxHandles == 0)
        return std::nullopt;
    if (!m_idle.empty()) {
        Lease lease{std::move(m_idle.back()), m_generation};
        m_idle.pop_back();
        return lease;
    }
    ++m_loaded;
    const QStringList words = m_words;
    const quint64 generation = m_generation;
    lock.unlock();
    // Loading takes a while (about 0.1 s for en_US); others keep using their handles meanwhile.
    auto handle = HunspellDictionary::open(m_affPath, m_dicPath, nullptr);
    if (handle) {
        for (const QString &word : words)
            handle->addWord(word);
        return Lease{std::move(handle), generation};
    }
    lock.relock();
    --m_loaded;
    m_released.wakeAll();
    return std::nullopt;
}

void HunspellPool::release(Lease lease)
{
    const QMutexLocker lock(&m_mutex);
    if (lease.generation == m_generation && m_loaded <= m_maxHandles)
        m_idle.push_back(std::move(lease.handle));
    else
        --m_loaded; // taught too few words, or no longer wanted
    m_released.wakeAll();
}

std::optional<QStringList> HunspellPool::suggestions(const QString &form, int max)
{
    std::optional<Lease> lease = acquire();
    if (!lease)
        return std::nullopt;
    QStringList result = lease->handle->suggestions(form, max);
    release(std::move(*lease));
    return result;
}

} // namespace pw
