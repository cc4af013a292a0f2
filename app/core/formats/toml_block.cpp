// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/toml_block.h"

#include "core/post.h"

#include <algorithm>
#include <string>

namespace pw::toml_front_matter {

namespace {

const QLatin1String kDelimiter("+++");

// The line starting at `start`: its text without the line end, and where the next one starts
// (-1 when the text ends without a line end).
struct Line {
    QStringView content;
    qsizetype next = -1;
    bool crlf = false;
};

Line lineAt(QStringView text, qsizetype start)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'), start);
    Line line;
    const qsizetype end = newline < 0 ? text.size() : newline;
    line.content = text.sliced(start, end - start);
    if (line.content.endsWith(QLatin1Char('\r'))) {
        line.content.chop(1);
        line.crlf = true;
    }
    line.next = newline < 0 ? -1 : newline + 1;
    return line;
}

bool isDelimiter(QStringView line)
{
    return line.startsWith(kDelimiter) && line.trimmed() == kDelimiter;
}

void collectHeaders(const toml::table &table, QStringView tomlText,
                    const std::vector<qsizetype> &lineStarts, std::vector<toml::source_index> &out)
{
    // Implicit tables (`a.b = 1`, or `a` above `[a.b]`) have no header of their own: a header
    // line is one whose text starts with '['.
    const auto isHeader = [&](toml::source_index line) {
        if (line == 0 || line > lineStarts.size())
            return false;
        const qsizetype start = lineStarts[line - 1] - lineStarts.front();
        return lineAt(tomlText, start).content.trimmed().startsWith(QLatin1Char('['));
    };
    for (auto &&[key, node] : table) {
        if (const toml::table *child = node.as_table(); child && !child->is_inline()) {
            if (isHeader(child->source().begin.line))
                out.push_back(child->source().begin.line);
            collectHeaders(*child, tomlText, lineStarts, out);
        } else if (const toml::array *array = node.as_array(); array && !isInlineEntry(node)) {
            for (const toml::node &element : *array) {
                out.push_back(element.source().begin.line);
                collectHeaders(*element.as_table(), tomlText, lineStarts, out);
            }
        }
    }
}

} // namespace

std::optional<Block> findBlock(QStringView text)
{
    const qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const Line opening = lineAt(text, start);
    if (!isDelimiter(opening.content) || opening.next < 0)
        return std::nullopt;
    Block block;
    block.tomlStart = opening.next;
    block.lineEnd = opening.crlf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    for (qsizetype at = opening.next; at >= 0 && at <= text.size();) {
        const Line line = lineAt(text, at);
        if (isDelimiter(line.content)) {
            block.tomlEnd = at;
            block.closingHasLineEnd = line.next >= 0;
            block.bodyStart = line.next >= 0 ? line.next : text.size();
            return block;
        }
        at = line.next;
    }
    return std::nullopt;
}

bool isInlineEntry(const toml::node &node)
{
    if (const toml::table *table = node.as_table())
        return table->is_inline();
    if (const toml::array *array = node.as_array()) {
        return array->empty() || !array->is_array_of_tables() ||
               array->front().as_table()->is_inline();
    }
    return true;
}

Parsed::Parsed(QStringView text, const Block &block) : text_(text), block_(block)
{
    const QStringView toml = text.sliced(block.tomlStart, block.tomlEnd - block.tomlStart);
    for (qsizetype at = 0; at >= 0 && at < toml.size();) {
        lineStarts_.push_back(block.tomlStart + at);
        at = lineAt(toml, at).next;
    }
    if (lineStarts_.empty())
        lineStarts_.push_back(block.tomlStart);
    const std::string utf8 = toml.toString().toStdString();
    try {
        root_ = toml::parse(utf8);
    } catch (const toml::parse_error &e) {
        error_ = e;
        return;
    }
    collectHeaders(root_, toml, lineStarts_, headerLines_);
    std::sort(headerLines_.begin(), headerLines_.end());
}

int Parsed::fileLine(const toml::source_position &position) const
{
    return int(position.line) + 1; // the opening `+++` is the file's first line
}

qsizetype Parsed::lineStart(const toml::source_position &position) const
{
    if (position.line == 0)
        return block_.tomlStart;
    if (position.line > lineStarts_.size())
        return block_.tomlEnd;
    return lineStarts_[position.line - 1];
}

qsizetype Parsed::nextLineStart(const toml::source_position &position) const
{
    if (position.line == 0)
        return block_.tomlStart;
    if (position.line >= lineStarts_.size())
        return block_.tomlEnd;
    return lineStarts_[position.line];
}

qsizetype Parsed::offset(const toml::source_position &position) const
{
    qsizetype at = lineStart(position);
    const qsizetype end = nextLineStart(position);
    for (toml::source_index column = 1; column < position.column && at < end; ++column)
        at += text_.at(at).isHighSurrogate() && at + 1 < end ? 2 : 1;
    return at;
}

QStringView Parsed::slice(const toml::source_region &region) const
{
    const qsizetype begin = offset(region.begin);
    return text_.sliced(begin, std::max(begin, offset(region.end)) - begin);
}

qsizetype Parsed::topLevelInsertion() const
{
    qsizetype at = block_.tomlStart;
    for (auto &&[key, node] : root_)
        if (isInlineEntry(node))
            at = std::max(at, nextLineStart(node.source().end));
    return at;
}

qsizetype Parsed::tableInsertion(const toml::table &table) const
{
    qsizetype at = nextLineStart(table.source().begin);
    for (auto &&[key, node] : table)
        if (isInlineEntry(node))
            at = std::max(at, nextLineStart(node.source().end));
    return at;
}

bool Bindings::binds(const toml::node *node) const
{
    for (const std::optional<Binding> *b :
         {&title, &description, &slug, &topic, &tags, &categories})
        if (*b && (*b)->node == node)
            return true;
    return false;
}

namespace {

std::optional<Binding> find(const toml::table *table, std::string_view name)
{
    if (!table)
        return std::nullopt;
    const auto it = table->find(name);
    if (it == table->end())
        return std::nullopt;
    return Binding{&it->second, &it->first, table};
}

} // namespace

Bindings bind(const toml::table &root)
{
    Bindings b;
    b.title = find(&root, "title");
    b.description = find(&root, "description");
    for (const QString &alias : descriptionAliasKeys) {
        if (b.description)
            break;
        b.description = find(&root, alias.toStdString());
    }
    b.slug = find(&root, "slug");
    b.topic = find(&root, "topic");
    if (const toml::table *taxonomies = root["taxonomies"].as_table())
        b.taxonomies = taxonomies;
    b.tags = find(&root, "tags");
    if (!b.tags)
        b.tags = find(b.taxonomies, "tags");
    b.categories = find(&root, "categories");
    if (!b.categories)
        b.categories = find(b.taxonomies, "categories");
    return b;
}

} // namespace pw::toml_front_matter
