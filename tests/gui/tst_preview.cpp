// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The live preview in the real WebEngine under Xvfb: patching without reload, the title,
// links, the network gate, hostile markup, local images and scroll sync.
#include "gui/preview/document_scheme_handler.h"
#include "gui/preview/preview_page.h"
#include "gui/preview/preview_view.h"
#include "gui/preview/request_interceptor.h"
#include "gui/preview/web_engine_setup.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>
#include <QtTest>
#include <memory>

using namespace pw;
using namespace pw::gui;

namespace {

constexpr int kLoadTimeout = 60000; // first WebEngine start under Xvfb on two cores is slow
constexpr int kTimeout = 20000;

// Evaluates `code` in the page and waits for the result.
QVariant js(QWebEnginePage *page, const QString &code, quint32 world = QWebEngineScript::MainWorld)
{
    auto state = std::make_shared<std::pair<bool, QVariant>>(false, QVariant());
    page->runJavaScript(code, world, [state](const QVariant &v) { *state = {true, v}; });
    if (!QTest::qWaitFor([&] { return state->first; }, kTimeout))
        qWarning("runJavaScript timed out: %s", qPrintable(code));
    return state->second;
}

// A block as the analysis would make it: the hash leaves data-sourcepos out, so a block
// that only moved keeps its key.
PreviewBlock block(int firstLine, int lastLine, const QString &inner, const char *tag = "p")
{
    PreviewBlock b;
    b.firstLine = firstLine;
    b.lastLine = lastLine;
    b.hash = qHash(QString::fromLatin1(tag) + inner) | 1;
    b.html = QStringLiteral("<%1 data-sourcepos=\"%2:1-%3:20\">%4</%1>")
                 .arg(QString::fromLatin1(tag))
                 .arg(firstLine + 1)
                 .arg(lastLine + 1)
                 .arg(inner);
    return b;
}

// Shows a preview and waits until its page is up.
std::unique_ptr<PreviewView> makePreview(QSize size = {900, 700})
{
    auto view = std::make_unique<PreviewView>();
    view->resize(size);
    view->show();
    if (!QTest::qWaitFor([&] { return view->isReady(); }, kLoadTimeout))
        qWarning("preview page did not come up");
    return view;
}

bool pushAndWait(PreviewView &view, const QList<PreviewBlock> &blocks, quint64 revision)
{
    view.setBlocks(blocks, revision);
    return QTest::qWaitFor([&] { return view.appliedRevision() == revision; }, kTimeout);
}

QRect elementRect(QWebEnginePage *page, const QString &selector)
{
    const QString code =
        QStringLiteral("(() => { const r = document.querySelector(%1).getBoundingClientRect();"
                       " return [r.left, r.top, r.width, r.height]; })()")
            .arg(QString::fromUtf8(
                     QJsonDocument(QJsonArray{selector}).toJson(QJsonDocument::Compact))
                     .mid(1)
                     .chopped(1));
    const QVariantList r = js(page, code).toList();
    if (r.size() != 4)
        return {};
    return QRect(int(r[0].toDouble()), int(r[1].toDouble()), int(r[2].toDouble()),
                 int(r[3].toDouble()));
}

void click(PreviewView &view, const QPoint &point)
{
    QWidget *target = view.webView()->focusProxy();
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, {}, point);
}

// Counts connections to a loopback port: the proof that a request left the preview.
class Listener : public QObject {
public:
    Listener()
    {
        server.listen(QHostAddress::LocalHost, 0);
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket] { requests += socket->readAll(); });
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(server.serverPort()).arg(path);
    }
    QTcpServer server;
    int connections = 0;
    QByteArray requests;
};

} // namespace

class TestPreview : public QObject {
    Q_OBJECT
private slots:
    void patchesBlocksWithoutReload()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        QCOMPARE(view->pageLoadCount(), 1);

