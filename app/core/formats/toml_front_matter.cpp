// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/toml_front_matter.h"

#include "core/formats/text_normalization.h"
#include "core/formats/toml_block.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <sstream>

// Reading. Values come from toml++'s tree; an extra's text is sliced from the file at the
// node's source region, so nothing of it is re-emitted.

namespace pw {

using namespace toml_front_matter;

namespace {

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString textError(const QString &key, int line)
{
    // The same message as for YAML front matter, which has its translation already.
    return QCoreApplication::translate("pw::FrontMatterFormat",
                                       "Front matter key “%1” (line %2) must be text.")
        .arg(key)
        .arg(line);
}

QString listError(const QString &key, int line)
{
    return QCoreApplication::translate(
               "pw::FrontMatterFormat",
               "Front matter key “%1” (line %2) must be a list or a comma-separated text.")
        .arg(key)
        .arg(line);
}

// A numeric tag or category is still a name ("2024"); anything else is not.
std::optional<QString> itemText(const toml::node &node)
{
    if (const auto *s = node.as_string())
        return fromStd(s->get());
    if (const auto *i = node.as_integer())
        return QString::number(i->get());
    return std::nullopt;
}

// Sets one field from its binding; an error message when the value has the wrong type.
QString readText(const std::optional<Binding> &binding, const Parsed &parsed, QString &field)
{
    if (!binding)
        return {};
    if (const auto *s = binding->node->as_string()) {
        field = fromStd(s->get());
        return {};
    }
    return textError(fromStd(binding->key->str()), parsed.fileLine(binding->key->source().begin));
}

QString readList(const std::optional<Binding> &binding, const Parsed &parsed, QStringList &field)
{
    if (!binding)
        return {};
    if (const auto *s = binding->node->as_string()) {
        field = splitList(fromStd(s->get()));
        return {};
    }
    const QString error =
        listError(fromStd(binding->key->str()), parsed.fileLine(binding->key->source().begin));
    const toml::array *array = binding->node->as_array();
    if (!array)
        return error;
    QStringList items;
    for (const toml::node &item : *array) {
        const std::optional<QString> text = itemText(item);
        if (!text)
            return error;
        items.append(*text);
    }
    field = normalizedList(items);
    return {};
}

// The first key of a header line: "extra" of `[extra.social]` or `[[ "extra" ]]`.
QString headerKey(QStringView line)
{
    QStringView name = line.trimmed();
    while (name.startsWith(QLatin1Char('[')))
        name = name.sliced(1).trimmed();
    if (name.startsWith(QLatin1Char('"')) || name.startsWith(QLatin1Char('\''))) {
        const qsizetype close = name.indexOf(name.front(), 1);
        return close < 0 ? QString() : name.sliced(1, close - 1).toString();
    }
    qsizetype end = 0;
    while (end < name.size() && !QStringLiteral(".] \t").contains(name.at(end)))
        ++end;
    return name.first(end).toString();
}

// A [table] or [[array]] key's text: every section whose header starts with the key, as
// written, headers included.
QString sectionsText(const QString &key, const Parsed &parsed)
{
    const std::vector<toml::source_index> &headers = parsed.headerLines();
    QStringList sections;
    for (size_t i = 0; i < headers.size(); ++i) {
        const qsizetype start = parsed.lineStart({headers[i], 1});
        const qsizetype end =
            i + 1 < headers.size() ? parsed.lineStart({headers[i + 1], 1}) : parsed.block().tomlEnd;
        const QStringView section = parsed.text().sliced(start, end - start);
        const qsizetype lineEnd = section.indexOf(QLatin1Char('\n'));
        if (headerKey(lineEnd < 0 ? section : section.first(lineEnd)) == key)
            sections.append(trimBody(section));
    }
    return sections.join(QLatin1Char('\n'));
}

QString extraText(const QString &key, const toml::node &node, const Parsed &parsed)
{
    QString text;
    if (isInlineEntry(node))
        text = parsed.slice(node.source()).toString();
    else
        text = sectionsText(key, parsed);
    if (text.isEmpty()) {
        // An implicit table made by dotted keys (`params.x = 1`) has no source of its own.
        std::ostringstream out;
        if (const toml::table *table = node.as_table())
            out << toml::toml_formatter{*table};
        text = QString::fromStdString(out.str());
    }
    return normalizeLineEnds(text);
}

struct Entry {
    toml::source_position position;
    ExtraField field;
};

// Every key no post field took, in the file's order.
QList<ExtraField> extrasOf(const Parsed &parsed, const Bindings &bindings)
{
    std::vector<Entry> entries;
    for (auto &&[key, node] : parsed.root()) {
        if (bindings.binds(&node))
            continue;
        const QString name = fromStd(key.str());
        if (&node == static_cast<const toml::node *>(bindings.taxonomies)) {
            for (auto &&[childKey, child] : *bindings.taxonomies) {
                if (bindings.binds(&child))
                    continue;
                entries.push_back({childKey.source().begin,
                                   {name + QLatin1Char('.') + fromStd(childKey.str()),
                                    extraText(fromStd(childKey.str()), child, parsed)}});
            }
            continue;
        }
        entries.push_back({key.source().begin, {name, extraText(name, node, parsed)}});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.position.line != b.position.line ? a.position.line < b.position.line
                                                  : a.position.column < b.position.column;
    });
    QList<ExtraField> extras;
    for (const Entry &entry : entries)
        extras.append(entry.field);
    return extras;
}

QJsonValue jsonOf(const toml::node &node)
{
    if (const auto *s = node.as_string())
        return fromStd(s->get());
    if (const auto *i = node.as_integer())
        return QJsonValue(qint64(i->get()));
    if (const auto *f = node.as_floating_point())
        return std::isfinite(f->get()) ? QJsonValue(f->get())
                                       : QJsonValue(QString::number(f->get()));
    if (const auto *b = node.as_boolean())
        return b->get();
    if (const toml::array *array = node.as_array()) {
        QJsonArray out;
        for (const toml::node &item : *array)
            out.append(jsonOf(item));
        return out;
    }
    if (const toml::table *table = node.as_table()) {
        QJsonObject out;
        for (auto &&[key, value] : *table)
            out.insert(fromStd(key.str()), jsonOf(value));
        return out;
    }
    std::ostringstream out; // a date, time or date-time: RFC 3339 as TOML writes it
    node.visit([&out](auto &&value) { out << value; });
    return QString::fromStdString(out.str());
}

} // namespace

