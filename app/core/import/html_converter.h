// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to app/core/import: the walker over gumbo's tree shared by html_to_markdown.cpp,
// html_elements.cpp and html_tables.cpp.

#include "core/import/html_to_markdown.h"
#include "core/import/markdown_blocks.h"
#include "core/import/markdown_inline.h"

#include <gumbo.h>

#include <QSet>
#include <QString>
#include <QVarLengthArray>
#include <vector>

namespace pw::importer {

// Attribute value, or an empty string.
QString attributeString(const GumboNode *node, const char *name);
bool hasClass(const GumboNode *node, QLatin1StringView cls);
bool hasClassPrefix(const GumboNode *node, QLatin1StringView prefix);
// All text below node, in document order (iterative: no recursion on deep trees).
QString textContent(const GumboNode *node, bool brAsNewline = false);

enum class UrlKind { Link, Image, Embed };
// The URL with whitespace trimmed, or empty when it is not safe to keep (javascript:,
// vbscript:, data:).
QString safeUrl(QStringView url, UrlKind kind, bool *rejected);

class Converter {
public:
    Converter(HtmlToMarkdownResult &result, const QString &source,
              const HtmlToMarkdownOptions &options = {});
    void convert(const GumboNode *root);

private:
    // Walking. Depth is bounded: past kMaxDepth a subtree is flattened to text.
    void walk(const GumboNode *node, int depth);
    void children(const GumboNode *node, int depth);
    void element(const GumboNode *node, int depth);
    void text(QStringView text);
    void flattened(const GumboNode *node);
    void comment(const GumboNode *node);

    // Blocks.
    void flush();
    void paragraphLike(const GumboNode *node, int depth);
    void container(const GumboNode *node, int depth);
    void heading(const GumboNode *node, int depth);
    void list(const GumboNode *node, int depth);
    void listItem(const GumboNode *node, int depth, const QString &marker);
    void blockquote(const GumboNode *node, int depth);
    void codeBlock(const GumboNode *node);
    void rule();
    void embed(const GumboNode *node);
    void embedUrl(const QString &url);

    // Inline.
    void span(const GumboNode *node, int depth, md::Span kind, int &nesting);
    void link(const GumboNode *node, int depth);
    void image(const GumboNode *node);
    struct ImageInfo {
        QString src, alt, title;
        bool emoji = false;
    };
    // The image's real source (lazy-load attributes win over placeholders); empty if unsafe.
    ImageInfo imageInfo(const GumboNode *node);
    void inlineCode(const GumboNode *node);
    void rawInline(const GumboNode *node, int depth, QLatin1StringView tag);

    // Tables (html_tables.cpp).
    void table(const GumboNode *node, int depth);
    void pipeTable(const GumboNode *node, int depth);
    void htmlTable(const GumboNode *node);
    void cleanHtml(const GumboNode *node, int depth, QString &out);

    void note(HtmlRepair repair, int count = 1);
    void collectClosingShortcodes(const QString &source);

    HtmlToMarkdownResult &m_result;
    const HtmlToMarkdownOptions m_options;
    md::BlockWriter m_writer;
    md::InlineBuffer m_inline;
    QSet<QString> m_closedShortcodes;

    int m_inlineOnly = 0; // inside a link, heading or table cell: blocks flatten to inline
    md::InlineMode m_inlineMode = md::InlineMode::Paragraph;
    int m_headingDepth = 0;
    int m_strongDepth = 0;
    int m_emDepth = 0;
    int m_strikeDepth = 0;
    int m_linkDepth = 0;
    int m_preDepth = 0;
    bool m_splitAfterImage = false; // [caption]: the caption after the image is its own block
    bool m_inCaption = false;
    std::vector<md::Span> m_openSpans; // re-opened in each block they cross
    QList<qsizetype> m_itemStarts;     // writer position where each open list item began

    // Two lists of the same kind with nothing between would merge in Markdown.
    qsizetype m_lastListEnd = -1;
    int m_lastListDepth = -1;
    bool m_lastListOrdered = false;
    bool m_lastListParen = false;
};

} // namespace pw::importer