        QList<PreviewBlock> blocks{block(0, 0, "Alpha"), block(2, 3, "Beta"), block(5, 5, "Gamma")};
        QVERIFY(pushAndWait(*view, blocks, 1));
        QCOMPARE(js(page, "document.querySelectorAll('#pw-body > .pw-block').length").toInt(), 3);
        js(page, "document.querySelectorAll('#pw-body > .pw-block').forEach("
                 "(n, i) => { n.pwTag = 'kept' + i; })");

        // Many quick edits of the middle block: newest wins, older ones may be skipped.
        QSignalSpy applied(view.get(), &PreviewView::revisionApplied);
        for (int i = 2; i <= 40; ++i) {
            blocks[1] = block(2, 3, QStringLiteral("Beta edit %1").arg(i));
            view->setBlocks(blocks, quint64(i));
        }
        QTRY_COMPARE_WITH_TIMEOUT(view->appliedRevision(), quint64(40), kTimeout);
        QVERIFY2(applied.size() < 39, "pending renderings were not coalesced");
        for (int i = 1; i < applied.size(); ++i)
            QVERIFY(applied[i - 1][0].toULongLong() < applied[i][0].toULongLong());

        QCOMPARE(
            js(page, "document.querySelectorAll('#pw-body > .pw-block')[1].textContent").toString(),
            QStringLiteral("Beta edit 40"));
        const QString tags = "Array.from(document.querySelectorAll('#pw-body > .pw-block'))"
                             ".map(n => n.pwTag || '-').join(',')";
        QCOMPARE(js(page, tags).toString(), QStringLiteral("kept0,-,kept2"));

        // Insert at the top: everything else moves down two lines but keeps its node.
        blocks.prepend(block(0, 0, "New first"));
        for (int i = 1; i < blocks.size(); ++i)
            blocks[i] = block(blocks[i].firstLine + 2, blocks[i].lastLine + 2,
                              i == 1   ? "Alpha"
                              : i == 2 ? "Beta edit 40"
                                       : "Gamma");
        QVERIFY(pushAndWait(*view, blocks, 41));
        QCOMPARE(js(page, tags).toString(), QStringLiteral("-,kept0,-,kept2"));
        QCOMPARE(js(page, "document.querySelectorAll('#pw-body > .pw-block')[3].dataset.first")
                     .toString(),
                 QStringLiteral("7"));

        // Remove one and reorder the rest.
        QVERIFY(pushAndWait(*view, {blocks[3], blocks[1]}, 42));
        QCOMPARE(js(page, tags).toString(), QStringLiteral("kept2,kept0"));
        QCOMPARE(js(page, "document.getElementById('pw-body').textContent").toString(),
                 QStringLiteral("GammaAlpha"));

        QVERIFY(pushAndWait(*view, {}, 43));
        QCOMPARE(js(page, "document.getElementById('pw-body').children.length").toInt(), 0);

