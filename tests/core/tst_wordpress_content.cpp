// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/html_to_markdown.h"
#include "core/import/oembed_providers.h"
#include "core/import/shortcodes.h"
#include "core/import/wordpress_content.h"
#include "wxr_fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

// Stored WordPress content (an export's content:encoded) to HTML to Markdown.
// - parseMatchesWordPress: tests/data/shortcodes/parse.json holds what WordPress 6.1.9's own
//   do_shortcode() gave test callbacks (tests/tools/shortcode_reference.php); ours must split
//   and parse the same.
// - The rest: expected values reasoned from WordPress' code (img_caption_shortcode(),
//   gallery_shortcode(), WP_Embed::autoembed(), wp_audio_shortcode()) and from what cmark-gfm
//   0.29 renders for the Markdown (checked with the cmark-gfm CLI).

using namespace pw;

namespace {

const WordPressAttachment kPhoto{12, QStringLiteral("https://example.com/up/photo.jpg"),
                                 QStringLiteral("Photo"), QStringLiteral("A <em>fine</em> day"),
                                 QStringLiteral("Lake at dawn")};
const WordPressAttachment kChart{13, QStringLiteral("https://example.com/up/chart.png"),
                                 QStringLiteral("Chart"), QString(), QStringLiteral("Sales chart")};
const WordPressAttachment kSong{20, QStringLiteral("https://example.com/up/song.mp3"),
                                QStringLiteral("Song"), QString(), QString()};

const WordPressAttachment *lookup(qint64 id)
{
    for (const WordPressAttachment *a : {&kPhoto, &kChart, &kSong}) {
        if (a->id == id)
            return a;
    }
    return nullptr;
}

struct Converted {
    QString html;
    QString markdown;
    WordPressContentReport report;
    HtmlToMarkdownResult conversion;
};

Converted convert(const QString &stored)
{
    Converted c;
    c.html = wordpressContentToHtml(stored, lookup, c.report);
    HtmlToMarkdownOptions options;
    options.keepShortcodes = true;
    c.conversion = htmlToMarkdown(c.html, options);
    c.markdown = c.conversion.markdown;
    return c;
}

// The form shortcode_reference.php's callback prints.
QString shown(const ShortcodeMatch &sc)
{
    const ShortcodeAttributes atts = parseShortcodeAttributes(sc.attributeText);
    QStringList keys = atts.named.keys();
    std::sort(keys.begin(), keys.end());
    QStringList pairs;
    for (const QString &key : keys)
        pairs << key + u'=' + atts.named.value(key);
    return QStringLiteral("⟦") + sc.name + u'|' + pairs.join(u',') + u'|' +
           atts.positional.join(u',') + u'|' + sc.content + QStringLiteral("⟧");
}

} // namespace

using pw::test::wxrBytes;
using pw::test::wxrExpected;
using pw::test::wxrPath;
using pw::test::wxrStoredContents;

class TestWordPressContent : public QObject {
    Q_OBJECT

private slots:
    void parseMatchesWordPress_data();
    void parseMatchesWordPress();
    void otherShortcodesAreFound();

    void captionBecomesImageAndCaption();
    void captionWithoutWidthIsTheImageAlone();
    void galleryBecomesItsImages();
    void galleryWithoutIdsIsKept();
    void embedForms();
    void embedProviders();
    void audioAndVideo();
    void unknownShortcodesAreKeptVerbatim();
    void escapedShortcodeIsText();
    void escapedUnknownShortcodeKeepsBothBrackets();
    void galleryLinkedToFiles();
    void moreAndNextPage();
    void moreMidParagraphStaysInIt();
    void blockContentIsNotAutopd();
    void sixtyParagraphs();

    void exportFixtures();
    void restConversionStillDropsShortcodes();
    void keptShortcodeThatWouldBeALinkIsEscaped();
};

void TestWordPressContent::parseMatchesWordPress_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("wordpress");
    QFile file(QStringLiteral(PW_TEST_DATA_DIR "/shortcodes/parse.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(cases.size() >= 30);
    int n = 0;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QStringList names;
        for (const QJsonValue &name : c.value(QStringLiteral("names")).toArray())
            names << name.toString();
        QTest::newRow(qPrintable(QString::number(n++)))
            << c.value(QStringLiteral("input")).toString() << names
            << c.value(QStringLiteral("output")).toString();
    }
}

void TestWordPressContent::parseMatchesWordPress()
{
    QFETCH(QString, input);
    QFETCH(QStringList, names);
    QFETCH(QString, wordpress);
    QCOMPARE(doShortcodes(input, names, shown), wordpress);
}

