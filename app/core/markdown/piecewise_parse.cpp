// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/piecewise_parse.h"

#include "core/markdown/cmark_handles.h"
#include "core/markdown/source_map.h"

#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace pw {

namespace {

bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), isSpaceOrTab);
}

// The line without up to three spaces of indentation, or nothing when it is indented more:
// only such lines can open or close fences and raw HTML blocks at the top level.
std::optional<QByteArrayView> unindented(QByteArrayView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && line[indent] == ' ')
        ++indent;
    if (indent > 3)
        return std::nullopt;
    return line.sliced(indent);
}

// A code fence: its character and length, or {0, 0}.
std::pair<char, qsizetype> fenceOf(QByteArrayView text)
{
    if (text.isEmpty() || (text.front() != '`' && text.front() != '~'))
        return {0, 0};
    const char c = text.front();
    qsizetype run = 0;
    while (run < text.size() && text[run] == c)
        ++run;
    if (run < 3 || (c == '`' && text.sliced(run).contains('`')))
        return {0, 0};
    return {c, run};
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() &&
           QLatin1StringView(text.first(prefix.size()))
                   .compare(QLatin1StringView(prefix), Qt::CaseInsensitive) == 0;
}

bool containsNoCase(QByteArrayView text, QByteArrayView needle)
{
    return QLatin1StringView(text).contains(QLatin1StringView(needle), Qt::CaseInsensitive);
}

// The end marker of a raw HTML block that blank lines do not end (CommonMark types 1-5),
// when `text` starts one; empty otherwise.
QByteArrayView htmlBlockEnd(QByteArrayView text)
{
    for (const char *tag : {"script", "pre", "style"}) {
        const QByteArray open = QByteArray("<") + tag;
        if (startsWithNoCase(text, open)) {
            const QByteArrayView rest = text.sliced(open.size());
            if (rest.isEmpty() || rest.front() == '>' || isSpaceOrTab(rest.front()))
                return tag[1] == 'c' ? "</script>" : tag[1] == 'r' ? "</pre>" : "</style>";
        }
    }
    if (text.startsWith("<!--"))
        return "-->";
    if (text.startsWith("<?"))
        return "?>";
    if (text.startsWith("<![CDATA["))
        return "]]>";
    if (text.size() > 2 && text.startsWith("<!") && text[2] >= 'A' && text[2] <= 'Z')
        return ">";
    return {};
}

// Starts that CommonMark versions disagree on: the spec now opens a raw HTML block (running
// across blank lines) at "<!" and any letter and at <textarea>; Debian's cmark-gfm 0.29 only at
// "<!" and a capital. Either way the scanner cannot know, so it stops cutting.
bool isDisputedHtmlStart(QByteArrayView text)
{
    return (text.size() > 2 && text.startsWith("<!") && text[2] >= 'a' && text[2] <= 'z') ||
           startsWithNoCase(text, "<textarea");
}

// cmark drops a byte order mark that opens the document, so a piece must not start with one
// that is text in the middle of the body.
bool startsWithBom(QByteArrayView line)
{
    return line.startsWith("\xEF\xBB\xBF");
}

// A list item marker starts the line: after a blank line the list goes on.
bool startsListItem(QByteArrayView line)
{
    const auto markerEnds = [&line](qsizetype at) {
        return at >= line.size() || isSpaceOrTab(line[at]);
    };
    if (line.front() == '-' || line.front() == '+' || line.front() == '*')
        return markerEnds(1);
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line[digits] >= '0' && line[digits] <= '9')
        ++digits;
    return digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')') &&
           markerEnds(digits + 1);
}

// Follows, line by line, the constructs that run across blank lines, well enough to say
// where a top-level block certainly starts. It does not parse Markdown: where it cannot be
// sure (a fence or raw HTML block opened where a list item or an HTML block might hold it),
// it stops cutting for the rest of the body, which costs memory, never correctness.
class BlockScanner {
public:
    // Whether a new top-level block certainly starts at `line` (asked before feed(line)):
    // after a blank line, at column 0, not continuing a list, fence or raw HTML block.
    bool blockStartsAt(QByteArrayView line) const
    {
        return !m_unsure && m_afterBlank && !m_fence && m_htmlEnd.isEmpty() && !line.isEmpty() &&
               !isSpaceOrTab(line.front()) && !startsListItem(line) && !startsWithBom(line);
    }

    void feed(QByteArrayView line)
    {
        const bool blank = isBlank(line);
        const bool firstOfBlock = m_afterBlank && !blank;
        m_afterBlank = blank;
        if (m_fence) {
            const std::optional<QByteArrayView> text = unindented(line);
            const auto [c, run] = text ? fenceOf(*text) : std::pair<char, qsizetype>{0, 0};
            if (c == m_fence && run >= m_fenceLength && isBlank(text->sliced(run)))
                m_fence = 0;
            return;
        }
        if (!m_htmlEnd.isEmpty()) {
            if (containsNoCase(line, m_htmlEnd))
                m_htmlEnd = {};
            return;
        }
        if (firstOfBlock)
            m_blockIsHtml = line.startsWith('<');
        const std::optional<QByteArrayView> text = unindented(line);
        if (!text)
            return;
        if (isDisputedHtmlStart(*text)) {
            m_unsure = true;
            return;
        }
        const auto [c, run] = fenceOf(*text);
        const QByteArrayView htmlEnd = c ? QByteArrayView() : htmlBlockEnd(*text);
        if (!c && htmlEnd.isEmpty())
            return;
        // Indented, it may sit in a list item; inside raw HTML it is no fence at all.
        if (text->size() != line.size() || (m_blockIsHtml && !firstOfBlock)) {
            m_unsure = true;
        } else if (c) {
            m_fence = c;
            m_fenceLength = run;
        } else if (!containsNoCase(text->sliced(1), htmlEnd)) {
            m_htmlEnd = htmlEnd;
        }
    }

private:
    bool m_afterBlank = true; // the body's first line starts a block too
    bool m_blockIsHtml = false;
    bool m_unsure = false;
    char m_fence = 0;
    qsizetype m_fenceLength = 0;
    QByteArrayView m_htmlEnd;
};

// First body line of each piece; always starts with 0.
std::vector<int> pieceStarts(const SourceMap &source, int pieceBytes)
{
    std::vector<int> starts{0};
    if (source.utf8().size() <= pieceBytes || source.utf8().contains("]:"))
        return starts;
    BlockScanner scanner;
    for (int line = 0; line < source.lineCount(); ++line) {
        const QByteArrayView text = source.lineBytes(line);
        if (source.utf8OfLines(starts.back(), line).size() >= pieceBytes &&
            scanner.blockStartsAt(text))
            starts.push_back(line);
        scanner.feed(text);
    }
    return starts;
}

} // namespace

void parseInPieces(const QString &body, const PieceHandler &use, int pieceBytes)
{
    SourceMap source(body);
    const std::vector<int> starts = pieceStarts(source, pieceBytes);
    const int lines = source.lineCount();
    for (size_t i = 0; i < starts.size(); ++i) {
        const int first = starts[i];
        const int end = i + 1 < starts.size() ? starts[i + 1] : lines;
        const CmarkNodePtr document = parseGfm(source.utf8OfLines(first, end));
        source.setFirstLine(first);
        if (!use(document.get(), source, first))
            return;
        source.setFirstLine(0);
    }
}

} // namespace pw