        QCOMPARE(view->pageLoadCount(), 1);
        QCOMPARE(page->url(), QUrl("pw-doc://page/index.html"));
    }

    // Identical blocks (two "Read more" lines) share a key; the HTML comes once per push.
    void repeatedBlocksAllShow()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        const QList<PreviewBlock> blocks{block(0, 0, "Same"), block(2, 2, "Other"),
                                         block(4, 4, "Same"), block(6, 6, "Same")};
        QVERIFY(pushAndWait(*view, blocks, 1));
        const QString texts = "Array.from(document.querySelectorAll('#pw-body > .pw-block'))"
                              ".map(n => n.textContent).join(',')";
        QCOMPARE(js(page, texts).toString(), QStringLiteral("Same,Other,Same,Same"));
        QVERIFY(pushAndWait(*view, {blocks[2], blocks[3], block(8, 8, "New")}, 2));
        QCOMPARE(js(page, texts).toString(), QStringLiteral("Same,Same,New"));
    }

    // An edit is sent as a change of the blocks around it: the blocks before it stay as they
    // are, the blocks after it keep their nodes and move by the lines the edit added.
    void anEditMovesTheBlocksAfterIt()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        QList<PreviewBlock> blocks;
        for (int i = 0; i < 6; ++i)
            blocks.append(block(i * 2, i * 2, QStringLiteral("Block %1").arg(i)));
        QVERIFY(pushAndWait(*view, blocks, 1));
        js(page, "document.querySelectorAll('#pw-body > .pw-block').forEach("
                 "(n, i) => { n.pwTag = 'kept' + i; })");
        const QString tags = "Array.from(document.querySelectorAll('#pw-body > .pw-block'))"
                             ".map(n => n.pwTag || '-').join(',')";
        const QString firsts = "Array.from(document.querySelectorAll('#pw-body > .pw-block'))"
                               ".map(n => n.dataset.first + '-' + n.dataset.last).join(',')";

        // Block 2 grows from one line to three (an Enter and a line typed into it).
        QList<PreviewBlock> edited = blocks;
        edited[2] = block(4, 6, QStringLiteral("Block 2<br>and<br>more"));
        for (int i = 3; i < edited.size(); ++i)
            edited[i] = block(i * 2 + 2, i * 2 + 2, QStringLiteral("Block %1").arg(i));
        QVERIFY(pushAndWait(*view, edited, 2));
        QCOMPARE(js(page, tags).toString(), QStringLiteral("kept0,kept1,-,kept3,kept4,kept5"));
        QCOMPARE(js(page, firsts).toString(), QStringLiteral("0-0,2-2,4-6,8-8,10-10,12-12"));
        QCOMPARE(
            js(page, "document.querySelectorAll('#pw-body > .pw-block')[2].textContent").toString(),
            QStringLiteral("Block 2andmore"));

        // The same blocks again (an edit the preview does not show): confirmed all the same.
        QVERIFY(pushAndWait(*view, edited, 3));
        QCOMPARE(js(page, tags).toString(), QStringLiteral("kept0,kept1,-,kept3,kept4,kept5"));

        // The last block goes, and one comes at the end.
        edited.removeLast();
        edited.append(block(14, 14, QStringLiteral("Last")));
        QVERIFY(pushAndWait(*view, edited, 4));
        QCOMPARE(js(page, tags).toString(), QStringLiteral("kept0,kept1,-,kept3,kept4,-"));
        QCOMPARE(view->pageLoadCount(), 1);
    }

    // A page that lost track of its blocks asks for all of them again and shows them.
    void aPageOutOfStepIsSentEverything()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        QList<PreviewBlock> blocks{block(0, 0, "One"), block(2, 2, "Two"), block(4, 4, "Three")};
        QVERIFY(pushAndWait(*view, blocks, 1));
        js(page, "document.getElementById('pw-body').replaceChildren()");

        blocks[2] = block(4, 4, "Three, edited");
        view->setBlocks(blocks, 2);
        const QString texts = "Array.from(document.querySelectorAll('#pw-body > .pw-block'))"
                              ".map(n => n.textContent).join(',')";
        QTRY_COMPARE_WITH_TIMEOUT(js(page, texts).toString(),
                                  QStringLiteral("One,Two,Three, edited"), kTimeout);
        QCOMPARE(view->appliedRevision(), quint64(2));
        QCOMPARE(view->pageLoadCount(), 1);
    }

    // A post of tens of megabytes: the page gets its beginning and a notice for the rest,
    // not hundreds of megabytes through the channel.
    void veryLongPostIsPreviewedUpToTheLimit()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        const QString half(PreviewView::maxPreviewHtml / 2 + 1, QLatin1Char('x'));
        QList<PreviewBlock> blocks;
        for (int i = 0; i < 4; ++i)
            blocks.append(block(i * 2, i * 2, QString::number(i) + half));
        QVERIFY(pushAndWait(*view, blocks, 1));
        QCOMPARE(js(page, "document.querySelectorAll('#pw-body > .pw-block').length").toInt(), 2);
        QVERIFY(js(page, "document.querySelector('#pw-body > .pw-block').textContent"
                         ".startsWith('0xxx')")
                    .toBool());
        const QString notice =
            js(page, "document.querySelector('#pw-body .pw-preview-limit').textContent").toString();
        QVERIFY2(notice.startsWith(QStringLiteral("The preview stops here")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral(" 3 more block")), qPrintable(notice));
        // The notice stands for the lines of the blocks it replaces, for scrolling.
        QCOMPARE(js(page, "document.querySelectorAll('#pw-body > .pw-block')[1].dataset.first")
                     .toString(),
                 QStringLiteral("2"));

        QVERIFY(pushAndWait(*view, {block(0, 0, "Short again")}, 2));
        QCOMPARE(js(page, "document.getElementById('pw-body').textContent").toString(),
                 QStringLiteral("Short again"));
    }

    void showsTitleAsHeading()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        QCOMPARE(js(page, "document.getElementById('pw-title').hidden").toBool(), true);
        view->setTitle(QStringLiteral("Ten <b>tips</b> for sourdough"));
        QTRY_COMPARE_WITH_TIMEOUT(js(page, "document.querySelector('h1').textContent").toString(),
                                  QStringLiteral("Ten <b>tips</b> for sourdough"), kTimeout);
        QCOMPARE(js(page, "document.querySelectorAll('h1 b').length").toInt(), 0);
        QCOMPARE(js(page, "document.getElementById('pw-title').hidden").toBool(), false);
        // The title sits above the body.
        QVERIFY(js(page, "document.getElementById('pw-title').nextElementSibling.id").toString() ==
                QLatin1String("pw-body"));
    }

    void linksOpenOutsideAndNeverNavigate()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        QList<QUrl> opened;
        view->page()->setLinkOpener([&](const QUrl &url) { opened << url; });

        QVERIFY(pushAndWait(
            *view,
            {block(0, 0, "<a id=\"web\" href=\"https://example.com/guide\">A guide</a>"),
             block(2, 2, "<a id=\"js\" href=\"javascript:window.pwCanary=1\">Script</a>"),
             block(4, 4,
                   "<a id=\"blank\" href=\"https://example.org/t\" target=\"_blank\">New</a>"),
             block(6, 6, "<a id=\"file\" href=\"file:///etc/passwd\">File</a>"),
             block(8, 8, "<a id=\"mail\" href=\"mailto:ed@example.com\">Mail</a>")},
            1));

        click(*view, elementRect(page, "#web").center());
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kTimeout);
        QCOMPARE(opened[0], QUrl("https://example.com/guide"));

        click(*view, elementRect(page, "#js").center());
        click(*view, elementRect(page, "#file").center());
        QTest::qWait(1000);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(js(page, "typeof window.pwCanary").toString(), QStringLiteral("undefined"));

        click(*view, elementRect(page, "#blank").center());
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, kTimeout);
        QCOMPARE(opened[1], QUrl("https://example.org/t"));

        click(*view, elementRect(page, "#mail").center());
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 3, kTimeout);
        QCOMPARE(opened[2].scheme(), QStringLiteral("mailto"));

        QCOMPARE(page->url(), QUrl("pw-doc://page/index.html"));
        QCOMPARE(view->pageLoadCount(), 1);
        QCOMPARE(js(page, "document.querySelectorAll('#pw-body > .pw-block').length").toInt(), 5);
    }

    void noRemoteRequestWithoutPermission()
    {
        Listener listener;
        QVERIFY(listener.server.isListening());
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();

        const QString html =
            QStringLiteral(
                "<img id=\"r\" src=\"%1\" alt=\"remote\">"
                "<span style=\"display:block;width:20px;height:20px;"
                "background-image:url(%2)\"></span>"
                "<img srcset=\"%3 1x, %3 2x\" alt=\"srcset\">"
                "<picture><source srcset=\"%3\"><img alt=\"pic\"></picture>"
                "<video poster=\"%3\" src=\"%3\"></video><audio src=\"%3\"></audio>"
                "<link rel=\"prefetch\" href=\"%3\"><link rel=\"preconnect\" href=\"%3\">"
                "<link rel=\"stylesheet\" href=\"%3\">")
                .arg(listener.url("x.png"), listener.url("bg.png"), listener.url("other"));
        QVERIFY(pushAndWait(*view, {block(0, 0, html, "div")}, 1));
        QTest::qWait(2000);
        QCOMPARE(listener.connections, 0);

        // Past the sanitiser, straight into the DOM: CSP alone must stop these. A preconnect is
        // no request, so the interceptor would never see it; the connection count would.
        js(page,
           QStringLiteral("document.body.insertAdjacentHTML('beforeend', '<link rel=preconnect "
                          "href=%1><link rel=dns-prefetch href=%1><img src=%2>'); 1")
               .arg(listener.url(""), listener.url("direct.png")));
        QTest::qWait(1500);
        QCOMPARE(listener.connections, 0);

        // The second lock: a page on the same profile without our CSP still meets the
        // interceptor, for images, fetches and style sheets alike.
        QWebEnginePage probe(page->profile());
        QSignalSpy probeLoaded(&probe, &QWebEnginePage::loadFinished);
        const int blockedBefore = view->requestInterceptor()->blockedCount();
        probe.setHtml(QStringLiteral("<img src='%1'><link rel=stylesheet href='%2'>"
                                     "<div style='background:url(%1)'>x</div>")
                          .arg(listener.url("probe.png"), listener.url("probe.css")));
        QTRY_COMPARE_WITH_TIMEOUT(probeLoaded.size(), 1, kLoadTimeout);
        js(&probe, QStringLiteral("fetch('%1').catch(() => 0); 1").arg(listener.url("fetch")));
        QTRY_VERIFY_WITH_TIMEOUT(view->requestInterceptor()->blockedCount() >= blockedBefore + 3,
                                 kTimeout);
        QTest::qWait(1000);
        QCOMPARE(listener.connections, 0);

        // The user allows remote images: the page reloads once, the image request arrives.
        QSignalSpy loaded(view.get(), &PreviewView::loadFinished);
        view->setRemoteImagesAllowed(true);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, kLoadTimeout);
        QCOMPARE(view->pageLoadCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(listener.requests.contains("GET /x.png"), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(listener.requests.contains("GET /bg.png"), kTimeout);
        QCOMPARE(js(page, "document.getElementById('r') !== null").toBool(), true);

        // Still images only: a fetch or a style sheet stays blocked by the interceptor.
        listener.requests.clear();
        const int blockedAfter = view->requestInterceptor()->blockedCount();
        js(&probe, QStringLiteral("fetch('%1').catch(() => 0); 1").arg(listener.url("fetch2")));
        QTRY_VERIFY_WITH_TIMEOUT(view->requestInterceptor()->blockedCount() > blockedAfter,
                                 kTimeout);
        QTest::qWait(1000);
        QVERIFY(!listener.requests.contains("fetch2"));
    }

    void hostileMarkupSetsNoCanary_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("img onerror") << "<img src=\"x\" onerror=\"window.pwCanary='img'\">";
        QTest::newRow("svg onload")
            << "<svg onload=\"window.pwCanary='svg'\"><circle r=\"2\"/></svg>";
        QTest::newRow("svg script") << "<svg><script>window.pwCanary='svgscript'</script></svg>";
        QTest::newRow("script") << "<script>window.pwCanary='script'</script>";
        QTest::newRow("iframe srcdoc")
            << "<iframe srcdoc=\"<script>parent.pwCanary='srcdoc'</script>\"></iframe>";
        QTest::newRow("iframe javascript")
            << "<iframe src=\"javascript:parent.pwCanary='ifr'\"></iframe>";
        QTest::newRow("meta refresh javascript")
            << "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.pwCanary='meta'\">";
        QTest::newRow("meta refresh remote")
            << "<meta http-equiv=\"refresh\" content=\"0;url=http://127.0.0.1:9/\">";
        QTest::newRow("object") << "<object data=\"javascript:window.pwCanary='object'\"></object>";
        QTest::newRow("embed") << "<embed src=\"javascript:window.pwCanary='embed'\">";
        QTest::newRow("details ontoggle")
            << "<details open ontoggle=\"window.pwCanary='toggle'\"><summary>s</summary></details>";
        QTest::newRow("body onload") << "<body onload=\"window.pwCanary='body'\">";
        QTest::newRow("style tag")
            << "<style>@import 'http://127.0.0.1:9/x.css'; h1 { display: none }</style>";
        QTest::newRow("base hijack") << "<base href=\"javascript:window.pwCanary='base'//\">";
    }

    void hostileMarkupSetsNoCanary()
    {
        QFETCH(QString, html);
        if (!m_hostile)
            m_hostile = makePreview();
        PreviewView &view = *m_hostile;
        QWebEnginePage *page = view.webView()->page();
        view.setTitle(QStringLiteral("Hostile"));
        QVERIFY(pushAndWait(view, {block(0, 0, "before"), block(1, 1, html, "div")},
                            ++m_hostileRevision));
        QTest::qWait(500);
        QCOMPARE(js(page, "typeof window.pwCanary").toString(), QStringLiteral("undefined"));
        QCOMPARE(page->url(), QUrl("pw-doc://page/index.html"));
        QCOMPARE(view.pageLoadCount(), 1);
        // The title survives a <style> that tries to hide it.
        QCOMPARE(
            js(page, "getComputedStyle(document.getElementById('pw-title')).display").toString(),
            QStringLiteral("block"));
    }

    // The same attacks past the page's own sanitising, straight into the DOM: the CSP and the
    // navigation policy alone must hold.
    void contentSecurityPolicyHoldsWithoutSanitizer()
    {
        if (!m_hostile)
            m_hostile = makePreview();
        QWebEnginePage *page = m_hostile->webView()->page();
        js(page, "document.getElementById('pw-body').insertAdjacentHTML('beforeend',"
                 " '<img src=x onerror=\"window.pwCanary=1\">"
                 "<svg onload=\"window.pwCanary=2\"></svg>"
                 "<iframe srcdoc=\"<script>parent.pwCanary=3</script>\"></iframe>"
                 "<meta http-equiv=refresh content=\"0;url=pw-doc://doc/x\">');"
                 " const s = document.createElement('script'); s.textContent = 'window.pwCanary=4';"
                 " document.body.appendChild(s); 1");
        QTest::qWait(1500);
        QCOMPARE(js(page, "typeof window.pwCanary").toString(), QStringLiteral("undefined"));
        QCOMPARE(page->url(), QUrl("pw-doc://page/index.html"));
        QCOMPARE(m_hostile->pageLoadCount(), 1);
        m_hostile.reset();
    }

    void localImagesStayInsideDocumentFolder()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString docFolder = root.filePath("post");
        QVERIFY(QDir().mkpath(docFolder + "/img"));
        QImage image(12, 7, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(docFolder + "/img/pic.png"));
        QVERIFY(image.save(root.filePath("outside.png")));
        QVERIFY(QFile::link(root.filePath("outside.png"), docFolder + "/escape.png"));
        QVERIFY(QFile::link(docFolder + "/img/pic.png", docFolder + "/inside-link.png"));

        DocumentSchemeHandler handler;
        handler.setDocumentFolder(docFolder);
        QVERIFY(!handler.resolveDocumentFile(QUrl("pw-doc://doc/img/pic.png")).isEmpty());
        QVERIFY(!handler.resolveDocumentFile(QUrl("pw-doc://doc/inside-link.png")).isEmpty());
        QVERIFY(handler.resolveDocumentFile(QUrl("pw-doc://doc/escape.png")).isEmpty());
        QVERIFY(handler.resolveDocumentFile(QUrl("pw-doc://doc/../outside.png")).isEmpty());
        QVERIFY(handler.resolveDocumentFile(QUrl("pw-doc://doc/%2e%2e/outside.png")).isEmpty());
        QVERIFY(handler.resolveDocumentFile(QUrl("pw-doc://doc/img")).isEmpty());
        QVERIFY(handler.resolveDocumentFile(QUrl("pw-doc://page/img/pic.png")).isEmpty());

        auto view = makePreview();
        view->setDocumentFolder(docFolder);
        QWebEnginePage *page = view->webView()->page();
        const QString html =
            QStringLiteral("<img id=\"a\" src=\"img/pic.png\"><img id=\"b\" src=\"../outside.png\">"
                           "<img id=\"c\" src=\"escape.png\"><img id=\"d\" src=\"%1\">"
                           "<img id=\"e\" src=\"pw-doc://doc/%2e%2e/outside.png\">"
                           "<img id=\"f\" src=\"inside-link.png\">")
                .arg(QUrl::fromLocalFile(root.filePath("outside.png")).toString());
        QVERIFY(pushAndWait(*view, {block(0, 0, html)}, 1));
        QTRY_COMPARE_WITH_TIMEOUT(js(page, "document.getElementById('a').naturalWidth").toInt(), 12,
                                  kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(js(page, "document.getElementById('f').naturalWidth").toInt(), 12,
                                  kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            js(page, "Array.from(document.images).every(i => i.complete)").toBool(), kTimeout);
        for (const char *id : {"b", "c", "d", "e"}) {
            QCOMPARE(js(page, QStringLiteral("document.getElementById('%1').naturalWidth")
                                  .arg(QLatin1String(id)))
                         .toInt(),
                     0);
        }
    }

    void aLineAskedForBeforeTheContentIsReachedWhenItComes()
    {
        // A file just opened or a session restored: the editor asks for a line the empty
        // page cannot show yet. When the post arrives the page goes there, and it tells the
        // editor nothing (the editor follows what the preview reports while the pointer
        // rests on it, and would be pulled back to the top).
        auto view = makePreview({800, 600});
        QWebEnginePage *page = view->webView()->page();
        QSignalSpy top(view.get(), &PreviewView::topSourceLineChanged);
        view->scrollToSourceLine(120); // block 40
        QList<PreviewBlock> blocks;
        for (int i = 0; i < 80; ++i)
            blocks << block(i * 3, i * 3 + 1, QStringLiteral("Paragraph %1, long enough to "
                                                             "take a line or two.")
                                                  .arg(i));
        QVERIFY(pushAndWait(*view, blocks, 1));
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(js(page, "pwPreview.topLine()").toInt() - 120) <= 2, kTimeout);
        QTest::qWait(300);
        QCOMPARE(top.size(), 0);

        // The same for content that changes under a page the editor placed: no report.
        blocks.prepend(block(0, 0, QStringLiteral("A new first paragraph.")));
        for (int i = 1; i < blocks.size(); ++i)
            blocks[i] = block(i * 3 + 2, i * 3 + 3, QStringLiteral("Paragraph %1.").arg(i));
        QVERIFY(pushAndWait(*view, blocks, 2));
        QTest::qWait(300);
        QCOMPARE(top.size(), 0);
    }

    void scrollSyncBothWays()
    {
        auto view = makePreview({800, 600});
        QWebEnginePage *page = view->webView()->page();
        QList<PreviewBlock> blocks;
        for (int i = 0; i < 80; ++i)
            blocks << block(i * 3, i * 3 + 1,
                            QStringLiteral("Paragraph %1 with enough words to take a line or "
                                           "two of space in the preview column.")
                                .arg(i));
        QVERIFY(pushAndWait(*view, blocks, 1));

        QSignalSpy top(view.get(), &PreviewView::topSourceLineChanged);
        view->scrollToSourceLine(120); // block 40
        QTRY_VERIFY_WITH_TIMEOUT(js(page, "window.scrollY").toDouble() > 500, kTimeout);
        const int shownTop = js(page, "pwPreview.topLine()").toInt();
        QVERIFY2(qAbs(shownTop - 120) <= 2, qPrintable(QString::number(shownTop)));
        QTest::qWait(300);
        QCOMPARE(top.size(), 0); // the editor asked for this line; no echo

        // The writer scrolls the preview with the wheel.
        QWidget *target = view->webView()->focusProxy();
        const QPoint centre = target->rect().center();
        for (int i = 0; i < 5; ++i) {
            QWheelEvent wheel(centre, target->mapToGlobal(centre), QPoint(), QPoint(0, -240),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
        }
        QTRY_VERIFY_WITH_TIMEOUT(top.size() > 0, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(top.last()[0].toInt(), js(page, "pwPreview.topLine()").toInt(),
                                  kTimeout);
        QVERIFY(top.last()[0].toInt() > 120);

        // Click-to-source: the paragraph's data-sourcepos names its first line (1-based).
        QSignalSpy clicked(view.get(), &PreviewView::sourceLineClicked);
        js(page, "window.scrollTo(0, 0); 1");
        const QRect rect = elementRect(page, "#pw-body > .pw-block:nth-child(3) p");
        click(*view, rect.topLeft() + QPoint(10, 5));
        QTRY_COMPARE_WITH_TIMEOUT(clicked.size(), 1, kTimeout);
        QCOMPARE(clicked[0][0].toInt(), 6);

        // Two lines inserted above: the kept blocks still answer with their new lines.
        for (PreviewBlock &b : blocks)
            b = block(b.firstLine + 2, b.lastLine + 2, b.html.section('>', 1).section('<', 0, 0));
        blocks.prepend(block(0, 0, "Inserted"));
        QVERIFY(pushAndWait(*view, blocks, 2));
        const QRect moved = elementRect(page, "#pw-body > .pw-block:nth-child(4) p");
        click(*view, moved.topLeft() + QPoint(10, 5));
        QTRY_COMPARE_WITH_TIMEOUT(clicked.size(), 2, kTimeout);
        QCOMPARE(clicked[1][0].toInt(), 8);
        QCOMPARE(view->pageLoadCount(), 1);
    }

    void followsPaletteTheme()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        const QString background = "getComputedStyle(document.documentElement).backgroundColor";
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        view->setPalette(dark);
        QTRY_COMPARE_WITH_TIMEOUT(js(page, "document.documentElement.dataset.theme").toString(),
                                  QStringLiteral("dark"), kTimeout);
        QCOMPARE(js(page, background).toString(), QStringLiteral("rgb(28, 30, 34)"));
        view->setPalette(QPalette(Qt::white));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        view->setPalette(light);
        QTRY_COMPARE_WITH_TIMEOUT(js(page, "document.documentElement.dataset.theme").toString(),
                                  QStringLiteral("light"), kTimeout);
        QCOMPARE(js(page, background).toString(), QStringLiteral("rgb(253, 253, 252)"));
    }

    void pageIsLockedDown()
    {
        auto view = makePreview();
        QWebEnginePage *page = view->webView()->page();
        const QString csp =
            js(page, "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                     ".content")
                .toString();
        QVERIFY2(csp.startsWith("default-src 'none'; script-src 'self';"), qPrintable(csp));
        QVERIFY(!csp.contains("http:"));
        QVERIFY(!page->settings()->testAttribute(QWebEngineSettings::JavascriptCanOpenWindows));
        QVERIFY(
            !page->settings()->testAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls));
        QVERIFY(!page->settings()->testAttribute(QWebEngineSettings::PluginsEnabled));
        QVERIFY(view->webView()->page()->profile()->isOffTheRecord());
        QVERIFY(view->webView()->page()->profile() != QWebEngineProfile::defaultProfile());
        // No navigation goes through, typed or otherwise.
        page->load(QUrl("pw-doc://doc/anything.html"));
        QTest::qWait(1000);
        QCOMPARE(page->url(), QUrl("pw-doc://page/index.html"));
        QCOMPARE(view->pageLoadCount(), 1);
    }

private:
    std::unique_ptr<PreviewView> m_hostile;
    quint64 m_hostileRevision = 0;
};

int main(int argc, char **argv)
{
    pw::gui::prepareWebEngine();
    QApplication app(argc, argv);
    TestPreview test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preview.moc"
