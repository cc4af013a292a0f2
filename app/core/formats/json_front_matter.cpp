// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/json_front_matter.h"

#include "core/formats/text_normalization.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Finding the object and reading it. QJsonDocument parses; it gives no positions, so a small
// scanner over the (already validated) object finds where each top-level member's key and
// value lie, for extras kept as their source text and for the writer's edits in place.

namespace pw {

namespace json_front_matter {

namespace {

bool isJsonSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

qsizetype skipSpace(QStringView text, qsizetype at)
{
    while (at < text.size() && isJsonSpace(text.at(at)))
        ++at;
    return at;
}

// `at` is an opening quote; the result is just past the closing one.
qsizetype skipString(QStringView text, qsizetype at)
{
    for (++at; at < text.size(); ++at) {
        if (text.at(at) == QLatin1Char('\\'))
            ++at;
        else if (text.at(at) == QLatin1Char('"'))
            return at + 1;
    }
    return text.size();
}

// Hugo's lexFrontMatterJSON: braces outside strings are counted, a backslash hides the next
// character. Just past the matching '}', or -1 when the text ends first.
qsizetype matchingBrace(QStringView text, qsizetype open)
{
    int level = 0;
    for (qsizetype at = open; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('"')) {
            at = skipString(text, at) - 1;
        } else if (c == QLatin1Char('\\')) {
            ++at;
        } else if (c == QLatin1Char('{')) {
            ++level;
        } else if (c == QLatin1Char('}') && --level == 0) {
            return at + 1;
        }
    }
    return -1;
}

// A valid JSON value starting at `at`; just past it.
qsizetype skipValue(QStringView text, qsizetype at)
{
    const QChar first = text.at(at);
    if (first == QLatin1Char('"'))
        return skipString(text, at);
    if (first == QLatin1Char('{') || first == QLatin1Char('[')) {
        int depth = 0;
        while (at < text.size()) {
            const QChar c = text.at(at);
            if (c == QLatin1Char('"')) {
                at = skipString(text, at);
                continue;
            }
            if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0)
                return at + 1;
            ++at;
        }
        return at;
    }
    while (at < text.size() && !isJsonSpace(text.at(at)) && text.at(at) != QLatin1Char(',') &&
           text.at(at) != QLatin1Char('}') && text.at(at) != QLatin1Char(']'))
        ++at;
    return at;
}

QString decodedString(QStringView quoted)
{
    const QByteArray array = QByteArray("[") + quoted.toUtf8() + QByteArray("]");
    return QJsonDocument::fromJson(array).array().at(0).toString();
}

// The members of an object that QJsonDocument accepted.
QList<Member> membersOf(QStringView text, qsizetype objectStart)
{
    QList<Member> members;
    qsizetype at = skipSpace(text, objectStart + 1);
    while (at < text.size() && text.at(at) == QLatin1Char('"')) {
        Member member;
        member.keyStart = at;
        const qsizetype keyEnd = skipString(text, at);
        member.key = decodedString(text.sliced(at, keyEnd - at));
        at = skipSpace(text, keyEnd) + 1; // the ':'
        member.valueStart = skipSpace(text, at);
        member.valueEnd = skipValue(text, member.valueStart);
        members.append(member);
        at = skipSpace(text, member.valueEnd);
        if (at >= text.size() || text.at(at) != QLatin1Char(','))
            break;
        at = skipSpace(text, at + 1);
    }
    return members;
}

std::optional<qsizetype> lastOf(const QList<Member> &members, QStringView key)
{
    for (qsizetype i = members.size() - 1; i >= 0; --i)
        if (members.at(i).key == key)
            return i;
    return std::nullopt;
}

} // namespace