void TestWordPressContent::otherShortcodesAreFound()
{
    const QString text = QStringLiteral(
        "[sic] [contact-form-7 id=\"1\"] [gallery ids=\"2\"] [tabs][tab title=\"A\"]a[/tab][/tabs] "
        "[[escaped x=\"1\"]] [toc /] [contact-form-7 id=\"3\"]");
    QCOMPARE(otherShortcodeNames(text, {QStringLiteral("gallery")}),
             QStringList({QStringLiteral("contact-form-7"), QStringLiteral("tabs"),
                          QStringLiteral("tab"), QStringLiteral("toc")}));
}

void TestWordPressContent::captionBecomesImageAndCaption()
{
    const Converted c = convert(QStringLiteral(
        "Intro.\n\n[caption id=\"attachment_12\" align=\"aligncenter\" width=\"300\"]<img "
        "class=\"size-medium wp-image-12\" src=\"https://example.com/up/photo-300x200.jpg\" "
        "alt=\"A photo\" width=\"300\" height=\"200\" /> The <strong>caption</strong> "
        "text[/caption]\n\nAfter."));
    // shortcode_unautop took the <p> away; img_caption_shortcode's HTML5 form (figure +
    // figcaption), without its id/style attributes.
    QVERIFY2(c.html.contains(QStringLiteral(
                 "<figure class=\"wp-caption aligncenter\"><img class=\"size-medium wp-image-12\" "
                 "src=\"https://example.com/up/photo-300x200.jpg\" alt=\"A photo\" width=\"300\" "
                 "height=\"200\" /><figcaption class=\"wp-caption-text\">The "
                 "<strong>caption</strong> text</figcaption></figure>")),
             qPrintable(c.html));
    QVERIFY(!c.html.contains(QLatin1StringView("<p><figure")));
    QCOMPARE(c.markdown, QStringLiteral("Intro.\n\n![A photo](https://example.com/up/"
                                        "photo-300x200.jpg)\n\nThe **caption** text\n\nAfter.\n"));
    QVERIFY(c.report.unknownShortcodes.isEmpty());
    QVERIFY(c.conversion.shortcodes.isEmpty());
}

void TestWordPressContent::captionWithoutWidthIsTheImageAlone()
{
    // img_caption_shortcode(): width < 1 returns the image without its caption.
    const Converted c = convert(QStringLiteral(
        "[caption]<img src=\"https://example.com/a.png\" alt=\"a\" /> Lost[/caption]"));
    QCOMPARE(c.markdown, QStringLiteral("![a](https://example.com/a.png)\n"));
}

void TestWordPressContent::galleryBecomesItsImages()
{
    const Converted c =
        convert(QStringLiteral("Look:\n\n[gallery ids=\"12, 99,13\" columns=\"2\"]"));
    QCOMPARE(c.markdown,
             QStringLiteral("Look:\n\n![Lake at dawn](https://example.com/up/photo.jpg)\n\n"
                            "A *fine* day\n\n"
                            "![Sales chart](https://example.com/up/chart.png)\n"));
    QCOMPARE(c.report.missingAttachments, QList<qint64>{99});
    QVERIFY(c.report.unknownShortcodes.isEmpty());
}

void TestWordPressContent::galleryWithoutIdsIsKept()
{
    // Without ids WordPress shows the post's attached images; the export's attachments are not
    // looked up by parent, so the shortcode stays as written and is listed.
    const Converted c = convert(QStringLiteral("[gallery columns=\"3\"]"));
    QCOMPARE(c.markdown, QStringLiteral("[gallery columns=\"3\"]\n"));
    QCOMPARE(c.report.unknownShortcodes, QStringList{QStringLiteral("gallery")});
}

void TestWordPressContent::embedForms()
{
    const Converted c = convert(QStringLiteral(
        "[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n"
        "https://vimeo.com/76979871\n\n"
        "Text, then a URL on its own line:\nhttps://twitter.com/x/status/1\nmore text.\n\n"
        "An inline https://example.com/not-alone link stays text.\n\n"
        "A site WordPress would have to ask:\nhttps://example.com/a_page\nstays in the text."));
    QCOMPARE(c.markdown,
             QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n"
                            "https://vimeo.com/76979871\n\n"
                            "Text, then a URL on its own line:\n\n"
                            "https://twitter.com/x/status/1\n\n"
                            "more text.\n\n"
                            "An inline https://example.com/not-alone link stays text.\n\n"
                            "A site WordPress would have to ask:\\\nhttps://example.com/a_page\\\n"
                            "stays in the text.\n"));
    QCOMPARE(c.conversion.embedUrls.size(), 3);
}

