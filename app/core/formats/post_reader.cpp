// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_reader.h"

#include "core/formats/front_matter_format.h"
#include "core/formats/generator_format.h"
#include "core/formats/json_front_matter.h"
#include "core/formats/post_json_format.h"
#include "core/formats/post_source.h"
#include "core/formats/repair_findings.h"
#include "core/formats/toml_front_matter.h"
#include "core/import/wordpress_import.h"
#include "core/import/wxr_import.h"
#include "core/import/wxr_reader.h"
#include "core/text/decoder.h"

#include <QBuffer>
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

// A text starting with '[' is JSON only if what follows the opening brackets could start a
// JSON value: Markdown often starts with a link, or a wiki link ("[[Page]]").
bool looksLikeJsonArray(QStringView trimmed)
{
    while (trimmed.startsWith(QLatin1Char('[')))
        trimmed = trimmed.sliced(1).trimmed();
    return trimmed.isEmpty() || QStringLiteral("{\"]-0123456789").contains(trimmed.front()) ||
           trimmed.startsWith(QLatin1String("true")) ||
           trimmed.startsWith(QLatin1String("false")) || trimmed.startsWith(QLatin1String("null"));
}

// A JSON text, parsed once for sniffing and reading both.
struct ParsedJson {
    PostFormat format = PostFormat::PostJson;
    QByteArray utf8; // what was parsed: the text without a BOM
    QJsonDocument doc;
    QJsonParseError error{};
};

// Nothing when the text is not JSON. Broken JSON is still JSON when it starts like JSON, so
// it is reported with where it breaks.
std::optional<ParsedJson> parseJson(QStringView text)
{
    const QStringView trimmed = withoutBom(text).trimmed();
    const bool object = trimmed.startsWith(QLatin1Char('{'));
    if (!object && !(trimmed.startsWith(QLatin1Char('[')) && looksLikeJsonArray(trimmed)))
        return std::nullopt;
    // An object with Markdown after it is Hugo's JSON front matter (json_front_matter.h).
    if (object && isJsonFrontMatter(text))
        return std::nullopt;
    ParsedJson json;
    // Untrimmed, so the line of a parse error is the file's line.
    json.utf8 = withoutBom(text).toUtf8();
    json.doc = QJsonDocument::fromJson(json.utf8, &json.error);
    if (json.error.error == QJsonParseError::NoError && isWordPress(json.doc))
        json.format = PostFormat::WordPressJson;
    return json;
}

PostReadResult fromGenerator(const GeneratorReadResult &read)
{
    PostReadResult result;
    result.format = PostFormat::Generator;
    result.post = read.post;
    result.findings = read.findings;
    result.error = read.error;
    result.textAroundPost = read.textAroundPost;
    return result;
}

PostReadResult fromMarkdown(const FrontMatterReadResult &read)
{
    PostReadResult result;
    result.format = read.hadFrontMatter ? PostFormat::MarkdownFrontMatter : PostFormat::Markdown;
    result.post = read.post;
    result.titleSuggestion = read.titleSuggestion;
    result.findings = read.findings;
    result.error = read.error;
    return result;
}

PostReadResult fromJson(const ParsedJson &json, const QString &text)
{
    PostJsonReadResult read = readPostJson(json.doc, json.error, json.utf8, text);
    PostReadResult result;
    result.format = PostFormat::PostJson;
    result.post = read.post;
    result.error = read.error;
    return result;
}

} // namespace

