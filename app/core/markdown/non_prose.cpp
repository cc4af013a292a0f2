// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/non_prose.h"

#include <QHash>

#include <algorithm>

namespace pw {

namespace {

struct Span {
    qsizetype start;
    qsizetype end; // exclusive
};

// Inline constructs (tags, math, JSX) are short: a closer further away than this is taken as
// absent, which also bounds the work on a long paragraph full of unmatched openers.
constexpr qsizetype kMaxInlineLength = 4000;

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
           c == QLatin1Char(':') || c == QLatin1Char('-');
}

class NonProseScanner {
public:
    NonProseScanner(const QString &body, const QList<TextRange> &prose) : m_body(body)
    {
        for (const TextRange &range : prose) {
            const qsizetype start = std::clamp<qsizetype>(range.start, 0, body.size());
            const qsizetype end =
                std::clamp<qsizetype>(range.start + range.length, start, body.size());
            if (end == start)
                continue;
            if (!m_prose.isEmpty() && m_prose.last().end >= start)
                m_prose.last().end = std::max(m_prose.last().end, end);
            else
                m_prose.append({start, end});
        }
        findBlankLines();
    }

    QList<Span> cuts()
    {
        QList<Span> result;
        for (const Span &span : m_prose) {
            qsizetype i = std::max(span.start, result.isEmpty() ? 0 : result.last().end);
            while (i < span.end) {
                const qsizetype end = constructAt(i);
                if (end > i) {
                    result.append({i, end});
                    i = end;
                } else {
                    ++i;
                }
            }
        }
        return result;
    }

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_body.size() ? m_body[i] : QChar(); }
    bool startsWith(qsizetype i, QLatin1StringView text) const
    {
        return QStringView(m_body).mid(i).startsWith(text);
    }

    bool inProse(qsizetype offset) const
    {
        const auto it = std::upper_bound(m_prose.cbegin(), m_prose.cend(), offset,
                                         [](qsizetype o, const Span &s) { return o < s.end; });
        return it != m_prose.cend() && it->start <= offset;
    }

    // Offsets where a blank line starts: no inline construct reaches past one.
    void findBlankLines()
    {
        qsizetype lineStart = 0;
        while (lineStart <= m_body.size()) {
            qsizetype lineEnd = m_body.indexOf(QLatin1Char('\n'), lineStart);
            if (lineEnd < 0)
                lineEnd = m_body.size();
            if (QStringView(m_body).mid(lineStart, lineEnd - lineStart).trimmed().isEmpty())
                m_blankLines.append(lineStart);
            lineStart = lineEnd + 1;
        }
    }
    qsizetype paragraphEnd(qsizetype from) const
    {
        const auto it = std::upper_bound(m_blankLines.cbegin(), m_blankLines.cend(), from);
        return it == m_blankLines.cend() ? m_body.size() : *it;
    }
    qsizetype inlineLimit(qsizetype from) const
    {
        return std::min(paragraphEnd(from), from + kMaxInlineLength);
    }
    bool startsParagraph(qsizetype i) const
    {
        if (i == 0)
            return true;
        if (at(i - 1) != QLatin1Char('\n'))
            return false;
        const qsizetype previousLine = m_body.lastIndexOf(QLatin1Char('\n'), i - 2) + 1;
        return std::binary_search(m_blankLines.cbegin(), m_blankLines.cend(), previousLine);
    }
    bool escaped(qsizetype i) const
    {
        qsizetype backslashes = 0;
        while (at(i - 1 - backslashes) == QLatin1Char('\\'))
            ++backslashes;
        return backslashes % 2 == 1;
    }

    // The end of `closer` found after `from` within the paragraph, if its last character is
    // prose; -1 otherwise. A miss is remembered: a later opener of the same kind in the same
    // stretch would search the same text.
    qsizetype closeWith(qsizetype from, QLatin1StringView closer)
    {
        const QString key = closer.toString();
        if (from < m_missedUntil.value(key, -1))
            return -1;
        const qsizetype limit = inlineLimit(from);
        const qsizetype found = m_body.indexOf(closer, from);
        if (found < 0 || found + closer.size() > limit) {
            m_missedUntil.insert(key, limit);
            return -1;
        }
        const qsizetype end = found + closer.size();
        return inProse(end - 1) ? end : -1;
    }

    qsizetype constructAt(qsizetype i)
    {
        const QChar c = m_body[i];
        if (c == QLatin1Char('{'))
            return braceAt(i);
        if (c == QLatin1Char('$'))
            return escaped(i) ? -1 : dollarMathAt(i);
        if (c == QLatin1Char('\\'))
            return bracketMathAt(i);
        if (c == QLatin1Char('<'))
            return jsxTagAt(i);
        if ((c == QLatin1Char('i') || c == QLatin1Char('e')) && startsParagraph(i))
            return esmAt(i);
        return -1;
    }

    qsizetype braceAt(qsizetype i)
    {
        const QChar next = at(i + 1);
        if (next == QLatin1Char('{'))
            return closeWith(i + 2, QLatin1StringView("}}")); // Liquid output, Hugo shortcodes
        if (next == QLatin1Char('%'))
            return closeWith(i + 2, QLatin1StringView("%}")); // Liquid / Jinja tags
        if (next == QLatin1Char('#'))
            return closeWith(i + 2, QLatin1StringView("#}")); // Jinja comments
        if (next == QLatin1Char('/') && at(i + 2) == QLatin1Char('*'))
            return closeWith(i + 3, QLatin1StringView("*/}")); // JSX comments
        const qsizetype end = balancedEnd(i, QLatin1Char('{'), QLatin1Char('}'));
        return end > 0 && inProse(end - 1) ? end : -1;
    }

