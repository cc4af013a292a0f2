// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/front_matter_format.h"
#include "core/formats/front_matter_edit.h"
#include "core/formats/text_normalization.h"

#include "core/formats/generator_format.h"
#include "core/markdown/cmark_handles.h"
#include "core/markdown/piecewise_parse.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmark-gfm.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <string>
#include <vector>

// Front matter is parsed by yaml-cpp. Unknown keys are kept as the exact source text of
// their value (Post::extras): yaml-cpp's marks say where each top-level key starts, and the
// value runs from after its colon to the next key. Keeping text rather than re-emitting
// nodes keeps quoting, dates, anchors and comments inside the value as written, and never
// expands aliases, so a "billion laughs" document costs no more than its own size (yaml-cpp
// shares aliased nodes when loading and we never walk below the top-level map, except for
// tags/categories, which must be flat lists of scalars and are refused at the first nested
// item). Comment lines between top-level keys are not kept.
//
// Like every text reader, the body loses leading blank lines and trailing white space, and
// line ends become LF.

namespace pw {

namespace {

using Lines = std::vector<std::string>;

bool isDelimiter(QStringView line, QLatin1String mark)
{
    return line.startsWith(mark) && line.trimmed() == mark;
}

bool isOpeningLine(QStringView line)
{
    return isDelimiter(line, QLatin1String("---"));
}

bool isClosingLine(QStringView line)
{
    return isDelimiter(line, QLatin1String("---")) || isDelimiter(line, QLatin1String("..."));
}

// Index of the closing delimiter line, or -1 when the text has no front matter.
qsizetype closingLine(const QList<QStringView> &lines)
{
    if (lines.isEmpty() || !isOpeningLine(lines.first()))
        return -1;
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (isClosingLine(lines.at(i)))
            return i;
    return -1;
}

// --- reading -----------------------------------------------------------------------------

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

Lines splitLines(const std::string &text)
{
    Lines lines;
    std::string::size_type start = 0;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// yaml-cpp counts columns in bytes; people count characters.
int charColumn(const Lines &lines, int line, int byteColumn)
{
    if (line < 0 || size_t(line) >= lines.size())
        return byteColumn + 1;
    return int(QString::fromUtf8(lines[size_t(line)].substr(0, size_t(byteColumn))).size()) + 1;
}

// Byte offset just past a quoted key's closing quote.
size_t afterQuotedKey(const std::string &line, size_t i)
{
    const char quote = line[i];
    for (++i; i < line.size(); ++i) {
        if (quote == '"' && line[i] == '\\')
            ++i;
        else if (quote == '\'' && line[i] == '\'' && i + 1 < line.size() && line[i + 1] == '\'')
            ++i;
        else if (line[i] == quote)
            return i + 1;
    }
    return i;
}

// Byte offset just past the colon that ends the key starting at `column`, or npos.
std::string::size_type afterKeyColon(const std::string &line, size_t column)
{
    size_t i = column;
    if (i < line.size() && (line[i] == '"' || line[i] == '\''))
        i = afterQuotedKey(line, i);
    for (; i < line.size(); ++i)
        if (line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ' || line[i + 1] == '\t'))
            return i + 1;
    return std::string::npos;
}

bool isBlankOrComment(const std::string &line)
{
    const auto first = line.find_first_not_of(" \t");
    return first == std::string::npos || line[first] == '#';
}

std::string trimRight(std::string s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
        s.pop_back();
    return s;
}

size_t indentOf(const std::string &line)
{
    return line.find_first_not_of(' ');
}

// The source text of a top-level value: `rest` of the key's line, then the lines up to
// `endLine`. A value that starts on the next line (a block map or list) is dedented.
std::string valueText(const Lines &lines, size_t keyLine, std::string rest, size_t endLine)
{
    rest = trimRight(rest.substr(std::min(rest.size(), rest.find_first_not_of(" \t"))));
    if (!rest.empty() && rest.front() == '#')
        rest.clear();
    while (endLine > keyLine + 1 && isBlankOrComment(lines[endLine - 1]))
        --endLine;
    std::vector<std::string> parts(lines.begin() + long(keyLine) + 1,
                                   lines.begin() + long(endLine));
    if (rest.empty()) {
        size_t indent = std::string::npos;
        for (const std::string &l : parts)
            if (!isBlankOrComment(l))
                indent = std::min(indent, indentOf(l));
        for (std::string &l : parts)
            l.erase(0, std::min(indent, std::min(l.size(), indentOf(l))));
        while (!parts.empty() && trimRight(parts.front()).empty())
            parts.erase(parts.begin());
    } else {
        parts.insert(parts.begin(), rest);
    }
    std::string text;
    for (size_t i = 0; i < parts.size(); ++i)
        text += (i ? "\n" : "") + parts[i];
    return trimRight(text);
}

struct KeyEntry {
    QString key;
    YAML::Node value;
    size_t line = 0;
    std::string::size_type valueColumn = std::string::npos;
};

std::optional<QString> scalarText(const YAML::Node &node)
{
    if (node.IsNull())
        return QString();
    if (node.IsScalar())
        return fromStd(node.Scalar());
    return std::nullopt;
}

// How a string names several items: Jekyll splits it at white space (its singular key names
// one item as written), everyone else at commas.
enum class ListString { Commas, Spaces, OneItem };

QStringList splitListString(const QString &text, ListString form)
{
    switch (form) {
    case ListString::Spaces: {
        static const QRegularExpression space(QStringLiteral("\\s+"));
        return normalizedList(text.split(space, Qt::SkipEmptyParts));
    }
    case ListString::OneItem:
        return normalizedList({text.trimmed()});
    case ListString::Commas:
        break;
    }
    return splitList(text);
}

std::optional<QStringList> listOf(const YAML::Node &node, ListString form)
{
    if (node.IsNull())
        return QStringList();
    if (node.IsScalar())
        return splitListString(fromStd(node.Scalar()), form);
    if (!node.IsSequence())
        return std::nullopt;
    QStringList items;
    for (const YAML::Node &item : node) {
        if (!item.IsScalar())
            return std::nullopt;
        items.append(fromStd(item.Scalar()));
    }
    return normalizedList(items);
}

QString typeError(const KeyEntry &entry, bool list, int firstLine)
{
    const qulonglong line = entry.line + size_t(firstLine);
    return list ? QCoreApplication::translate(
                      "pw::FrontMatterFormat",
                      "Front matter key “%1” (line %2) must be a list or a comma-separated text.")
                      .arg(entry.key)
                      .arg(line)
                : QCoreApplication::translate("pw::FrontMatterFormat",
                                              "Front matter key “%1” (line %2) must be text.")
                      .arg(entry.key)
                      .arg(line);
}

// Jekyll's singular `category:` and `tag:` are the list when the plural key is absent.
QString listKeyOf(const QString &key, const std::vector<KeyEntry> &entries)
{
    const QString plural = key == QLatin1String("category") ? QStringLiteral("categories")
                           : key == QLatin1String("tag")    ? QStringLiteral("tags")
                                                            : QString();
    if (plural.isEmpty())
        return key;
    const bool hasPlural = std::any_of(entries.cbegin(), entries.cend(),
                                       [&](const KeyEntry &e) { return e.key == plural; });
    return hasPlural ? key : plural;
}

// What every entry of one front matter is read against.
struct ReadContext {
    const std::vector<KeyEntry> &entries;
    QString descriptionKey; // `description`, or the alias the post's description is under
    FrontMatterDialect dialect;
};

// Sets a known field; false when the value has the wrong shape.
bool setKnownField(Post &post, const KeyEntry &given, const ReadContext &context, bool *known)
{
    KeyEntry entry = given;
    entry.key = listKeyOf(given.key, context.entries);
    if (entry.key == context.descriptionKey)
        entry.key = QStringLiteral("description");
    *known = true;
    QString *text = entry.key == QLatin1String("title")         ? &post.title
                    : entry.key == QLatin1String("description") ? &post.metaDescription
                    : entry.key == QLatin1String("slug")        ? &post.slug
                    : entry.key == QLatin1String("topic")       ? &post.topic
                                                                : nullptr;
    if (text) {
        const auto value = scalarText(entry.value);
        if (value)
            *text = *value;
        return value.has_value();
    }
    QStringList *list = entry.key == QLatin1String("tags")         ? &post.tags
                        : entry.key == QLatin1String("categories") ? &post.categories
                                                                   : nullptr;
    if (list) {
        const ListString form = !context.dialect.spaceSeparatedLists ? ListString::Commas
                                : given.key == entry.key             ? ListString::Spaces
                                                                     : ListString::OneItem;
        const auto value = listOf(entry.value, form);
        if (value)
            *list = *value;
        return value.has_value();
    }
    *known = false;
    return true;
}

Finding droppedKeyFinding(const QString &key, size_t line)
{
    Finding f;
    f.id = QStringLiteral("front_matter.key_dropped");
    f.severity = Severity::Warning;
    f.field = Field::File;
    f.message = QCoreApplication::translate(
                    "pw::FrontMatterFormat",
                    "Front matter key “%1” (line %2) is written in a form Postwright cannot "
                    "keep; it will be lost on save.")
                    .arg(key)
                    .arg(line);
    return f;
}

struct ParsedFrontMatter {
    YAML::Node root;
    QString error;
};

ParsedFrontMatter parseYaml(const std::string &yaml, const Lines &lines, int firstLine)
{
    try {
        return {YAML::Load(yaml), {}};
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line + firstLine;
        const int column = charColumn(lines, e.mark.line, e.mark.column);
        return {{},
                QCoreApplication::translate("pw::FrontMatterFormat",
                                            "Invalid YAML front matter at line %1, column %2: %3")
                    .arg(line)
                    .arg(column)
                    .arg(fromStd(e.msg))};
    }
}

// Top-level entries in source order, with where their value text starts.
std::vector<KeyEntry> entriesOf(const YAML::Node &root, const Lines &lines)
{
    std::vector<KeyEntry> entries;
    for (auto it = root.begin(); it != root.end(); ++it) {
        KeyEntry entry;
        entry.value = it->second;
        const YAML::Mark mark = it->first.Mark();
        entry.line = size_t(std::max(0, mark.line));
        if (it->first.IsScalar()) {
            entry.key = fromStd(it->first.Scalar());
            if (entry.line < lines.size())
                entry.valueColumn = afterKeyColon(lines[entry.line], size_t(mark.column));
        }
        entries.push_back(entry);
    }
    return entries;
}

QString headingText(cmark_node *heading)
{
    QString text;
    CmarkIterPtr iter(cmark_iter_new(heading));
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return text.simplified();
}

QString firstHeading(const QString &markdown)
{
    QString heading;
    parseInPieces(markdown, [&heading](cmark_node *document, const SourceMap &, int) {
        for (cmark_node *node = cmark_node_first_child(document); node;
             node = cmark_node_next(node)) {
            if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
                heading = headingText(node);
                return false;
            }
        }
        return true;
    });
    return heading;
}

FrontMatterReadResult plainMarkdown(const QString &text)
{
    FrontMatterReadResult result;
    result.post = Post{};
    result.post->body = trimBody(text);
    result.titleSuggestion = firstHeading(result.post->body);
    return result;
}

QStringList keysOf(const std::vector<KeyEntry> &entries)
{
    QStringList keys;
    for (const KeyEntry &entry : entries)
        keys.append(entry.key);
    return keys;
}

// Fills the post from the map; returns an error message or an empty string.
QString readEntries(const std::vector<KeyEntry> &entries, const Lines &lines, int firstLine,
                    bool flowRoot, const FrontMatterDialect &dialect,
                    FrontMatterReadResult &result)
{
    Post &post = *result.post;
    const ReadContext context{entries, descriptionKeyAmong(keysOf(entries)), dialect};
    for (size_t i = 0; i < entries.size(); ++i) {
        const KeyEntry &entry = entries[i];
        bool known = false;
        if (!setKnownField(post, entry, context, &known)) {
            const QString list = listKeyOf(entry.key, entries);
            return typeError(entry,
                             list == QLatin1String("tags") || list == QLatin1String("categories"),
                             firstLine);
        }
        if (known)
            continue;
        if (entry.key.isNull() || entry.valueColumn == std::string::npos || flowRoot) {
            result.findings.append(droppedKeyFinding(entry.key, entry.line + size_t(firstLine)));
            continue;
        }
        const size_t end =
            i + 1 < entries.size() ? std::max(entries[i + 1].line, entry.line + 1) : lines.size();
        const std::string rest = lines[entry.line].substr(entry.valueColumn);
        post.extras.append({entry.key, fromStd(valueText(lines, entry.line, rest, end))});
    }
    return {};
}

// --- writing -----------------------------------------------------------------------------

// Strings YAML 1.1 or 1.2 tools would read as booleans, null, numbers or dates are quoted,
// so "Yes", "1.0" or "2024-01-01" stay text everywhere, not only in yaml-cpp.
bool needsQuotes(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:[-+.0-9]|(?:y|n|yes|no|on|off|true|false|null|~)$))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(value).hasMatch();
}

void emitText(YAML::Emitter &out, const QString &value)
{
    if (needsQuotes(value))
        out << YAML::DoubleQuoted;
    out << value.toStdString();
}

void emitKnown(YAML::Emitter &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value;
    emitText(out, value);
}

void emitKnown(YAML::Emitter &out, const char *key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const QString &v : values)
        emitText(out, v);
    out << YAML::EndSeq;
}