PostFormat sniffFormat(const QString &text)
{
    if (const std::optional<ParsedJson> json = parseJson(text))
        return json->format;
    if (isTomlFrontMatter(text) || isJsonFrontMatter(text))
        return PostFormat::MarkdownFrontMatter;
    const NormalizedText normalized(text);
    if (hasFrontMatter(normalized))
        return PostFormat::MarkdownFrontMatter;
    if (looksLikeGenerator(normalized))
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

QList<PostReadResult> fromWordPressAll(const ParsedJson &json)
{
    const QString tooLarge = wordPressSizeError(json.utf8.size());
    const WordPressImport imported =
        tooLarge.isEmpty() ? importWordPressDocument(json.doc) : WordPressImport{{}, tooLarge};
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
PostReadResult fromWordPress(const ParsedJson &json)
{
    const QList<PostReadResult> all = fromWordPressAll(json);
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

// A finding for each repair of the decoder, where it ended up in the post: after the summary
// ("encoding.repaired"), before what the reader found.
QList<Finding> repairsIn(const PostReadResult &result, const DecodedText &decoded)
{
    if (!result.post || decoded.repairs.isEmpty())
        return {};
    return locateRepairs(*result.post, repairSites(decoded.text, decoded.repairs));
}

// A WordPress export (WXR) holds a whole site, not a post: read as Markdown, its XML would
// become a post's body. Says what it is and how to import it instead; nullopt for other text.
std::optional<PostReadResult> fromWxr(const QString &text)
{
    if (!withoutBom(text).trimmed().startsWith(QLatin1Char('<')))
        return std::nullopt;
    if (!isWxr(QStringView(text).first(std::min<qsizetype>(text.size(), 64 * 1024)).toUtf8()))
        return std::nullopt;
    QByteArray utf8 = text.toUtf8();
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    WxrIndex index;
    QString error;
    PostReadResult result;
    if (!WxrImport::index(&buffer, index, error)) {
        result.error = QCoreApplication::translate(
                           "pw::PostReader", "a WordPress export (WXR) that cannot be read: %1")
                           .arg(error);
        return result;
    }
    const int posts = index.itemsByType.value(QStringLiteral("post"));
    const int pages = index.itemsByType.value(QStringLiteral("page"));
    const QString postCount =
        QCoreApplication::translate("pw::PostReader", "%n post(s)", nullptr, posts);
    const QString pageCount =
        QCoreApplication::translate("pw::PostReader", "%n page(s)", nullptr, pages);
    result.error = QCoreApplication::translate(
                       "pw::PostReader",
                       "a WordPress export (WXR) with %1 and %2, not a single post; import it "
                       "with \"postwright import FILE --out DIR\"")
                       .arg(postCount, pageCount);
    return result;
}

// Reads a text sniffed as sniffFormat() does, with its JSON (if it is JSON) parsed once.
PostReadResult readSniffed(const QString &text, const std::optional<ParsedJson> &json,
                           const FrontMatterDialect &dialect = {})
{
    if (!json) {
        if (std::optional<PostReadResult> wxr = fromWxr(text))
            return *std::move(wxr);
    }
    if (json) {
        return json->format == PostFormat::WordPressJson ? fromWordPress(*json)
                                                         : fromJson(*json, text);
    }
    // Hugo's and Zola's `+++` TOML front matter is Markdown with another dialect. Its reader
    // works on the text as read: its writer needs the file's own positions.
    if (isTomlFrontMatter(text))
        return fromMarkdown(readTomlFrontMatterMarkdown(text));
    if (isJsonFrontMatter(text)) // Hugo's `{ ... }` front matter, likewise
        return fromMarkdown(readJsonFrontMatterMarkdown(text));
    // One normalised copy, split into lines once, for every other sniffer and reader.
    const NormalizedText normalized(text);
    if (!hasFrontMatter(normalized)) {
        const GeneratorReadResult generator = readGenerator(normalized);
        if (generator.recognised)
            return fromGenerator(generator);
    }
    return fromMarkdown(readFrontMatterMarkdown(normalized, dialect));
}

} // namespace

// Keeps what was read with the post, for writers that give untouched bytes back.
static void keepSource(PostReadResult &result, const QString &text, bool hadBom,
                       const FrontMatterDialect &dialect = {})
{
    if (!result.post)
        return;
    auto source = std::make_shared<PostSource>();
    source->format = result.format;
    source->text = text;
    source->hadBom = hadBom;
    source->dialect = dialect;
    source->asRead = *result.post;
    result.post->source = std::move(source);
}

PostReadResult readPostText(const QString &text, const FrontMatterDialect &dialect)
{
    if (isBlankText(text)) {
        PostReadResult result;
        result.error = emptyFileMessage();
        return result;
    }
    PostReadResult result = readSniffed(text, parseJson(text), dialect);
    keepSource(result, text, false, dialect);
    return result;
}

PostReadResult readPostBytes(const QByteArray &bytes, const FrontMatterDialect &dialect)
{
    PostReadResult failure;
    const std::optional<DecodedText> decoded = decodeOrFail(bytes, failure);
    if (!decoded)
        return failure;
    PostReadResult result = readPostText(decoded->text, dialect);
    if (result.post && result.post->source && decoded->hadBom) {
        auto source = std::make_shared<PostSource>(*result.post->source);
        source->hadBom = true;
        result.post->source = std::move(source);
    }
    result.encoding = decoded->encoding;
    result.findings = decoded->findings + repairsIn(result, *decoded) + result.findings;
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
    const std::optional<ParsedJson> json = isBlankText(text) ? std::nullopt : parseJson(text);
    if (json && json->format == PostFormat::WordPressJson)
        results = fromWordPressAll(*json);
    else
        results = {isBlankText(text) ? readPostText(text) : readSniffed(text, json)};
    // A TOML (or JSON front matter) post must stay so when written (`convert --to markdown`): its
    // writer works from the source, as readPostBytes keeps it.
    if (!json && (isTomlFrontMatter(text) || isJsonFrontMatter(text)))
        keepSource(results.front(), text, decoded->hadBom);
    for (PostReadResult &result : results) {
        result.encoding = decoded->encoding;
        result.findings = decoded->findings + repairsIn(result, *decoded) + result.findings;
    }
    return results;
}

} // namespace pw
