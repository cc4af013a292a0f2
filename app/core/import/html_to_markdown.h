// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

// What the converter changed on purpose, so the import review can say so.
enum class HtmlRepair {
    ScriptRemoved,        // <script>, <noscript>, <template>
    StyleRemoved,         // <style>
    EventHandlerRemoved,  // on*= attributes
    UnsafeUrlRemoved,     // javascript:, vbscript:, data: links and sources (words kept)
    FormRemoved,          // forms and their controls
    UnsupportedRemoved,   // svg, math, canvas, ...
    EmbedKeptAsLink,      // iframe, video, audio, embed, object -> a bare URL line
    EmbedWithoutSource,   // an embed with no usable URL: nothing could be kept
    ShortcodeDropped,     // [caption], [/caption], [gallery ids=...]
    TableKeptAsHtml,      // colspan/rowspan or block content in cells
    DeepNestingFlattened, // nesting beyond what the converter walks: text kept, structure not
};

struct HtmlRepairCount {
    HtmlRepair repair;
    int count = 0;
    bool operator==(const HtmlRepairCount &) const = default;
};

struct HtmlToMarkdownResult {
    QString markdown;               // GitHub-Flavoured Markdown, ends with one newline
    QList<HtmlRepairCount> repairs; // in first-seen order, one entry per kind
    QStringList embedUrls;          // the URLs embeds were kept as
    // Names of the shortcodes dropped (or, with keepShortcodes, kept as text), first-seen order.
    QStringList shortcodes;

    int count(HtmlRepair repair) const;
};

struct HtmlToMarkdownOptions {
    // Shortcodes left in rendered HTML (REST content.rendered) are those of a plugin that is
    // gone, and are dropped with their brackets. In content WordPress has not rendered (an
    // export), they are the author's text for a plugin the new site may have: kept as written,
    // brackets unescaped where Markdown allows.
    bool keepShortcodes = false;
};

// Converts an HTML fragment (e.g. WordPress content.rendered) to GitHub-Flavoured Markdown.
// Parsed as a browser would (gumbo); scripts, styles, handlers and script URLs never reach the
// output. WordPress' <!--more--> and <!--nextpage--> comments are kept on a line of their own.
HtmlToMarkdownResult htmlToMarkdown(const QString &html, const HtmlToMarkdownOptions &options = {});

// A translated sentence for the import review: "2 scripts removed".
QString describeRepair(HtmlRepair repair, int count);

} // namespace pw