    // Just past the `close` that balances the `open` at `i`, within the paragraph; -1 if none.
    qsizetype balancedEnd(qsizetype i, QChar open, QChar close) const
    {
        const qsizetype limit = inlineLimit(i);
        int depth = 0;
        for (qsizetype j = i; j < limit; ++j) {
            if (m_body[j] == open) {
                ++depth;
            } else if (m_body[j] == close && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    qsizetype dollarMathAt(qsizetype i)
    {
        if (at(i + 1) == QLatin1Char('$')) {
            const qsizetype end = closeWith(i + 2, QLatin1StringView("$$"));
            return end > 0 && !escaped(end - 2) ? end : -1;
        }
        // pandoc: the opening $ has a non-space right after it; the closing $ has a non-space
        // right before it and no digit right after it. "$5 and $10" is no math.
        if (at(i + 1).isNull() || isSpace(at(i + 1)))
            return -1;
        if (i < m_singleDollarMissedUntil)
            return -1;
        const qsizetype limit = inlineLimit(i);
        for (qsizetype j = m_body.indexOf(QLatin1Char('$'), i + 2); j >= 0 && j < limit;
             j = m_body.indexOf(QLatin1Char('$'), j + 1)) {
            if (escaped(j) || isSpace(at(j - 1)) || at(j + 1).isDigit())
                continue;
            return inProse(j) ? j + 1 : -1;
        }
        m_singleDollarMissedUntil = limit;
        return -1;
    }

    // \( .. \) and \[ .. \], also with doubled backslashes (Markdown eats one of a pair),
    // when what they hold looks like math: "\[sic\]" is escaped brackets in prose.
    qsizetype bracketMathAt(qsizetype i)
    {
        if (escaped(i))
            return -1;
        const bool doubled = at(i + 1) == QLatin1Char('\\');
        const qsizetype delimiter = i + (doubled ? 2 : 1);
        const QChar opener = at(delimiter);
        if (opener != QLatin1Char('(') && opener != QLatin1Char('['))
            return -1;
        QString closer = doubled ? QStringLiteral("\\\\") : QStringLiteral("\\");
        closer += opener == QLatin1Char('(') ? QLatin1Char(')') : QLatin1Char(']');
        const QByteArray latin = closer.toLatin1();
        const qsizetype end = closeWith(delimiter + 1, QLatin1StringView(latin));
        if (end < 0)
            return -1;
        const QStringView inside =
            QStringView(m_body).mid(delimiter + 1, end - closer.size() - delimiter - 1);
        const bool looksLikeMath = std::any_of(inside.begin(), inside.end(), [](QChar c) {
            return QStringView(u"\\^_={}+").contains(c);
        });
        return looksLikeMath ? end : -1;
    }

    // A JSX (or HTML) tag cmark did not take as HTML: an attribute in braces, a fragment.
    qsizetype jsxTagAt(qsizetype i)
    {
        qsizetype j = i + 1;
        if (at(j) == QLatin1Char('/'))
            ++j;
        if (at(j) == QLatin1Char('>'))
            return inProse(j) ? j + 1 : -1; // <> and </>
        if (!at(j).isLetter())
            return -1;
        while (isNameChar(at(j)))
            ++j;
        const QChar after = at(j);
        if (!isSpace(after) && after != QLatin1Char('/') && after != QLatin1Char('>') &&
            after != QLatin1Char('{'))
            return -1;
        const qsizetype limit = inlineLimit(i);
        // No '>' ahead at all: neither this tag nor any other before `limit` can close.
        if (i < m_noTagEndUntil)
            return -1;
        if (const qsizetype next = m_body.indexOf(QLatin1Char('>'), j); next < 0 || next >= limit) {
            m_noTagEndUntil = limit;
            return -1;
        }
        int depth = 0;
        QChar quote;
        for (; j < limit; ++j) {
            const QChar c = m_body[j];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (depth == 0 && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                quote = c;
            } else if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}')) {
                depth = std::max(0, depth - 1);
            } else if (c == QLatin1Char('>') && depth == 0) {
                return inProse(j) ? j + 1 : -1;
            }
        }
        return -1;
    }

    // MDX's ESM: a paragraph that starts with `import` or `export` is JavaScript to its end.
    qsizetype esmAt(qsizetype i) const
    {
        for (const QLatin1StringView keyword :
             {QLatin1StringView("import"), QLatin1StringView("export")}) {
            if (!startsWith(i, keyword))
                continue;
            const QChar after = at(i + keyword.size());
            if (isSpace(after) || after == QLatin1Char('{') || after == QLatin1Char('*'))
                return paragraphEnd(i);
        }
        return -1;
    }

    const QString &m_body;
    QList<Span> m_prose; // joined, sorted
    QList<qsizetype> m_blankLines;
    QHash<QString, qsizetype> m_missedUntil;
    qsizetype m_singleDollarMissedUntil = -1;
    qsizetype m_noTagEndUntil = -1;
};

} // namespace

QList<TextRange> withoutNonProse(const QString &body, const QList<TextRange> &prose)
{
    const QList<Span> cuts = NonProseScanner(body, prose).cuts();
    if (cuts.isEmpty())
        return prose;
    QList<TextRange> result;
    result.reserve(prose.size());
    qsizetype c = 0;
    for (const TextRange &range : prose) {
        qsizetype start = range.start;
        const qsizetype end = range.start + range.length;
        while (c < cuts.size() && cuts[c].end <= start)
            ++c;
        for (qsizetype k = c; k < cuts.size() && cuts[k].start < end; ++k) {
            if (cuts[k].start > start)
                result.append({start, cuts[k].start - start});
            start = std::max(start, cuts[k].end);
        }
        if (end > start)
            result.append({start, end - start});
    }
    return result;
}

} // namespace pw
