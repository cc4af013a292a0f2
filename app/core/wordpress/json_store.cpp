// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/json_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pw::wp {

QJsonObject readJsonStore(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

WriteResult writeJsonStore(const QString &path, const QJsonObject &root)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return {false, QStringLiteral("%1: cannot create the folder").arg(folder)};
    return writeFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace pw::wp
