// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

// WordPress stores a classic post's content without <p> tags and adds them on display
// (wpautop): a blank line ends a paragraph, a single line break is a <br />. The raw content
// of such a post (REST `content.raw`, an export's content) needs the same paragraphs before it
// is converted, or sixty paragraphs become one.
//
// A port of WordPress 6.1's wpautop() (wp-includes/formatting.php), step by step, so the
// result is the HTML WordPress itself shows; tests/data/wpautop holds PHP's output to compare.
QString wpautop(const QString &text, bool br = true);

// What the_content does: block-editor content (it contains "<!-- wp:", WordPress' has_blocks())
// is returned as it is, because do_blocks() takes wpautop off the filter chain for it; any
// other content goes through wpautop().
QString wordpressAutop(const QString &content);

// Whether WordPress treats the content as block-editor content (has_blocks()).
bool hasBlocks(const QString &content);

namespace autop {
// WordPress' wp_replace_in_html_tags(): replaces `from` with `to` only inside HTML tags and
// comments (as wp_html_split() finds them), never in text.
QString replaceInHtmlTags(const QString &text, QStringView from, QStringView to);
} // namespace autop

} // namespace pw