std::optional<Block> findBlock(QStringView text)
{
    qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    start = skipSpace(text, start);
    if (start >= text.size() || text.at(start) != QLatin1Char('{'))
        return std::nullopt;
    const qsizetype end = matchingBrace(text, start);
    // Nothing but white space after the object: a whole-file JSON document, read as before.
    if (end < 0 || text.sliced(end).trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(text.sliced(start, end - start).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    Block block;
    block.objectStart = start;
    block.objectEnd = end;
    qsizetype body = end;
    if (body < text.size() && text.at(body) == QLatin1Char('\r'))
        ++body;
    if (body < text.size() && text.at(body) == QLatin1Char('\n')) {
        ++body;
        block.closingHasLineEnd = true;
    }
    block.bodyStart = body;
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    block.lineEnd = newline > 0 && text.at(newline - 1) == QLatin1Char('\r')
                        ? QStringLiteral("\r\n")
                        : QStringLiteral("\n");
    block.members = membersOf(text, start);
    return block;
}

bool Bindings::binds(qsizetype member) const
{
    for (const std::optional<qsizetype> *b :
         {&title, &description, &slug, &topic, &tags, &categories})
        if (*b == member)
            return true;
    return false;
}

Bindings bind(const QList<Member> &members)
{
    Bindings b;
    b.title = lastOf(members, u"title");
    b.description = lastOf(members, u"description");
    for (const QString &alias : descriptionAliasKeys) {
        if (b.description)
            break;
        b.description = lastOf(members, alias);
    }
    b.slug = lastOf(members, u"slug");
    b.topic = lastOf(members, u"topic");
    b.tags = lastOf(members, u"tags");
    b.categories = lastOf(members, u"categories");
    return b;
}

} // namespace json_front_matter

using namespace json_front_matter;

namespace {

// Parses one member's value and reports type errors with the file's line of its key.
class MemberReader {
public:
    MemberReader(const QString &text, const Block &block) : text_(text), block_(block) {}

    QJsonValue value(qsizetype index) const
    {
        const Member &m = block_.members.at(index);
        const QByteArray array =
            QByteArray("[") +
            QStringView(text_).sliced(m.valueStart, m.valueEnd - m.valueStart).toUtf8() +
            QByteArray("]");
        return QJsonDocument::fromJson(array).array().at(0);
    }

    QString sourceText(qsizetype index) const
    {
        const Member &m = block_.members.at(index);
        return normalizeLineEnds(text_.mid(m.valueStart, m.valueEnd - m.valueStart));
    }

    // Numbers and booleans are text as written, as YAML front matter reads its scalars.
    QString readText(const std::optional<qsizetype> &index, QString &field) const
    {
        if (!index)
            return {};
        const QJsonValue v = value(*index);
        if (v.isString())
            field = v.toString();
        else if (v.isDouble() || v.isBool())
            field = sourceText(*index);
        else if (!v.isNull())
            return QCoreApplication::translate("pw::FrontMatterFormat",
                                               "Front matter key “%1” (line %2) must be text.")
                .arg(block_.members.at(*index).key)
                .arg(lineOf(*index));
        return {};
    }

    QString readList(const std::optional<qsizetype> &index, QStringList &field) const
    {
        if (!index)
            return {};
        const QJsonValue v = value(*index);
        if (v.isString()) {
            field = splitList(v.toString());
            return {};
        }
        if (v.isNull())
            return {};
        const QString error =
            QCoreApplication::translate(
                "pw::FrontMatterFormat",
                "Front matter key “%1” (line %2) must be a list or a comma-separated text.")
                .arg(block_.members.at(*index).key)
                .arg(lineOf(*index));
        if (!v.isArray())
            return error;
        QStringList items;
        for (const QJsonValue &item : v.toArray()) {
            if (item.isString())
                items.append(item.toString());
            else if (item.isDouble() || item.isBool()) // a category "2024" written as 2024
                items.append(QString::fromUtf8(QJsonDocument(QJsonArray{item})
                                                   .toJson(QJsonDocument::Compact)
                                                   .chopped(1)
                                                   .mid(1)));
            else
                return error;
        }
        field = normalizedList(items);
        return {};
    }

private:
    int lineOf(qsizetype index) const
    {
        return int(QStringView(text_)
                       .first(block_.members.at(index).keyStart)
                       .count(QLatin1Char('\n'))) +
               1;
    }

    const QString &text_;
    const Block &block_;
};

} // namespace

bool isJsonFrontMatter(QStringView text)
{
    return findBlock(text).has_value();
}

FrontMatterReadResult readJsonFrontMatterMarkdown(const QString &text)
{
    FrontMatterReadResult result;
    const std::optional<Block> block = findBlock(text);
    if (!block) {
        result.post = Post{};
        result.post->body = trimBody(normalizeLineEnds(text));
        return result;
    }
    result.hadFrontMatter = true;
    const Bindings bindings = bind(block->members);
    const MemberReader reader(text, *block);
    Post post;
    for (const QString &error :
         {reader.readText(bindings.title, post.title),
          reader.readText(bindings.description, post.metaDescription),
          reader.readText(bindings.slug, post.slug), reader.readText(bindings.topic, post.topic),
          reader.readList(bindings.tags, post.tags),
          reader.readList(bindings.categories, post.categories)}) {
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
    }
    for (qsizetype i = 0; i < block->members.size(); ++i) {
        const Member &member = block->members.at(i);
        // A repeated key counts once, at its last place, as JSON parsers (and Hugo) keep it.
        if (bindings.binds(i) || lastOf(block->members, member.key) != i)
            continue;
        post.extras.append({member.key, reader.sourceText(i)});
    }
    post.body = trimBody(normalizeLineEnds(QStringView(text).sliced(block->bodyStart).toString()));
    result.post = post;
    return result;
}

} // namespace pw
