// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

#include <optional>
#include <utility>

class QIODevice;

namespace pw {

// A WordPress export (WXR: WordPress eXtended RSS, written by wp-admin/includes/export.php)
// read as a stream: the channel's header first, then one item at a time, so an export of
// hundreds of megabytes is never held whole. Element names are those export.php writes;
// namespaces are matched by the prefix http://wordpress.org/export/, since WXR 1.0, 1.1 and
// 1.2 differ only in the version inside it.

struct WxrAuthor {
    qint64 id = 0;
    QString login; // what an item's dc:creator names
    QString email;
    QString displayName;
    QString firstName;
    QString lastName;
};

// A wp:category, wp:tag or wp:term of the channel.
struct WxrTerm {
    qint64 id = 0;
    QString taxonomy; // "category", "post_tag", or the wp:term_taxonomy
    QString slug;
    QString parentSlug;
    QString name;
    QString description;
};

struct WxrChannel {
    QString title;
    QString link;
    QString description;
    QString language;
    QString wxrVersion; // "1.2"
    QString baseSiteUrl;
    QString baseBlogUrl;
    QList<WxrAuthor> authors;
    QList<WxrTerm> categories;
    QList<WxrTerm> tags;
    QList<WxrTerm> terms; // other taxonomies and nav menus

    // The display name of the author with this login; the login itself when the export lists
    // no such author (WXR 1.0 lists none).
    QString authorName(const QString &login) const;
};

// A term an item is filed under: <category domain="post_tag" nicename="slug">Name</category>.
struct WxrItemTerm {
    QString domain; // the taxonomy; empty in WXR 1.0's duplicate plain <category>
    QString nicename;
    QString name;
};

struct WxrMeta {
    QString key;
    QString value;
};

// One <item>: a post, page, attachment, menu item, revision, ... (postType says which).
struct WxrItem {
    QString title;
    QString link;
    QString pubDate;
    QString creator; // the author's login (dc:creator)
    QString guid;
    QString description;
    QString content; // content:encoded, as WordPress stores it (no <p> for classic posts)
    QString excerpt; // excerpt:encoded
    qint64 id = 0;
    QString postDate;    // "2024-03-05 14:30:00", the site's local time
    QString postDateGmt; // "0000-00-00 00:00:00" for a draft never published
    QString modified;
    QString modifiedGmt;
    QString commentStatus;
    QString pingStatus;
    QString postName; // the slug, percent-encoded; empty for drafts
    QString status;   // publish, draft, pending, private, future, trash, inherit, ...
    qint64 parent = 0;
    int menuOrder = 0;
    QString postType; // post, page, attachment, nav_menu_item, revision, ...
    QString password;
    bool sticky = false;
    QString attachmentUrl; // attachments only
    QList<WxrItemTerm> terms;
    QList<WxrMeta> meta;
    int comments = 0;         // wp:comment entries (their text is not kept)
    int approvedComments = 0; // of them, approved
    qint64 line = 0;          // where the <item> starts, for messages

    // The first value of a wp:postmeta key; empty when the item has none.
    QString metaValue(QStringView key) const;
    bool hasMeta(QStringView key) const;
};

// What the first bytes of a file are.
enum class WxrSniff {
    Wxr,     // an <rss> root that declares a WordPress export namespace
    RssFeed, // an <rss> root without one: a feed, which an import should refuse as such
    Other,   // anything else (not XML, other XML, or too little to tell)
};
// Decides by content, whatever the file is called. `head` should hold the file's first few
// kilobytes (export.php writes about 1.5 kB of comments before the root element; 64 kB is
// plenty); a head that ends inside the root's start tag gives Other.
WxrSniff sniffWxr(QByteArrayView head);
inline bool isWxr(QByteArrayView head)
{
    return sniffWxr(head) == WxrSniff::Wxr;
}

class WxrReader {
public:
    // Deeper nesting is refused: export.php writes at most six levels.
    static constexpr int kMaxDepth = 256;

    enum class Mode {
        Full,
        // content:encoded and comments are skipped without being kept (excerpts and meta are
        // read): for a first pass that only needs attachments and slugs.
        Light,
    };

    // The device must be open for reading; it is read from where it stands, in pieces of
    // 64 kB, so the reader holds one piece and one item at a time.
    explicit WxrReader(QIODevice *device, Mode mode = Mode::Full);

    // Reads up to the first item (or the end): the channel's header, authors and terms.
    // False on an error. next() calls it when it was not called.
    bool readHeader();
    const WxrChannel &channel() const { return m_channel; }

    // The next item; false at the end of the export or on an error (see error()). Streaming
    // means an error late in the file (a cut-off end) comes after the items before it were
    // handed out: a caller that must write nothing from a broken file reads it through once
    // first, as WxrImport does.
    bool next(WxrItem &item);

    bool hasError() const { return !m_error.isEmpty(); }
    // What is wrong and where (line, column); translated.
    QString error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }
    // True once the whole export was read without an error.
    bool atEnd() const { return m_done && m_error.isEmpty(); }
    // Bytes taken from the device so far (the parser reads ahead a little).
    qint64 bytesRead() const;
    // The encoding the export declares when it was not believed: a declared ISO-8859-1 (or
    // Windows-1252, ASCII) file that is valid UTF-8 with non-ASCII text is read as UTF-8.
    // Empty when the declaration was followed.
    QString mislabelledAs() const { return m_mislabelledAs; }

private:
    enum class Ns { None, Wp, Excerpt, Content, Dc, Other };
    Ns ns() const;
    bool advance();
    bool readRoot();
    bool readChannelUntilItem();
    bool readText(QString &out);
    bool skipElement();
    bool readAuthor();
    bool readChannelTerm(QList<WxrTerm> &list, QLatin1StringView taxonomy);
    bool readItem(WxrItem &item);
    bool readPostMeta(WxrItem &item);
    bool readComment(WxrItem &item);
    void fail(const QString &message);
    void failFromParser();
    bool startsLikeXml() const;
    struct Utf8Scan {
        std::optional<std::pair<qint64, qint64>> invalidAt; // line, column
        qint64 invalidOffset = 0; // in bytes from where the reader started
        bool multiByte = false;
    };
    Utf8Scan scanUtf8() const;
    void detectMislabelledUtf8();
    bool feed();

    QIODevice *m_device;
    QXmlStreamReader m_xml;
    Mode m_mode;
    qint64 m_startPos = 0;
    WxrChannel m_channel;
    QString m_error;
    qint64 m_errorLine = 0;
    int m_depth = 0;
    bool m_headerRead = false;
    bool m_pendingItem = false; // readHeader() stopped at an item's start tag
    bool m_sawRoot = false;
    bool m_done = false;
    qint64 m_fedBytes = 0;
    QString m_mislabelledAs;
    std::pair<qsizetype, qsizetype> m_declarationValue; // byte offset and length in the head
};

} // namespace pw
