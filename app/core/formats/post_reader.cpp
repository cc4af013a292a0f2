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

// Views, not copies: the text of a long post is tens of megabytes.
QStringView withoutBom(QStringView text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.sliced(1) : text;
}

bool isBlankText(QStringView text)
{
    return withoutBom(text).trimmed().isEmpty();
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
bool looksLikeJsonArray(QStringView trimmed)
{
    const QStringView rest = trimmed.sliced(1).trimmed();
    return rest.isEmpty() || QStringLiteral("{[\"]-0123456789").contains(rest.front()) ||
           rest.startsWith(QLatin1String("true")) || rest.startsWith(QLatin1String("false")) ||
           rest.startsWith(QLatin1String("null"));
}

std::optional<PostFormat> sniffJson(QStringView trimmed)
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
    if (const auto json = sniffJson(withoutBom(text).trimmed()))
        return *json;
    if (hasFrontMatter(text))
        return PostFormat::MarkdownFrontMatter;
    if (looksLikeGenerator(text))
        return PostFormat::Generator;
    return PostFormat::Markdown;
}

namespace {

// One imported post as a read result. A post with an error (no content) has no post: it
// must not replace an open document.
PostReadResult fromImportedPost(const ImportedPost &imported)
{
    PostReadResult result;
    result.format = PostFormat::WordPressJson;
    result.findings = imported.findings;
    const auto error = std::find_if(imported.findings.begin(), imported.findings.end(),
                                    [](const Finding &f) { return f.severity == Severity::Error; });
    if (error != imported.findings.end())
        result.error = error->message;
    else
        result.post = imported.post;
    return result;
}

QList<PostReadResult> fromWordPressAll(const QString &text)
{
    const WordPressImport imported = importWordPressJson(text.toUtf8());
    if (!imported.ok()) {
        PostReadResult result;
        result.format = PostFormat::WordPressJson;
        result.error = imported.error;
        return {result};
    }
    QList<PostReadResult> results;
    for (const ImportedPost &post : imported.posts)
        results.append(fromImportedPost(post));
    return results;
}

// Opens the first post of a WordPress export; `postwright import` converts them all.
PostReadResult fromWordPress(const QString &text)
{
    const QList<PostReadResult> all = fromWordPressAll(text);
    PostReadResult result = all.constFirst();
    if (result.post && all.size() > 1) {
        result.findings.append(
            {QStringLiteral("wordpress.more_posts"),
             Severity::Info,
             Field::File,
             QCoreApplication::translate("pw::PostReader",
                                         "The file holds %n posts; the first one was opened.",
                                         nullptr, int(all.size())),
             {},
             {}});
    }
    return result;
}

// Decodes file bytes; nullopt with the reason in `failure` when they hold no text.
std::optional<DecodedText> decodeOrFail(const QByteArray &bytes, PostReadResult &failure)
{
    if (bytes.isEmpty()) {
        failure.error = emptyFileMessage();
        return std::nullopt;
    }
    DecodedText decoded = decodeText(bytes);
    if (!decoded.ok) {
        failure.encoding = decoded.encoding;
        failure.findings = decoded.findings;
        failure.error = decoded.error.isEmpty()
                            ? QCoreApplication::translate("pw::PostReader", "binary data")
                            : decoded.error;
        return std::nullopt;
    }
    return decoded;
}

} // namespace

PostReadResult readPostText(const QString &text)
{
    PostReadResult result;
    if (isBlankText(text)) {
        result.error = emptyFileMessage();
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
    PostReadResult failure;
    const std::optional<DecodedText> decoded = decodeOrFail(bytes, failure);
    if (!decoded)
        return failure;
    PostReadResult result = readPostText(decoded->text);
    result.encoding = decoded->encoding;
    result.findings = decoded->findings + result.findings;
    return result;
}

QList<PostReadResult> readAllPostBytes(const QByteArray &bytes)
{
    PostReadResult failure;
    const std::optional<DecodedText> decoded = decodeOrFail(bytes, failure);
    if (!decoded)
        return {failure};
    const QString &text = decoded->text;
    QList<PostReadResult> results;
    if (!isBlankText(text) && sniffFormat(text) == PostFormat::WordPressJson)
        results = fromWordPressAll(text);
    else
        results = {readPostText(text)};
    for (PostReadResult &result : results) {
        result.encoding = decoded->encoding;
        result.findings = decoded->findings + result.findings;
    }
    return results;
}

} // namespace pw
