// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/post.h"

#include "core/text/slug.h"

#include <QSet>
#include <yaml-cpp/yaml.h>

namespace pw {

bool Post::operator==(const Post &other) const
{
    return title == other.title && metaDescription == other.metaDescription &&
           slug == other.slug && tags == other.tags && categories == other.categories &&
           topic == other.topic && body == other.body && extras == other.extras;
}

QString extraValue(const Post &post, const QString &key)
{
    for (const ExtraField &extra : post.extras) {
        if (extra.key != key)
            continue;
        try {
            const YAML::Node node = YAML::Load(extra.yaml.toStdString());
            if (node.IsScalar())
                return QString::fromStdString(node.Scalar()).trimmed();
            if (node.IsSequence()) {
                QStringList items;
                for (const YAML::Node &item : node) {
                    if (item.IsScalar())
                        items.append(QString::fromStdString(item.Scalar()).trimmed());
                }
                return items.join(QLatin1String(", "));
            }
        } catch (const YAML::Exception &) {
            return extra.yaml.trimmed(); // not valid YAML on its own: take it as written
        }
        return {};
    }
    return {};
}

QString descriptionKeyAmong(const QStringList &keys)
{
    const QString description = QStringLiteral("description");
    if (keys.contains(description))
        return description;
    for (const QString &alias : descriptionAliasKeys)
        if (keys.contains(alias))
            return alias;
    return description;
}

QString effectiveSlug(const Post &post)
{
    return post.slug.isEmpty() ? slugify(post.title) : post.slug;
}

static QString stripQuotes(QString item)
{
    static const QString openers = QStringLiteral("\"'“‘«");
    static const QString closers = QStringLiteral("\"'”’»");
    while (item.size() >= 2) {
        const qsizetype open = openers.indexOf(item.front());
        if (open < 0 || item.back() != closers.at(open))
            break;
        item = item.mid(1, item.size() - 2).trimmed();
    }
    return item;
}

QStringList normalizedList(const QStringList &items)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &raw : items) {
        const QString item = stripQuotes(raw.trimmed());
        if (item.isEmpty())
            continue;
        const QString key = item.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        result.append(item);
    }
    return result;
}

QStringList splitList(const QString &text)
{
    return normalizedList(text.split(QLatin1Char(',')));
}

} // namespace pw
