// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_writer.h"

#include "core/formats/front_matter_format.h"
#include "core/formats/generator_format.h"
#include "core/formats/json_front_matter.h"
#include "core/formats/post_json_format.h"
#include "core/formats/post_source.h"
#include "core/formats/toml_front_matter.h"

#include <QCoreApplication>

namespace pw {

namespace {

bool isMarkdown(PostFormat format)
{
    return format == PostFormat::Markdown || format == PostFormat::MarkdownFrontMatter;
}

// A text file that began with a byte-order mark gets it back when written in its own format
// (JSON never has one: RFC 8259 forbids it).
QByteArray withBom(const Post &post, PostFormat format, QByteArray bytes)
{
    if (!post.source || !post.source->hadBom || format == PostFormat::PostJson)
        return bytes;
    const PostFormat read = post.source->format;
    if (read == format || (isMarkdown(read) && isMarkdown(format)))
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QByteArray writeText(const Post &post, PostFormat format)
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
        // A post read from TOML front matter stays TOML (Hugo, Zola); see toml_front_matter.h.
        if (post.source && isTomlFrontMatter(post.source->text))
            return writeTomlFrontMatterMarkdown(post).toUtf8();
        if (post.source && isJsonFrontMatter(post.source->text)) // Hugo's JSON front matter
            return writeJsonFrontMatterMarkdown(post).toUtf8();
        return writeFrontMatterMarkdown(post).toUtf8();
    }
    return {};
}

} // namespace

QByteArray writePost(const Post &post, PostFormat format)
{
    return withBom(post, format, writeText(post, format));
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
