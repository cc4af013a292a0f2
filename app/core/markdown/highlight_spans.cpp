// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/highlight_spans.h"

#include "core/markdown/cmark_handles.h"
#include "core/markdown/source_map.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

// cmark-gfm 0.29 reports inline source positions with known faults, each worked around
// below and covered by tests/core/tst_analysis.cpp:
// - on continuation lines of a paragraph or setext heading, inline columns count from the
//   line's text after its container prefix and indentation, offset by the block's start
//   column; mapInline() undoes that;
// - a code span's range is its content without the backticks;
// - a link or image spanning lines starts on its last line; its first child is right;
// - a strikethrough spanning lines ends on its first line;
// - link reference definitions at the top of a paragraph are removed from its content but
//   not from its position, so its inlines are reported that many lines too high;
// - autolinks found by the autolink extension (bare URLs, www., e-mail) have no position
//   or one off by one, and the text after them keeps the unsplit text's end.
// Hence container ends are taken from the walk's cursor where cmark's are unreliable, and
// bare autolinks are found by their text in the source line.

namespace pw {

namespace {

// A 0-based line and 0-based byte column; line < 0 means unknown.
struct Pos {
    int line = -1;
    int column = 0;
    bool isValid() const { return line >= 0; }
    auto operator<=>(const Pos &) const = default;
};

bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

bool hasType(cmark_node *node, const char *typeString)
{
    return std::strcmp(cmark_node_get_type_string(node), typeString) == 0;
}

class Walker {
public:
    explicit Walker(const SourceMap &source) : m_source(source) {}
    SourceFacts run(cmark_node *document);

private:
    // An open inline container: where it starts and how its end is found.
    struct OpenInline {
        cmark_node *node;
        Pos start;
        HighlightKind kind;
        int markerLength;
    };

    void enter(cmark_node *node);
    void exit(cmark_node *node);

    // Blocks
    void enterHeading(cmark_node *node);
    void enterAtxHeading(cmark_node *node);
    void enterSetextHeading(cmark_node *node);
    void enterItem(cmark_node *node);
    void enterCodeBlock(cmark_node *node);
    void enterBlockQuote(cmark_node *node);
    void enterExtensionBlock(cmark_node *node);
    void enterLeaf(cmark_node *node, Pos cursor);

    // Inlines
    void enterText(cmark_node *node);
    void enterCode(cmark_node *node);
    void enterHtmlInline(cmark_node *node);
    void enterBreak();
    void enterDelimited(cmark_node *node, HighlightKind kind);
    void exitDelimited(const OpenInline &open);
    void enterLink(cmark_node *node);
    void exitLink(const OpenInline &open);
    void enterBareAutolink(cmark_node *node);

    Pos mapInline(int line, int column) const;
    static int definitionLines(cmark_node *leaf);
    Pos startOf(cmark_node *node) const;
    Pos endOf(cmark_node *node) const; // inclusive
    int blockLastLine(cmark_node *node) const;

    void addSpan(int line, int from, int to, HighlightKind kind, int level = 0);
    void addInlineRange(Pos from, Pos last, HighlightKind kind);
    void addBlockLines(int first, int last, int column, HighlightKind kind);

