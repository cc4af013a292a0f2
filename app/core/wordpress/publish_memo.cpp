// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/publish_memo.h"

#include "core/wordpress/json_store.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw::wp {

namespace {

QString keyOf(const QString &site, const QString &marker)
{
    return site + QLatin1Char(' ') + marker;
}

QJsonArray toArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> toIds(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(id.toInteger());
    return ids;
}

} // namespace

PublishMemo::PublishMemo(const QString &folder) : m_folder(folder) {}

QString PublishMemo::path() const
{
    return QDir(m_folder).filePath(QStringLiteral("publish-memo.json"));
}

std::optional<PublishContent> PublishMemo::find(const QString &site, const QString &marker,
                                                const QByteArray &fingerprint) const
{
    if (marker.isEmpty())
        return std::nullopt;
    const QJsonObject entry = readJsonStore(path()).value(keyOf(site, marker)).toObject();
    if (entry.value(QLatin1String("fingerprint")).toString().toLatin1() != fingerprint)
        return std::nullopt;
    PublishContent content;
    content.title = entry.value(QLatin1String("title")).toString();
    content.html = entry.value(QLatin1String("html")).toString();
    content.slug = entry.value(QLatin1String("slug")).toString();
    content.status = entry.value(QLatin1String("status")).toString();
    content.date = QDateTime::fromString(entry.value(QLatin1String("date")).toString(), Qt::ISODate);
    content.categories = toIds(entry.value(QLatin1String("categories")));
    content.tags = toIds(entry.value(QLatin1String("tags")));
    content.featuredMedia = entry.value(QLatin1String("featured_media")).toInteger();
    content.metaDescription = entry.value(QLatin1String("description")).toString();
    content.marker = marker;
    return content;
}

WriteResult PublishMemo::put(const QString &site, const QString &marker,
                             const QByteArray &fingerprint, const PublishContent &content)
{
    QJsonObject root = readJsonStore(path());
    root.insert(keyOf(site, marker),
                QJsonObject{{QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint)},
                            {QStringLiteral("title"), content.title},
                            {QStringLiteral("html"), content.html},
                            {QStringLiteral("slug"), content.slug},
                            {QStringLiteral("status"), content.status},
                            {QStringLiteral("date"), content.date.toString(Qt::ISODate)},
                            {QStringLiteral("categories"), toArray(content.categories)},
                            {QStringLiteral("tags"), toArray(content.tags)},
                            {QStringLiteral("featured_media"), content.featuredMedia},
                            {QStringLiteral("description"), content.metaDescription}});
    return writeJsonStore(path(), root);
}

} // namespace pw::wp
