// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/category_whitelist.h"
#include "core/import/wordpress_content.h"
#include "core/import/wordpress_import.h"
#include "core/import/wxr_reader.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace pw {

// Extras an imported export item carries beyond what the REST import writes (link, date).
// The WordPress status goes under extra_key::wordpressStatus, as a pulled post's does (the
// publish dialog starts from it); no wordpress_site or wordpress_id is written, so an imported
// post is never taken for the site's copy.
namespace wxr_extra {
inline const QString author = QStringLiteral("author"); // the author's display name
// "page" for pages; posts have none. Not `type`, which Hugo reads as the layout to use.
inline const QString type = QStringLiteral("wordpress_type");
inline const QString sticky = QStringLiteral("sticky");      // true when sticky; else absent
inline const QString seoTitle = QStringLiteral("seo_title"); // Yoast's or Rank Math's title
inline const QString excerpt = QStringLiteral("excerpt");    // kept when not the description
} // namespace wxr_extra

// The export's attachments (media items), by id: the first, cheap pass over an export
// collects them, since export.php orders items by id and a post may come before its images.
class WxrAttachments {
public:
    void add(const WxrItem &attachment);
    const WordPressAttachment *find(qint64 id) const;
    AttachmentLookup lookup() const;
    qsizetype size() const { return m_byId.size(); }

private:
    QHash<qint64, WordPressAttachment> m_byId;
};

// Everything of an export the second pass needs to know before it meets a post: the channel
// (authors), the attachments, and every slug in use per post type.
struct WxrIndex {
    WxrChannel channel;
    WxrAttachments attachments;
    QHash<QString, QSet<QString>> slugs; // post type -> post_name values, percent-decoded
    QHash<QString, int> itemsByType;     // post type -> items
    int items = 0;
    QString mislabelledAs; // see WxrReader::mislabelledAs()
};

// The slug WordPress gives a post whose post_name is empty (a draft, once published):
// sanitize_title() of the title with remove_accents() (the en_US table: "ß" becomes "s") and
// sanitize_title_with_dashes() in the "save" context, percent-decoded: letters of other
// scripts are kept (WordPress keeps them percent-encoded) and lower-cased as mb_strtolower()
// does. `fallback` (WordPress uses the post's id) when nothing is left. Not followed: a
// literal "%41" in a title, which WordPress keeps as an octet, loses its "%" here.
QString wordpressSanitizeTitle(const QString &title, const QString &fallback = {});
// `slug`, or `slug-2`, `slug-3`, ... as wp_unique_post_slug() picks, the first not in `taken`.
QString uniqueSlug(const QString &slug, const QSet<QString> &taken);

// The local date of an item with its offset from UTC, as ISO 8601: post_date 2024-03-05
// 14:30:00 with post_date_gmt 2024-03-05 13:30:00 gives "2024-03-05T14:30:00+01:00". A draft
// that was never published has no GMT date; its local date is given without an offset.
QString wxrIsoDate(const QString &postDate, const QString &postDateGmt);

// The item as the REST API would give it with context=edit and _embed: what
// importWordPressPost() reads (title, slug, date, link, status, type, excerpt, SEO meta, terms).
QJsonObject wxrItemAsRestPost(const WxrItem &item);

// Turns stored content into HTML (core/import/wordpress_content.h); replaceable for tests.
using WxrContentToHtml = std::function<QString(const QString &stored, const AttachmentLookup &,
                                               WordPressContentReport &)>;

// One post or page of an export turned into an ImportedPost: title, description, terms and
// mojibake repair as the REST import does them, the body through wordpressContentToHtml() and
// htmlToMarkdown(), and the export's extras: author, wordpress_status, wordpress_type (pages),
// sticky, date with offset, keyphrase, seo_title, featured_image (the URL), excerpt. The slug is
// the item's post_name (percent-decoded); the caller derives one first when it is empty (see
// WxrImport).
ImportedPost importWxrItem(const WxrItem &item, const WxrChannel &channel,
                           const WxrAttachments &attachments, const CategoryWhitelist &whitelist,
                           const WxrContentToHtml &contentToHtml = wordpressContentToHtml);

// Why a post or page of the export was not imported.
enum class WxrSkip {
    None,
    Type,      // a page while pages were not asked for, or a post while posts were not
    Status,    // a status the caller did not ask for
    Protected, // password-protected, and not asked for explicitly
    NotPicked, // not among WxrImportOptions::ids
};

struct WxrImportOptions {
    bool includePosts = true;
    bool includePages = false;
    // WordPress statuses to import: publish, draft, pending, private, future, trash. Empty
    // means all of them.
    QSet<QString> statuses{QStringLiteral("publish")};
    bool includeProtected = false;
    // Only these posts and pages (wp:post_id), as a picker chose them; empty means all. The
    // options above still apply.
    QSet<qint64> ids;
    CategoryWhitelist whitelist = CategoryWhitelist::defaults();
    WxrContentToHtml contentToHtml = wordpressContentToHtml;
};

// One post or page of the export, imported or skipped, as the second pass meets it.
struct WxrImportedItem {
    int index = 0; // 1-based among the export's posts and pages
    qint64 id = 0; // wp:post_id
    QString postType;
    QString status;
    QString title;
    WxrSkip skip = WxrSkip::None;
    QString skipReason;    // translated; empty when imported
    ImportedPost imported; // empty when skipped
    qint64 bytesRead = 0;  // progress of this pass through the file
    qint64 totalBytes = 0;
};

struct WxrImportResult {
    // Set when the export as a whole cannot be imported (what and where, translated). The
    // first pass reads the whole file, so a broken file fails before any item is handed out.
    QString error;
    bool cancelled = false;
    WxrChannel channel;
    // About the file as a whole (its encoding), for the review of every post of it
    // (PostFiles::add's sourceFindings).
    QList<Finding> findings;
    int posts = 0;                  // posts and pages met
    int imported = 0;               // handed out converted
    int skipped = 0;                // handed out with a skip reason
    QHash<QString, int> otherItems; // attachments, menu items, revisions, ... by post type
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Reads an export in two passes over a seekable device (a file): first the channel, the
// attachments and the slugs in use (content skipped), then each post and page, converted one
// at a time and handed to the callback, so memory stays bounded by one post plus the
// attachment index. Either callback may return false to cancel. No QObject: a GUI runs it on
// a worker thread, and the callbacks are called on that thread.
class WxrImport {
public:
    // pass: 1 (indexing) or 2 (converting)
    using Progress = std::function<bool(int pass, qint64 bytesRead, qint64 totalBytes)>;
    using ItemHandler = std::function<bool(const WxrImportedItem &item)>;

    explicit WxrImport(WxrImportOptions options = {});

    WxrImportResult run(QIODevice *device, const ItemHandler &onItem,
                        const Progress &progress = {});

    // The first pass alone; false with `error` set when the export cannot be read, or with it
    // empty when `progress` cancelled.
    static bool index(QIODevice *device, WxrIndex &index, QString &error,
                      const Progress &progress = {});

    // The skip reason of an item under these options, or None.
    WxrSkip skipOf(const WxrItem &item) const;
    static QString describeSkip(WxrSkip skip, const WxrItem &item);

private:
    WxrImportedItem importOne(WxrItem &item, WxrIndex &index, int position) const;

    WxrImportOptions m_options;
};

} // namespace pw
