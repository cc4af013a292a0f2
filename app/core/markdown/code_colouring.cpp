// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/code_colouring.h"

#include "core/highlight/code_highlighter.h"
#include "core/markdown/cmark_handles.h"
#include "core/markdown/preview_blocks.h"
#include "core/markdown/source_map.h"

#include <QCoreApplication>

#include <cmark-gfm.h>

#include <algorithm>
#include <array>

namespace pw {

namespace {

// KSyntaxHighlighting::Theme::TextStyle, in its order (5.103 and 6.x agree).
constexpr std::array<const char *, 31> styleNames = {
    "",           "keyword",       "function",      "variable",     "control-flow",
    "operator",   "builtin",       "extension",     "preprocessor", "attribute",
    "char",       "special-char",  "string",        "verbatim-string", "special-string",
    "import",     "data-type",     "dec-val",       "base-n",       "float",
    "constant",   "comment",       "documentation", "annotation",   "comment-var",
    "region-marker", "information", "warning",      "alert",        "error",
    "others",
};

QString cssColour(Argb colour)
{
    return QStringLiteral("#%1").arg(colour & 0xffffff, 6, 16, QLatin1Char('0'));
}

// The declarations a token's look needs, without the ones a class would give it.
QString tokenCss(const CodeToken &token)
{
    QStringList css;
    if (hasColour(token.foreground))
        css << QStringLiteral("color:") + cssColour(token.foreground);
    if (hasColour(token.background))
        css << QStringLiteral("background-color:") + cssColour(token.background);
    if (token.flags & CodeToken::Bold)
        css << QStringLiteral("font-weight:bold");
    if (token.flags & CodeToken::Italic)
        css << QStringLiteral("font-style:italic");
    QStringList lines;
    if (token.flags & CodeToken::Underline)
        lines << QStringLiteral("underline");
    if (token.flags & CodeToken::StrikeOut)
        lines << QStringLiteral("line-through");
    if (!lines.isEmpty())
        css << QStringLiteral("text-decoration:") + lines.join(QLatin1Char(' '));
    return css.join(QLatin1Char(';'));
}

QString openingTag(const CodeToken &token, CodeColouring::Style style)
{
    if (style == CodeColouring::Style::Classes) {
        const QString name = codeStyleClass(token.textStyle);
        return name.isEmpty() ? QString() : QStringLiteral("<span class=\"%1\">").arg(name);
    }
    const QString css = tokenCss(token);
    return css.isEmpty() ? QString() : QStringLiteral("<span style=\"%1\">").arg(css);
}

// The info string's first word as cmark writes it into class="language-…" (braces and all),
// so a coloured block keeps the class a plain one would have. The language asked for is
// CodeHighlighter::languageWord's.
QString firstWord(const QString &info)
{
    const QString trimmed = info.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && !trimmed.at(end).isSpace())
        ++end;
    return trimmed.left(end);
}

QString label(const QString &info, const CodeColours &colours)
{
    if (!colours.language.isEmpty())
        return colours.language;
    return QCoreApplication::translate("pw::CodeColouring",
                                       "%1: no language of that name, not coloured")
        .arg(CodeHighlighter::languageWord(info));
}

// The editor's spans of one block: its tokens cut at line ends and placed on the body lines,
// after whatever container prefix ("> ", list indentation) each line has.
void appendEditorSpans(QList<CodeSpan> &spans, const QString &code, const CodeColours &colours,
                       int firstContentLine, const SourceMap &source)
{
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (code.at(i) == QLatin1Char('\n'))
            lineStarts.append(i + 1);
    }
    // Where each code line starts on its body line, or -1 where the two do not match (a tab
    // cmark expanded): such a line stays uncoloured rather than coloured in the wrong place.
    QList<int> columns(lineStarts.size(), -1);
    for (qsizetype line = 0; line < lineStarts.size(); ++line) {
        const qsizetype end =
            line + 1 < lineStarts.size() ? lineStarts.at(line + 1) - 1 : code.size();
        const QByteArray text = QStringView(code).sliced(lineStarts.at(line),
                                                         end - lineStarts.at(line)).toUtf8();
        const int bodyLine = firstContentLine + int(line);
        const QByteArrayView bytes = source.lineBytes(bodyLine);
        if (bytes.endsWith(text))
            columns[line] = source.utf16Column(bodyLine, int(bytes.size() - text.size()));
    }
    for (const CodeToken &token : colours.tokens) {
        if (!hasColour(token.foreground) && !(token.flags & (CodeToken::Bold | CodeToken::Italic)))
            continue;
        const qsizetype tokenEnd = std::min<qsizetype>(code.size(), token.offset + token.length);
        auto line = std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), token.offset) -
                    lineStarts.cbegin() - 1;
        for (qsizetype from = token.offset; from < tokenEnd && line < lineStarts.size(); ++line) {
            const qsizetype lineEnd =
                line + 1 < lineStarts.size() ? lineStarts.at(line + 1) - 1 : code.size();
            const qsizetype to = std::min(tokenEnd, lineEnd);
            if (to > from && columns.at(line) >= 0)
                spans.append({firstContentLine + int(line),
                              columns.at(line) + int(from - lineStarts.at(line)), int(to - from),
                              token.foreground, token.flags});
            from = lineEnd + 1;
        }
    }
}

} // namespace

