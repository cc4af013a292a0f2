// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/markdown_inline.h"

#include <QVarLengthArray>

namespace pw::md {

namespace {

// Private-use code points mark spans in the buffer; they are stripped from document text.
constexpr char16_t kMarkerFirst = 0xE000; // open = first + 2 * span, close = open + 1
constexpr char16_t kLineBreak = 0xE008;
constexpr char16_t kSeparator = 0xE009;
constexpr char16_t kMarkerLast = 0xE00F;
constexpr char16_t kNbsp = 0x00A0;

bool isMarker(QChar c)
{
    return c.unicode() >= kMarkerFirst && c.unicode() <= kMarkerLast;
}
bool isSpanMarker(QChar c)
{
    return c.unicode() >= kMarkerFirst && c.unicode() < kMarkerFirst + 8;
}
bool isOpenMarker(QChar c)
{
    return isSpanMarker(c) && (c.unicode() - kMarkerFirst) % 2 == 0;
}
Span spanOf(QChar c)
{
    return static_cast<Span>((c.unicode() - kMarkerFirst) / 2);
}
QChar openMarker(Span span)
{
    return QChar(char16_t(kMarkerFirst + 2 * int(span)));
}
QChar closeMarker(Span span)
{
    return QChar(char16_t(kMarkerFirst + 2 * int(span) + 1));
}

// HTML collapses these; a non-breaking space is content and is kept.
bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}
bool isSpace(QChar c)
{
    return isCollapsible(c) || c.isSpace();
}
// CommonMark's notion of punctuation for delimiter flanking.
bool isPunctuation(QChar c)
{
    if (c.unicode() < 128)
        return (c >= u'!' && c <= u'/') || (c >= u':' && c <= u'@') || (c >= u'[' && c <= u'`') ||
               (c >= u'{' && c <= u'~');
    return c.isPunct() || c.isSymbol();
}

QLatin1StringView delimiter(Span span)
{
    switch (span) {
    case Span::Strong:
        return QLatin1StringView("**");
    case Span::Emphasis:
        return QLatin1StringView("*");
    case Span::Strike:
        return QLatin1StringView("~~");
    case Span::Link:
        break;
    }
    return QLatin1StringView("[");
}

QLatin1StringView htmlTag(Span span, bool closing)
{
    switch (span) {
    case Span::Strong:
        return closing ? QLatin1StringView("</strong>") : QLatin1StringView("<strong>");
    case Span::Emphasis:
        return closing ? QLatin1StringView("</em>") : QLatin1StringView("<em>");
    case Span::Strike:
        return closing ? QLatin1StringView("</del>") : QLatin1StringView("<del>");
    case Span::Link:
        break;
    }
    return {};
}

bool looksLikeEntity(QStringView text, qsizetype amp)
{
    qsizetype i = amp + 1;
    const qsizetype end = std::min(text.size(), amp + 34);
    if (i < end && text[i] == u'#')
        ++i;
    const qsizetype nameStart = i;
    while (i < end && (text[i].isLetterOrNumber() && text[i].unicode() < 128))
        ++i;
    return i > nameStart && i < end && text[i] == u';';
}

// Per-marker decisions made while resolving.
enum class MarkState : unsigned char { Pending, Markdown, Html, Dropped };

class Resolver {
public:
    Resolver(const QString &buffer, const std::vector<QString> &links, InlineMode mode)
        : m_in(buffer), m_links(links), m_mode(mode), m_match(size_t(buffer.size()), -1),
          m_state(size_t(buffer.size()), MarkState::Pending)
    {
        matchSpans();
        m_out.reserve(buffer.size() + buffer.size() / 8);
    }

