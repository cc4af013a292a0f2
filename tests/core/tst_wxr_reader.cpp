// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/wordpress_import.h"
#include "core/import/wxr_reader.h"
#include "wxr_fixtures.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QtTest>

using pw::WxrItem;
using pw::WxrReader;

using pw::test::handmadePath;
using pw::test::wxrBytes;
using pw::test::wxrExpected;
using pw::test::wxrPath;

namespace {

struct ReadAll {
    pw::WxrChannel channel;
    QList<WxrItem> items;
    QString error;
    qint64 errorLine = 0;
    bool atEnd = false;
};

ReadAll readAll(const QString &path, WxrReader::Mode mode = WxrReader::Mode::Full)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    WxrReader reader(&file, mode);
    ReadAll out;
    WxrItem item;
    while (reader.next(item))
        out.items.append(item);
    out.channel = reader.channel();
    out.error = reader.error();
    out.errorLine = reader.errorLine();
    out.atEnd = reader.atEnd();
    return out;
}

const WxrItem *byId(const QList<WxrItem> &items, qint64 id)
{
    for (const WxrItem &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QStringList termNames(const WxrItem &item, const char *domain)
{
    QStringList names;
    for (const pw::WxrItemTerm &t : item.terms) {
        if (t.domain == QLatin1StringView(domain))
            names.append(pw::htmlToPlainText(t.name)); // stored as WordPress escapes it
    }
    names.sort();
    return names;
}

QStringList sortedStrings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    out.sort();
    return out;
}

// 1-based line of a byte offset, counted in the file itself.
qint64 lineAt(const QByteArray &bytes, qsizetype offset)
{
    return bytes.left(offset).count('\n') + 1;
}

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TstWxrReader : public QObject {
    Q_OBJECT

private slots:
    void sniffsByContent();
    void channelAsWordPressWroteIt();
    void itemsAsWordPressWroteThem();
    void attachmentsAsWordPressWroteThem();
    void itemCounts();
    void noItems();
    void lightModeSkipsContentOnly();
    void wxr10();
    void declaredLatin1IsDecoded();
    void mislabelledUtf8IsReadAsUtf8();
    void errors_data();
    void errors();
    void itemsStopAtTheError();
    void boundedMemory();
};

void TstWxrReader::sniffsByContent()
{
    const QByteArray small = wxrBytes(wxrPath(QStringLiteral("small.xml")));
    QVERIFY(pw::isWxr(small));
    QCOMPARE(pw::sniffWxr(small.left(64 * 1024)), pw::WxrSniff::Wxr);
    // export.php writes ~1.5 kB of comments first: a head cut before the root tag cannot tell.
    const qsizetype root = small.indexOf("<rss");
    QVERIFY(root > 1000);
    QCOMPARE(pw::sniffWxr(small.left(root)), pw::WxrSniff::Other);
    // The root's start tag whole is enough.
    QCOMPARE(pw::sniffWxr(small.left(small.indexOf('>', root) + 1)), pw::WxrSniff::Wxr);
    // Any encoding XML allows: UTF-16 with a BOM, and ISO-8859-1 declared.
    QByteArray utf16("\xFF\xFE");
    const QString text = QString::fromUtf8(small).replace(QStringLiteral("encoding=\"UTF-8\""),
                                                          QStringLiteral("encoding=\"UTF-16\""));
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QCOMPARE(pw::sniffWxr(utf16), pw::WxrSniff::Wxr);
    QCOMPARE(pw::sniffWxr(wxrBytes(wxrPath(QStringLiteral("bad/latin1.xml")))), pw::WxrSniff::Wxr);

    QCOMPARE(pw::sniffWxr(wxrBytes(wxrPath(QStringLiteral("bad/rss-feed.xml")))),
             pw::WxrSniff::RssFeed);
    QCOMPARE(pw::sniffWxr(wxrBytes(handmadePath(QStringLiteral("atom.xml")))), pw::WxrSniff::Other);
    QCOMPARE(pw::sniffWxr(wxrBytes(wxrPath(QStringLiteral("bad/binary.xml")))),
             pw::WxrSniff::Other);
    QCOMPARE(pw::sniffWxr(wxrBytes(wxrPath(QStringLiteral("expected.json")))), pw::WxrSniff::Other);
    QCOMPARE(pw::sniffWxr(QByteArray()), pw::WxrSniff::Other);
    // The namespace, not the word: a feed that merely mentions WordPress is a feed.
    QCOMPARE(pw::sniffWxr("<rss version=\"2.0\"><channel><title>wordpress.org/export/"
                          "</title></channel></rss>"),
             pw::WxrSniff::RssFeed);
}

void TstWxrReader::channelAsWordPressWroteIt()
{
    const QJsonObject want = wxrExpected();
    const ReadAll all = readAll(wxrPath(QStringLiteral("site-all.xml")));
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QVERIFY(all.atEnd);
    const QJsonObject site = want.value(QLatin1StringView("site")).toObject();
    QCOMPARE(all.channel.title, site.value(QLatin1StringView("title")).toString());
    QCOMPARE(all.channel.link, site.value(QLatin1StringView("url")).toString());
    QCOMPARE(all.channel.baseSiteUrl, site.value(QLatin1StringView("url")).toString());
    QCOMPARE(all.channel.baseBlogUrl, site.value(QLatin1StringView("url")).toString());
    QCOMPARE(all.channel.wxrVersion, QStringLiteral("1.2")); // WXR_VERSION in export.php

    const QJsonArray authors = want.value(QLatin1StringView("authors")).toArray();
    QCOMPARE(all.channel.authors.size(), authors.size());
    for (const QJsonValue &v : authors) {
        const QJsonObject a = v.toObject();
        QCOMPARE(all.channel.authorName(a.value(QLatin1StringView("login")).toString()),
                 a.value(QLatin1StringView("display_name")).toString());
    }
    QCOMPARE(all.channel.authorName(QStringLiteral("nobody")), QStringLiteral("nobody"));

    // Categories: name, slug, and the parent's slug where export.php names the parent.
    const QJsonArray categories = want.value(QLatin1StringView("categories")).toArray();
    QHash<qint64, QString> slugById;
    for (const QJsonValue &v : categories)
        slugById.insert(v[QLatin1StringView("id")].toInteger(),
                        v[QLatin1StringView("slug")].toString());
    QCOMPARE(all.channel.categories.size(), categories.size());
    for (const QJsonValue &v : categories) {
        const qint64 id = v[QLatin1StringView("id")].toInteger();
        const auto it = std::find_if(all.channel.categories.cbegin(), all.channel.categories.cend(),
                                     [&](const pw::WxrTerm &t) { return t.id == id; });
        QVERIFY2(it != all.channel.categories.cend(), qPrintable(QString::number(id)));
        QCOMPARE(pw::htmlToPlainText(it->name), v[QLatin1StringView("name")].toString());
        QCOMPARE(it->slug, v[QLatin1StringView("slug")].toString());
        QCOMPARE(it->taxonomy, QStringLiteral("category"));
        QCOMPARE(it->parentSlug, slugById.value(v[QLatin1StringView("parent")].toInteger()));
    }
    const QJsonArray tags = want.value(QLatin1StringView("tags")).toArray();
    QCOMPARE(all.channel.tags.size(), tags.size());
    for (const QJsonValue &v : tags) {
        const qint64 id = v[QLatin1StringView("id")].toInteger();
        const auto it = std::find_if(all.channel.tags.cbegin(), all.channel.tags.cend(),
                                     [&](const pw::WxrTerm &t) { return t.id == id; });
        QVERIFY(it != all.channel.tags.cend());
        QCOMPARE(pw::htmlToPlainText(it->name), v[QLatin1StringView("name")].toString());
        QCOMPARE(it->slug, v[QLatin1StringView("slug")].toString()); // percent-encoded, as stored
        QCOMPARE(it->taxonomy, QStringLiteral("post_tag"));
    }
}

void TstWxrReader::itemsAsWordPressWroteThem()
{
    const ReadAll all = readAll(wxrPath(QStringLiteral("site-all.xml")));
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    const QJsonArray items = wxrExpected().value(QLatin1StringView("items")).toArray();
    QVERIFY(items.size() >= 30);
    for (const QJsonValue &v : items) {
        const QJsonObject want = v.toObject();
        const qint64 id = want.value(QLatin1StringView("id")).toInteger();
        const WxrItem *item = byId(all.items, id);
        QVERIFY2(item, qPrintable(QString::number(id)));
        const QByteArray where = "item " + QByteArray::number(id);
        auto s = [&](const char *key) { return want.value(QLatin1StringView(key)).toString(); };
        QVERIFY2(item->postType == s("type"), where);
        QVERIFY2(item->status == s("status"), where);
        QVERIFY2(item->title == s("title"), where + ": " + item->title.toUtf8());
        QVERIFY2(item->postName == s("post_name"), where);
        QVERIFY2(item->link == s("link"), where);
        QVERIFY2(item->postDate == s("date"), where);
        QVERIFY2(item->postDateGmt == s("date_gmt"), where);
        QVERIFY2(item->modified == s("modified"), where);
        QVERIFY2(item->modifiedGmt == s("modified_gmt"), where);
        QVERIFY2(item->creator == s("author_login"), where);
        QVERIFY2(all.channel.authorName(item->creator) == s("author"), where);
        QVERIFY2(item->password == s("password"), where);
        QVERIFY2(item->excerpt == s("excerpt"), where);
        QVERIFY2(item->sticky == want.value(QLatin1StringView("sticky")).toBool(), where);
        QVERIFY2(item->parent == want.value(QLatin1StringView("parent")).toInteger(), where);
        QVERIFY2(item->menuOrder == want.value(QLatin1StringView("menu_order")).toInt(), where);
        QVERIFY2(item->approvedComments ==
                     want.value(QLatin1StringView("approved_comments")).toInt(),
                 where);
        QVERIFY2(item->comments >= item->approvedComments, where);
        QVERIFY2(termNames(*item, "category") ==
                     sortedStrings(want.value(QLatin1StringView("categories")).toArray()),
                 where + ": " + termNames(*item, "category").join(u',').toUtf8());
        QVERIFY2(termNames(*item, "post_tag") ==
                     sortedStrings(want.value(QLatin1StringView("tags")).toArray()),
                 where);
        const QJsonObject meta = want.value(QLatin1StringView("meta")).toObject();
        for (auto it = meta.begin(); it != meta.end(); ++it) {
            QVERIFY2(item->hasMeta(it.key()), where + " " + it.key().toUtf8());
            QVERIFY2(item->metaValue(it.key()) == it.value().toString(),
                     where + " " + it.key().toUtf8());
        }
        // The content is what WordPress stores: markers as written, no <p> added.
        // get_extended() matches <!--more(.*?)?--> (a custom "more" text is allowed).
        QVERIFY2(item->content.contains(QLatin1StringView("<!--more")) ==
                     want.value(QLatin1StringView("has_more")).toBool(),
                 where);
        QVERIFY2(item->content.count(QLatin1StringView("<!--nextpage-->")) + 1 ==
                     want.value(QLatin1StringView("pages")).toInt(),
                 where);
        QVERIFY2(item->line > 1, where);
    }
}

void TstWxrReader::attachmentsAsWordPressWroteThem()
{
    const ReadAll all = readAll(wxrPath(QStringLiteral("site-all.xml")));
    const QJsonArray attachments = wxrExpected().value(QLatin1StringView("attachments")).toArray();
    QVERIFY(!attachments.isEmpty());
    for (const QJsonValue &v : attachments) {
        const qint64 id = v[QLatin1StringView("id")].toInteger();
        const WxrItem *item = byId(all.items, id);
        QVERIFY(item);
        QCOMPARE(item->postType, QStringLiteral("attachment"));
        QCOMPARE(item->attachmentUrl, v[QLatin1StringView("url")].toString());
        QCOMPARE(item->title, v[QLatin1StringView("title")].toString());
        QCOMPARE(item->excerpt, v[QLatin1StringView("caption")].toString());
        QCOMPARE(item->content, v[QLatin1StringView("description")].toString());
        QCOMPARE(item->metaValue(u"_wp_attachment_image_alt"),
                 v[QLatin1StringView("alt")].toString());
        QCOMPARE(item->parent, v[QLatin1StringView("parent")].toInteger());
    }
}

void TstWxrReader::itemCounts()
{
    // Counted in the files with grep: site-all.xml has 35 posts, 3 pages and 5 attachments;
    // site-posts.xml (export_wp(['content' => 'post'])) only the posts.
    const ReadAll all = readAll(wxrPath(QStringLiteral("site-all.xml")));
    QHash<QString, int> byType;
    for (const WxrItem &item : all.items)
        ++byType[item.postType];
    const QByteArray bytes = wxrBytes(wxrPath(QStringLiteral("site-all.xml")));
    QCOMPARE(all.items.size(), int(bytes.count("<item>")));
    QCOMPARE(byType.value(QStringLiteral("post")),
             int(bytes.count("<wp:post_type><![CDATA[post]]>")));
    QCOMPARE(byType.value(QStringLiteral("page")),
             int(bytes.count("<wp:post_type><![CDATA[page]]>")));
    QCOMPARE(byType.value(QStringLiteral("attachment")),
             int(bytes.count("<wp:post_type><![CDATA[attachment]]>")));
    QVERIFY(byType.value(QStringLiteral("page")) > 0);

    const ReadAll posts = readAll(wxrPath(QStringLiteral("site-posts.xml")));
    QVERIFY2(posts.error.isEmpty(), qPrintable(posts.error));
    for (const WxrItem &item : posts.items)
        QCOMPARE(item.postType, QStringLiteral("post"));
}

void TstWxrReader::noItems()
{
    // An export of a site with nothing in it: the channel, then its end.
    const QByteArray small = wxrBytes(wxrPath(QStringLiteral("small.xml")));
    QByteArray empty = small.left(small.indexOf("\t<item>"));
    empty += "</channel>\n</rss>\n";
    QBuffer buffer(&empty);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    WxrReader reader(&buffer);
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.channel().title, QStringLiteral("Postwright WXR fixtures"));
    WxrItem item;
    QVERIFY(!reader.next(item));
    QVERIFY(reader.atEnd());
    QVERIFY(!reader.hasError());
    QVERIFY(!reader.next(item)); // and stays there
    QVERIFY(reader.atEnd());
}

