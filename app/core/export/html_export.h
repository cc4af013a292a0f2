// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/atomic_writer.h"
#include "core/markdown/code_colouring.h"
#include "core/post.h"

#include <QHash>
#include <QString>

namespace pw {

// A standalone HTML page of the post, for publishing or sharing as it is: in the head the
// title, the meta description, Open Graph tags and a schema.org BlogPosting as JSON-LD; in
// the body the title as H1 and the rendered Markdown, without the preview's data-sourcepos.
//
// Extras used when present: `permalink` or `link` (og:url, canonical link, JSON-LD url) and
// `date` (datePublished). Every value is escaped for where it goes: HTML-escaped in
// attributes and text, and JSON-LD with "</" written "<\/" so no value can end the script.
// Fenced code is coloured as `code` says; with classes, the page's <style> carries the
// stylesheet for them (light, and dark under prefers-color-scheme).
QString exportHtml(const Post &post, const CodeColouring &code = {});

// Writes exportHtml(post) as UTF-8 through writeFileAtomically: File → Export → As HTML and
// `postwright convert --to html -o` both write with this, so they write the same bytes.
WriteResult writeHtmlPage(const QString &path, const Post &post, const CodeColouring &code = {});

// Markdown rendered as clean HTML, for pasting into a CMS: what exportHtml puts in the page's
// <article> after the title (the whole body, or a piece such as the editor's selection). The
// preview's renderer with its options and extensions, script-capable URLs cleared alike, but
// nothing of the preview's own: no data-sourcepos and no wrapper around raw HTML blocks, so
// an open <div> in the post encloses what follows it as it would on the site.
// Fenced code is coloured as `code` says (never with the preview's labels).
QString renderCleanHtml(const QString &markdown, const CodeColouring &code = {});
// The same with some images elsewhere: `imageUrls` maps an image's destination as the Markdown
// writes it ("images/a.png") to the URL the HTML gives it (where a site stores the upload).
QString renderCleanHtml(const QString &markdown, const QHash<QString, QString> &imageUrls,
                        const CodeColouring &code = {});

// The <style> content a page with class-coloured code needs (empty for inline or no colours).
QString codeStylesheetFor(const CodeColouring &code);

} // namespace pw
