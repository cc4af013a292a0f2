// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "span_collector.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QColor>
#include <QMetaEnum>

#include <utility>

namespace pw {

namespace {

using KSyntaxHighlighting::Theme;

quint8 flagsOf(bool bold, bool italic, bool underline, bool strikeThrough)
{
    return quint8((bold ? CodeSpanCollector::Bold : 0) | (italic ? CodeSpanCollector::Italic : 0) |
                  (underline ? CodeSpanCollector::Underline : 0) |
                  (strikeThrough ? CodeSpanCollector::StrikeThrough : 0));
}

// A colour whose alpha is 0 means "none" on the wire, so a transparent one is none.
QRgb colourOrNone(QRgb colour)
{
    return qAlpha(colour) == 0 ? 0 : colour;
}

// "PHP (HTML)" colours PHP only between <?php and ?>, but blog snippets usually leave the
// opening tag out; such a block is highlighted as if it followed one.
bool startsInsidePhp(const KSyntaxHighlighting::Definition &definition, QStringView code)
{
    return definition.name() == QLatin1String("PHP (HTML)") && !code.contains(u"<?");
}

} // namespace

std::vector<CodeSpanCollector::Span>
CodeSpanCollector::collect(const KSyntaxHighlighting::Definition &definition,
                           const KSyntaxHighlighting::Theme &theme, QStringView code)
{
    setDefinition(definition);
    setTheme(theme);
    m_normalFlags = flagsOf(theme.isBold(Theme::Normal), theme.isItalic(Theme::Normal),
                            theme.isUnderline(Theme::Normal), theme.isStrikeThrough(Theme::Normal));
    m_spans.clear();

    KSyntaxHighlighting::State state;
    if (startsInsidePhp(definition, code)) {
        m_collecting = false;
        state = highlightLine(QStringView(u"<?php"), state);
    }
    m_collecting = true;
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = code.indexOf(u'\n', start);
        const qsizetype end = newline < 0 ? code.size() : newline;
        QStringView line = code.mid(start, end - start);
        // A CRLF block: the '\r' would hide a line continuation ("\\\r") from the definition.
        if (line.endsWith(u'\r'))
            line.chop(1);
        m_lineStart = quint32(start);
        state = highlightLine(line, state);
        if (newline < 0)
            break;
        start = newline + 1;
    }
    m_collecting = false;
    return std::exchange(m_spans, {});
}

void CodeSpanCollector::applyFormat(int offset, int length,
                                    const KSyntaxHighlighting::Format &format)
{
    if (!m_collecting || length <= 0 || !format.isValid())
        return;
    const Theme current = theme();
    Span span;
    span.offset = m_lineStart + quint32(offset);
    span.length = quint32(length);
    if (format.hasTextColor(current))
        span.foreground = colourOrNone(format.textColor(current).rgba());
    if (format.hasBackgroundColor(current))
        span.background = colourOrNone(format.backgroundColor(current).rgba());
    span.flags = flagsOf(format.isBold(current), format.isItalic(current),
                         format.isUnderline(current), format.isStrikeThrough(current));
    span.textStyle = quint8(format.textStyle());
    if (span.foreground == 0 && span.background == 0 && span.flags == m_normalFlags)
        return; // looks like normal text

    if (!m_spans.empty()) {
        Span &last = m_spans.back();
        const quint32 lastEnd = last.offset + last.length;
        if (span.offset < lastEnd) { // the library never overlaps runs; keep the promise anyway
            if (span.offset + span.length <= lastEnd)
                return;
            span.length -= lastEnd - span.offset;
            span.offset = lastEnd;
        }
        if (span.offset == lastEnd && span.foreground == last.foreground &&
            span.background == last.background && span.flags == last.flags &&
            span.textStyle == last.textStyle) {
            last.length += span.length;
            return;
        }
    }
    m_spans.push_back(span);
}

std::vector<CodeSpanCollector::Span>
CodeSpanCollector::themeStyles(const KSyntaxHighlighting::Theme &theme)
{
    // Counted from the enum itself, so a library with more styles sends them all.
    const QMetaEnum styles = QMetaEnum::fromType<Theme::TextStyle>();
    std::vector<Span> spans;
    spans.reserve(std::size_t(styles.keyCount()));
    for (int i = 0; i < styles.keyCount(); ++i) {
        const auto style = Theme::TextStyle(styles.value(i));
        Span span;
        span.offset = quint32(style);
        span.foreground = colourOrNone(theme.textColor(style));
        span.background = colourOrNone(theme.backgroundColor(style));
        span.flags = flagsOf(theme.isBold(style), theme.isItalic(style), theme.isUnderline(style),
                             theme.isStrikeThrough(style));
        span.textStyle = quint8(style);
        spans.push_back(span);
    }
    return spans;
}

} // namespace pw
