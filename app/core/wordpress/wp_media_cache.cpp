// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_media_cache.h"

#include "core/wordpress/json_store.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw::wp {

MediaCache::MediaCache(const QString &folder, const QString &siteKey)
    : m_folder(folder), m_siteKey(siteKey)
{
}

QString MediaCache::path() const
{
    return QDir(m_folder).filePath(fileName());
}

void MediaCache::load()
{
    m_entries.clear();
    m_removed.clear();
    const QJsonObject site =
        readJsonStore(path()).value(QLatin1String("sites")).toObject().value(m_siteKey).toObject();
    for (auto it = site.begin(); it != site.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        CachedMedia media{entry.value(QLatin1String("id")).toInteger(),
                          entry.value(QLatin1String("source_url")).toString()};
        if (media.id > 0)
            m_entries.insert(it.key().toLatin1(), media);
    }
}

WriteResult MediaCache::save() const
{
    QJsonObject root = readJsonStore(path());
    QJsonObject sites = root.value(QLatin1String("sites")).toObject();
    QJsonObject site = sites.value(m_siteKey).toObject();
    for (const QByteArray &hash : m_removed)
        site.remove(QString::fromLatin1(hash));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        site.insert(QString::fromLatin1(it.key()),
                    QJsonObject{{QStringLiteral("id"), it->id},
                                {QStringLiteral("source_url"), it->sourceUrl}});
    sites.insert(m_siteKey, site);
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("sites"), sites);
    return writeJsonStore(path(), root);
}

std::optional<CachedMedia> MediaCache::find(const QByteArray &sha256Hex) const
{
    const auto it = m_entries.constFind(sha256Hex);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

void MediaCache::insert(const QByteArray &sha256Hex, const CachedMedia &media)
{
    m_removed.remove(sha256Hex);
    m_entries.insert(sha256Hex, media);
}

void MediaCache::remove(const QByteArray &sha256Hex)
{
    m_entries.remove(sha256Hex);
    m_removed.insert(sha256Hex);
}

} // namespace pw::wp
