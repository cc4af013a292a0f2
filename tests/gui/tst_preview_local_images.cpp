// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Local images in the live preview, in the real WebEngine under Xvfb: by a path relative to
// the saved post, by absolute path and by file: URL, in saved and untitled documents; and what
// stays refused: files that are not images whatever their name, anything asked for as other
// than an image, and the network.
#include "core/markdown/analysis.h"
#include "gui/document/document.h"
#include "gui/gui_test_support.h"
#include "gui/preview/document_scheme_handler.h"
#include "gui/preview/local_image.h"
#include "gui/preview/preview_view.h"
#include "gui/preview/request_interceptor.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>
#include <QtTest>
#include <memory>

using namespace pw;
using namespace pw::gui;

namespace {

constexpr int kLoadTimeout = 60000; // the first WebEngine start under Xvfb on two cores is slow
constexpr int kTimeout = 20000;

// The natural widths of the post's images in document order, once every one of them has
// finished loading or failing: 0 for an image that did not load.
QList<int> imageWidths(QWebEnginePage *page)
{
    const QString images = QStringLiteral("Array.from(document.querySelectorAll('#pw-body img'))");
    if (!QTest::qWaitFor(
            [&] { return pw::test::evaluate(page, images + ".every(i => i.complete)").toBool(); },
            kTimeout))
        qWarning("images did not finish loading");
    QList<int> widths;
    for (const QVariant &width :
         pw::test::evaluate(page, images + ".map(i => i.naturalWidth)").toList())
        widths << width.toInt();
    return widths;
}

QString imageTitle(QWebEnginePage *page, int index)
{
    return pw::test::evaluate(
               page,
               QStringLiteral("document.querySelectorAll('#pw-body img')[%1].title").arg(index))
        .toString();
}

std::unique_ptr<PreviewView> makePreview()
{
    auto view = std::make_unique<PreviewView>();
    view->resize(900, 700);
    view->show();
    if (!QTest::qWaitFor([&] { return view->isReady(); }, kLoadTimeout))
        qWarning("preview page did not come up");
    return view;
}

// The body analysed as the editor window analyses it, and shown.
bool show(PreviewView &view, const QString &markdown, quint64 revision)
{
    Post post;
    post.body = markdown;
    AnalysisContext context;
    context.localImageUrl = localImageUrl;
    view.setBlocks(analyzePost(post, context, revision)->blocks, revision);
    return QTest::qWaitFor([&] { return view.appliedRevision() == revision; }, kTimeout);
}

bool saveImage(const QString &path, int width)
{
    QImage image(width, 7, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    return image.save(path, "PNG");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString fileUrl(const QString &path)
{
    return QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
}

const QByteArray kSvg = "<?xml version=\"1.0\"?>\n<!-- " + QByteArray(400, '-').replace('-', 'x') +
                        " -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"17\" "
                        "height=\"9\"><rect width=\"17\" height=\"9\" fill=\"teal\"/></svg>\n";

// A folder for the post and, outside it, the images and the impostors of these tests.
struct Files {
    QTemporaryDir root;
    QString post = root.filePath(QStringLiteral("post"));
    QString elsewhere = root.filePath(QStringLiteral("my pictures"));

    bool make()
    {
        return root.isValid() && QDir().mkpath(post + "/img") && QDir().mkpath(elsewhere) &&
               saveImage(post + "/img/pic.png", 11) && saveImage(elsewhere + "/abs.png", 13) &&
               saveImage(elsewhere + "/by url #1.png", 15) &&
               writeFile(elsewhere + "/drawing.svg", kSvg) &&
               writeFile(elsewhere + "/text.png", "just some words, no picture\n") &&
               writeFile(elsewhere + "/fake.svg", "<?xml version=\"1.0\"?><html>no</html>") &&
               QFile::link(elsewhere + "/text.png", elsewhere + "/link.png") &&
               QFile::link(elsewhere + "/abs.png", elsewhere + "/good-link.png");
    }
};

} // namespace

class TestPreviewLocalImages : public QObject {
    Q_OBJECT
private slots:
    // (a) relative to the saved post, (b) absolute path, (c) file: URL, all in one saved post.
    void savedPostShowsImagesWhereverTheyAre()
    {
        Files files;
        QVERIFY(files.make());
        auto view = makePreview();
        view->setDocumentFolder(files.post);
        QWebEnginePage *page = view->webView()->page();
        const QString markdown =
            QStringLiteral(
                "![relative](img/pic.png)\n\n![absolute](<%1>)\n\n![url](%2)\n\n"
                "![svg](<%3>)\n\n![through a link](<%4>)\n\n![site root](/img/pic.png)\n")
                .arg(files.elsewhere + "/abs.png", fileUrl(files.elsewhere + "/by url #1.png"),
                     files.elsewhere + "/drawing.svg", files.elsewhere + "/good-link.png");
        QVERIFY(show(*view, markdown, 1));
        // The last: an absolute path that is no file but names one in the post's folder reads
        // from there, as it did before absolute paths were shown.
        QCOMPARE(imageWidths(page), (QList<int>{11, 13, 15, 17, 13, 11}));
        QCOMPARE(view->pageLoadCount(), 1);
    }

    // (d) An untitled post: absolute paths and file: URLs show, a relative path has nothing to
    // be relative to and says so; once the post is saved, it shows too.
    void untitledPostShowsAbsoluteImages()
    {
        Files files;
        QVERIFY(files.make());
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        const QString markdown =
            QStringLiteral("![absolute](<%1>)\n\n![url](%2)\n\n![relative](img/pic.png)\n")
                .arg(files.elsewhere + "/abs.png", fileUrl(files.elsewhere + "/by url #1.png"));
        QVERIFY(show(*view, markdown, 1));
        QCOMPARE(imageWidths(page), (QList<int>{13, 15, 0}));
        QTRY_COMPARE_WITH_TIMEOUT(
            imageTitle(page, 2),
            QStringLiteral("Save the post to show images given by a path relative to it"),
            kTimeout);

        view->setDocumentFolder(files.post);
        QTRY_COMPARE_WITH_TIMEOUT(imageWidths(page), (QList<int>{13, 15, 11}), kTimeout);
        QCOMPARE(imageTitle(page, 2), QString());
        QCOMPARE(view->pageLoadCount(), 1);
    }

    // Only files whose content is an image, whatever they are called or wherever they point.
    void onlyImageFilesAreRead()
    {
        Files files;
        QVERIFY(files.make());
        const QString e = files.elsewhere;
        QCOMPARE(readLocalImage(e + "/abs.png").value_or(LocalImage()).mimeType,
                 QByteArray("image/png"));
        QCOMPARE(readLocalImage(e + "/good-link.png").value_or(LocalImage()).mimeType,
                 QByteArray("image/png"));
        QCOMPARE(readLocalImage(e + "/drawing.svg").value_or(LocalImage()).mimeType,
                 QByteArray("image/svg+xml"));
        QVERIFY(writeFile(e + "/commented.svg", "<!-- " + QByteArray(5000, 'x') + " -->" +
                                                    kSvg.mid(kSvg.indexOf("<svg"))));
        QCOMPARE(readLocalImage(e + "/commented.svg").value_or(LocalImage()).mimeType,
                 QByteArray("image/svg+xml"));
        QVERIFY(saveImage(e + "/really.jpg", 5));
        QVERIFY(QImage(e + "/really.jpg").save(e + "/jpeg-named.png", "JPEG"));
        QCOMPARE(readLocalImage(e + "/jpeg-named.png").value_or(LocalImage()).mimeType,
                 QByteArray("image/jpeg"));
        QVERIFY(!readLocalImage(e + "/text.png"));
        QVERIFY(!readLocalImage(e + "/link.png"));
        QVERIFY(!readLocalImage(e + "/fake.svg"));
        QVERIFY(!readLocalImage(e));
        QVERIFY(!readLocalImage(QStringLiteral("/etc/passwd")));
        QVERIFY(!readLocalImage(e + "/missing.png"));
        QVERIFY(!readLocalImage(QStringLiteral("img/pic.png")));
        // Neither blocks nor reads without end: a device, a FIFO, a /proc file that says it is
        // empty and is gigabytes long.
        QVERIFY(!readLocalImage(QStringLiteral("/dev/zero")));
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {e + "/fifo.png"}) == 0);
        QVERIFY(!readLocalImage(e + "/fifo.png"));
        QVERIFY(!readLocalImage(QStringLiteral("/proc/self/pagemap")));

        auto view = makePreview();
        view->setDocumentFolder(files.post);
        QWebEnginePage *page = view->webView()->page();
        const QString markdown =
            QStringLiteral(
                "![text](<%1/text.png>)\n\n![passwd](/etc/passwd)\n\n"
                "![passwd url](file:///etc/passwd)\n\n![link](<%1/link.png>)\n\n"
                "![fake svg](<%1/fake.svg>)\n\n![folder](<%1>)\n\n![good](<%1/abs.png>)\n")
                .arg(e);
        QVERIFY(show(*view, markdown, 1));
        QCOMPARE(imageWidths(page), (QList<int>{0, 0, 0, 0, 0, 0, 13}));
        QTRY_COMPARE_WITH_TIMEOUT(imageTitle(page, 0),
                                  QStringLiteral("Local image not found, or not an image file"),
                                  kTimeout);
    }