    const SourceMap &m_source;
    SourceFacts m_facts;
    cmark_node *m_leaf = nullptr; // paragraph, heading or table cell holding the inlines
    Pos m_leafStart;
    int m_leafShift = 0; // lines of link reference definitions above the inlines
    Pos m_cursor;        // just past the last inline source consumed
    std::vector<OpenInline> m_open;
    cmark_node *m_skipUntilExit = nullptr; // children of autolinks have no usable positions
    int m_headingLevel = 0;                // inside a heading when > 0
    QString m_headingText;
};

SourceFacts Walker::run(cmark_node *document)
{
    const CmarkIterPtr iter(cmark_iter_new(document));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (m_skipUntilExit) {
            if (node == m_skipUntilExit && event == CMARK_EVENT_EXIT)
                m_skipUntilExit = nullptr;
            else if (m_headingLevel > 0 && cmark_node_get_type(node) == CMARK_NODE_TEXT)
                m_headingText += QString::fromUtf8(cmark_node_get_literal(node));
            continue;
        }
        if (event == CMARK_EVENT_ENTER)
            enter(node);
        else
            exit(node);
    }
    // Stable, so spans starting together keep walk order; longer (outer) ones go first.
    std::stable_sort(m_facts.spans.begin(), m_facts.spans.end(),
                     [](const HighlightSpan &a, const HighlightSpan &b) {
                         if (a.line != b.line)
                             return a.line < b.line;
                         if (a.column != b.column)
                             return a.column < b.column;
                         return a.length > b.length;
                     });
    return std::move(m_facts);
}

void Walker::enter(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        // cmark-gfm loses the position of a paragraph whose last line became a table's header
        // ("0:0-0:0"); its inlines' positions are then guesses that land on other lines.
        if (const Pos start = startOf(node); start.isValid())
            enterLeaf(node, start);
        else
            m_skipUntilExit = node;
        break;
    case CMARK_NODE_HEADING:
        enterHeading(node);
        break;
    case CMARK_NODE_BLOCK_QUOTE:
        enterBlockQuote(node);
        break;
    case CMARK_NODE_ITEM:
        enterItem(node);
        break;
    case CMARK_NODE_CODE_BLOCK:
        enterCodeBlock(node);
        break;
    case CMARK_NODE_HTML_BLOCK:
        addBlockLines(startOf(node).line, blockLastLine(node), startOf(node).column,
                      HighlightKind::Html);
        break;
    case CMARK_NODE_THEMATIC_BREAK:
        // Its reported end can be column 0 of the next line; the break is its whole line.
        addBlockLines(startOf(node).line, startOf(node).line, startOf(node).column,
                      HighlightKind::ThematicBreak);
        break;
    case CMARK_NODE_TEXT:
        enterText(node);
        break;
    case CMARK_NODE_CODE:
        enterCode(node);
        break;
    case CMARK_NODE_HTML_INLINE:
        enterHtmlInline(node);
        break;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
        enterBreak();
        break;
    case CMARK_NODE_EMPH:
        enterDelimited(node, HighlightKind::Emphasis);
        break;
    case CMARK_NODE_STRONG:
        enterDelimited(node, HighlightKind::Strong);
        break;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE:
        enterLink(node);
        break;
    default:
        if (hasType(node, "strikethrough"))
            enterDelimited(node, HighlightKind::Strikethrough);
        else
            enterExtensionBlock(node);
        break;
    }
}

void Walker::exit(cmark_node *node)
{
    if (!m_open.empty() && m_open.back().node == node) {
        const OpenInline open = m_open.back();
        m_open.pop_back();
        if (open.kind == HighlightKind::Link || open.kind == HighlightKind::Image)
            exitLink(open);
        else
            exitDelimited(open);
        return;
    }
    if (node != m_leaf)
        return;
    m_leaf = nullptr;
    if (m_headingLevel > 0) {
        m_facts.outline.append({m_headingLevel, m_headingText.simplified(), m_leafStart.line});
        m_headingLevel = 0;
        m_headingText.clear();
    }
}

// --- positions --------------------------------------------------------------------------

Pos Walker::mapInline(int line, int column) const
{
    if (line <= 0)
        return {};
    Pos pos{line - 1 + m_leafShift, column - 1};
    if ((pos.line != m_leafStart.line || m_leafShift > 0) && m_leaf)
        pos.column += m_source.contentStart(pos.line) - m_leafStart.column;
    return pos;
}

// How many lines cmark's inline positions lag behind the leaf's own: the paragraph's end is
// right, so compare it with where its last inline (or the line breaks after it) ends.
int Walker::definitionLines(cmark_node *leaf)
{
    int breaks = 0;
    for (cmark_node *child = cmark_node_last_child(leaf); child;
         child = cmark_node_previous(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            ++breaks;
            continue;
        }
        // A strikethrough reports its first line as its end; its last descendant does not.
        int last = 0;
        for (cmark_node *node = child; node; node = cmark_node_last_child(node))
            last = std::max(last, cmark_node_get_end_line(node));
        if (last > 0)
            return std::max(0, cmark_node_get_end_line(leaf) - last - breaks);
    }
    return 0;
}

