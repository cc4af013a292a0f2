// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/highlight/code_colours.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

struct cmark_node;

namespace pw {

class CodeHighlighter;
class SourceMap;

// How fenced code is coloured in rendered HTML.
struct CodeColouring {
    enum class Style : quint8 {
        Inline,  // style attributes: self-contained, survives pasting into any CMS
        Classes, // class="hl-keyword" and friends, styled by codeStylesheet()
    };
    std::shared_ptr<CodeHighlighter> highlighter; // null: code stays plain
    QString theme;                                // a KSyntaxHighlighting theme name
    Style style = Style::Inline;
    // The <pre> carries the theme's background and text colour (inline style only): what a
    // page needs that has no stylesheet for code. The preview has its own.
    bool blockColours = true;
    // The <pre> says which language it was coloured as (data-pw-label), for the preview's
    // caption: a typo in the info string shows there.
    bool labels = false;

    bool enabled() const { return highlighter && !theme.isEmpty(); }
    // The light and dark themes the app shows code in, for the editor and the preview.
    static QString lightTheme();
    static QString darkTheme();

    // For pages (HTML export, `convert --to html`, what publishing sends): the light theme,
    // the <pre> in its colours, no labels. `styleName` is one of styleNames(): "inline",
    // "classes" or "none" (code stays plain); anything else counts as "inline".
    static CodeColouring forPages(std::shared_ptr<CodeHighlighter> highlighter,
                                  const QString &styleName);
    static QStringList styleNames();
    // For the preview and the editor: the app's light or dark theme, labels on, no <pre>
    // colours (the preview's stylesheet has its own).
    static CodeColouring forPreview(std::shared_ptr<CodeHighlighter> highlighter, bool dark);
};

// A coloured run on one line of a code block, for the editor. Lines are 0-based lines of the
// parsed text (body lines after the caller's shift); columns are UTF-16 units of the line.
struct CodeSpan {
    int line = 0;
    int column = 0;
    int length = 0;
    Argb foreground = 0; // alpha 0: the code's normal colour
    quint8 flags = 0;    // CodeToken::Flag
    bool operator==(const CodeSpan &) const = default;
};

// What colouring the fenced code blocks of one parse yields (internal to core/markdown).
struct ColouredCode {
    // The HTML of each top-level code block, to render in place of cmark's; nested blocks
    // (in lists and quotes) are replaced in the tree itself.
    QHash<cmark_node *, QString> topLevelHtml;
    QList<CodeSpan> spans; // sorted by line, then column
    // Set when a block that asked for colour stayed plain because the highlighter could
    // not answer (not built, not found, down): why, to tell the writer once.
    QString unavailable;
};

// Colours every fenced code block of `document` that names a language. With `source` (the
// map of the parsed text), also the editor's spans. Blocks the highlighter cannot answer for
// are left as they are. Must run after every other reader of the tree and before rendering.
ColouredCode colourCodeBlocks(cmark_node *document, const SourceMap *source,
                              const CodeColouring &colouring);

// A code block's HTML as cmark writes it (`<pre><code class="language-…">`), coloured.
// `sourcePos` is the data-sourcepos attribute with its leading space, or empty; `info` the
// fence's info string; `code` the block's text with its final newline.
QString colouredCodeHtml(const QString &code, const QString &info, const CodeColours &colours,
                         const CodeColouring &colouring, const QByteArray &sourcePos = {});

// The stylesheet for CodeColouring::Style::Classes: the light theme's colours, and the dark
// theme's under prefers-color-scheme: dark.
QString codeStylesheet(const CodeThemeStyles &light, const CodeThemeStyles &dark);

// The class a text style gets ("hl-keyword"); empty for Normal and unknown styles.
QString codeStyleClass(quint8 textStyle);

} // namespace pw
