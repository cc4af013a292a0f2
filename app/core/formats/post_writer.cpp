// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_writer.h"

#include "core/formats/front_matter_format.h"
#include "core/formats/generator_format.h"
#include "core/formats/post_json_format.h"

#include <QCoreApplication>

namespace pw {

QByteArray writePost(const Post &post, PostFormat format)
{
    switch (format) {
    case PostFormat::Generator:
        return writeGenerator(post).toUtf8();
    case PostFormat::PostJson:
        return writePostJson(post);
    case PostFormat::Markdown:
    case PostFormat::MarkdownFrontMatter:
    // WordPress JSON is an import format: what was imported is saved as Markdown.
    case PostFormat::WordPressJson:
        return writeFrontMatterMarkdown(post).toUtf8();
    }
    return {};
}

QStringList fieldsLostIn(const Post &post, PostFormat format)
{
    if (format != PostFormat::Generator)
        return {};
    QStringList lost;
    for (const ExtraField &extra : post.extras) {
        const QString value = extra.yaml.trimmed();
        if (value.isEmpty() || value == QLatin1String("''") || value == QLatin1String("\"\"") ||
            value == QLatin1String("~") || value == QLatin1String("null"))
            continue;
        if (extra.key == extra_key::keyphrase)
            lost << QCoreApplication::translate("pw::PostWriter", "focus keyphrase");
        else if (extra.key == extra_key::synonyms)
            lost << QCoreApplication::translate("pw::PostWriter", "keyphrase synonyms");
        else if (extra.key == extra_key::language)
            lost << QCoreApplication::translate("pw::PostWriter", "spelling language");
        else
            lost << extra.key;
    }
    return lost;
}

std::optional<PostFormat> writableFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("generator") || n == QLatin1String("txt"))
        return PostFormat::Generator;
    if (n == QLatin1String("markdown") || n == QLatin1String("md"))
        return PostFormat::MarkdownFrontMatter;
    if (n == QLatin1String("json"))
        return PostFormat::PostJson;
    return std::nullopt;
}

} // namespace pw
