// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/markdown_highlighter.h"

#include "gui/editor/color_blend.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QTextBlock>
#include <QTextBlockUserData>
#include <QTextDocument>

#include <algorithm>

namespace pw::gui {

namespace {

class SpanData : public QTextBlockUserData {
public:
    QList<HighlightSpan> spans;
    QList<CodeSpan> codeSpans; // fenced code's language colours, over the code block's look
};

// The spans of `list` on `line`, from `i` on (both lists are sorted by line); moves `i` past them.
template<typename Span>
std::pair<qsizetype, qsizetype> spansOnLine(const QList<Span> &list, qsizetype &i, int line)
{
    while (i < list.size() && list.at(i).line < line)
        ++i;
    const qsizetype first = i;
    while (i < list.size() && list.at(i).line == line)
        ++i;
    return {first, i};
}

template<typename Span>
bool sameSpans(const QList<Span> &kept, const QList<Span> &list, std::pair<qsizetype, qsizetype> range)
{
    return std::equal(kept.cbegin(), kept.cend(), list.cbegin() + range.first,
                      list.cbegin() + range.second);
}

QTextCharFormat codeFormat(const CodeSpan &span)
{
    QTextCharFormat format;
    if (hasColour(span.foreground))
        format.setForeground(QColor::fromRgba(span.foreground));
    if (span.flags & CodeToken::Bold)
        format.setFontWeight(QFont::Bold);
    if (span.flags & CodeToken::Italic)
        format.setFontItalic(true);
    return format;
}

// Spans nest (a link inside a heading, a URL inside a link): lines first, then inline
// styles, then code, then the dimmed markers on top, each merged over what is beneath.
int layerOf(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Heading:
    case HighlightKind::BlockQuote:
    case HighlightKind::CodeBlock:
    case HighlightKind::TableRow:
        return 0;
    case HighlightKind::Emphasis:
    case HighlightKind::Strong:
    case HighlightKind::Strikethrough:
    case HighlightKind::Link:
    case HighlightKind::Image:
    case HighlightKind::Autolink:
    case HighlightKind::Html:
        return 1;
    case HighlightKind::InlineCode:
        return 2;
    case HighlightKind::HeadingMarker:
    case HighlightKind::CodeFence:
    case HighlightKind::LinkUrl:
    case HighlightKind::ListMarker:
    case HighlightKind::TaskMarker:
    case HighlightKind::TableDelimiter:
    case HighlightKind::ThematicBreak:
        return 3;
    }
    return 1;
}

// Above this share of changed blocks one full pass is cheaper than many single ones.
constexpr int kFullPassPercent = 50;

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document), m_palette(QGuiApplication::palette()),
      m_baseFont(document ? document->defaultFont() : QFont())
{
    buildFormats();
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

void MarkdownHighlighter::setAppearance(const QPalette &palette, const QFont &baseFont)
{
    if (palette == m_palette && baseFont == m_baseFont)
        return;
    m_palette = palette;
    m_baseFont = baseFont;
    buildFormats();
    rehighlight();
}

void MarkdownHighlighter::buildFormats()
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor text = m_palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    const QColor dim = blend(text, base, 0.5);
    const QColor accent = dark ? QColor(0x7f, 0xb2, 0xf0) : QColor(0x1f, 0x5f, 0xbf);
    const QColor warm = dark ? QColor(0xf0, 0xa3, 0x5e) : QColor(0xa8, 0x55, 0x00);
    const QColor html = dark ? QColor(0xc7, 0x9a, 0xd8) : QColor(0x86, 0x3f, 0x9c);
    const QColor codeBackground = blend(base, text, dark ? 0.12 : 0.07);
    const QStringList monoFamilies = QFontDatabase::systemFont(QFontDatabase::FixedFont).families();

    qreal basePoints = m_baseFont.pointSizeF();
    if (basePoints <= 0)
        basePoints = QFontInfo(m_baseFont).pointSizeF();

    for (QTextCharFormat &f : m_formats)
        f = QTextCharFormat();
    const auto at = [this](HighlightKind kind) -> QTextCharFormat & {
        return m_formats[std::size_t(kind)];
    };

    at(HighlightKind::Heading).setFontWeight(QFont::Bold);
    at(HighlightKind::HeadingMarker).setForeground(dim);
    at(HighlightKind::Emphasis).setFontItalic(true);
    at(HighlightKind::Strong).setFontWeight(QFont::Bold);
    at(HighlightKind::Strikethrough).setFontStrikeOut(true);
    at(HighlightKind::Strikethrough).setForeground(blend(text, base, 0.3));

    for (HighlightKind kind :
         {HighlightKind::InlineCode, HighlightKind::CodeBlock, HighlightKind::CodeFence}) {
        QTextCharFormat &f = at(kind);
        f.setFontFamilies(monoFamilies);
        f.setFontFixedPitch(true);
        // Code keeps its own shape inside headings and emphasis.
        f.setFontItalic(false);
        f.setBackground(codeBackground);
    }
    at(HighlightKind::CodeFence).setForeground(dim);

    at(HighlightKind::Link).setForeground(accent);
    at(HighlightKind::Image).setForeground(accent);
    at(HighlightKind::Image).setFontItalic(true);
    at(HighlightKind::Autolink).setForeground(accent);
    at(HighlightKind::Autolink).setFontUnderline(true);
    // The address is needed while editing but is not what the reader sees.
    at(HighlightKind::LinkUrl).setForeground(blend(accent, base, 0.45));
    at(HighlightKind::LinkUrl).setFontItalic(false);
    at(HighlightKind::LinkUrl).setFontWeight(QFont::Normal);

    // The parse marks only the '>' of a quote; the rest of such a line is quoted text.
    at(HighlightKind::BlockQuote).setForeground(warm);
    at(HighlightKind::BlockQuote).setFontWeight(QFont::Bold);
    m_delimiter = QTextCharFormat();
    m_delimiter.setForeground(dim);
    m_delimiter.setFontStrikeOut(false);
    m_quoteText = QTextCharFormat();
    m_quoteText.setForeground(blend(text, base, 0.28));
    at(HighlightKind::ListMarker).setForeground(warm);
    at(HighlightKind::ListMarker).setFontWeight(QFont::Bold);
    at(HighlightKind::TaskMarker).setForeground(warm);
    at(HighlightKind::TableDelimiter).setForeground(dim);
    at(HighlightKind::Html).setForeground(html);
    at(HighlightKind::ThematicBreak).setForeground(dim);

    // Headings step down in size so the outline shows at a glance, without leaving the grid
    // the monospace text sets up: h4 to h6 differ by weight only.
    static constexpr qreal scale[7] = {1.0, 1.5, 1.3, 1.15, 1.0, 1.0, 1.0};
    for (int level = 0; level <= 6; ++level) {
        QTextCharFormat f = at(HighlightKind::Heading);
        if (level > 0 && basePoints > 0)
            f.setFontPointSize(basePoints * scale[level]);
        if (level >= 5)
            f.setForeground(blend(text, base, 0.2));
        m_headingFormats[std::size_t(level)] = f;
    }
}