QString CodeColouring::lightTheme()
{
    return QStringLiteral("GitHub Light");
}

QString CodeColouring::darkTheme()
{
    return QStringLiteral("GitHub Dark");
}

CodeColouring CodeColouring::forPages(std::shared_ptr<CodeHighlighter> highlighter,
                                      const QString &styleName)
{
    CodeColouring colouring;
    if (styleName == QLatin1String("none"))
        return colouring;
    colouring.highlighter = std::move(highlighter);
    colouring.theme = lightTheme();
    colouring.style = styleName == QLatin1String("classes") ? Style::Classes : Style::Inline;
    return colouring;
}

QStringList CodeColouring::styleNames()
{
    return {QStringLiteral("inline"), QStringLiteral("classes"), QStringLiteral("none")};
}

CodeColouring CodeColouring::forPreview(std::shared_ptr<CodeHighlighter> highlighter, bool dark)
{
    CodeColouring colouring;
    colouring.highlighter = std::move(highlighter);
    colouring.theme = dark ? darkTheme() : lightTheme();
    colouring.blockColours = false;
    colouring.labels = true;
    return colouring;
}

QString codeStyleClass(quint8 textStyle)
{
    if (textStyle == 0 || textStyle >= styleNames.size())
        return {};
    return QStringLiteral("hl-") + QLatin1String(styleNames[textStyle]);
}

QString colouredCodeHtml(const QString &code, const QString &info, const CodeColours &colours,
                         const CodeColouring &colouring, const QByteArray &sourcePos)
{
    QString html = QStringLiteral("<pre") + QString::fromUtf8(sourcePos);
    if (colouring.labels) {
        html += QStringLiteral(" data-pw-label=\"%1\"").arg(label(info, colours).toHtmlEscaped());
        if (colours.language.isEmpty())
            html += QStringLiteral(" data-pw-unknown");
    }
    if (colouring.style == CodeColouring::Style::Classes) {
        html += QStringLiteral(" class=\"pw-code\"");
    } else if (colouring.blockColours && !colours.language.isEmpty()) {
        // The theme's own background and text: its token colours were chosen for them.
        const std::optional<CodeThemeStyles> theme =
            colouring.highlighter ? colouring.highlighter->themeStyles(colouring.theme)
                                  : std::nullopt;
        if (theme && !theme->styles.isEmpty())
            html += QStringLiteral(" style=\"background-color:%1;color:%2\"")
                        .arg(cssColour(theme->background),
                             cssColour(theme->styles.constFirst().foreground));
    }
    html += QStringLiteral("><code");
    if (const QString word = firstWord(info); !word.isEmpty())
        html += QStringLiteral(" class=\"language-%1\"").arg(word.toHtmlEscaped());
    html += QLatin1Char('>');

    qsizetype at = 0;
    for (const CodeToken &token : colours.tokens) {
        const qsizetype from = std::clamp<qsizetype>(token.offset, at, code.size());
        const qsizetype to = std::clamp<qsizetype>(qsizetype(token.offset) + token.length, from,
                                                   code.size());
        if (to == from)
            continue;
        html += QStringView(code).sliced(at, from - at).toString().toHtmlEscaped();
        const QString text = QStringView(code).sliced(from, to - from).toString().toHtmlEscaped();
        const QString open = openingTag(token, colouring.style);
        html += open.isEmpty() ? text : open + text + QStringLiteral("</span>");
        at = to;
    }
    html += QStringView(code).sliced(at).toString().toHtmlEscaped();
    html += QStringLiteral("</code></pre>\n");
    return html;
}

