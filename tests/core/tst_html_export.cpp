// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export → As HTML: the page is parsed back with gumbo (a browser-grade parser), and the
// head's meta tags and JSON-LD are read as a browser or crawler would, with hostile values.
#include "core/export/html_export.h"
#include "core/import/gumbo_handles.h"
#include "gumbo_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw;
using namespace pw::test;

namespace {

// What a crawler reads out of the page.
struct Page {
    QString title;
    QMap<QString, QStringList> meta; // name or property -> contents, in order
    QList<QString> scripts;          // JSON-LD script texts
    QString canonical;
    QString lang;
    QStringList h1s;
    QStringList tagsInBody; // every element name under <body>
    bool anySourcePos = false;
    int scriptElements = 0;
    QString bodyText;
};

void collect(const GumboNode *node, Page &page, bool inBody)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &element = node->v.element;
    const QString tag = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    if (gumbo_get_attribute(&element.attributes, "data-sourcepos"))
        page.anySourcePos = true;
    if (inBody)
        page.tagsInBody << tag;
    switch (element.tag) {
    case GUMBO_TAG_HTML:
        page.lang = gumboAttribute(element, "lang");
        break;
    case GUMBO_TAG_TITLE:
        page.title = gumboText(node);
        break;
    case GUMBO_TAG_META: {
        const QString key = gumboAttribute(element, "name").isEmpty() ? gumboAttribute(element, "property")
                                                                 : gumboAttribute(element, "name");
        if (!key.isEmpty())
            page.meta[key] << gumboAttribute(element, "content");
        break;
    }
    case GUMBO_TAG_LINK:
        if (gumboAttribute(element, "rel") == QLatin1String("canonical"))
            page.canonical = gumboAttribute(element, "href");
        break;
    case GUMBO_TAG_SCRIPT:
        ++page.scriptElements;
        if (gumboAttribute(element, "type") == QLatin1String("application/ld+json"))
            page.scripts << gumboText(node);
        break;
    case GUMBO_TAG_H1:
        page.h1s << gumboText(node);
        break;
    case GUMBO_TAG_BODY:
        inBody = true;
        page.bodyText = gumboText(node);
        break;
    default:
        break;
    }
    for (unsigned i = 0; i < element.children.length; ++i)
        collect(static_cast<const GumboNode *>(element.children.data[i]), page, inBody);
}

Page parsePage(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    const gumbo::OutputPtr output = gumbo::parse(utf8);
    Page page;
    collect(output->root, page, false);
    return page;
}

QJsonObject jsonLdOf(const Page &page)
{
    if (page.scripts.size() != 1)
        return {};
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(page.scripts.constFirst().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString() << page.scripts.constFirst();
    return document.object();
}

Post hostilePost()
{
    Post post;
    post.title = QStringLiteral("Say \"hi\" & <b>bye</b></script><script>alert(1)</script>");
    post.metaDescription = QStringLiteral("A \"quoted\" description with </script> and <!-- in it");
    post.tags = {QStringLiteral("django"), QStringLiteral("flask \"web\"")};
    post.categories = {QStringLiteral("Tutorials"), QStringLiteral("Web Development Frameworks")};
    post.body = QStringLiteral("Intro paragraph with **bold**.\n\n## A section\n\n"
                               "- one\n- two\n\n[link](https://example.com/a?b=1&c=2)\n");
    post.extras = {{QStringLiteral("date"), QStringLiteral("2024-05-01")},
                   {QStringLiteral("permalink"),
                    QStringLiteral("\"https://example.com/posts/say-hi?x=1&y=\\\"2\\\"\"")},
                   {QStringLiteral("lang"), QStringLiteral("en_GB")}};
    return post;
}

} // namespace