std::optional<QJsonValue> tomlExtraAsJson(const QString &text)
{
    // A value (`2024-01-02`, `["a"]`), or the [table] / [[array]] sections of one key.
    try {
        const toml::table value = toml::parse("v = " + text.toStdString());
        if (value.size() == 1 && value.contains("v"))
            return jsonOf(*value.get("v"));
    } catch (const toml::parse_error &) {
    }
    try {
        const toml::table sections = toml::parse(text.toStdString());
        if (sections.size() == 1)
            return jsonOf(sections.begin()->second);
    } catch (const toml::parse_error &) {
    }
    return std::nullopt;
}

bool isTomlFrontMatter(const QString &text)
{
    return findBlock(text).has_value();
}

FrontMatterReadResult readTomlFrontMatterMarkdown(const QString &text)
{
    FrontMatterReadResult result;
    const std::optional<Block> block = findBlock(text);
    if (!block) {
        result.post = Post{};
        result.post->body = trimBody(normalizeLineEnds(text));
        return result;
    }
    result.hadFrontMatter = true;
    const Parsed parsed(text, *block);
    if (const auto &error = parsed.error()) {
        result.error =
            QCoreApplication::translate("pw::TomlFrontMatter",
                                        "Invalid TOML front matter at line %1, column %2: %3")
                .arg(parsed.fileLine(error->source().begin))
                .arg(error->source().begin.column)
                .arg(fromStd(error->description()));
        return result;
    }
    const Bindings bindings = bind(parsed.root());
    Post post;
    for (const QString &error :
         {readText(bindings.title, parsed, post.title),
          readText(bindings.description, parsed, post.metaDescription),
          readText(bindings.slug, parsed, post.slug), readText(bindings.topic, parsed, post.topic),
          readList(bindings.tags, parsed, post.tags),
          readList(bindings.categories, parsed, post.categories)}) {
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    post.extras = extrasOf(parsed, bindings);
    post.body = trimBody(normalizeLineEnds(QStringView(text).sliced(block->bodyStart).toString()));
    result.post = post;
    return result;
}

} // namespace pw
