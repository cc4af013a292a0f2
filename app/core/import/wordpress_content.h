// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace pw {

// A media item of the same export (a WXR item of post type "attachment"), as shortcodes and the
// featured image refer to it by id.
struct WordPressAttachment {
    qint64 id = 0;
    QString url;     // wp:attachment_url
    QString title;   // the item's title
    QString caption; // its excerpt, which is where WordPress keeps a caption
    QString alt;     // the _wp_attachment_image_alt meta
};

// Finds an attachment by id; null when the export has none with that id.
using AttachmentLookup = std::function<const WordPressAttachment *(qint64 id)>;

// What turning stored content into HTML met that the import review should list.
struct WordPressContentReport {
    // Names in first-seen order of the shortcodes kept in the text as written: those of plugins
    // and themes, and core ones that need what an export lacks (a [gallery] without ids shows
    // the post's attached images; [audio] without a source, its attached audio).
    QStringList unknownShortcodes;
    QList<qint64> missingAttachments; // ids a [gallery] or [playlist] named but the export lacks
    int pageBreaks = 0;               // <!--nextpage--> markers, kept
    bool hasMore = false;             // a <!--more--> marker, kept
};

// A post's content as WordPress stores it (an export's content:encoded, REST content.raw)
// becomes the HTML WordPress would show for it, minus the theme: paragraphs as wpautop makes
// them (classic posts only; block markup is left as it is, as the_content does), the shortcodes
// WordPress core knows ([caption], [gallery], [playlist], [embed], [audio], [video], and bare
// URLs of WordPress' oEmbed providers alone on their line) as plain HTML the Markdown converter
// keeps (figure/figcaption, images, embeds that become a URL line), unknown shortcodes as the
// text they are, and the <!--more--> and <!--nextpage--> markers kept for the converter to carry
// through. Convert the result with HtmlToMarkdownOptions::keepShortcodes set, so that the
// shortcodes kept here stay in the Markdown as written.
// Not done: wptexturize (curly quotes), convert_smilies, srcset and lazy-loading attributes,
// and oEmbed discovery for sites outside WordPress' provider list (their URLs stay text).
QString wordpressContentToHtml(const QString &stored, const AttachmentLookup &attachments,
                               WordPressContentReport &report);

} // namespace pw
