// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_json_format.h"

#include "core/formats/post_source.h"
#include "core/formats/toml_front_matter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

// QJsonObject keeps its keys sorted, so the writer lays the object out itself (each value is
// still serialised by QJsonDocument) to keep the documented key order, and the reader finds
// the order of the "extra" keys in the text, since Post::extras is ordered.

namespace pw {

namespace {

const char *const kKnownKeys[] = {
    "title", "meta_description", "slug", "tags", "categories", "topic", "body"};

QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray listText(const QStringList &items)
{
    QByteArrayList parts;
    for (const QString &item : items)
        parts.append(jsonText(item));
    return '[' + parts.join(", ") + ']';
}

// A plain YAML scalar as the YAML 1.2 core schema types it: null, a boolean, a number, or
// (anything else, dates included) a string.
QByteArray plainScalarJson(const QString &text)
{
    static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression decimal(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    if (text.isEmpty() || text == QLatin1String("~") ||
        text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return "null";
    if (text == QLatin1String("true") || text == QLatin1String("True") ||
        text == QLatin1String("TRUE"))
        return "true";
    if (text == QLatin1String("false") || text == QLatin1String("False") ||
        text == QLatin1String("FALSE"))
        return "false";
    // Integers beyond what a double holds exactly stay text rather than change their value.
    if (integer.match(text).hasMatch())
        return text.size() <= 16 ? QByteArray::number(text.toLongLong()) : jsonText(text);
    if (decimal.match(text).hasMatch()) {
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (ok && std::isfinite(value))
            return jsonText(value);
    }
    return jsonText(text);
}

// A YAML node as JSON text, maps in their own key order (QJsonObject would sort them).
QByteArray nodeJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return "null";
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        // yaml-cpp tags quoted and block scalars "!": they are strings whatever they read.
        return node.Tag() == "!" ? jsonText(text) : plainScalarJson(text);
    }
    case YAML::NodeType::Sequence: {
        QByteArrayList items;
        for (const YAML::Node &item : node)
            items.append(nodeJson(item));
        return '[' + items.join(", ") + ']';
    }
    case YAML::NodeType::Map: {
        QByteArrayList entries;
        for (const auto &entry : node)
            entries.append(jsonText(QString::fromStdString(entry.first.as<std::string>(""))) +
                           ": " + nodeJson(entry.second));
        return '{' + entries.join(", ") + '}';
    }
    }
    return "null";
}

} // namespace