// An extra under a description alias would be read back as the description when no
// `description` key comes before it.
bool hasDescriptionAliasExtra(const Post &post)
{
    return std::any_of(post.extras.cbegin(), post.extras.cend(), [](const ExtraField &extra) {
        return descriptionAliasKeys.contains(extra.key);
    });
}

QString knownFields(const Post &post)
{
    const bool emptyDescriptionKey =
        post.metaDescription.isEmpty() && hasDescriptionAliasExtra(post);
    if (post.title.isEmpty() && post.metaDescription.isEmpty() && post.slug.isEmpty() &&
        post.tags.isEmpty() && post.categories.isEmpty() && post.topic.isEmpty() &&
        !emptyDescriptionKey)
        return {};
    YAML::Emitter out;
    out << YAML::BeginMap;
    emitKnown(out, "title", post.title);
    if (emptyDescriptionKey)
        out << YAML::Key << "description" << YAML::Value << YAML::DoubleQuoted << "";
    emitKnown(out, "description", post.metaDescription);
    emitKnown(out, "slug", post.slug);
    emitKnown(out, "tags", post.tags);
    emitKnown(out, "categories", post.categories);
    emitKnown(out, "topic", post.topic);
    out << YAML::EndMap;
    return QString::fromUtf8(out.c_str()) + QLatin1Char('\n');
}

