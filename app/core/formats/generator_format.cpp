// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/generator_format.h"
#include "core/formats/text_normalization.h"

#include "core/markdown/cmark_handles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmark-gfm.h>

#include <algorithm>

// How the generator text format is read and written, and where the round trip has limits:
//
// - Keys are matched case-insensitively, spaces and underscores ignored, optionally wrapped
//   in Markdown bold (`**TITLE:**`, `**Title**:`). The header runs from a TITLE line over
//   key lines and blank lines; it ends at the first other line, at a repeated key, at an end
//   marker or after a MARKDOWN_POST_CONTENT label (whose inline text starts the body).
// - A "post" is a TITLE line whose header also has META_DESCRIPTION, TAGS or CATEGORIES, or
//   which is followed by an end marker. A header with two or more placeholder values
//   (POST_TITLE, POST_TAGS, ...) is the prompt template. When the template comes first, the
//   text is a transcript: the post is the first one after the TOPIC: line that follows the
//   template (or, without such a line, the last post outside code blocks).
// - The body ends at the first end marker (`-EndOFText-`, `</EndOFText>`, any case) not
//   preceded by a backslash, wherever it is in a line; the rest of the file is ignored. The
//   writer escapes markers in the body with one more backslash and the reader removes it,
//   so bodies holding markers survive (the escape is also what Markdown renders as plain).
// - When the body's first line looks like a key line, the writer puts a
//   MARKDOWN_POST_CONTENT: label before it, so it stays in the body.
//
// Limitations, by design of the format (tested in tst_generator_format):
// - Line ends become LF; the body loses leading blank lines and trailing white space.
// - Single-line fields are trimmed, and line breaks in them become spaces.
// - List items are split on commas: a tag holding a comma comes back as two tags. Surrounding
//   quotes, empty items and case-insensitive repeats are dropped (pw::splitList).

namespace pw {

namespace {

enum class Key { None, Title, MetaDescription, Tags, Categories, Slug, Topic, ContentLabel };

const QString kEndMarker = QStringLiteral("-EndOFText-");

struct KeyLine {
    Key key = Key::None;
    QString value;
};

Key keyFromName(QString name)
{
    name = name.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    static const QHash<QString, Key> keys = {
        {QStringLiteral("title"), Key::Title},
        {QStringLiteral("metadescription"), Key::MetaDescription},
        {QStringLiteral("tags"), Key::Tags},
        {QStringLiteral("posttags"), Key::Tags},
        {QStringLiteral("categories"), Key::Categories},
        {QStringLiteral("postcategories"), Key::Categories},
        {QStringLiteral("slug"), Key::Slug},
        {QStringLiteral("topic"), Key::Topic},
        {QStringLiteral("markdownpostcontent"), Key::ContentLabel},
        {QStringLiteral("postcontent"), Key::ContentLabel},
    };
    return keys.value(name, Key::None);
}

// "TITLE: x", "Meta Description : x", "**TITLE:** x", "**Title**: x".
KeyLine parseKeyLine(QStringView line)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*+(\*\*)?\s*+([A-Za-z][A-Za-z _]{0,30}?)\s*+(\*\*)?\s*+:\s*+(.*)$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    const bool boldOpen = m.capturedLength(1) > 0;
    const bool boldBeforeColon = m.capturedLength(3) > 0;
    if (boldBeforeColon && !boldOpen)
        return {};
    KeyLine result{keyFromName(m.captured(2)), m.captured(4).trimmed()};
    if (boldOpen && !boldBeforeColon) {
        // `**TITLE:** value` closes right after the colon; `**TITLE: value**` at the end.
        if (result.value.startsWith(QLatin1String("**")))
            result.value = result.value.mid(2).trimmed();
        else if (result.value.endsWith(QLatin1String("**")))
            result.value.chop(2);
        result.value = result.value.trimmed();
    }
    return result;
}

bool isPlaceholder(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^POST_[A-Z_]+$)"));
    return re.match(value).hasMatch();
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Matches an end marker with the backslashes that escape it.
const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((\\*)(-EndOFText-|</EndOFText>))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

// First marker not escaped by a backslash, or -1.
// Where the first unescaped end marker starts (-1: none), and where it ends (`end`).
qsizetype findEndMarker(QStringView text, qsizetype *end = nullptr)
{
    QRegularExpressionMatchIterator it = markerPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) == 0) {
            if (end)
                *end = m.capturedEnd(2);
            return m.capturedStart(2);
        }
    }
    return -1;
}