    QString run()
    {
        for (qsizetype i = 0; i < m_in.size(); ++i)
            step(i);
        if (m_mode == InlineMode::Heading)
            escapeClosingHashes();
        return m_out;
    }

private:
    void matchSpans()
    {
        QVarLengthArray<qsizetype, 16> stack;
        for (qsizetype i = 0; i < m_in.size(); ++i) {
            const QChar c = m_in[i];
            if (!isSpanMarker(c))
                continue;
            if (isOpenMarker(c)) {
                stack.append(i);
            } else if (!stack.isEmpty()) {
                m_match[size_t(i)] = stack.last();
                m_match[size_t(stack.last())] = i;
                stack.removeLast();
            }
        }
    }

    void step(qsizetype i)
    {
        const QChar c = m_in[i];
        if (isCollapsible(c)) {
            if (m_pendingSpace.isEmpty() || m_pendingSpace.back() != u' ')
                m_pendingSpace += u' ';
        } else if (c == kNbsp) {
            m_pendingSpace += c;
        } else if (c == kLineBreak) {
            if (!m_out.isEmpty())
                ++m_pendingBreaks;
            m_pendingSpace.clear();
        } else if (c == kSeparator) {
            if (m_pendingSpace.isEmpty() || m_pendingSpace.back() != u' ')
                m_pendingSpace += u' ';
        } else if (isOpenMarker(c)) {
            m_pendingOpens.append(i);
        } else if (isSpanMarker(c)) {
            closeSpan(i);
        } else if (!isMarker(c)) {
            emitChar(i);
        }
    }

    void closeSpan(qsizetype i)
    {
        const qsizetype open = m_match[size_t(i)];
        const Span span = spanOf(m_in[i]);
        const QString *link = nullptr;
        if (span == Span::Link) {
            link = m_linkIndex < m_links.size() ? &m_links[m_linkIndex] : nullptr;
            ++m_linkIndex;
        }
        if (open < 0)
            return;
        if (!m_pendingOpens.isEmpty() && m_pendingOpens.last() == open) {
            // Nothing visible inside: drop both ends, keep the whitespace.
            m_pendingOpens.removeLast();
            m_state[size_t(open)] = MarkState::Dropped;
            return;
        }
        if (m_state[size_t(open)] == MarkState::Dropped)
            return;
        if (span == Span::Link) {
            m_out += QLatin1StringView("](");
            if (link)
                m_out += *link;
            m_out += u')';
            m_lastClose = -1;
            return;
        }
        const bool html = m_state[size_t(open)] == MarkState::Html;
        m_out += html ? htmlTag(span, true) : delimiter(span);
        m_lastClose = html ? -1 : m_out.size();
        m_lastCloseSpan = span;
    }

    void emitChar(qsizetype i)
    {
        flushPending(i);
        const QChar c = m_in[i];
        if (m_lineStart) {
            m_lineStart = false;
            escapeLineStart(i);
        }
        if (i == m_escapeAt)
            m_out += u'\\';
        m_out += c;
    }

    void flushPending(qsizetype i)
    {
        if (m_out.isEmpty()) {
            m_pendingBreaks = 0;
            m_pendingSpace.clear();
        } else if (m_pendingBreaks > 0) {
            emitBreaks();
            m_pendingSpace.clear();
        } else if (!m_pendingSpace.isEmpty()) {
            m_out += m_pendingSpace;
            m_pendingSpace.clear();
        }
        for (qsizetype open : m_pendingOpens)
            emitOpen(open, i);
        m_pendingOpens.clear();
    }

    void emitBreaks()
    {
        switch (m_mode) {
        case InlineMode::Paragraph:
            // Only one Markdown hard break fits between two lines; extra ones stay <br>.
            for (int k = 1; k < m_pendingBreaks; ++k)
                m_out += QLatin1StringView("<br>");
            m_out += QLatin1StringView("\\\n");
            m_lineStart = true;
            break;
        case InlineMode::Heading:
            m_out += u' ';
            break;
        case InlineMode::TableCell:
            for (int k = 0; k < m_pendingBreaks; ++k)
                m_out += QLatin1StringView("<br>");
            break;
        }
        m_pendingBreaks = 0;
    }