// A block map or list is written under its key; anything else follows "key: ".
bool isBlockCollection(const QString &text)
{
    try {
        const YAML::Node node = YAML::Load(text.toStdString());
        return (node.IsMap() || node.IsSequence()) && node.Style() != YAML::EmitterStyle::Flow;
    } catch (const YAML::Exception &) {
        // Aliases whose anchors live in other keys do not load alone.
        return text.startsWith(QLatin1String("- ")) || text == QLatin1String("-") ||
               text.startsWith(QLatin1String("-\n"));
    }
}

QString indented(const QStringList &lines)
{
    QString out;
    for (const QString &line : lines)
        out += (line.isEmpty() ? QString() : QStringLiteral("  ") + line) + QLatin1Char('\n');
    return out;
}

QString extraEntry(const ExtraField &extra)
{
    YAML::Emitter key;
    key << extra.key.toStdString();
    const QString head = QString::fromUtf8(key.c_str()) + QLatin1Char(':');
    const QString text = trimBody(normalizeLineEnds(extra.yaml));
    if (text.isEmpty())
        return head + QLatin1Char('\n');
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (isBlockCollection(text))
        return head + QLatin1Char('\n') + indented(lines);
    const QStringList rest = lines.mid(1);
    // Continuation lines must be indented under the key; source text already is.
    const bool restIndented = std::all_of(rest.cbegin(), rest.cend(), [](const QString &l) {
        return l.isEmpty() || l.front().isSpace();
    });
    QString out = head + QLatin1Char(' ') + lines.first() + QLatin1Char('\n');
    if (restIndented)
        return out +
               (rest.isEmpty() ? QString() : rest.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return out + indented(rest);
}

// Without metadata, plain Markdown is written, unless the body would then be read as front
// matter, JSON or generator text.
bool bodyNeedsEmptyFrontMatter(const QString &body)
{
    const QString start = body.trimmed();
    return start.startsWith(QLatin1String("---")) || start.startsWith(QLatin1Char('{')) ||
           start.startsWith(QLatin1Char('[')) || looksLikeGenerator(body);
}

} // namespace