    // An image file is lent to the page as a picture, not as anything else: a page on the same
    // profile without the preview's CSP meets the interceptor for frames, style sheets and
    // scripts (a fetch the engine refuses itself: the scheme is not fetchable).
    void localImagesAreImagesOnly()
    {
        Files files;
        QVERIFY(files.make());
        auto view = makePreview();
        const QString url = localImageUrl(files.elsewhere + "/abs.png");
        QVERIFY(url.startsWith(QLatin1String("pw-doc://image/")));

        QWebEnginePage probe(view->webView()->page()->profile());
        QSignalSpy probeLoaded(&probe, &QWebEnginePage::loadFinished);
        probe.setHtml(QStringLiteral("<img id='i' src='%1'>").arg(url),
                      QUrl(QStringLiteral("pw-doc://page/probe.html")));
        QTRY_COMPARE_WITH_TIMEOUT(probeLoaded.size(), 1, kLoadTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            pw::test::evaluate(&probe, "document.getElementById('i').naturalWidth").toInt(), 13,
            kTimeout);

        const int blockedBefore = view->requestInterceptor()->blockedCount();
        pw::test::evaluate(
            &probe,
            QStringLiteral("window.got = 'pending';"
                           "fetch('%1').then(() => window.got = 'read',"
                           " () => window.got = 'refused');"
                           "document.body.insertAdjacentHTML('beforeend',"
                           " \"<iframe src='%1'></iframe><link rel=stylesheet href='%1'>\");"
                           "const s = document.createElement('script'); s.src = '%1';"
                           "document.body.appendChild(s); 1")
                .arg(url));
        QTRY_VERIFY_WITH_TIMEOUT(view->requestInterceptor()->blockedCount() >= blockedBefore + 3,
                                 kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(pw::test::evaluate(&probe, "window.got").toString(),
                                  QStringLiteral("refused"), kTimeout);

        // A link to a local file stays cleared, as before.
        Post post;
        post.body =
            QStringLiteral("[file](%1) ![img](%1)").arg(fileUrl(files.elsewhere + "/abs.png"));
        AnalysisContext context;
        context.localImageUrl = localImageUrl;
        const QString html = analyzePost(post, context, 1)->blocks.value(0).html;
        QVERIFY2(html.contains(QLatin1String("<a href=\"\">file</a>")), qPrintable(html));
        QVERIFY2(html.contains(QLatin1String("src=\"pw-doc://image/")), qPrintable(html));
    }

    // Remote images stay behind View → Load Remote Images, however the address is written.
    void remoteImagesStayBlocked()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (server.nextPendingConnection())
                ++connections;
        });
        const QString host = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        const QString markdown =
            QStringLiteral("![web](http://%1/a.png)\n\n![scheme-relative](//%1/b.png)\n\n"
                           "![file host](file://%1/c.png)\n")
                .arg(host);
        QVERIFY(show(*view, markdown, 1));
        QCOMPARE(imageWidths(page), (QList<int>{0, 0, 0}));
        QTest::qWait(1000);
        QCOMPARE(connections, 0);
    }

    // The editor window wires it up: an untitled post shows an image given by absolute path.
    void untitledDocumentInTheWindowShowsAnAbsoluteImage()
    {
        Files files;
        QVERIFY(files.make());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DocumentView *view = window.currentView();
        QVERIFY(view->document()->filePath().isEmpty());
        view->document()->bodyDocument()->setPlainText(
            QStringLiteral("An image from elsewhere:\n\n![a picture](<%1/abs.png>)\n")
                .arg(files.elsewhere));
        PreviewView *preview = view->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->isReady() && preview->appliedRevision() > 0,
                                 kLoadTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(imageWidths(preview->webView()->page()), QList<int>{13},
                                  kTimeout);
        view->document()->bodyDocument()->setModified(false);
    }
};

PW_GUI_TEST_MAIN(TestPreviewLocalImages)

#include "tst_preview_local_images.moc"