// An extra's YAML text as a typed JSON value, so a consumer needs no YAML parser: `false` is
// false, `3` is 3, `[a, b]` a list; text that is not YAML travels as a string.
QByteArray yamlAsJson(const QString &yaml)
{
    try {
        return nodeJson(YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception &) {
        return jsonText(yaml);
    }
}

namespace {

// The YAML text of a JSON string value: the string itself where YAML reads it back as that
// same string, else double-quoted (JSON's quoting is YAML's), so "false" stays text.
// Postwright wrote every extra as a string of YAML text before extras were typed: a
// multi-line string holding a YAML map or list is read as such, so those files keep their
// structured values.
QString yamlForJsonString(const QString &text)
{
    try {
        const YAML::Node node = YAML::Load(text.toStdString());
        if (text.contains(QLatin1Char('\n')) && (node.IsMap() || node.IsSequence()))
            return text;
        if (node.IsScalar() && node.Tag() == "?" && QString::fromStdString(node.Scalar()) == text &&
            plainScalarJson(text) == jsonText(text))
            return text;
    } catch (const YAML::Exception &) {
    }
    return QString::fromUtf8(jsonText(text));
}

// `toml`: the extras hold TOML text (a post read from +++ front matter).
QByteArray extraText(const QList<ExtraField> &extras, bool toml)
{
    QByteArrayList entries;
    for (const ExtraField &extra : extras) {
        QByteArray value;
        if (toml) {
            if (const std::optional<QJsonValue> typed = tomlExtraAsJson(extra.yaml))
                value = jsonText(*typed);
        }
        if (value.isEmpty())
            value = yamlAsJson(extra.yaml);
        entries.append("        " + jsonText(extra.key) + ": " + value);
    }
    return "{\n" + entries.join(",\n") + "\n    }";
}

// 1-based line and column (in characters) of a byte offset.
std::pair<int, int> lineColumn(QByteArrayView utf8, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, utf8.size());
    const QByteArrayView before = utf8.first(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

QString stripBom(const QString &text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
}

enum class Expected { String, StringList, Object };

QString typeError(const QString &key, Expected expected)
{
    switch (expected) {
    case Expected::String:
        return QCoreApplication::translate("pw::PostJsonFormat",
                                           "not a post: “%1” must be a string")
            .arg(key);
    case Expected::StringList:
        return QCoreApplication::translate("pw::PostJsonFormat",
                                           "not a post: “%1” must be a list of strings")
            .arg(key);
    case Expected::Object:
        break;
    }
    return QCoreApplication::translate("pw::PostJsonFormat", "not a post: “%1” must be an object")
        .arg(key);
}

// Reads a text field; false when it has another type.
bool readText(const QJsonObject &object, const char *key, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool readList(const QJsonObject &object, const char *key, QStringList *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString()) {
        *out = splitList(value.toString());
        return true;
    }
    if (!value.isArray())
        return false;
    QStringList items;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
        items.append(item.toString());
    }
    *out = normalizedList(items);
    return true;
}

// Where a key of `object` appears in the source after `from`, or -1.
qsizetype keyPosition(const QString &text, const QString &key, qsizetype from)
{
    const QString encoded = QString::fromUtf8(jsonText(key));
    const QRegularExpression re(QStringLiteral("[{,]\\s*") + QRegularExpression::escape(encoded) +
                                QStringLiteral("\\s*:"));
    return text.indexOf(re, from);
}

// Extras in the order they are written; a value that is not a string is kept as its JSON
// text, which is also valid YAML.
QList<ExtraField> readExtras(const QJsonObject &extra, const QString &text)
{
    const qsizetype start = std::max<qsizetype>(0, keyPosition(text, QStringLiteral("extra"), 0));
    QList<std::pair<qsizetype, ExtraField>> found;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QJsonValue v = it.value();
        const QString yaml = v.isString() ? yamlForJsonString(v.toString())
                             : v.isNull() ? QString()
                                          : QString::fromUtf8(jsonText(v));
        qsizetype position = keyPosition(text, it.key(), start);
        if (position < 0)
            position = text.size();
        found.append({position, ExtraField{it.key(), yaml}});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ExtraField> extras;
    for (const auto &entry : found)
        extras.append(entry.second);
    return extras;
}

bool hasPostKey(const QJsonObject &object)
{
    return std::any_of(std::begin(kKnownKeys), std::end(kKnownKeys),
                       [&](const char *key) { return object.contains(QLatin1String(key)); });
}

QString readFields(const QJsonObject &object, Post &post)
{
    const std::pair<const char *, QString *> texts[] = {{"title", &post.title},
                                                        {"meta_description", &post.metaDescription},
                                                        {"slug", &post.slug},
                                                        {"topic", &post.topic},
                                                        {"body", &post.body}};
    for (const auto &[key, field] : texts)
        if (!readText(object, key, field))
            return typeError(QLatin1String(key), Expected::String);
    if (!readList(object, "tags", &post.tags))
        return typeError(QStringLiteral("tags"), Expected::StringList);
    if (!readList(object, "categories", &post.categories))
        return typeError(QStringLiteral("categories"), Expected::StringList);
    return {};
}

} // namespace

QByteArray writePostJson(const Post &post)
{
    QByteArrayList fields = {
        "    \"title\": " + jsonText(post.title),
        "    \"meta_description\": " + jsonText(post.metaDescription),
        "    \"slug\": " + jsonText(effectiveSlug(post)),
        "    \"tags\": " + listText(post.tags),
        "    \"categories\": " + listText(post.categories),
        "    \"topic\": " + jsonText(post.topic),
        "    \"body\": " + jsonText(post.body),
    };
    if (!post.extras.isEmpty())
        fields.append("    \"extra\": " +
                      extraText(post.extras,
                                post.source && isTomlFrontMatter(post.source->text)));
    return "{\n" + fields.join(",\n") + "\n}\n";
}

bool looksLikePostJson(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stripBom(text).toUtf8());
    return doc.isObject() && hasPostKey(doc.object()) &&
           !doc.object().value(QLatin1String("title")).isObject();
}

PostJsonReadResult readPostJson(const QString &text)
{
    const QString source = stripBom(text);
    const QByteArray utf8 = source.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    return readPostJson(doc, parseError, utf8, source);
}

PostJsonReadResult readPostJson(const QJsonDocument &doc, const QJsonParseError &parseError,
                                QByteArrayView utf8, const QString &text)
{
    PostJsonReadResult result;
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(utf8, parseError.offset);
        result.error = QCoreApplication::translate("pw::PostJsonFormat",
                                                   "Malformed JSON at line %1, column %2: %3")
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = QCoreApplication::translate("pw::PostJsonFormat",
                                                   "not a post: the JSON is not an object");
        return result;
    }
    const QJsonObject object = doc.object();
    if (!hasPostKey(object)) {
        result.error = QCoreApplication::translate(
            "pw::PostJsonFormat", "no post found: the JSON object has none of the keys title, "
                                  "meta_description, slug, tags, categories, topic, body");
        return result;
    }
    Post post;
    result.error = readFields(object, post);
    if (!result.error.isEmpty())
        return result;
    const QJsonValue extra = object.value(QLatin1String("extra"));
    if (!extra.isUndefined() && !extra.isNull() && !extra.isObject()) {
        result.error = typeError(QStringLiteral("extra"), Expected::Object);
        return result;
    }
    post.extras = readExtras(extra.toObject(), stripBom(text));
    result.post = post;
    return result;
}

} // namespace pw