std::optional<QList<FrontMatterKeySpan>> frontMatterKeySpans(const QString &yaml)
{
    const std::string text = yaml.toStdString();
    const Lines lines = splitLines(text);
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::Exception &) {
        return std::nullopt;
    }
    if (root.IsNull())
        return QList<FrontMatterKeySpan>{};
    if (!root.IsMap() || root.Style() == YAML::EmitterStyle::Flow)
        return std::nullopt;
    const std::vector<KeyEntry> entries = entriesOf(root, lines);
    QList<FrontMatterKeySpan> spans;
    for (size_t i = 0; i < entries.size(); ++i) {
        const KeyEntry &entry = entries[i];
        FrontMatterKeySpan span;
        span.key = entry.key;
        span.line = int(entry.line);
        size_t end =
            i + 1 < entries.size() ? std::max(entries[i + 1].line, entry.line + 1) : lines.size();
        while (end > entry.line + 1 && isBlankOrComment(lines[end - 1]))
            --end;
        span.endLine = int(end);
        if (entry.valueColumn != std::string::npos && entry.line < lines.size())
            span.valueColumn = int(
                fromStd(lines[entry.line].substr(0, entry.valueColumn)).size());
        spans.append(span);
    }
    return spans;
}

bool yamlNeedsQuotes(const QString &value)
{
    return needsQuotes(value);
}