void TstWxrReader::lightModeSkipsContentOnly()
{
    const ReadAll full = readAll(wxrPath(QStringLiteral("site-all.xml")));
    const ReadAll light = readAll(wxrPath(QStringLiteral("site-all.xml")), WxrReader::Mode::Light);
    QVERIFY(light.error.isEmpty());
    QCOMPARE(light.items.size(), full.items.size());
    for (qsizetype i = 0; i < full.items.size(); ++i) {
        QVERIFY(light.items[i].content.isEmpty());
        QCOMPARE(light.items[i].id, full.items[i].id);
        QCOMPARE(light.items[i].postName, full.items[i].postName);
        QCOMPARE(light.items[i].excerpt, full.items[i].excerpt);
        QCOMPARE(light.items[i].attachmentUrl, full.items[i].attachmentUrl);
        QCOMPARE(light.items[i].meta.size(), full.items[i].meta.size());
    }
}

void TstWxrReader::wxr10()
{
    const ReadAll all = readAll(handmadePath(QStringLiteral("wxr-1.0.xml")));
    QVERIFY2(all.error.isEmpty(), qPrintable(all.error));
    QCOMPARE(all.channel.wxrVersion, QStringLiteral("1.0"));
    QCOMPARE(all.channel.title, QStringLiteral("An old blog"));
    QVERIFY(all.channel.authors.isEmpty());
    QCOMPARE(all.channel.authorName(QStringLiteral("oldadmin")), QStringLiteral("oldadmin"));
    QCOMPARE(all.channel.categories.size(), 1);
    QCOMPARE(all.channel.categories[0].name, QStringLiteral("News"));
    QCOMPARE(all.channel.tags[0].slug, QStringLiteral("old"));
    QCOMPARE(all.items.size(), 2);
    const WxrItem &post = all.items[0];
    QCOMPARE(post.id, 3);
    QCOMPARE(post.postType, QStringLiteral("post"));
    QCOMPARE(post.postName, QStringLiteral("hello"));
    QCOMPARE(post.creator, QStringLiteral("oldadmin"));
    QCOMPARE(post.terms.size(), 4);
    QCOMPARE(post.terms[0].domain, QString());
    QCOMPARE(post.terms[2].domain, QStringLiteral("tag"));
    // wxr_cdata() splits "]]>" over two CDATA sections; read back it is one text again.
    QVERIFY(post.content.endsWith(QStringLiteral("Last paragraph with ]]> in it.")));
    QVERIFY(post.content.startsWith(QStringLiteral("First paragraph.\n\n[caption id=")));
    QCOMPARE(post.comments, 2);
    QCOMPARE(post.approvedComments, 1);
    QCOMPARE(post.metaValue(u"_thumbnail_id"), QStringLiteral("7"));
    QVERIFY(!post.sticky); // WXR 1.0 has no wp:is_sticky
    const WxrItem &image = all.items[1];
    QCOMPARE(image.postType, QStringLiteral("attachment"));
    QCOMPARE(image.attachmentUrl,
             QStringLiteral("http://old.example/wp-content/uploads/2009/05/boat.jpg"));
    QCOMPARE(image.metaValue(u"_wp_attachment_image_alt"), QStringLiteral("A small boat"));
}

