// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/front_matter_edit.h"

#include "core/formats/front_matter_dialect.h"
#include "core/formats/front_matter_format.h"
#include "core/formats/post_source.h"
#include "core/formats/text_normalization.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>

// The file is edited as a list of lines that keep their own line ends, so CRLF, LF and a
// missing final newline survive wherever nothing was changed. yaml-cpp (through
// frontMatterKeySpans) says which lines hold each top-level key; an edited field's lines are
// replaced, everything else is copied. Whatever is produced is read back and compared with the
// post: if an unusual layout made the edit wrong, the caller writes the post afresh instead.

namespace pw {

namespace {

struct Line {
    QString text;
    QString end; // "\r\n", "\n", "\r" or empty (the last line)
};
using Lines = QList<Line>;

Lines splitKeepingEnds(const QString &text)
{
    Lines lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        const bool crlf =
            c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n');
        const qsizetype next = i + (crlf ? 2 : 1);
        lines.append({text.mid(start, i - start), text.mid(i, next - i)});
        start = next;
        i = next - 1;
    }
    lines.append({text.mid(start), QString()});
    return lines;
}

QString joined(const Lines &lines)
{
    QString text;
    for (const Line &line : lines)
        text += line.text + line.end;
    return text;
}

bool isDelimiter(const QString &line, QLatin1String mark)
{
    return line.startsWith(mark) && line.trimmed() == mark;
}

// --- values in the file's style ------------------------------------------------------------

bool plainOk(const QString &value, bool inFlow)
{
    if (value.isEmpty() || value != value.trimmed() || yamlNeedsQuotes(value))
        return false;
    static const QRegularExpression unsafe(
        QStringLiteral(R"(^[-?:,\[\]{}#&*!|>'"%@`]|: |:$| #|[\x00-\x1f\x7f])"));
    static const QRegularExpression flowUnsafe(QStringLiteral(R"([,\[\]{}])"));
    return !unsafe.match(value).hasMatch() && !(inFlow && flowUnsafe.match(value).hasMatch());
}

QString doubleQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString singleQuoted(const QString &value)
{
    static const QRegularExpression control(QStringLiteral(R"([\x00-\x1f\x7f])"));
    if (control.match(value).hasMatch())
        return doubleQuoted(value);
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// `quote` is the file's quote character for this value, or null for a plain value; a value
// that cannot be plain is double-quoted.
QString inStyle(const QString &value, QChar quote, bool inFlow = false)
{
    if (quote == QLatin1Char('\''))
        return singleQuoted(value);
    if (quote == QLatin1Char('"') || !plainOk(value, inFlow))
        return doubleQuoted(value);
    return value;
}

QChar quoteOf(const QString &text)
{
    return text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\'')) ? text.front()
                                                                                   : QChar();
}

// Index of the quote that closes the quoted scalar starting at `text[0]`, or -1.
qsizetype closingQuote(const QString &text)
{
    const QChar quote = text.front();
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (quote == QLatin1Char('"') && text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (quote == QLatin1Char('\'') && text.at(i) == quote && i + 1 < text.size() &&
                 text.at(i + 1) == quote)
            ++i;
        else if (text.at(i) == quote)
            return i;
    }
    return -1;
}

// Where a plain scalar ends: before " #" (a comment) and trailing blanks.
qsizetype plainEnd(const QString &text)
{
    static const QRegularExpression comment(QStringLiteral(R"([ \t]#)"));
    const QRegularExpressionMatch m = comment.match(text);
    qsizetype end = m.hasMatch() ? m.capturedStart() : text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return end;
}

QString scalarOf(const QString &yaml)
{
    try {
        const YAML::Node node = YAML::Load(yaml.toStdString());
        if (node.IsScalar())
            return QString::fromStdString(node.Scalar());
    } catch (const YAML::Exception &) {
    }
    return yaml.trimmed();
}

// --- the edits -------------------------------------------------------------------------------

// Lines [from, to) of the head (the front matter with its delimiters) become `lines`.
struct Edit {
    qsizetype from = 0;
    qsizetype to = 0;
    QStringList lines;
};

class FrontMatterEditor {
public:
    FrontMatterEditor(Lines &head, QList<FrontMatterKeySpan> spans, QString lineEnd,
                      FrontMatterDialect dialect)
        : m_head(head), m_spans(std::move(spans)), m_end(std::move(lineEnd)), m_dialect(dialect)
    {
        static const QRegularExpression item(QStringLiteral(R"(^([ \t]*-[ \t]+))"));
        for (qsizetype i = 1; i + 1 < m_head.size(); ++i) {
            const QRegularExpressionMatch m = item.match(m_head.at(i).text);
            if (m.hasMatch()) {
                m_itemPrefix = m.captured(1);
                break;
            }
        }
    }

    void scalar(const QString &key, const QString &before, const QString &after)
    {
        if (before == after)
            return;
        const FrontMatterKeySpan *span = find(key);
        if (!span) {
            if (!after.isEmpty())
                m_appended << key + QStringLiteral(": ") + inStyle(after, QChar());
            return;
        }
        editScalar(*span, after);
    }

    // `alias` is the singular key Jekyll also reads; the list is written back where it was.
    void list(const QString &key, const QString &alias, const QStringList &before,
              const QStringList &after)
    {
        if (before == after)
            return;
        const FrontMatterKeySpan *span = find(key);
        if (!span)
            span = find(alias);
        if (!span) {
            if (!after.isEmpty())
                m_appended << newList(key, after);
            return;
        }
        editList(*span, after);
    }

    void extras(const QList<ExtraField> &before, const QList<ExtraField> &after)
    {
        for (const ExtraField &old : before) {
            const bool kept = std::any_of(after.cbegin(), after.cend(),
                                          [&](const ExtraField &e) { return e.key == old.key; });
            if (const FrontMatterKeySpan *span = find(old.key); !kept && span)
                m_edits.append({span->line + 1, span->endLine + 1, {}});
        }
        for (const ExtraField &extra : after) {
            const auto old = std::find_if(before.cbegin(), before.cend(),
                                          [&](const ExtraField &e) { return e.key == extra.key; });
            if (old != before.cend() && old->yaml == extra.yaml)
                continue;
            QStringList lines = frontMatterExtraEntry(extra).split(QLatin1Char('\n'));
            while (!lines.isEmpty() && lines.last().isEmpty())
                lines.removeLast();
            const FrontMatterKeySpan *span = find(extra.key);
            if (span)
                m_edits.append({span->line + 1, span->endLine + 1, lines});
            else
                m_appended << lines;
        }
    }

    bool failed() const { return m_failed; }

    // The key the post's description is under in this file (descriptionAliasKeys).
    QString descriptionKey() const
    {
        QStringList keys;
        for (const FrontMatterKeySpan &span : m_spans)
            keys.append(span.key);
        return descriptionKeyAmong(keys);
    }

    // Applies the edits from the bottom up, so earlier line numbers stay valid.
    void apply()
    {
        std::sort(m_edits.begin(), m_edits.end(),
                  [](const Edit &a, const Edit &b) { return a.from > b.from; });
        for (const Edit &edit : m_edits) {
            const QString end =
                m_head.at(edit.from).end.isEmpty() ? m_end : m_head.at(edit.from).end;
            m_head.remove(edit.from, edit.to - edit.from);
            for (qsizetype i = 0; i < edit.lines.size(); ++i)
                m_head.insert(edit.from + i, {edit.lines.at(i), end});
        }
        for (qsizetype i = 0; i < m_appended.size(); ++i)
            m_head.insert(m_head.size() - 1, {m_appended.at(i), m_end});
    }

private:
    const FrontMatterKeySpan *find(const QString &key) const
    {
        for (const FrontMatterKeySpan &span : m_spans)
            if (span.key == key)
                return &span;
        return nullptr;
    }

    const QString &keyLine(const FrontMatterKeySpan &span) const
    {
        return m_head.at(span.line + 1).text;
    }

    // The whole key (all its lines) becomes `lines`.
    void replace(const FrontMatterKeySpan &span, const QStringList &lines)
    {
        m_edits.append({span.line + 1, span.endLine + 1, lines});
    }

    bool singleLine(const FrontMatterKeySpan &span) const { return span.endLine == span.line + 1; }

    void editScalar(const FrontMatterKeySpan &span, const QString &value)
    {
        if (span.valueColumn < 0) {
            m_failed = true;
            return;
        }
        const QString &line = keyLine(span);
        const QString key = line.left(span.valueColumn);
        const QString rest = line.mid(span.valueColumn);
        const QString text = rest.trimmed();
        const QString gap = text.isEmpty() ? QStringLiteral(" ") : rest.left(rest.indexOf(text));
        if (text.startsWith(QLatin1Char('|')) || text.startsWith(QLatin1Char('>'))) {
            replace(span, blockScalar(span, text, value));
            return;
        }
        const QChar quote = quoteOf(text);
        QString after; // a comment after the value, kept
        if (!quote.isNull()) {
            const qsizetype close = closingQuote(text);
            if (close >= 0)
                after = text.mid(close + 1);
        } else if (!text.startsWith(QLatin1Char('#'))) {
            after = text.mid(plainEnd(text));
        } else {
            after = QLatin1Char(' ') + text;
        }
        const QString written =
            value.isEmpty() && quote.isNull() ? QString() : inStyle(value, quote);
        replace(span, {written.isEmpty() && after.trimmed().isEmpty()
                           ? key
                           : key + (written.isEmpty() ? QString() : gap + written) + after});
    }

    // A block scalar keeps its indicator and indentation; its chomping follows the new value.
    QStringList blockScalar(const FrontMatterKeySpan &span, const QString &header,
                            const QString &value)
    {
        const QString key = keyLine(span).left(span.valueColumn);
        if (value.isEmpty())
            return {key};
        static const QRegularExpression parts(QStringLiteral(R"(^([|>])([-+0-9]*)(.*)$)"));
        const QRegularExpressionMatch m = parts.match(header);
        QString indicators = m.captured(2);
        indicators.remove(QLatin1Char('-'));
        const bool keep = indicators.contains(QLatin1Char('+'));
        if (!keep && !value.endsWith(QLatin1Char('\n')))
            indicators += QLatin1Char('-');
        QString indent = QStringLiteral("  ");
        for (qsizetype i = span.line + 2; i <= span.endLine; ++i) {
            const QString &l = m_head.at(i).text;
            if (!l.trimmed().isEmpty()) {
                indent = l.left(l.indexOf(l.trimmed()));
                break;
            }
        }
        const QString rest = keyLine(span).mid(span.valueColumn);
        const QString gap = rest.left(rest.indexOf(header));
        QStringList lines{key + gap + m.captured(1) + indicators + m.captured(3)};
        QString content = value;
        if (content.endsWith(QLatin1Char('\n')))
            content.chop(1);
        const bool folded = m.captured(1) == QLatin1String(">");
        const QStringList valueLines = content.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < valueLines.size(); ++i) {
            if (folded && i > 0)
                lines << QString(); // a blank line is a line break in a folded scalar
            lines << (valueLines.at(i).isEmpty() ? QString() : indent + valueLines.at(i));
        }
        return lines;
    }

    QStringList newList(const QString &key, const QStringList &items) const
    {
        QStringList written;
        for (const QString &item : items)
            written << inStyle(item, QChar(), m_itemPrefix.isEmpty());
        if (m_itemPrefix.isEmpty())
            return {key + QStringLiteral(": [") + written.join(QStringLiteral(", ")) +
                    QLatin1Char(']')};
        QStringList lines{key + QLatin1Char(':')};
        for (const QString &item : written)
            lines << m_itemPrefix + item;
        return lines;
    }

    void editList(const FrontMatterKeySpan &span, const QStringList &items)
    {
        if (span.valueColumn < 0) {
            m_failed = true;
            return;
        }
        const QString &line = keyLine(span);
        const QString text = line.mid(span.valueColumn).trimmed();
        if (text.startsWith(QLatin1Char('[')))
            editFlowList(span, text, items);
        else if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            editBlockList(span, items);
        else
            editListString(span, text, items);
    }

    void editFlowList(const FrontMatterKeySpan &span, const QString &text, const QStringList &items)
    {
        const QString &line = keyLine(span);
        const QString rest = line.mid(span.valueColumn);
        const QString gap = rest.left(rest.indexOf(text));
        // The closing bracket, outside quotes.
        qsizetype close = -1;
        QChar inQuote;
        for (qsizetype i = 1; i < text.size() && close < 0; ++i) {
            const QChar c = text.at(i);
            if (!inQuote.isNull()) {
                if (c == QLatin1Char('\\') && inQuote == QLatin1Char('"'))
                    ++i;
                else if (c == inQuote)
                    inQuote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                inQuote = c;
            } else if (c == QLatin1Char(']')) {
                close = i;
            }
        }
        const QString inner = close >= 0 ? text.mid(1, close - 1) : text.mid(1);
        const QChar quote = quoteOf(inner.trimmed());
        const QString separator =
            inner.contains(QLatin1Char(',')) && !inner.contains(QLatin1String(", "))
                ? QStringLiteral(",")
                : QStringLiteral(", ");
        QStringList written;
        for (const QString &item : items)
            written << inStyle(item, quote, true);
        const QString after = close >= 0 ? text.mid(close + 1) : QString();
        replace(span, {line.left(span.valueColumn) + gap + QLatin1Char('[') +
                       written.join(separator) + QLatin1Char(']') + after});
    }

    void editBlockList(const FrontMatterKeySpan &span, const QStringList &items)
    {
        static const QRegularExpression itemRe(QStringLiteral(R"(^([ \t]*-(?:[ \t]+|$))(.*)$)"));
        struct OldItem {
            QString line;
            QString value;
            bool used = false;
        };
        QList<OldItem> old;
        QString prefix = m_itemPrefix.isEmpty() ? QStringLiteral("  - ") : m_itemPrefix;
        QChar quote;
        QStringList kept; // comment and blank lines between the items stay
        qsizetype itemsAt = -1;
        for (qsizetype i = span.line + 2; i <= span.endLine; ++i) {
            const QString &l = m_head.at(i).text;
            const QRegularExpressionMatch m = itemRe.match(l);
            if (m.hasMatch()) {
                if (old.isEmpty()) {
                    prefix = m.captured(1).isEmpty() ? prefix : m.captured(1);
                    if (!prefix.endsWith(QLatin1Char(' ')))
                        prefix += QLatin1Char(' ');
                    quote = quoteOf(m.captured(2));
                    itemsAt = kept.size();
                }
                old.append({l, scalarOf(m.captured(2)), false});
            } else if (l.trimmed().isEmpty() || l.trimmed().startsWith(QLatin1Char('#'))) {
                kept << l;
            } else {
                m_failed = true; // a nested or multi-line item: not ours to rewrite
                return;
            }
        }
        QStringList written;
        for (const QString &item : items) {
            auto match = std::find_if(old.begin(), old.end(),
                                      [&](const OldItem &o) { return !o.used && o.value == item; });
            if (match != old.end()) {
                match->used = true;
                written << match->line;
            } else {
                written << prefix + inStyle(item, quote);
            }
        }
        if (itemsAt < 0)
            itemsAt = 0;
        QStringList lines{keyLine(span)};
        lines << kept.mid(0, itemsAt) << written << kept.mid(itemsAt);
        replace(span, lines);
    }

    // A list written as one string ("a, b"): it stays a string, joined the way it was.
    void editListString(const FrontMatterKeySpan &span, const QString &text,
                        const QStringList &items)
    {
        const QChar quote = quoteOf(text);
        QString value = text;
        if (!quote.isNull()) {
            const qsizetype close = closingQuote(text);
            value = text.mid(1, close < 0 ? -1 : close - 1);
        } else {
            value = text.left(plainEnd(text));
        }
        const QString separator =
            m_dialect.spaceSeparatedLists ? QStringLiteral(" ")
            : value.contains(QLatin1Char(',')) && !value.contains(QLatin1String(", "))
                ? QStringLiteral(",")
                : QStringLiteral(", ");
        editScalar(span, items.join(separator));
    }

    Lines &m_head;
    QList<FrontMatterKeySpan> m_spans;
    QString m_end;
    FrontMatterDialect m_dialect;
    QString m_itemPrefix; // how the file writes a block list item ("  - "), if it has one
    QList<Edit> m_edits;
    QStringList m_appended;
    bool m_failed = false;
};

bool sameMetadata(const Post &a, const Post &b)
{
    return a.title == b.title && a.metaDescription == b.metaDescription && a.slug == b.slug &&
           a.tags == b.tags && a.categories == b.categories && a.topic == b.topic &&
           a.extras == b.extras;
}

QList<ExtraField> sortedExtras(QList<ExtraField> extras)
{
    std::stable_sort(extras.begin(), extras.end(),
                     [](const ExtraField &a, const ExtraField &b) { return a.key < b.key; });
    return extras;
}

// True when `text` reads back as `post` (extras in any order).
bool readsBackAs(const QString &text, const Post &post, const FrontMatterDialect &dialect)
{
    const FrontMatterReadResult read = readFrontMatterMarkdown(text, dialect);
    if (!read.post)
        return false;
    Post back = *read.post;
    Post expected = post;
    back.extras = sortedExtras(back.extras);
    expected.extras = sortedExtras(expected.extras);
    return sameMetadata(back, expected) &&
           trimBody(normalizeLineEnds(back.body)) == trimBody(normalizeLineEnds(post.body));
}

QString fileLineEnd(const Lines &lines)
{
    for (const Line &line : lines)
        if (!line.end.isEmpty())
            return line.end;
    return QStringLiteral("\n");
}

// The body's text after the front matter: as it was when the body is unchanged; otherwise the
// new body between the old one's leading blank lines and trailing white space, in the file's
// line ends.
QString editedBody(const QString &original, const Post &post, const Post &asRead,
                   const QString &lineEnd, bool afterFrontMatter)
{
    const QString body = trimBody(normalizeLineEnds(post.body));
    if (body == trimBody(normalizeLineEnds(asRead.body)))
        return original;
    qsizetype start = 0;
    qsizetype i = 0;
    for (; i < original.size(); ++i) {
        const QChar c = original.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            start = i + 1;
        else if (!c.isSpace())
            break;
    }
    QString lead = original.left(start);
    QString trail;
    if (i < original.size()) {
        qsizetype end = original.size();
        while (end > start && original.at(end - 1).isSpace())
            --end;
        trail = original.mid(end);
    } else {
        lead = afterFrontMatter ? lineEnd : QString();
        trail = lineEnd;
    }
    if (body.isEmpty())
        return QString();
    QString text = body;
    if (lineEnd != QLatin1String("\n"))
        text.replace(QLatin1Char('\n'), lineEnd);
    return lead + text + trail;
}

} // namespace

std::optional<QString> editFrontMatterSource(const Post &post)
{
    if (!post.source || (post.source->format != PostFormat::Markdown &&
                         post.source->format != PostFormat::MarkdownFrontMatter))
        return std::nullopt;
    const PostSource &source = *post.source;
    const Post &asRead = source.asRead;
    Lines lines = splitKeepingEnds(source.text);
    // TOML front matter has its own writer (toml_front_matter.h); here it would look like body.
    if (isDelimiter(lines.first().text, QLatin1String("+++")))
        return std::nullopt;
    const QString lineEnd = fileLineEnd(lines);
    qsizetype closing = -1;
    if (isDelimiter(lines.first().text, QLatin1String("---"))) {
        for (qsizetype i = 1; i < lines.size() && closing < 0; ++i)
            if (isDelimiter(lines.at(i).text, QLatin1String("---")) ||
                isDelimiter(lines.at(i).text, QLatin1String("...")))
                closing = i;
    }
    Lines head = lines.mid(0, closing + 1);
    const QString originalBody = joined(lines.mid(closing + 1));

    if (!sameMetadata(post, asRead)) {
        if (closing < 0) {
            // Plain Markdown that now has metadata: a new front matter above the body as it was.
            Post fresh = post;
            fresh.body.clear();
            fresh.source.reset();
            head = splitKeepingEnds(writeFrontMatterMarkdown(fresh));
            head.removeLast();
            for (Line &line : head)
                line.end = lineEnd;
            if (!trimBody(normalizeLineEnds(post.body)).isEmpty())
                head.append({QString(), lineEnd});
        } else {
            QStringList yaml;
            for (qsizetype i = 1; i < closing; ++i)
                yaml << head.at(i).text;
            const auto spans = frontMatterKeySpans(yaml.join(QLatin1Char('\n')));
            if (!spans)
                return std::nullopt;
            FrontMatterEditor editor(head, *spans, lineEnd, source.dialect);
            editor.scalar(QStringLiteral("title"), asRead.title, post.title);
            editor.scalar(editor.descriptionKey(), asRead.metaDescription, post.metaDescription);
            editor.scalar(QStringLiteral("slug"), asRead.slug, post.slug);
            editor.list(QStringLiteral("tags"), QStringLiteral("tag"), asRead.tags, post.tags);
            editor.list(QStringLiteral("categories"), QStringLiteral("category"), asRead.categories,
                        post.categories);
            editor.scalar(QStringLiteral("topic"), asRead.topic, post.topic);
            editor.extras(asRead.extras, post.extras);
            if (editor.failed())
                return std::nullopt;
            editor.apply();
        }
    }
    QString body = editedBody(originalBody, post, asRead, lineEnd, !head.isEmpty());
    if (!body.isEmpty() && !head.isEmpty() && head.last().end.isEmpty())
        head.last().end = lineEnd; // the file ended at the closing "---"
    const QString text = joined(head) + body;
    if (text == source.text || readsBackAs(text, post, source.dialect))
        return text;
    return std::nullopt;
}

} // namespace pw