void TestWordPressContent::embedProviders()
{
    // Patterns from WordPress' class-wp-oembed.php and embed.php.
    QVERIFY(isWordPressEmbedUrl(QStringLiteral("https://youtu.be/dQw4w9WgXcQ")));
    QVERIFY(isWordPressEmbedUrl(QStringLiteral("https://www.youtube.com/embed/dQw4w9WgXcQ")));
    QVERIFY(isWordPressEmbedUrl(QStringLiteral("https://player.vimeo.com/video/1")));
    QVERIFY(isWordPressEmbedUrl(QStringLiteral("https://open.spotify.com/track/x")));
    QVERIFY(isWordPressEmbedUrl(QStringLiteral("https://example.com/talk.MP3")));
    QVERIFY(!isWordPressEmbedUrl(QStringLiteral("https://example.com/talk.mp3?x=1")));
    QVERIFY(!isWordPressEmbedUrl(QStringLiteral("https://example.com/a_page")));
    QVERIFY(!isWordPressEmbedUrl(QStringLiteral("https://www.youtube.com/")));
}

void TestWordPressContent::audioAndVideo()
{
    const Converted c = convert(QStringLiteral(
        "[audio mp3=\"https://example.com/a.mp3\" ogg=\"https://example.com/a.ogg\"][/audio]\n\n"
        "[video width=\"640\" mp4=\"https://example.com/v.mp4\" src=\"https://example.com/v.webm\"]"
        "[/video]\n\n[playlist ids=\"20\"]\n\n[audio]"));
    // src wins over the type attributes; [audio] without any source is the post's attached
    // audio in WordPress: kept and listed.
    QCOMPARE(c.markdown,
             QStringLiteral("https://example.com/a.mp3\n\nhttps://example.com/v.webm\n\n"
                            "https://example.com/up/song.mp3\n\n[audio]\n"));
    QCOMPARE(c.report.unknownShortcodes, QStringList{QStringLiteral("audio")});
}

void TestWordPressContent::unknownShortcodesAreKeptVerbatim()
{
    const Converted c = convert(
        QStringLiteral("Write to us:\n\n[contact-form-7 id=\"12\" title=\"Contact form 1\"]\n\n"
                       "Inline [tooltip text=\"a_b *c*\"]hover[/tooltip] here."));
    QCOMPARE(c.report.unknownShortcodes,
             QStringList({QStringLiteral("contact-form-7"), QStringLiteral("tooltip")}));
    // The brackets, quotes and names as written; the '*' that would become emphasis is
    // escaped (cmark-gfm shows "a_b *c*" for it).
    QCOMPARE(c.markdown, QStringLiteral("Write to us:\n\n[contact-form-7 id=\"12\" title=\"Contact "
                                        "form 1\"]\n\nInline [tooltip text=\"a_b \\*c\\*\"]hover"
                                        "[/tooltip] here.\n"));
    QVERIFY(!c.markdown.contains(QLatin1StringView("\\[")));
    QCOMPARE(c.conversion.count(HtmlRepair::ShortcodeDropped), 0);
    QCOMPARE(c.conversion.shortcodes,
             QStringList({QStringLiteral("contact-form-7"), QStringLiteral("tooltip")}));
}

void TestWordPressContent::escapedShortcodeIsText()
{
    const Converted c = convert(QStringLiteral("Type [[gallery ids=\"12\"]] to show a gallery."));
    QCOMPARE(c.html, QStringLiteral("<p>Type [gallery ids=\"12\"] to show a gallery.</p>\n"));
    QCOMPARE(c.markdown, QStringLiteral("Type [gallery ids=\"12\"] to show a gallery.\n"));
    QVERIFY(c.report.unknownShortcodes.isEmpty());
}

void TestWordPressContent::escapedUnknownShortcodeKeepsBothBrackets()
{
    // Not registered: WordPress shows "[[not_a_shortcode]]" as it is; cmark-gfm too, unescaped.
    const Converted c = convert(QStringLiteral("An escaped [[not_a_shortcode]] here."));
    QCOMPARE(c.markdown, QStringLiteral("An escaped [[not_a_shortcode]] here.\n"));
    QVERIFY(c.report.unknownShortcodes.isEmpty());
}

void TestWordPressContent::galleryLinkedToFiles()
{
    const Converted c = convert(QStringLiteral("[gallery link=\"file\" ids=\"13\"]"));
    QCOMPARE(c.markdown, QStringLiteral("[![Sales chart](https://example.com/up/chart.png)]"
                                        "(https://example.com/up/chart.png)\n"));
}