class TestHtmlExport : public QObject {
    Q_OBJECT
private slots:
    void headCarriesEscapedMetadata()
    {
        const Post post = hostilePost();
        const Page page = parsePage(exportHtml(post));
        QCOMPARE(page.title, post.title);
        QCOMPARE(page.lang, QStringLiteral("en-GB"));
        QCOMPARE(page.meta.value(QStringLiteral("description")), QStringList{post.metaDescription});
        QCOMPARE(page.meta.value(QStringLiteral("og:title")), QStringList{post.title});
        QCOMPARE(page.meta.value(QStringLiteral("og:description")),
                 QStringList{post.metaDescription});
        QCOMPARE(page.meta.value(QStringLiteral("og:type")),
                 QStringList{QStringLiteral("article")});
        const QString url = QStringLiteral("https://example.com/posts/say-hi?x=1&y=\"2\"");
        QCOMPARE(page.meta.value(QStringLiteral("og:url")), QStringList{url});
        QCOMPARE(page.canonical, url);
        QCOMPARE(page.meta.value(QStringLiteral("article:section")), post.categories);
    }

    void jsonLdIsABlogPostingThatSurvivesScriptInValues()
    {
        const Post post = hostilePost();
        const QString html = exportHtml(post);
        // Neither value could end the script early: exactly one script element came out.
        const Page page = parsePage(html);
        QCOMPARE(page.scripts.size(), 1);
        QVERIFY(!page.scripts.constFirst().contains(QStringLiteral("</")));
        const QJsonObject ld = jsonLdOf(page);
        QCOMPARE(ld.value(QStringLiteral("@context")).toString(),
                 QStringLiteral("https://schema.org"));
        QCOMPARE(ld.value(QStringLiteral("@type")).toString(), QStringLiteral("BlogPosting"));
        QCOMPARE(ld.value(QStringLiteral("headline")).toString(), post.title);
        QCOMPARE(ld.value(QStringLiteral("description")).toString(), post.metaDescription);
        QCOMPARE(ld.value(QStringLiteral("keywords")).toString(),
                 QStringLiteral("django, flask \"web\""));
        QCOMPARE(ld.value(QStringLiteral("articleSection")).toArray(),
                 QJsonArray::fromStringList(post.categories));
        QCOMPARE(ld.value(QStringLiteral("datePublished")).toString(),
                 QStringLiteral("2024-05-01"));
        QCOMPARE(ld.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://example.com/posts/say-hi?x=1&y=\"2\""));
        // The title's script stayed text inside the JSON: the page has one script element.
        QCOMPARE(page.scriptElements, 1);
        QVERIFY(!html.contains(QStringLiteral("</script><script>")));
    }

    void bodyIsTheCleanArticleWithTheTitleAsH1()
    {
        const Post post = hostilePost();
        const Page page = parsePage(exportHtml(post));
        QCOMPARE(page.h1s, QStringList{post.title});
        QVERIFY(!page.anySourcePos);
        QVERIFY(page.tagsInBody.contains(QStringLiteral("article")));
        QVERIFY(page.tagsInBody.contains(QStringLiteral("h2")));
        QVERIFY(page.tagsInBody.contains(QStringLiteral("strong")));
        QCOMPARE(page.tagsInBody.count(QStringLiteral("li")), 2);
        QVERIFY(!page.tagsInBody.contains(QStringLiteral("script")));
        QVERIFY(!page.tagsInBody.contains(QStringLiteral("b"))); // the title's <b> stays text
        QVERIFY(page.bodyText.contains(QStringLiteral("Intro paragraph with bold.")));
    }

    void optionalFieldsAreLeftOutWhenMissing()
    {
        Post post;
        post.title = QStringLiteral("Plain");
        post.body = QStringLiteral("Text.\n");
        post.extras = {{QStringLiteral("link"), QStringLiteral("https://example.com/plain")}};
        const Page page = parsePage(exportHtml(post));
        QVERIFY(!page.meta.contains(QStringLiteral("description")));
        QCOMPARE(page.meta.value(QStringLiteral("og:url")),
                 QStringList{QStringLiteral("https://example.com/plain")});
        const QJsonObject ld = jsonLdOf(page);
        QCOMPARE(ld.value(QStringLiteral("headline")).toString(), QStringLiteral("Plain"));
        QVERIFY(!ld.contains(QStringLiteral("datePublished")));
        QVERIFY(!ld.contains(QStringLiteral("keywords")));
        QVERIFY(!ld.contains(QStringLiteral("articleSection")));
        QVERIFY(page.lang.isEmpty());
    }

    // Edit → Copy as HTML: what a CMS gets. Written out in full and checked by eye.
    void cleanHtmlIsThePreviewRenderingWithoutOurMarkup()
    {
        const QString markdown = QStringLiteral(
            "## Setup\n\n"
            "Install **Flask** with [pip](https://pip.pypa.io \"pip\") and ~~easy_install~~.\n\n"
            "- [x] done\n- [ ] todo\n\n"
            "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n"
            "```python\nprint(\"<hi>\")\n```\n\n"
            "[bad](javascript:alert(1)) and ![x](data:text/html,boo) www.example.com\n");
        // cmark's own markup stays (language-python lets a CMS colour the code); script-capable
        // URLs are emptied as in the preview and the exported page.
        const QString expected = QStringLiteral(
            "<h2>Setup</h2>\n"
            "<p>Install <strong>Flask</strong> with <a href=\"https://pip.pypa.io\" "
            "title=\"pip\">pip</a> and <del>easy_install</del>.</p>\n"
            "<ul>\n"
            "<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n"
            "<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n"
            "</ul>\n"
            "<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"right\">b</th>\n"
            "</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">1</td>\n"
            "<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n"
            "<pre><code class=\"language-python\">print(&quot;&lt;hi&gt;&quot;)\n</code></pre>\n"
            "<p><a href=\"\">bad</a> and <img src=\"\" alt=\"x\" /> "
            "<a href=\"http://www.example.com\">www.example.com</a></p>\n");
        QCOMPARE(renderCleanHtml(markdown), expected);
        // A selection is rendered as a piece of its own.
        QCOMPARE(renderCleanHtml(QStringLiteral("with **pip** and")),
                 QStringLiteral("<p>with <strong>pip</strong> and</p>\n"));
        QCOMPARE(renderCleanHtml(QString()), QString());
    }

    // A raw HTML block that only opens an element encloses the Markdown after it, as on the
    // site: the preview's positioning <div> would close it at once.
    void rawHtmlBlocksAreNotWrapped()
    {
        const QString markdown =
            QStringLiteral("<div class=\"note\">\n\n**Tip:** text\n\n</div>\n\n<!-- more -->\n");
        QCOMPARE(renderCleanHtml(markdown),
                 QStringLiteral("<div class=\"note\">\n<p><strong>Tip:</strong> text</p>\n</div>\n"
                                "<!-- more -->\n"));
        // The exported page has the same article: the note's <div> holds the tip.
        Post post;
        post.title = QStringLiteral("Notes");
        post.body = markdown;
        QVERIFY(exportHtml(post).contains(
            QStringLiteral("<h1>Notes</h1>\n<div class=\"note\">\n<p><strong>Tip:</strong> "
                           "text</p>\n</div>\n<!-- more -->\n</article>")));
    }

    // File → Export → As HTML and `convert --to html -o` write through this.
    void writeHtmlPageWritesTheExportedPage()
    {
        QTemporaryDir dir;
        const Post post = hostilePost();
        const QString path = dir.filePath(QStringLiteral("page.html"));
        QVERIFY(writeHtmlPage(path, post).ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), exportHtml(post).toUtf8());
        const WriteResult failed =
            writeHtmlPage(dir.filePath(QStringLiteral("no/dir/x.html")), post);
        QVERIFY(!failed.ok);
        QVERIFY(failed.error.contains(QStringLiteral("x.html")));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_html_export.moc"