QString unescapeMarkers(QString body)
{
    static const QRegularExpression re(QStringLiteral(R"(\\(\\*(?:-EndOFText-|</EndOFText>)))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return body.replace(re, QStringLiteral("\\1"));
}

QString escapeMarkers(const QString &body)
{
    QString out;
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = markerPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(body).mid(done, m.capturedStart(0) - done);
        out += QLatin1Char('\\') + m.captured(0);
        done = m.capturedEnd(0);
    }
    out += QStringView(body).mid(done);
    return out;
}

bool lineHasMarker(QStringView line)
{
    return findEndMarker(line) >= 0;
}

// Leading blank lines and trailing white space carry nothing in Markdown; every text reader
// drops them so that a post reads the same from each format.
struct Header {
    qsizetype titleLine = -1;
    qsizetype bodyLine = -1; // first body line (may be past the end)
    QString inlineBody;      // text after a MARKDOWN_POST_CONTENT: label
    QHash<Key, QString> values;
    bool endsAtMarker = false;

    bool isPost() const
    {
        return values.contains(Key::MetaDescription) || values.contains(Key::Tags) ||
               values.contains(Key::Categories);
    }
    bool isTemplate() const
    {
        return std::count_if(values.cbegin(), values.cend(), isPlaceholder) >= 2;
    }
};

Header parseHeader(const QList<QStringView> &lines, qsizetype titleLine)
{
    Header header;
    header.titleLine = titleLine;
    qsizetype i = titleLine;
    for (; i < lines.size(); ++i) {
        if (isBlank(lines.at(i)))
            continue;
        const KeyLine kl = parseKeyLine(lines.at(i));
        if (kl.key == Key::ContentLabel) {
            header.inlineBody = kl.value;
            ++i;
            break;
        }
        if (kl.key == Key::None || header.values.contains(kl.key)) {
            header.endsAtMarker = lineHasMarker(lines.at(i));
            break;
        }
        header.values.insert(kl.key, kl.value);
    }
    header.bodyLine = i;
    return header;
}

// Line ranges (0-based, inclusive) of code blocks, where key lines are examples, not posts.
QList<std::pair<qsizetype, qsizetype>> codeBlockLines(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    const CmarkNodePtr doc = parseGfm(text.toUtf8());
    for (cmark_node *node = cmark_node_first_child(doc.get()); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK)
            ranges.append({cmark_node_get_start_line(node) - 1, cmark_node_get_end_line(node) - 1});
    }
    return ranges;
}

struct Candidates {
    QList<Header> posts;                         // in file order, templates included
    QList<std::pair<qsizetype, QString>> topics; // TOPIC: lines outside headers
};

Candidates findCandidates(const QList<QStringView> &lines)
{
    Candidates found;
    const auto lastMarker = std::find_if(lines.crbegin(), lines.crend(), lineHasMarker);
    const qsizetype lastMarkerLine = lines.crend() - lastMarker - 1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const KeyLine kl = parseKeyLine(lines.at(i));
        if (kl.key == Key::Topic)
            found.topics.append({i, kl.value});
        if (kl.key != Key::Title)
            continue;
        const Header header = parseHeader(lines, i);
        if (!header.isPost() && lastMarkerLine <= i)
            continue;
        found.posts.append(header);
        // Key lines of this header are not headers of their own.
        i = std::max(i, header.bodyLine - 1);
    }
    return found;
}

bool insideCode(const QList<std::pair<qsizetype, qsizetype>> &code, qsizetype line)
{
    return std::any_of(code.cbegin(), code.cend(),
                       [line](const auto &r) { return line >= r.first && line <= r.second; });
}

// In a transcript, the post the generator answered with.
std::optional<Header> postAfterTemplate(const QString &text, const Candidates &found,
                                        qsizetype templateLine)
{
    qsizetype topicLine = -1;
    for (const auto &[line, value] : found.topics) {
        if (line > templateLine) {
            topicLine = line;
            break;
        }
    }
    if (topicLine >= 0) {
        for (const Header &h : found.posts)
            if (h.titleLine > topicLine && !h.isTemplate())
                return h;
        return std::nullopt;
    }
    const auto code = codeBlockLines(text);
    for (auto it = found.posts.crbegin(); it != found.posts.crend(); ++it)
        if (it->titleLine > templateLine && !it->isTemplate() && !insideCode(code, it->titleLine))
            return *it;
    return std::nullopt;
}

QString topicBefore(const Candidates &found, qsizetype from, qsizetype to)
{
    QString topic;
    for (const auto &[line, value] : found.topics)
        if (line > from && line < to)
            topic = value;
    return topic;
}

// `lines` are views into `text`.
// `textAfter`: something other than white space follows the end marker.
QString bodyOf(const QString &text, const QList<QStringView> &lines, const Header &header,
               bool *hasMarker, bool *textAfter)
{
    QString body = header.inlineBody;
    if (header.bodyLine < lines.size()) {
        if (!body.isEmpty())
            body += QLatin1Char('\n');
        body += QStringView(text).sliced(offsetIn(text, lines.at(header.bodyLine)));
    }
    qsizetype markerEnd = -1;
    const qsizetype marker = findEndMarker(body, &markerEnd);
    *hasMarker = marker >= 0;
    *textAfter = marker >= 0 && !QStringView(body).sliced(markerEnd).trimmed().isEmpty();
    if (marker >= 0)
        body.truncate(marker);
    return trimBody(unescapeMarkers(body));
}