void TestWordPressContent::moreAndNextPage()
{
    const Converted c = convert(QStringLiteral("Teaser.\n\n<!--more-->\n\nBody.\n<!--nextpage-->"
                                               "\nPage two.\n\n<!--nextpage-->\n\nThree."));
    QVERIFY(c.report.hasMore);
    QCOMPARE(c.report.pageBreaks, 2);
    QCOMPARE(c.markdown, QStringLiteral("Teaser.\n\n<!--more-->\n\nBody.\n\n<!--nextpage-->\n\n"
                                        "Page two.\n\n<!--nextpage-->\n\nThree.\n"));
}

void TestWordPressContent::moreMidParagraphStaysInIt()
{
    // WordPress shows the paragraph whole (the marker becomes an empty span inside it), and
    // Hugo and Jekyll find the divider inside a paragraph: one paragraph, the marker in place.
    const Converted c = convert(QStringLiteral(
        "The <em>teaser ends <!--more Read on--> and</em> the rest follows.\n\nSecond."));
    QVERIFY(c.report.hasMore);
    QCOMPARE(c.markdown, QStringLiteral("The *teaser ends <!--more--> and* the rest "
                                        "follows.\n\nSecond.\n"));
    // The same for REST's content.rendered, where the marker is still a comment.
    QCOMPARE(htmlToMarkdown(QStringLiteral("<p>A <!--more--> B</p>")).markdown,
             QStringLiteral("A <!--more--> B\n"));
    // A page break always ends the paragraph: WordPress splits pages before rendering them.
    QCOMPARE(htmlToMarkdown(QStringLiteral("<p>A <!--nextpage--> B</p>")).markdown,
             QStringLiteral("A\n\n<!--nextpage-->\n\nB\n"));
}

void TestWordPressContent::blockContentIsNotAutopd()
{
    const QString blocks =
        QStringLiteral("<!-- wp:paragraph -->\n<p>One\nstill one.</p>\n<!-- /wp:paragraph -->\n\n"
                       "<!-- wp:shortcode -->\n[gallery ids=\"13\"]\n<!-- /wp:shortcode -->");
    const Converted c = convert(blocks);
    QVERIFY2(!c.html.contains(QLatin1StringView("<br />")), qPrintable(c.html));
    QCOMPARE(c.markdown, QStringLiteral("One still one.\n\n![Sales chart](https://example.com/up/"
                                        "chart.png)\n"));
}

void TestWordPressContent::sixtyParagraphs()
{
    QStringList paragraphs;
    for (int i = 1; i <= 60; ++i)
        paragraphs << QStringLiteral("Paragraph %1,\nwith a second line.").arg(i);
    const Converted c = convert(paragraphs.join(QStringLiteral("\n\n")));
    QCOMPARE(c.markdown.count(QLatin1StringView("\n\n")), 59);
    QVERIFY(c.markdown.startsWith(QStringLiteral("Paragraph 1,\\\nwith a second line.\n\n")));
}

