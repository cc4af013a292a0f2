// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/publish_ledger.h"

#include "core/wordpress/json_store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw::wp {

namespace {

QString keyOf(const QString &filePath)
{
    return QFileInfo(filePath).absoluteFilePath();
}

} // namespace

PublishLedger::PublishLedger(const QString &folder) : m_folder(folder) {}

QString PublishLedger::path() const
{
    return QDir(m_folder).filePath(QStringLiteral("publish-ledger.json"));
}

std::optional<PublishLedger::Entry> PublishLedger::find(const QString &filePath) const
{
    const QJsonObject entry = readJsonStore(path())
                                  .value(QLatin1String("files")).toObject()
                                  .value(keyOf(filePath)).toObject();
    if (entry.isEmpty())
        return std::nullopt;
    return Entry{entry.value(QLatin1String("marker")).toString(),
                 entry.value(QLatin1String("site")).toString(),
                 entry.value(QLatin1String("id")).toInteger(),
                 entry.value(QLatin1String("modified_gmt")).toString()};
}

WriteResult PublishLedger::put(const QString &filePath, const Entry &entry)
{
    QJsonObject root = readJsonStore(path());
    QJsonObject files = root.value(QLatin1String("files")).toObject();
    files.insert(keyOf(filePath), QJsonObject{{QStringLiteral("marker"), entry.marker},
                                              {QStringLiteral("site"), entry.site},
                                              {QStringLiteral("id"), entry.id},
                                              {QStringLiteral("modified_gmt"), entry.modifiedGmt}});
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("files"), files);
    return writeJsonStore(path(), root);
}

} // namespace pw::wp