QString codeStylesheet(const CodeThemeStyles &light, const CodeThemeStyles &dark)
{
    const auto rules = [](const CodeThemeStyles &theme) {
        QString css;
        if (!theme.styles.isEmpty())
            css += QStringLiteral(".pw-code{background-color:%1;color:%2}")
                       .arg(cssColour(theme.background),
                            cssColour(theme.styles.constFirst().foreground));
        for (const CodeToken &style : theme.styles) {
            const QString name = codeStyleClass(quint8(style.offset));
            if (name.isEmpty())
                continue;
            const QString declarations = tokenCss(style);
            // A style that looks like normal text still resets what the other theme gave it.
            css += QStringLiteral(".pw-code .%1{%2}")
                       .arg(name, declarations.isEmpty() ? QStringLiteral("color:inherit")
                                                         : declarations);
        }
        return css;
    };
    QString css = rules(light);
    if (!dark.styles.isEmpty())
        css += QStringLiteral("\n@media (prefers-color-scheme: dark){%1}").arg(rules(dark));
    return css + QLatin1Char('\n');
}

ColouredCode colourCodeBlocks(cmark_node *document, const SourceMap *source,
                              const CodeColouring &colouring)
{
    ColouredCode result;
    if (!colouring.highlighter)
        return result;
    QList<cmark_node *> blocks;
    const CmarkIterPtr iter(cmark_iter_new(document));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        int length = 0, offset = 0; // cmark writes them unasked
        char fence = 0;
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
            cmark_node_get_fenced(node, &length, &offset, &fence))
            blocks.append(node);
    }
    for (cmark_node *node : std::as_const(blocks)) {
        const QString info = QString::fromUtf8(cmark_node_get_fence_info(node));
        const QString code = QString::fromUtf8(cmark_node_get_literal(node));
        QString text = code;
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        const CodeColoursPtr colours =
            colouring.highlighter->colours(info, text, colouring.theme);
        if (!colours) {
            if (result.unavailable.isEmpty())
                result.unavailable = colouring.highlighter->unavailableReason();
            continue;
        }
        if (source)
            appendEditorSpans(result.spans, text, *colours, cmark_node_get_start_line(node),
                              *source);
        const QString html =
            colouredCodeHtml(code, info, *colours, colouring, sourcePosAttribute(node));
        if (cmark_node_parent(node) == document) {
            result.topLevelHtml.insert(node, html);
            continue;
        }
        // Inside a list or quote: raw HTML in its place renders as it stands.
        cmark_node *raw = cmark_node_new(CMARK_NODE_HTML_BLOCK);
        cmark_node_set_literal(raw, html.toUtf8().constData());
        cmark_node_insert_before(node, raw);
        cmark_node_free(node);
    }
    std::sort(result.spans.begin(), result.spans.end(), [](const CodeSpan &a, const CodeSpan &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return result;
}

} // namespace pw