// The real export of tests/data/wxr (written by WordPress 6.1.9's export_wp()); what to expect
// comes from its expected.json (WordPress' own API: attachments, has_more, pages) and from
// reading the posts' stored content.
void TestWordPressContent::exportFixtures()
{
    const QJsonObject expected = wxrExpected();
    QHash<qint64, WordPressAttachment> attachments;
    for (const QJsonValue &v : expected.value(QStringLiteral("attachments")).toArray()) {
        const QJsonObject o = v.toObject();
        const qint64 id = o.value(QStringLiteral("id")).toInteger();
        attachments.insert(id, {id, o.value(QStringLiteral("url")).toString(),
                                o.value(QStringLiteral("title")).toString(),
                                o.value(QStringLiteral("caption")).toString(),
                                o.value(QStringLiteral("alt")).toString()});
    }
    const AttachmentLookup lookup = [&](qint64 id) -> const WordPressAttachment * {
        const auto it = attachments.constFind(id);
        return it == attachments.cend() ? nullptr : &it.value();
    };
    bool parsed = false;
    const QHash<qint64, QString> stored =
        wxrStoredContents(wxrBytes(wxrPath(QStringLiteral("site-all.xml"))), &parsed);
    QVERIFY(parsed);
    HtmlToMarkdownOptions options;
    options.keepShortcodes = true;
    QHash<qint64, Converted> converted;
    for (const QJsonValue &v : expected.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        const qint64 id = item.value(QStringLiteral("id")).toInteger();
        QVERIFY(stored.contains(id));
        Converted c;
        c.html = wordpressContentToHtml(stored.value(id), lookup, c.report);
        c.conversion = htmlToMarkdown(c.html, options);
        c.markdown = c.conversion.markdown;
        QCOMPARE(c.report.hasMore, item.value(QStringLiteral("has_more")).toBool());
        QCOMPARE(c.report.pageBreaks, item.value(QStringLiteral("pages")).toInt() - 1);
        QVERIFY2(!c.markdown.contains(QLatin1StringView("\\[")), qPrintable(c.markdown));
        converted.insert(id, c);
    }

    // 10: [caption], two [gallery] (attachments 4, 5, 7; 6, 7 linked to their files), [embed],
    // bare YouTube and Vimeo lines, [audio], [video].
    const Converted &media = converted.value(10);
    QVERIFY(media.report.missingAttachments.isEmpty());
    QVERIFY(media.report.unknownShortcodes.isEmpty());
    QCOMPARE(media.conversion.embedUrls,
             QStringList({QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                          QStringLiteral("https://www.youtube.com/watch?v=jNQXAC9IVRw"),
                          QStringLiteral("https://vimeo.com/76979871"),
                          QStringLiteral("https://media.example.com/podcast/episode-1.mp3"),
                          QStringLiteral("https://media.example.com/clips/demo.mp4")}));
    for (const char *gone : {"[caption", "[gallery", "[embed", "[audio", "[video"})
        QVERIFY2(!media.markdown.contains(QLatin1StringView(gone)), gone);
    QVERIFY(media.markdown.contains(QStringLiteral(
        "\n\n![Stone bridge über a river](http://wxr.test/wp-content/uploads/2024/03/"
        "bridge.png)\n\nDie Brücke über den Fluss\n\n")));
    QVERIFY(
        media.markdown.contains(QStringLiteral("\n\nThe harbour at dawn, seen from the pier\n\n")));
    QVERIFY(
        media.markdown.contains(QStringLiteral("see https://vimeo.com/76979871 for details.\n")));

    // 11: plugin shortcodes (self-closing, enclosing, inline, nested, escaped) stay as written.
    const Converted &plugins = converted.value(11);
    QCOMPARE(
        plugins.report.unknownShortcodes,
        QStringList({QStringLiteral("contact-form-7"), QStringLiteral("note"),
                     QStringLiteral("tooltip"), QStringLiteral("row"), QStringLiteral("column")}));
    for (const char *line :
         {"\n[contact-form-7 id=\"12\" title=\"Contact\"]\n",
          "\n[note]Enclosed text of a *note* shortcode.[/note]\n",
          "Inline [tooltip text=\"hi\"]hover me[/tooltip] inside a sentence, and an escaped "
          "[[not_a_shortcode]].\n",
          "\n[row][column width=\"1/2\"]Left[/column][column width=\"1/2\"]Right[/column][/row]\n"})
        QVERIFY2(plugins.markdown.contains(QString::fromUtf8(line)), line);
}

void TestWordPressContent::restConversionStillDropsShortcodes()
{
    // content.rendered: a leftover shortcode is a dead plugin's; dropped as before.
    const HtmlToMarkdownResult r =
        htmlToMarkdown(QStringLiteral("<p>[contact-form-7 id=\"12\"] Hello</p>"));
    QCOMPARE(r.markdown, QStringLiteral("Hello\n"));
    QCOMPARE(r.count(HtmlRepair::ShortcodeDropped), 1);
}

void TestWordPressContent::keptShortcodeThatWouldBeALinkIsEscaped()
{
    HtmlToMarkdownOptions options;
    options.keepShortcodes = true;
    // Unescaped, "[foo](x)" is a link and "[foo]: x" at a paragraph's start a link definition.
    QCOMPARE(htmlToMarkdown(QStringLiteral("<p>[foo](x) and [bar]</p>"), options).markdown,
             QStringLiteral("\\[foo](x) and [bar]\n"));
    QCOMPARE(htmlToMarkdown(QStringLiteral("<p>[foo]: x</p>"), options).markdown,
             QStringLiteral("\\[foo]: x\n"));
    // "- [x] done" would be a task-list checkbox.
    QCOMPARE(htmlToMarkdown(QStringLiteral("<ul><li>[x] done</li></ul>"), options).markdown,
             QStringLiteral("- \\[x] done\n"));
}

QTEST_GUILESS_MAIN(TestWordPressContent)
#include "tst_wordpress_content.moc"