void TstWxrReader::declaredLatin1IsDecoded()
{
    const ReadAll utf8 = readAll(wxrPath(QStringLiteral("small.xml")));
    const ReadAll latin1 = readAll(wxrPath(QStringLiteral("bad/latin1.xml")));
    QVERIFY2(latin1.error.isEmpty(), qPrintable(latin1.error));
    QCOMPARE(latin1.items.size(), utf8.items.size());
    QVERIFY(!utf8.items.isEmpty());
    for (qsizetype i = 0; i < utf8.items.size(); ++i) {
        QCOMPARE(latin1.items[i].title, utf8.items[i].title);
        QCOMPARE(latin1.items[i].content, utf8.items[i].content);
    }
    QCOMPARE(latin1.channel.authorName(QStringLiteral("editor")), QStringLiteral("Élodie Éditeur"));
}

void TstWxrReader::mislabelledUtf8IsReadAsUtf8()
{
    // Declared ISO-8859-1, bytes UTF-8 (old sites): read as declared, "Élodie" is "Ã\u0089lodie".
    const ReadAll utf8 = readAll(wxrPath(QStringLiteral("small.xml")));
    QFile file(wxrPath(QStringLiteral("bad/latin1-mislabelled.xml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    WxrReader reader(&file);
    QCOMPARE(reader.mislabelledAs(), QStringLiteral("ISO-8859-1"));
    WxrItem item;
    QList<WxrItem> items;
    while (reader.next(item))
        items.append(item);
    QVERIFY2(reader.atEnd(), qPrintable(reader.error()));
    QCOMPARE(items.size(), utf8.items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i].title, utf8.items[i].title);
        QCOMPARE(items[i].content, utf8.items[i].content);
    }
    QCOMPARE(reader.channel().authorName(QStringLiteral("editor")),
             QStringLiteral("Élodie Éditeur"));
    // Truly ISO-8859-1 bytes are not valid UTF-8: the declaration holds.
    QFile latin1(wxrPath(QStringLiteral("bad/latin1.xml")));
    QVERIFY(latin1.open(QIODevice::ReadOnly));
    QCOMPARE(WxrReader(&latin1).mislabelledAs(), QString());
    QFile good(wxrPath(QStringLiteral("small.xml")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    QCOMPARE(WxrReader(&good).mislabelledAs(), QString());
}

void TstWxrReader::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("errorAt"); // the error's line is the one holding this, or
                                             // the last line when empty
    QTest::addColumn<bool>("itemsBefore");
    QTest::newRow("truncated") << wxrPath(QStringLiteral("bad/truncated.xml"))
                               << QStringLiteral("ends before the export does") << QByteArray()
                               << true;
    QTest::newRow("billion laughs")
        << wxrPath(QStringLiteral("bad/entities.xml"))
        << QStringLiteral("document type declaration") << QByteArray("<!DOCTYPE") << false;
    QTest::newRow("external entity")
        << wxrPath(QStringLiteral("bad/external-entity.xml"))
        << QStringLiteral("document type declaration") << QByteArray("<!DOCTYPE") << false;
    QTest::newRow("10,000 deep") << wxrPath(QStringLiteral("bad/deep.xml"))
                                 << QStringLiteral("more than 256 deep") << QByteArray("<nest>")
                                 << false;
    // Element errors are placed where the start tag ends (QXmlStreamReader's position).
    QTest::newRow("rss feed") << wxrPath(QStringLiteral("bad/rss-feed.xml"))
                              << QStringLiteral("This is an RSS feed, not a WordPress export")
                              << QByteArray("\t>\n\n<channel>") << false;
    QTest::newRow("gzip") << wxrPath(QStringLiteral("bad/binary.xml")) << QStringLiteral("not XML")
                          << QByteArray() << false;
    QTest::newRow("bad utf-8") << handmadePath(QStringLiteral("bad-utf8.xml"))
                               << QStringLiteral("is not valid UTF-8") << QByteArray("Caf\xE9")
                               << false;
    QTest::newRow("atom") << handmadePath(QStringLiteral("atom.xml"))
                          << QStringLiteral("its root element is <feed>")
                          << QByteArray("<feed xmlns") << false;
    QTest::newRow("empty") << handmadePath(QStringLiteral("empty.xml"))
                           << QStringLiteral("holds no XML element") << QByteArray() << false;
}

void TstWxrReader::errors()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(QByteArray, errorAt);
    QFETCH(bool, itemsBefore);
    const QByteArray bytes = wxrBytes(path);
    const ReadAll all = readAll(path);
    QVERIFY2(all.error.contains(message), qPrintable(all.error));
    QVERIFY(!all.atEnd);
    QCOMPARE(!all.items.isEmpty(), itemsBefore);
    // Says where, in the words of the message.
    qint64 line = 1;
    if (!errorAt.isEmpty()) {
        QVERIFY(bytes.contains(errorAt));
        line = lineAt(bytes, bytes.indexOf(errorAt));
    } else if (!bytes.isEmpty() && path.endsWith(QLatin1StringView("truncated.xml"))) {
        line = bytes.count('\n') + (bytes.endsWith('\n') ? 0 : 1);
    }
    QCOMPARE(all.errorLine, line);
    QVERIFY2(all.error.contains(QStringLiteral("line %1").arg(line)), qPrintable(all.error));
}

void TstWxrReader::itemsStopAtTheError()
{
    // The truncated export holds whole items before the cut; the reader hands those out and
    // then stops with the error, never a half item.
    const QByteArray bytes = wxrBytes(wxrPath(QStringLiteral("bad/truncated.xml")));
    const ReadAll all = readAll(wxrPath(QStringLiteral("bad/truncated.xml")));
    QCOMPARE(all.items.size(), int(bytes.count("</item>")));
    QVERIFY(bytes.count("<item>") > bytes.count("</item>"));
}

// A large export streamed through a QIODevice: the reader's peak memory must not grow with the
// file. (A reader that held the file would need its size twice over as UTF-16 text.)
void TstWxrReader::boundedMemory()
{
    if (statusKiB("VmHWM:") < 0)
        QSKIP("needs /proc/self/status");
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray small = wxrBytes(wxrPath(QStringLiteral("small.xml")));
    const qsizetype first = small.indexOf("\t<item>");
    const qsizetype last = small.lastIndexOf("</item>") + 7;
    const QByteArray head = small.left(first);
    const QByteArray items = small.mid(first, last - first);
    const QByteArray paragraph(200, 'x');
    QByteArray filler;
    for (int i = 0; i < 100; ++i)
        filler += paragraph + "\n\n";
    // Each item gets ~20 kB more content; written piece by piece, so the test holds no copy.
    file.write(head);
    constexpr int copies = 1500;
    for (int i = 0; i < copies; ++i) {
        QByteArray block = items;
        block.replace("<content:encoded><![CDATA[", "<content:encoded><![CDATA[" + filler);
        file.write(block);
    }
    file.write(small.mid(last));
    file.flush();
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024 * 1024);
    file.seek(0);

    // Peak RSS from here on: writing 5 to clear_refs resets VmHWM to the current RSS.
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    const bool reset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    clear.close();
    const qint64 before = reset ? statusKiB("VmRSS:") : statusKiB("VmHWM:");

    WxrReader reader(&file);
    WxrItem item;
    int count = 0;
    qint64 longest = 0;
    while (reader.next(item)) {
        ++count;
        longest = std::max<qint64>(longest, item.content.size());
    }
    QVERIFY2(reader.atEnd(), qPrintable(reader.error()));
    QCOMPARE(count, copies * int(small.count("<item>")));
    QVERIFY(longest > 20000);
    const qint64 growthKiB = statusKiB("VmHWM:") - before;
    qInfo("streamed %lld MB, %d items; peak RSS grew by %lld KiB", size / (1024 * 1024), count,
          growthKiB);
    QVERIFY2(growthKiB < 16 * 1024, qPrintable(QString::number(growthKiB)));
}

QTEST_GUILESS_MAIN(TstWxrReader)
#include "tst_wxr_reader.moc"
