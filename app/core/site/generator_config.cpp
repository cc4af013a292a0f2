// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/generator_config.h"

#include "core/site/site_config.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace pw {

QJsonObject readHugoConfig(const QString &configFile)
{
    QJsonObject config = readConfigFile(configFile);
    const QFileInfo info(configFile);
    if (info.absoluteDir().dirName() != QLatin1String("_default"))
        return config;
    const QFileInfoList files =
        info.absoluteDir().entryInfoList({QStringLiteral("*.toml"), QStringLiteral("*.yaml"),
                                          QStringLiteral("*.yml"), QStringLiteral("*.json")},
                                         QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        // menus.en.toml is one language's: the site-wide settings are what the profile reads.
        const QString key = file.completeBaseName();
        if (key.contains(QLatin1Char('.')) || key == QLatin1String("hugo") ||
            key == QLatin1String("config") || !valueIgnoringCase(config, key).isUndefined())
            continue;
        const QJsonObject value = readConfigFile(file.absoluteFilePath());
        if (!value.isEmpty())
            config.insert(key, value);
    }
    return config;
}

QStringList hugoTaxonomies(const QJsonObject &config)
{
    QStringList disabled;
    for (const QJsonValue &kind :
         valueIgnoringCase(config, QStringLiteral("disableKinds")).toArray())
        disabled.append(kind.toString().toLower());
    if (disabled.contains(QLatin1String("taxonomy")) && disabled.contains(QLatin1String("term")))
        return {};
    const QJsonValue table = valueIgnoringCase(config, QStringLiteral("taxonomies"));
    if (!table.isObject())
        return {QStringLiteral("tags"), QStringLiteral("categories")};
    QStringList plurals;
    const QJsonObject object = table.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (const QString plural = scalarText(*it).trimmed().toLower(); !plural.isEmpty())
            plurals.append(plural);
    }
    return plurals;
}

QHash<QString, QString> hugoPermalinks(const QJsonObject &config)
{
    QHash<QString, QString> patterns;
    const QJsonObject table = valueIgnoringCase(config, QStringLiteral("permalinks")).toObject();
    const auto take = [&patterns](const QJsonObject &map) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->isString())
                patterns.insert(it.key().toLower(), it->toString());
        }
    };
    take(table);
    take(valueIgnoringCase(table, QStringLiteral("page")).toObject());
    return patterns;
}

QStringList zolaTaxonomies(const QJsonObject &config)
{
    QStringList names;
    for (const QJsonValue &entry : config.value(QStringLiteral("taxonomies")).toArray()) {
        if (const QString name = entry.toObject().value(QStringLiteral("name")).toString();
            !name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace pw
