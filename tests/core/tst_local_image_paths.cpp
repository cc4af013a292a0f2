// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown images given by absolute path or file: URL: which destinations name a local file,
// how the analysis hands them to a viewer's own address, and that nothing else changes
// (links, raw HTML, the export, an analysis without a viewer).
#include "core/export/html_export.h"
#include "core/markdown/analysis.h"
#include "core/markdown/preview_blocks.h"

#include <QTest>

using namespace pw;

namespace {

QString render(const QString &body, const LocalImageUrl &localImageUrl)
{
    Post post;
    post.body = body;
    AnalysisContext context;
    context.localImageUrl = localImageUrl;
    const SnapshotPtr snapshot = analyzePost(post, context, 1);
    QString html;
    for (const PreviewBlock &block : snapshot->blocks)
        html += block.html;
    return html;
}

QString viewerUrl(const QString &path)
{
    return QStringLiteral("viewer://img") + path;
}

} // namespace

class TestLocalImagePaths : public QObject {
    Q_OBJECT
private slots:
    void localImagePath_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("path");
        QTest::newRow("absolute") << "/home/me/pic.png"
                                  << "/home/me/pic.png";
        QTest::newRow("absolute, escaped") << "/home/me/my%20pic.png"
                                           << "/home/me/my pic.png";
        QTest::newRow("absolute, space") << "/home/me/my pic.png"
                                         << "/home/me/my pic.png";
        QTest::newRow("absolute, query") << "/home/me/pic.png?v=2"
                                         << "/home/me/pic.png";
        QTest::newRow("file URL") << "file:///home/me/pic.png"
                                  << "/home/me/pic.png";
        QTest::newRow("file URL, escaped") << "file:///home/me/a%20%231.png"
                                           << "/home/me/a #1.png";
        QTest::newRow("file URL, localhost") << "file://localhost/srv/a.png"
                                             << "/srv/a.png";
        QTest::newRow("file URL, case") << "FILE:///srv/a.png"
                                        << "/srv/a.png";
        QTest::newRow("file URL, other host") << "file://server/share/a.png"
                                              << "";
        QTest::newRow("file, relative") << "file:a.png"
                                        << "";
        QTest::newRow("relative") << "img/pic.png"
                                  << "";
        QTest::newRow("dot relative") << "./pic.png"
                                      << "";
        QTest::newRow("scheme-relative") << "//cdn.example.com/a.png"
                                         << "";
        QTest::newRow("https") << "https://example.com/a.png"
                               << "";
        QTest::newRow("data") << "data:image/png;base64,AAAA"
                              << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void localImagePath()
    {
        QFETCH(QString, destination);
        QFETCH(QString, path);
        QCOMPARE(pw::localImagePath(destination), path);
    }

    void imagesGoToTheViewersAddress()
    {
        const QString html =
            render(QStringLiteral("![a](/home/me/pic.png) ![b](file:///srv/my%20pic.png) "
                                  "![c](<file:///srv/x y.png>) ![d](img/rel.png)"),
                   viewerUrl);
        QVERIFY2(html.contains(QLatin1String("src=\"viewer://img/home/me/pic.png\"")),
                 qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("src=\"viewer://img/srv/my%20pic.png\"")),
                 qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("src=\"viewer://img/srv/x%20y.png\"")),
                 qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("src=\"img/rel.png\"")), qPrintable(html));
    }

    void linksAndRawHtmlAreLeftAsTheyWere()
    {
        const QString html =
            render(QStringLiteral(
                       "[f](file:///etc/passwd) [p](/home/me/pic.png) "
                       "![x](file://server/share/a.png)\n\n<img src=\"file:///srv/raw.png\">\n"),
                   viewerUrl);
        QVERIFY2(html.contains(QLatin1String("<a href=\"\">f</a>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<a href=\"/home/me/pic.png\">p</a>")),
                 qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<img src=\"\" alt=\"x\"")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<img src=\"file:///srv/raw.png\">")),
                 qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("viewer:")), qPrintable(html));
    }

    // Without a viewer (the command line, the export) the post's URLs stay as before.
    void withoutAViewerNothingChanges()
    {
        const QString body =
            QStringLiteral("![a](/home/me/pic.png) ![b](file:///srv/pic.png) ![c](img/rel.png)");
        const QString html = render(body, {});
        QVERIFY2(html.contains(QLatin1String("src=\"/home/me/pic.png\"")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("<img src=\"\" alt=\"b\"")), qPrintable(html));
        Post post;
        post.title = QStringLiteral("T");
        post.body = body;
        const QString page = exportHtml(post);
        QVERIFY2(page.contains(QLatin1String("src=\"/home/me/pic.png\"")), qPrintable(page));
        QVERIFY2(page.contains(QLatin1String("src=\"img/rel.png\"")), qPrintable(page));
    }
};

QTEST_GUILESS_MAIN(TestLocalImagePaths)

#include "tst_local_image_paths.moc"