Post postFrom(const QString &text, const QList<QStringView> &lines, const Header &header,
              const QString &topic, bool *hasMarker, bool *textAfter)
{
    Post post;
    post.title = header.values.value(Key::Title);
    post.metaDescription = header.values.value(Key::MetaDescription);
    post.tags = splitList(header.values.value(Key::Tags));
    post.categories = splitList(header.values.value(Key::Categories));
    post.slug = header.values.value(Key::Slug);
    post.topic = header.values.value(Key::Topic, topic);
    post.body = bodyOf(text, lines, header, hasMarker, textAfter);
    return post;
}

Finding noEndMarkerFinding()
{
    Finding f;
    f.id = QStringLiteral("generator.no_end_marker");
    f.severity = Severity::Warning;
    f.field = Field::File;
    f.message = QCoreApplication::translate(
        "pw::GeneratorFormat", "The post has no -EndOFText- end marker; it was read to the end "
                               "of the file.");
    return f;
}

QString noPostError(bool onlyTemplate)
{
    return onlyTemplate ? QCoreApplication::translate("pw::GeneratorFormat",
                                                      "no post found: the text holds only the "
                                                      "generator's prompt template")
                        : QCoreApplication::translate("pw::GeneratorFormat",
                                                      "no post found: no TITLE: line followed by "
                                                      "META_DESCRIPTION:, TAGS: or CATEGORIES:");
}

QString singleLine(QString value)
{
    value.replace(QLatin1String("\r\n"), QLatin1String(" "));
    value.replace(QLatin1Char('\n'), QLatin1Char(' '));
    value.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return value.trimmed();
}

QString keyLine(const char *key, const QString &value)
{
    const QString v = singleLine(value);
    return QLatin1String(key) + (v.isEmpty() ? QStringLiteral(":") : QStringLiteral(": ") + v) +
           QLatin1Char('\n');
}

bool bodyStartsWithKeyLine(const QString &body)
{
    const QList<QStringView> lines = lineViews(body);
    const auto first = std::find_if_not(lines.cbegin(), lines.cend(), isBlank);
    return first != lines.cend() && parseKeyLine(*first).key != Key::None;
}

} // namespace

bool looksLikeGenerator(const QString &text)
{
    return looksLikeGenerator(NormalizedText(text));
}

bool looksLikeGenerator(const NormalizedText &text)
{
    return !findCandidates(text.lines()).posts.isEmpty();
}

GeneratorReadResult readGenerator(const QString &text)
{
    return readGenerator(NormalizedText(text));
}

GeneratorReadResult readGenerator(const NormalizedText &text)
{
    GeneratorReadResult result;
    const QString &normalized = text.text();
    const QList<QStringView> &lines = text.lines();
    const Candidates found = findCandidates(lines);
    if (found.posts.isEmpty()) {
        result.error = noPostError(false);
        return result;
    }
    result.recognised = true;
    std::optional<Header> chosen = found.posts.first();
    qsizetype topicFrom = -1;
    if (chosen->isTemplate()) {
        for (const Header &h : found.posts) {
            if (!h.isTemplate())
                break;
            topicFrom = h.titleLine;
        }
        chosen = postAfterTemplate(normalized, found, topicFrom);
    }
    if (!chosen) {
        result.error = noPostError(true);
        return result;
    }
    bool hasMarker = false;
    bool textAfter = false;
    result.post = postFrom(normalized, lines, *chosen,
                           topicBefore(found, topicFrom, chosen->titleLine), &hasMarker,
                           &textAfter);
    if (!hasMarker)
        result.findings.append(noEndMarkerFinding());
    const auto beforeTitle = lines.cbegin() + chosen->titleLine;
    result.textAroundPost =
        textAfter || std::any_of(lines.cbegin(), beforeTitle,
                                 [](QStringView line) { return !line.trimmed().isEmpty(); });
    return result;
}

QString writeGenerator(const Post &post)
{
    QString out;
    out += keyLine("TITLE", post.title);
    out += keyLine("META_DESCRIPTION", post.metaDescription);
    out += keyLine("TAGS", post.tags.join(QStringLiteral(", ")));
    out += keyLine("CATEGORIES", post.categories.join(QStringLiteral(", ")));
    if (!post.slug.isEmpty())
        out += keyLine("SLUG", post.slug);
    if (!post.topic.isEmpty())
        out += keyLine("TOPIC", post.topic);
    out += QLatin1Char('\n');
    const QString body = escapeMarkers(normalizeLineEnds(post.body));
    if (bodyStartsWithKeyLine(body))
        out += QStringLiteral("MARKDOWN_POST_CONTENT:\n");
    const QString trimmed = trimBody(body);
    if (!trimmed.isEmpty())
        out += trimmed + QStringLiteral("\n\n");
    out += kEndMarker + QLatin1Char('\n');
    return out;
}

} // namespace pw