Pos Walker::startOf(cmark_node *node) const
{
    const int line = cmark_node_get_start_line(node);
    if (line <= 0)
        return {};
    if ((cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
        return {line - 1, cmark_node_get_start_column(node) - 1};
    return mapInline(line, cmark_node_get_start_column(node));
}

Pos Walker::endOf(cmark_node *node) const
{
    const int line = cmark_node_get_end_line(node);
    if (line <= 0)
        return {};
    if ((cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
        return {line - 1, cmark_node_get_end_column(node) - 1};
    return mapInline(line, cmark_node_get_end_column(node));
}

// cmark ends some blocks (lists, indented code) at column 0 of the following line.
int Walker::blockLastLine(cmark_node *node) const
{
    const int start = cmark_node_get_start_line(node);
    const int end = cmark_node_get_end_line(node);
    const int last = cmark_node_get_end_column(node) == 0 && end > start ? end - 1 : end;
    return std::max(last, start) - 1;
}

// --- output -------------------------------------------------------------------------------

void Walker::addSpan(int line, int from, int to, HighlightKind kind, int level)
{
    if (line < 0)
        return;
    const int column = m_source.utf16Column(line, from);
    const int length = m_source.utf16Column(line, to) - column;
    if (length > 0)
        m_facts.spans.append({line, column, length, kind, quint8(level)});
}

// One span per line from `from` to `last` inclusive; continuation lines start after their
// container prefix, as inline content does.
void Walker::addInlineRange(Pos from, Pos last, HighlightKind kind)
{
    if (!from.isValid() || !last.isValid() || last < from)
        return;
    for (int line = from.line; line <= last.line; ++line) {
        const int start = line == from.line ? from.column : m_source.contentStart(line);
        const int end = line == last.line ? last.column + 1 : m_source.lineLength(line);
        addSpan(line, start, end, kind);
    }
}

void Walker::addBlockLines(int first, int last, int column, HighlightKind kind)
{
    for (int line = std::max(first, 0); line <= last; ++line)
        addSpan(line, column, m_source.lineLength(line), kind);
}

// --- blocks -------------------------------------------------------------------------------

void Walker::enterLeaf(cmark_node *node, Pos cursor)
{
    m_leaf = node;
    m_leafStart = startOf(node);
    m_leafShift = cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH ? definitionLines(node) : 0;
    m_cursor = cursor;
    if (m_leafShift > 0) {
        const int line = m_leafStart.line + m_leafShift;
        m_cursor = {line, m_source.contentStart(line)};
    }
    m_open.clear();
}

void Walker::enterHeading(cmark_node *node)
{
    m_headingLevel = cmark_node_get_heading_level(node);
    m_headingText.clear();
    // ATX headings are one line; a setext heading has its underline below its text.
    if (blockLastLine(node) > startOf(node).line)
        enterSetextHeading(node);
    else
        enterAtxHeading(node);
}

void Walker::enterAtxHeading(cmark_node *node)
{
    const Pos start = startOf(node);
    const int line = start.line;
    int textStart = start.column;
    while (m_source.byteAt(line, textStart) == '#')
        ++textStart;
    addSpan(line, start.column, textStart, HighlightKind::HeadingMarker, m_headingLevel);
    while (isSpaceOrTab(m_source.byteAt(line, textStart)))
        ++textStart;
    // An optional closing sequence: '#'s after a space, then only spaces. cmark's end
    // column stops before it, so look at the whole line.
    int textEnd = std::max(m_source.lineLength(line), textStart);
    while (textEnd > textStart && isSpaceOrTab(m_source.byteAt(line, textEnd - 1)))
        --textEnd;
    int closing = textEnd;
    while (closing > textStart && m_source.byteAt(line, closing - 1) == '#')
        --closing;
    if (closing < textEnd &&
        (closing == textStart || isSpaceOrTab(m_source.byteAt(line, closing - 1)))) {
        addSpan(line, closing, textEnd, HighlightKind::HeadingMarker, m_headingLevel);
        textEnd = closing;
        while (textEnd > textStart && isSpaceOrTab(m_source.byteAt(line, textEnd - 1)))
            --textEnd;
    }
    addSpan(line, textStart, textEnd, HighlightKind::Heading, m_headingLevel);
    enterLeaf(node, {line, textStart});
}

void Walker::enterSetextHeading(cmark_node *node)
{
    const Pos start = startOf(node);
    const int underline = blockLastLine(node);
    for (int line = start.line; line < underline; ++line) {
        const int from = line == start.line ? start.column : m_source.contentStart(line);
        addSpan(line, from, m_source.lineLength(line), HighlightKind::Heading, m_headingLevel);
    }
    addSpan(underline, m_source.contentStart(underline), m_source.lineLength(underline),
            HighlightKind::HeadingMarker, m_headingLevel);
    enterLeaf(node, start);
}

void Walker::enterBlockQuote(cmark_node *node)
{
    // Each nested quote marks its own '>' on every line it spans; lazy lines have none.
    const Pos start = startOf(node);
    for (int line = start.line, last = blockLastLine(node); line <= last; ++line) {
        if (m_source.byteAt(line, start.column) == '>')
            addSpan(line, start.column, start.column + 1, HighlightKind::BlockQuote);
    }
}

void Walker::enterItem(cmark_node *node)
{
    const auto [line, column] = startOf(node);
    int end = column;
    if (cmark_node_get_list_type(cmark_node_parent(node)) == CMARK_ORDERED_LIST) {
        while (std::isdigit(quint8(m_source.byteAt(line, end))))
            ++end;
    }
    ++end; // the bullet, or the '.' or ')' after the number
    addSpan(line, column, end, HighlightKind::ListMarker);
    if (!hasType(node, "tasklist"))
        return;
    while (isSpaceOrTab(m_source.byteAt(line, end)))
        ++end;
    if (m_source.byteAt(line, end) == '[' && m_source.byteAt(line, end + 2) == ']')
        addSpan(line, end, end + 3, HighlightKind::TaskMarker);
}

void Walker::enterCodeBlock(cmark_node *node)
{
    const Pos start = startOf(node);
    const int last = blockLastLine(node);
    int fenceLength = 0;
    int fenceOffset = 0;
    char fenceChar = 0;
    if (!cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceChar)) {
        addBlockLines(start.line, last, start.column, HighlightKind::CodeBlock);
        return;
    }
    addSpan(start.line, start.column, m_source.lineLength(start.line), HighlightKind::CodeFence);
    // Content lines may be indented less than the fence; never colour the quote prefix.
    const auto contentColumn = [&](int line) {
        return std::min(start.column, m_source.contentStart(line));
    };
    const int closeAt = m_source.contentStart(last);
    int run = 0;
    while (m_source.byteAt(last, closeAt + run) == fenceChar)
        ++run;
    const bool closed = last > start.line && run >= fenceLength;
    for (int line = start.line + 1; line <= last; ++line) {
        const bool fence = closed && line == last;
        addSpan(line, contentColumn(line), m_source.lineLength(line),
                fence ? HighlightKind::CodeFence : HighlightKind::CodeBlock);
    }
}

void Walker::enterExtensionBlock(cmark_node *node)
{
    const Pos start = startOf(node);
    if (hasType(node, "table")) {
        addSpan(start.line + 1, start.column, m_source.lineLength(start.line + 1),
                HighlightKind::TableDelimiter);
    } else if (hasType(node, "table_header") || hasType(node, "table_row")) {
        addSpan(start.line, start.column, m_source.lineLength(start.line), HighlightKind::TableRow);
    } else if (hasType(node, "table_cell")) {
        enterLeaf(node, start);
    }
}

// --- inlines ------------------------------------------------------------------------------

void Walker::enterText(cmark_node *node)
{
    const char *literal = cmark_node_get_literal(node);
    if (m_headingLevel > 0)
        m_headingText += QString::fromUtf8(literal);
    const Pos start = startOf(node);
    if (!start.isValid() || !literal || !*literal)
        return;
    // Trust the literal's length where the source spells it out (no escapes or entities):
    // cmark's end is wrong for text split by the autolink extension.
    const int length = int(std::strlen(literal));
    int end = start.column + length;
    for (int i = 0; i < length && end >= 0; ++i) {
        if (m_source.byteAt(start.line, start.column + i) != literal[i])
            end = -1;
    }
    if (end < 0) {
        const Pos reported = endOf(node);
        end = reported.line == start.line ? reported.column + 1 : m_source.lineLength(start.line);
    }
    // Clamped to the line: cmark's positions can be far off (a table whose header row was
    // the last line of a paragraph reports the paragraph's columns).
    const qsizetype from = m_source.bodyOffset(start.line, start.column);
    const qsizetype to = m_source.bodyOffset(start.line, end);
    if (to > from)
        m_facts.proseRanges.append({from, to - from});
    if (end > start.column)
        m_cursor = {start.line, end};
}

void Walker::enterCode(cmark_node *node)
{
    if (m_headingLevel > 0)
        m_headingText += QString::fromUtf8(cmark_node_get_literal(node));
    Pos start = startOf(node);
    Pos end = endOf(node);
    if (!start.isValid() || !end.isValid())
        return;
    while (m_source.byteAt(start.line, start.column - 1) == '`')
        --start.column;
    while (m_source.byteAt(end.line, end.column + 1) == '`')
        ++end.column;
    addInlineRange(start, end, HighlightKind::InlineCode);
    m_cursor = {end.line, end.column + 1};
}

void Walker::enterHtmlInline(cmark_node *node)
{
    const Pos end = endOf(node);
    addInlineRange(startOf(node), end, HighlightKind::Html);
    if (end.isValid())
        m_cursor = {end.line, end.column + 1};
}

void Walker::enterBreak()
{
    if (m_headingLevel > 0)
        m_headingText += QLatin1Char(' ');
    if (m_cursor.isValid())
        m_cursor = {m_cursor.line + 1, m_source.contentStart(m_cursor.line + 1)};
}

void Walker::enterDelimited(cmark_node *node, HighlightKind kind)
{
    Pos start = startOf(node);
    if (!start.isValid())
        start = m_cursor;
    int markers = kind == HighlightKind::Strong ? 2 : 1;
    if (kind == HighlightKind::Strikethrough &&
        m_source.byteAt(start.line, start.column + 1) == '~')
        markers = 2;
    m_open.push_back({node, start, kind, markers});
    m_cursor = {start.line, start.column + markers};
}

void Walker::exitDelimited(const OpenInline &open)
{
    // The cursor sits on the closing delimiter; cmark's own end may lag (strikethrough).
    Pos end = {m_cursor.line, m_cursor.column + open.markerLength - 1};
    if (const Pos reported = endOf(open.node); reported.isValid() && end < reported)
        end = reported;
    addInlineRange(open.start, end, open.kind);
    m_cursor = {end.line, end.column + 1};
}

void Walker::enterLink(cmark_node *node)
{
    Pos start = startOf(node);
    const bool image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
    const int opener = image ? 2 : 1;
    if (cmark_node *child = cmark_node_first_child(node)) {
        if (const Pos first = startOf(child);
            first.isValid() && (!start.isValid() || first < start))
            start = {first.line, first.column - opener};
    }
    const char lead = start.isValid() ? m_source.byteAt(start.line, start.column) : 0;
    if (lead == '<') {
        const Pos end = endOf(node);
        addInlineRange(start, end, HighlightKind::Autolink);
        m_cursor = {end.line, end.column + 1};
        m_skipUntilExit = node;
    } else if (lead == '[' || (image && lead == '!')) {
        m_open.push_back({node, start, image ? HighlightKind::Image : HighlightKind::Link, opener});
        m_cursor = {start.line, start.column + opener};
    } else {
        enterBareAutolink(node);
    }
}

void Walker::exitLink(const OpenInline &open)
{
    const Pos end = endOf(open.node);
    if (m_source.byteAt(m_cursor.line, m_cursor.column) != ']' || !(m_cursor < end)) {
        addInlineRange(open.start, end, open.kind); // text and target not told apart
    } else {
        addInlineRange(open.start, m_cursor, open.kind);
        addInlineRange({m_cursor.line, m_cursor.column + 1}, end, HighlightKind::LinkUrl);
    }
    if (end.isValid())
        m_cursor = {end.line, end.column + 1};
}

// A URL the autolink extension found in plain text: its text is the source, so search for
// it from the cursor on the cursor's line.
void Walker::enterBareAutolink(cmark_node *node)
{
    m_skipUntilExit = node;
    cmark_node *child = cmark_node_first_child(node);
    const char *literal = child ? cmark_node_get_literal(child) : nullptr;
    if (!literal || !*literal || !m_cursor.isValid())
        return;
    const QByteArray needle(literal);
    const int lineStart = m_cursor.line;
    const int length = m_source.lineLength(lineStart);
    for (int column = std::max(m_cursor.column, 0); column + needle.size() <= length; ++column) {
        int matched = 0;
        while (matched < needle.size() &&
               m_source.byteAt(lineStart, column + matched) == needle[matched])
            ++matched;
        if (matched == needle.size()) {
            addSpan(lineStart, column, column + matched, HighlightKind::Autolink);
            m_cursor = {lineStart, column + matched};
            return;
        }
    }
}

} // namespace

SourceFacts collectSourceFacts(cmark_node *document, const SourceMap &source)
{
    return Walker(source).run(document);
}

} // namespace pw
