// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/publish_ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pw::wp {

namespace {

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

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
    const QJsonObject entry = readObject(path())
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
    if (!QDir().mkpath(m_folder))
        return {false, QStringLiteral("%1: cannot create the folder").arg(m_folder)};
    QJsonObject root = readObject(path());
    QJsonObject files = root.value(QLatin1String("files")).toObject();
    files.insert(keyOf(filePath), QJsonObject{{QStringLiteral("marker"), entry.marker},
                                              {QStringLiteral("site"), entry.site},
                                              {QStringLiteral("id"), entry.id},
                                              {QStringLiteral("modified_gmt"), entry.modifiedGmt}});
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("files"), files);
    return writeFileAtomically(path(), QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace pw::wp