    void emitOpen(qsizetype open, qsizetype next)
    {
        const Span span = spanOf(m_in[open]);
        if (span == Span::Link) {
            m_out += u'[';
            m_state[size_t(open)] = MarkState::Markdown;
            m_lineStart = false;
            m_lastClose = -1;
            return;
        }
        if (m_lastClose == m_out.size() && m_lastCloseSpan == span) {
            // "**a****b**" would not parse: continue the previous run instead.
            m_out.chop(delimiter(span).size());
            m_state[size_t(open)] = MarkState::Markdown;
            m_lastClose = -1;
            return;
        }
        const bool markdown = opensCleanly(next) && closesCleanly(m_match[size_t(open)]);
        m_state[size_t(open)] = markdown ? MarkState::Markdown : MarkState::Html;
        m_out += markdown ? delimiter(span) : htmlTag(span, false);
        m_lineStart = false;
        m_lastClose = -1;
    }

    // Left-flanking: punctuation right after the delimiter needs space or punctuation before.
    bool opensCleanly(qsizetype next) const
    {
        if (!isPunctuation(m_in[next]) || m_out.isEmpty())
            return true;
        const QChar before = m_out.back();
        return isSpace(before) || isPunctuation(before);
    }

    // Right-flanking, judged on the characters that will surround the closing delimiter once
    // edge whitespace has moved out.
    bool closesCleanly(qsizetype close) const
    {
        if (close < 0)
            return true;
        qsizetype b = close - 1;
        while (b >= 0 && (isMarker(m_in[b]) || isSpace(m_in[b])))
            --b;
        if (b < 0 || !isPunctuation(m_in[b]))
            return true;
        if (close > 0 && isSpace(m_in[close - 1]))
            return true; // whitespace moves after the delimiter
        qsizetype a = close + 1;
        while (a < m_in.size() && isSpanMarker(m_in[a]) && !isOpenMarker(m_in[a]))
            ++a;
        if (a >= m_in.size())
            return true;
        const QChar after = m_in[a];
        return isSpace(after) || isMarker(after) || isPunctuation(after);
    }

    void escapeLineStart(qsizetype i)
    {
        if (m_mode != InlineMode::Paragraph)
            return;
        const QChar c = m_in[i];
        if (c == u'#' || c == u'>' || c == u'-' || c == u'+' || c == u'=') {
            m_out += u'\\';
            return;
        }
        if (!c.isDigit() || c.unicode() >= 128)
            return;
        qsizetype j = i;
        while (j < m_in.size() && j - i < 10 && m_in[j].unicode() < 128 && m_in[j].isDigit())
            ++j;
        if (j - i > 9 || j >= m_in.size() || (m_in[j] != u'.' && m_in[j] != u')'))
            return;
        if (j + 1 == m_in.size() || isSpace(m_in[j + 1]) || isMarker(m_in[j + 1]))
            m_escapeAt = j;
    }

    void escapeClosingHashes()
    {
        qsizetype k = m_out.size();
        while (k > 0 && m_out[k - 1] == u'#')
            --k;
        if (k < m_out.size() && (k == 0 || m_out[k - 1] == u' '))
            m_out.insert(k, u'\\');
    }

    const QString &m_in;
    const std::vector<QString> &m_links;
    const InlineMode m_mode;
    std::vector<qsizetype> m_match;
    std::vector<MarkState> m_state;
    QString m_out;
    QString m_pendingSpace;
    int m_pendingBreaks = 0;
    QVarLengthArray<qsizetype, 8> m_pendingOpens;
    qsizetype m_lastClose = -1;
    Span m_lastCloseSpan = Span::Link;
    size_t m_linkIndex = 0;
    bool m_lineStart = true;
    qsizetype m_escapeAt = -1;
};

} // namespace

