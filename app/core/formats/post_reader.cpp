#include "formats/post_reader.h"

#include "formats/front_matter_format.h"
#include "formats/generator_format.h"
#include "formats/post_json_format.h"
#include "import/wordpress_import.h"
#include "text/decoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pw {

namespace {

QString withoutBom(const QString &text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
}

bool isWordPressPostValue(const QJsonValue &value)
{
    const QJsonValue content = value.toObject().value(QLatin1String("content"));
    return content.isObject() && content.toObject().contains(QLatin1String("rendered"));
}

bool isWordPress(const QJsonDocument &doc)
{
    if (doc.isObject())
        return isWordPressPostValue(doc.object());
    const QJsonArray array = doc.array();
    return !array.isEmpty() && std::all_of(array.begin(), array.end(), isWordPressPostValue);
}

// A text starting with '[' is JSON only if what follows could start a JSON value; Markdown
// often starts with a link.
bool looksLikeJsonArray(const QString &trimmed)
{
    const QString rest = trimmed.mid(1).trimmed();
    return rest.isEmpty() || QStringLiteral("{[\"]-0123456789").contains(rest.front()) ||
           rest.startsWith(QLatin1String("true")) || rest.startsWith(QLatin1String("false")) ||
           rest.startsWith(QLatin1String("null"));
}

std::optional<PostFormat> sniffJson(const QString &trimmed)
{
    const bool object = trimmed.startsWith(QLatin1Char('{'));
    if (!object && !trimmed.startsWith(QLatin1Char('[')))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return isWordPress(doc) ? PostFormat::WordPressJson : PostFormat::PostJson;
    // Broken JSON is still reported as JSON, with where it breaks.
    if (object || looksLikeJsonArray(trimmed))
        return PostFormat::PostJson;
    return std::nullopt;
}

PostReadResult fromGenerator(const QString &text)
{
    GeneratorReadResult read = readGenerator(text);
    PostReadResult result;
    result.format = PostFormat::Generator;
    result.post = read.post;
    result.findings = read.findings;
    result.error = read.error;
    return result;
}

PostReadResult fromMarkdown(const QString &text)
{
    FrontMatterReadResult read = readFrontMatterMarkdown(text);
    PostReadResult result;
    result.format = read.hadFrontMatter ? PostFormat::MarkdownFrontMatter : PostFormat::Markdown;
    result.post = read.post;
    result.titleSuggestion = read.titleSuggestion;
    result.findings = read.findings;
    result.error = read.error;
    return result;
}

PostReadResult fromJson(const QString &text)
{
    PostJsonReadResult read = readPostJson(text);
    PostReadResult result;
    result.format = PostFormat::PostJson;
    result.post = read.post;
    result.error = read.error;
    return result;
}

} // namespace

PostFormat sniffFormat(const QString &text)
{
    const QString trimmed = withoutBom(text).trimmed();
    if (const auto json = sniffJson(trimmed))
        return *json;
    if (hasFrontMatter(text))
        return PostFormat::MarkdownFrontMatter;
    if (looksLikeGenerator(text))
        return PostFormat::Generator;
    return PostFormat::Markdown;
}

// Opens the first post of a WordPress export; `postwright import` converts them all.
static PostReadResult fromWordPress(const QString &text)
{
    PostReadResult result;
    result.format = PostFormat::WordPressJson;
    const WordPressImport imported = importWordPressJson(text.toUtf8());
    if (!imported.ok()) {
        result.error = imported.error;
        return result;
    }
    const ImportedPost &first = imported.posts.constFirst();
    if (hasErrors(first.findings)) {
        const auto error = std::find_if(first.findings.begin(), first.findings.end(),
                                        [](const Finding &f) { return f.severity == Severity::Error; });
        result.error = error->message;
        result.findings = first.findings;
        return result;
    }
    result.post = first.post;
    result.findings = first.findings;
    if (imported.posts.size() > 1) {
        result.findings.append(
            {QStringLiteral("wordpress.more_posts"), Severity::Info, Field::File,
             QCoreApplication::translate("pw::PostReader",
                                         "The file holds %n posts; the first one was opened.",
                                         nullptr, int(imported.posts.size())),
             {}, {}});
    }
    return result;
}

PostReadResult readPostText(const QString &text)
{
    PostReadResult result;
    if (withoutBom(text).trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("pw::PostReader", "empty file");
        return result;
    }
    switch (sniffFormat(text)) {
    case PostFormat::Generator:
        return fromGenerator(text);
    case PostFormat::MarkdownFrontMatter:
    case PostFormat::Markdown:
        return fromMarkdown(text);
    case PostFormat::PostJson:
        return fromJson(text);
    case PostFormat::WordPressJson:
        return fromWordPress(text);
    }
    return result;
}

PostReadResult readPostBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        PostReadResult result;
        result.error = QCoreApplication::translate("pw::PostReader", "empty file");
        return result;
    }
    const DecodedText decoded = decodeText(bytes);
    if (!decoded.ok) {
        PostReadResult result;
        result.encoding = decoded.encoding;
        result.findings = decoded.findings;
        result.error = decoded.error.isEmpty()
                           ? QCoreApplication::translate("pw::PostReader", "binary data")
                           : decoded.error;
        return result;
    }
    PostReadResult result = readPostText(decoded.text);
    result.encoding = decoded.encoding;
    result.findings = decoded.findings + result.findings;
    return result;
}

} // namespace pw
