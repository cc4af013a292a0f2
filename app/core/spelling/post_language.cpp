// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/post_language.h"

#include "core/spelling/dictionary_finder.h"

#include <QSettings>

#include <yaml-cpp/yaml.h>

namespace pw {

namespace {
const QString kSettingsKey = QStringLiteral("spelling/language");
} // namespace

QString postLanguage(const Post &post)
{
    for (const ExtraField &extra : post.extras) {
        if (extra.key != extra_key::language)
            continue;
        try {
            const YAML::Node node = YAML::Load(extra.yaml.toStdString());
            if (node.IsScalar())
                return normalizedLanguage(QString::fromStdString(node.as<std::string>()));
        } catch (const YAML::Exception &) {
        }
        return {};
    }
    return {};
}

void setPostLanguage(Post &post, const QString &language)
{
    const QString value = normalizedLanguage(language);
    for (qsizetype i = 0; i < post.extras.size(); ++i) {
        if (post.extras[i].key != extra_key::language)
            continue;
        if (value.isEmpty())
            post.extras.removeAt(i);
        else
            post.extras[i].yaml = value;
        return;
    }
    if (!value.isEmpty())
        post.extras.append({extra_key::language, value});
}

QString defaultSpellingLanguage()
{
    const QString language = QSettings().value(kSettingsKey).toString();
    return language.isEmpty() ? QStringLiteral("en_US") : normalizedLanguage(language);
}

void setDefaultSpellingLanguage(const QString &language)
{
    QSettings().setValue(kSettingsKey, normalizedLanguage(language));
}

} // namespace pw