void InlineBuffer::appendText(QStringView text)
{
    m_buffer.reserve(m_buffer.size() + text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
        case u'*':
        case u'`':
        case u'<':
        case u'[':
        case u'~':
            m_buffer += u'\\';
            break;
        case u'_': {
            // Inside a word (snake_case) '_' cannot delimit emphasis; escaping it there only
            // adds noise and breaks bare URLs.
            const bool inWord = i > 0 && i + 1 < text.size() && text[i - 1].isLetterOrNumber() &&
                                text[i + 1].isLetterOrNumber();
            if (!inWord)
                m_buffer += u'\\';
            break;
        }
        case u'&':
            if (looksLikeEntity(text, i))
                m_buffer += u'\\';
            break;
        case u'|':
            if (m_escapePipes)
                m_buffer += u'\\';
            break;
        default:
            if (isMarker(c))
                continue;
        }
        m_buffer += c;
    }
}

void InlineBuffer::appendMarkdown(QStringView markdown)
{
    m_buffer += markdown;
}

void InlineBuffer::open(Span span)
{
    m_buffer += openMarker(span);
}

void InlineBuffer::openLink(const QString &destination)
{
    m_buffer += openMarker(Span::Link);
    m_linkDestinations.push_back(destination);
}

void InlineBuffer::close(Span span)
{
    m_buffer += closeMarker(span);
}

void InlineBuffer::lineBreak()
{
    m_buffer += QChar(kLineBreak);
}

void InlineBuffer::separator(InlineMode mode)
{
    m_buffer += QChar(mode == InlineMode::TableCell ? kLineBreak : kSeparator);
}

bool InlineBuffer::isBlank() const
{
    for (QChar c : m_buffer) {
        if (!isSpace(c) && !isMarker(c))
            return false;
    }
    return true;
}

QString InlineBuffer::take(InlineMode mode)
{
    QString result = isBlank() ? QString() : Resolver(m_buffer, m_linkDestinations, mode).run();
    m_buffer.clear();
    m_linkDestinations.clear();
    return result;
}

QString escapeBracketText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'[' || c == u']' || c == u'\\')
            out += u'\\';
        if (isCollapsible(c))
            c = u' ';
        if (!isMarker(c))
            out += c;
    }
    return out.simplified();
}

QString formatDestination(const QString &url, const QString &title)
{
    QString dest;
    bool plain = !url.isEmpty();
    int depth = 0;
    for (QChar c : url) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth < 0)
            plain = false;
        if (isSpace(c) || c == u'<' || c == u'>' || c.unicode() < 32)
            plain = false;
    }
    if (plain && depth == 0) {
        dest = url;
    } else {
        dest = u'<';
        for (QChar c : url) {
            if (c == u'<' || c == u'>' || c == u'\\')
                dest += u'\\';
            if (isSpace(c))
                dest += QLatin1StringView("%20");
            else
                dest += c;
        }
        dest += u'>';
    }
    const QString cleanTitle = title.simplified();
    if (!cleanTitle.isEmpty()) {
        dest += QLatin1StringView(" \"");
        for (QChar c : cleanTitle) {
            if (c == u'"' || c == u'\\')
                dest += u'\\';
            dest += c;
        }
        dest += u'"';
    }
    return dest;
}

QString codeSpan(QStringView code)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = !code.isEmpty() && (code.front() == u'`' || code.back() == u'`' ||
                                         (code.front() == u' ' && code.back() == u' '));
    QString out = fence;
    if (pad)
        out += u' ';
    out += code;
    if (pad)
        out += u' ';
    out += fence;
    return out;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1StringView("&amp;");
            break;
        case u'<':
            out += QLatin1StringView("&lt;");
            break;
        case u'>':
            out += QLatin1StringView("&gt;");
            break;
        case u'"':
            out += QLatin1StringView("&quot;");
            break;
        default:
            if (!isMarker(c))
                out += c;
        }
    }
    return out;
}

} // namespace pw::md