QTextCharFormat MarkdownHighlighter::formatFor(HighlightKind kind, int level) const
{
    if (kind == HighlightKind::Heading)
        return m_headingFormats[std::size_t(qBound(0, level, 6))];
    if (kind == HighlightKind::HeadingMarker) {
        // "## " at the size of its heading, so the line does not look broken in two.
        QTextCharFormat f = m_headingFormats[std::size_t(qBound(0, level, 6))];
        f.merge(m_formats[std::size_t(kind)]);
        return f;
    }
    return m_formats[std::size_t(kind)];
}

void MarkdownHighlighter::setSnapshot(SnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    QTextDocument *doc = document();
    if (!doc)
        return;

    static const QList<HighlightSpan> none;
    static const QList<CodeSpan> noCode;
    const QList<HighlightSpan> &spans = m_snapshot ? m_snapshot->spans : none;
    const QList<CodeSpan> &codeSpans = m_snapshot ? m_snapshot->codeSpans : noCode;

    QList<QTextBlock> changed;
    qsizetype i = 0;
    qsizetype c = 0;
    int line = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next(), ++line) {
        const auto markdown = spansOnLine(spans, i, line);
        const auto code = spansOnLine(codeSpans, c, line);
        auto *data = static_cast<SpanData *>(block.userData());
        const bool same = data ? sameSpans(data->spans, spans, markdown) &&
                                     sameSpans(data->codeSpans, codeSpans, code)
                               : markdown.first == markdown.second && code.first == code.second;
        if (!same) {
            if (!data) {
                data = new SpanData;
                block.setUserData(data); // the block owns it
            }
            data->spans = spans.mid(markdown.first, markdown.second - markdown.first);
            data->codeSpans = codeSpans.mid(code.first, code.second - code.first);
            changed.append(block);
        }
    }

    if (changed.size() * 100 > qsizetype(doc->blockCount()) * kFullPassPercent &&
        changed.size() > 8) {
        rehighlight();
        return;
    }
    for (const QTextBlock &block : std::as_const(changed))
        rehighlightBlock(block);
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    ++m_highlightCount;
    const auto *data = static_cast<const SpanData *>(currentBlockUserData());
    if (!data || (data->spans.isEmpty() && data->codeSpans.isEmpty()) || text.isEmpty())
        return;

    QList<const HighlightSpan *> ordered;
    ordered.reserve(data->spans.size());
    for (const HighlightSpan &span : data->spans)
        ordered.append(&span);
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto *a, const auto *b) {
        return layerOf(a->kind) < layerOf(b->kind);
    });

    // Columns may be stale while the writer types ahead of the parse: clip, never trust.
    const int length = int(text.size());
    QList<QTextCharFormat> chars(length);
    int quoteEnd = -1;
    for (const HighlightSpan &span : data->spans) {
        if (span.kind == HighlightKind::BlockQuote)
            quoteEnd = qMax(quoteEnd, span.column + span.length);
    }
    for (int k = qMax(0, quoteEnd); quoteEnd >= 0 && k < length; ++k)
        chars[k] = m_quoteText;
    for (const HighlightSpan *span : std::as_const(ordered)) {
        const int from = qBound(0, span->column, length);
        const int to = qBound(from, span->column + span->length, length);
        const QTextCharFormat format = formatFor(span->kind, span->level);
        for (int k = from; k < to; ++k)
            chars[k].merge(format);
    }
    // The language's colours go over the code block's monospace and background.
    for (const CodeSpan &span : data->codeSpans) {
        const int from = qBound(0, span.column, length);
        const int to = qBound(from, span.column + span.length, length);
        const QTextCharFormat format = codeFormat(span);
        for (int k = from; k < to; ++k)
            chars[k].merge(format);
    }
    // The parse gives the whole "**bold**"; its delimiters are dimmed like other markers so
    // the words stand out. Only characters that really are delimiters count (spans may lag).
    for (const HighlightSpan *span : std::as_const(ordered)) {
        int maxRun = 0;
        switch (span->kind) {
        case HighlightKind::Emphasis:
            maxRun = 1;
            break;
        case HighlightKind::Strong:
        case HighlightKind::Strikethrough:
            maxRun = 2;
            break;
        case HighlightKind::InlineCode:
            maxRun = span->length / 2;
            break;
        default:
            continue;
        }
        const int from = qBound(0, span->column, length);
        const int to = qBound(from, span->column + span->length, length);
        if (to - from < 2)
            continue;
        const QChar c = text.at(from);
        if (c != QLatin1Char('*') && c != QLatin1Char('_') && c != QLatin1Char('~') &&
            c != QLatin1Char('`'))
            continue;
        int lead = 0;
        while (lead < maxRun && from + lead < to && text.at(from + lead) == c)
            ++lead;
        int trail = 0;
        while (trail < lead && to - 1 - trail > from + lead && text.at(to - 1 - trail) == c)
            ++trail;
        for (int k = from; k < from + lead; ++k)
            chars[k].merge(m_delimiter);
        for (int k = to - trail; k < to; ++k)
            chars[k].merge(m_delimiter);
    }

    for (int k = 0; k < length;) {
        int end = k + 1;
        while (end < length && chars.at(end) == chars.at(k))
            ++end;
        if (!chars.at(k).properties().isEmpty())
            setFormat(k, end - k, chars.at(k));
        k = end;
    }
}

} // namespace pw::gui
