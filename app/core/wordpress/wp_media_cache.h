// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/atomic_writer.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace pw::wp {

// An image already on a site's media library.
struct CachedMedia {
    qint64 id = 0;
    QString sourceUrl;
};

// Which images are already on one site, by content: the SHA-256 of the file's bytes (hex) ->
// its media id and URL. An update of a post then uploads nothing it uploaded before, whatever
// the file is called now. Kept as media-cache.json in a folder the caller chooses (the CLI:
// QStandardPaths::AppDataLocation), one object per site address, so sites never share ids.
// Not a QObject: a small value the uploader reads and writes.
class MediaCache {
public:
    MediaCache(const QString &folder, const QString &siteKey);

    static QString fileName() { return QStringLiteral("media-cache.json"); }
    QString path() const;

    // A missing or unreadable file is an empty cache: the worst case is an upload too many.
    void load();
    // Merges into what the file holds now (other sites, another process's entries), then
    // writes it atomically.
    WriteResult save() const;

    std::optional<CachedMedia> find(const QByteArray &sha256Hex) const;
    void insert(const QByteArray &sha256Hex, const CachedMedia &media);
    void remove(const QByteArray &sha256Hex);
    qsizetype size() const { return m_entries.size(); }

private:
    QString m_folder;
    QString m_siteKey;
    QHash<QByteArray, CachedMedia> m_entries;
    QSet<QByteArray> m_removed; // so save() does not merge a dropped entry back in
};

} // namespace pw::wp