QString yamlQuoted(const QString &value)
{
    YAML::Emitter out;
    out << YAML::DoubleQuoted << value.toStdString();
    return QString::fromUtf8(out.c_str());
}

QString frontMatterExtraEntry(const ExtraField &extra)
{
    return extraEntry(extra);
}

bool hasFrontMatter(const QString &text)
{
    return hasFrontMatter(NormalizedText(text));
}

bool hasFrontMatter(const NormalizedText &text)
{
    return closingLine(text.lines()) >= 0;
}

FrontMatterReadResult readFrontMatterMarkdown(const QString &text,
                                              const FrontMatterDialect &dialect)
{
    return readFrontMatterMarkdown(NormalizedText(text), dialect);
}

FrontMatterReadResult readFrontMatterMarkdown(const NormalizedText &text,
                                              const FrontMatterDialect &dialect)
{
    const QString &normalized = text.text();
    const QList<QStringView> &lines = text.lines();
    const qsizetype closing = closingLine(lines);
    if (closing < 0)
        return plainMarkdown(normalized);

    // The lines between the delimiters, and the text after the closing one, are slices of
    // `normalized`: nothing is copied line by line.
    const qsizetype yamlStart = offsetIn(normalized, lines.at(1));
    // With the line break before the closing rule, as Jekyll and Hugo hand it to their YAML
    // parsers: a `|` block scalar at the end keeps its final newline, as it does anywhere else.
    const qsizetype yamlEnd = offsetIn(normalized, lines.at(closing));
    const std::string yaml =
        QStringView(normalized).sliced(yamlStart, yamlEnd - yamlStart).toString().toStdString();
    const Lines yamlLines = splitLines(yaml);
    const int firstLine = 2; // the YAML starts on the file's second line (1-based)
    FrontMatterReadResult result;
    const ParsedFrontMatter parsed = parseYaml(yaml, yamlLines, firstLine);
    if (!parsed.error.isEmpty()) {
        result.hadFrontMatter = true;
        result.error = parsed.error;
        return result;
    }
    // A scalar or list between two rules is Markdown (a rule and text), not metadata.
    if (!parsed.root.IsNull() && !parsed.root.IsMap())
        return plainMarkdown(normalized);

    result.hadFrontMatter = true;
    result.post = Post{};
    if (parsed.root.IsMap()) {
        const QString error = readEntries(entriesOf(parsed.root, yamlLines), yamlLines, firstLine,
                                          parsed.root.Style() == YAML::EmitterStyle::Flow, dialect,
                                          result);
        if (!error.isEmpty()) {
            result.post.reset();
            result.error = error;
            return result;
        }
    }
    if (closing + 1 < lines.size())
        result.post->body =
            trimBody(QStringView(normalized).sliced(offsetIn(normalized, lines.at(closing + 1))));
    if (result.post->title.isEmpty())
        result.titleSuggestion = firstHeading(result.post->body);
    return result;
}

QString writeFrontMatterMarkdown(const Post &post)
{
    // A post read from Markdown is written over the text it was read from: untouched bytes
    // stay as they were, an edited field changes in place.
    if (const std::optional<QString> edited = editFrontMatterSource(post))
        return *edited;
    QString yaml = knownFields(post);
    for (const ExtraField &extra : post.extras)
        yaml += extraEntry(extra);
    const QString body = trimBody(normalizeLineEnds(post.body));
    if (yaml.isEmpty() && !bodyNeedsEmptyFrontMatter(body))
        return body.isEmpty() ? QString() : body + QLatin1Char('\n');
    QString out = QStringLiteral("---\n") + yaml + QStringLiteral("---\n");
    if (!body.isEmpty())
        out += QLatin1Char('\n') + body + QLatin1Char('\n');
    return out;
}

} // namespace pw
