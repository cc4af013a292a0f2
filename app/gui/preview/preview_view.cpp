// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/preview/preview_view.h"

#include "gui/preview/document_scheme_handler.h"
#include "gui/preview/preview_page.h"
#include "gui/preview/request_interceptor.h"

#include "core/markdown/preview_blocks.h"

#include <QEvent>
#include <QSet>
#include <QUrl>
#include <QVBoxLayout>
#include <QVariantList>
#include <QVariantMap>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace pw::gui {

// The one object the page sees through QWebChannel. Signals carry data into the page;
// slots are the page's reports. Nothing here can read or change anything but the preview.
class PreviewBridge : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    // Replaces the page's blocks with these. Each block: {key, first, last, html?}; html is
    // left out of a block whose key came earlier in the same push.
    void blocksPushed(const QVariantList &blocks, double revision);
    // Changes the blocks the page holds: {from, removed, blocks, shift}. `removed` blocks at
    // index `from` give way to `blocks` (as above; html is also left out when the page held a
    // block with that key before the change), and the blocks after them move by `shift`
    // lines. An edit sends one paragraph, not the whole post.
    void blocksChanged(const QVariantMap &change, double revision);
    void titleChanged(const QString &title);
    void themeChanged(const QString &theme);
    void scrollRequested(int line);
    void labelsChanged(const QVariantMap &labels);
    // The document's folder changed (a first save, Save As): images that failed may be there.
    void documentFolderChanged();

    void readyReported();
    void appliedReported(double revision);
    void resyncReported();
    void clickReported(int line);
    void topLineReported(int line);
    void linkReported(const QUrl &url);

public slots:
    void ready() { emit readyReported(); }
    void applied(double revision) { emit appliedReported(revision); }
    // A change could not be applied: the next push replaces everything.
    void resync() { emit resyncReported(); }
    void clicked(int line) { emit clickReported(line); }
    void topLine(int line) { emit topLineReported(line); }
    // Link clicks never become navigations; the page reports the user's click instead.
    void openLink(const QString &url) { emit linkReported(QUrl(url)); }
};

namespace {

const QUrl kPageUrl(QStringLiteral("pw-doc://page/index.html"));

void lockDown(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    // The page's own script needs JavaScript; the CSP keeps it the only script.
    settings->setAttribute(S::JavascriptEnabled, true);
    const S::WebAttribute off[] = {
        S::JavascriptCanOpenWindows,
        S::JavascriptCanAccessClipboard,
        S::JavascriptCanPaste,
        S::LocalStorageEnabled,
        S::LocalContentCanAccessRemoteUrls,
        S::LocalContentCanAccessFileUrls,
        S::HyperlinkAuditingEnabled,
        S::ErrorPageEnabled,
        S::PluginsEnabled,
        S::PdfViewerEnabled,
        S::FullScreenSupportEnabled,
        S::ScreenCaptureEnabled,
        S::WebGLEnabled,
        S::Accelerated2dCanvasEnabled,
        S::AutoLoadIconsForPage,
        S::TouchIconsEnabled,
        S::FocusOnNavigationEnabled,
        S::AllowRunningInsecureContent,
        S::AllowGeolocationOnInsecureOrigins,
        S::AllowWindowActivationFromJavaScript,
        S::DnsPrefetchEnabled,
        S::NavigateOnDropEnabled,
        S::SpatialNavigationEnabled,
    };
    for (const S::WebAttribute attribute : off)
        settings->setAttribute(attribute, false);
    settings->setAttribute(S::WebRTCPublicInterfacesOnly, true);
    settings->setAttribute(S::PlaybackRequiresUserGesture, true);
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

QString blockKey(quint64 hash)
{
    return QString::number(hash, 16);
}

QVariantMap blockItem(const PreviewBlock &block)
{
    return {
        {QStringLiteral("key"), blockKey(block.hash)},
        {QStringLiteral("first"), block.firstLine},
        {QStringLiteral("last"), block.lastLine},
    };
}

// Where the page stops, for a post too long to preview whole: the blocks of the beginning,
// then one notice standing for the rest.
qsizetype previewedBlockCount(const QList<PreviewBlock> &blocks)
{
    qsizetype html = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        html += blocks.at(i).html.size();
        if (html > PreviewView::maxPreviewHtml)
            return i;
    }
    return blocks.size();
}

PreviewBlock limitNotice(const QList<PreviewBlock> &blocks, qsizetype shown)
{
    const int left = int(blocks.size() - shown);
    PreviewBlock notice;
    notice.firstLine = blocks.at(shown).firstLine;
    notice.lastLine = blocks.constLast().lastLine;
    notice.html = QStringLiteral("<p class=\"pw-preview-limit\"><em>%1</em></p>")
                      .arg(PreviewView::tr("The preview stops here: the post is too long to show live, "
                                           "and %n more block(s) follow. The editor, the outline "
                                           "and the checks cover all of it.",
                                           nullptr, left)
                               .toHtmlEscaped());
    notice.hash = positionFreeHash(notice.html);
    return notice;
}

} // namespace

PreviewView::PreviewView(QWidget *parent)
    : QWidget(parent)
      // Off the record and private to this preview: nothing is written to disk, and the
      // interceptor and the scheme handler serve this document alone.
      ,
      m_profile(new QWebEngineProfile(this)), m_interceptor(new RequestInterceptor(m_profile)),
      m_schemeHandler(new DocumentSchemeHandler(m_profile)), m_view(new QWebEngineView(this)),
      m_page(new PreviewPage(m_profile, m_view)), m_channel(new QWebChannel(m_page)),
      m_bridge(new PreviewBridge(m_channel))
{
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(kPreviewScheme, m_schemeHandler);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    lockDown(m_page->settings());

    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel);
    m_view->setPage(m_page);
    // Files dropped here belong to the main window (it opens them), not to the page.
    m_view->setAcceptDrops(false);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    connect(m_bridge, &PreviewBridge::readyReported, this, &PreviewView::onPageReady);
    connect(m_bridge, &PreviewBridge::appliedReported, this,
            [this](double revision) { onApplied(static_cast<quint64>(revision)); });
    connect(m_bridge, &PreviewBridge::resyncReported, this, [this] {
        m_pageKnown = false;
        if (!m_pending)
            m_pending = m_current;
    });
    connect(m_bridge, &PreviewBridge::clickReported, this, [this](int line) {
        if (line >= 0)
            emit sourceLineClicked(line);
    });
    connect(m_bridge, &PreviewBridge::topLineReported, this, [this](int line) {
        if (line < 0 || line == m_topLine)
            return;
        m_topLine = line;
        emit topSourceLineChanged(line);
    });
    connect(m_bridge, &PreviewBridge::linkReported, m_page, &PreviewPage::openLink);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_ready = false;
        m_inFlight = false;
        m_pageKnown = false;
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok)
            ++m_loadCount;
    });

    m_page->setBackgroundColor(palette().color(QPalette::Base));
    loadPage();
}

PreviewView::~PreviewView()
{
    // A page outliving its profile makes WebEngine warn and risks a crash at exit.
    delete m_view;
    m_view = nullptr;
}

void PreviewView::loadPage()
{
    m_schemeHandler->setContentSecurityPolicy(contentSecurityPolicy());
    m_page->loadPreviewPage(kPageUrl);
}

QByteArray PreviewView::contentSecurityPolicy() const
{
    // default-src 'none' closes everything not named: connect, fonts, media, frames, objects,
    // workers, manifests, prefetch. Style attributes stay (writers use them for alignment and
    // sizes) but <style> elements do not, so a post cannot restyle the page chrome.
    QByteArray images = "img-src pw-doc://doc pw-doc://image data:";
    if (m_interceptor->remoteImagesAllowed())
        images += " http: https:";
    return "default-src 'none'; script-src 'self'; style-src-elem 'self'; "
           "style-src-attr 'unsafe-inline'; " +
           images +
           "; base-uri pw-doc://doc; form-action 'none'; frame-src 'none'; object-src 'none'";
}

void PreviewView::onPageReady()
{
    m_ready = true;
    m_inFlight = false;
    m_pageKnown = false;
    sendTheme();
    emit m_bridge->labelsChanged({
        {QStringLiteral("embed"), tr("Embedded content is not shown in the preview")},
        {QStringLiteral("remoteImage"), tr("Remote image (not loaded)")},
        {QStringLiteral("localImage"), tr("Local image not found, or not an image file")},
    });
    sendRelativeImageLabel();
    emit m_bridge->titleChanged(m_title);
    // A fresh page holds nothing: the newest rendering goes in whole.
    // The scroll goes first: the page keeps the line until the blocks arrive and then goes
    // there, instead of reporting its empty top to the editor, which would follow it.
    if (m_restoreLine >= 0) {
        emit m_bridge->scrollRequested(m_restoreLine);
        m_restoreLine = -1;
    }
    if (!m_pending)
        m_pending = m_current;
    sendPending();
    emit loadFinished();
}

void PreviewView::setBlocks(const QList<PreviewBlock> &blocks, quint64 revision)
{
    m_current = {blocks, revision};
    m_pending = m_current;
    sendPending();
}

void PreviewView::sendPending()
{
    if (!m_ready || m_inFlight || !m_pending)
        return;
    Rendering rendering = std::move(*m_pending);
    m_pending.reset();
    // Hundreds of thousands of blocks (a post of tens of megabytes) took gigabytes and minutes
    // to cross the web channel in one message, with the window frozen meanwhile.
    if (const qsizetype shown = previewedBlockCount(rendering.blocks);
        shown < rendering.blocks.size()) {
        const PreviewBlock notice = limitNotice(rendering.blocks, shown);
        rendering.blocks.resize(shown);
        rendering.blocks.append(notice);
    }

    if (m_pageKnown)
        sendChange(rendering.blocks, rendering.revision);
    else
        sendWhole(rendering.blocks, rendering.revision);
}

void PreviewView::rememberPageBlocks(const QList<PreviewBlock> &blocks)
{
    m_pageBlocks.clear();
    m_pageBlocks.reserve(blocks.size());
    for (const PreviewBlock &block : blocks)
        m_pageBlocks.append({block.hash, block.firstLine, block.lastLine});
    m_pageKnown = true;
}

void PreviewView::sendWhole(const QList<PreviewBlock> &blocks, quint64 revision)
{
    QVariantList list;
    list.reserve(blocks.size());
    QSet<quint64> sent;
    sent.reserve(blocks.size());
    for (const PreviewBlock &block : blocks) {
        QVariantMap item = blockItem(block);
        if (!sent.contains(block.hash)) {
            item.insert(QStringLiteral("html"), block.html);
            sent.insert(block.hash);
        }
        list.append(item);
    }
    rememberPageBlocks(blocks);
    m_inFlight = true;
    emit m_bridge->blocksPushed(list, double(revision));
}

// What the page is sent for an edit: the blocks between the unchanged ones at the start and
// at the end. Sending all of them (a thousand on a 200 KB post) cost more on this thread, in
// the channel and in the page than everything else an edit does.
void PreviewView::sendChange(const QList<PreviewBlock> &blocks, quint64 revision)
{
    const QList<PageBlock> &held = m_pageBlocks;
    const qsizetype common = qMin(held.size(), blocks.size());
    const auto same = [](const PageBlock &a, const PreviewBlock &b, int shift) {
        return a.hash == b.hash && a.firstLine + shift == b.firstLine &&
               a.lastLine + shift == b.lastLine;
    };
    qsizetype prefix = 0;
    while (prefix < common && same(held.at(prefix), blocks.at(prefix), 0))
        ++prefix;
    // Blocks after the edit keep their HTML; lines added or removed above move them all alike.
    const int shift = common > 0 ? blocks.constLast().firstLine - held.constLast().firstLine : 0;
    qsizetype suffix = 0;
    while (suffix < common - prefix &&
           same(held.at(held.size() - 1 - suffix), blocks.at(blocks.size() - 1 - suffix), shift))
        ++suffix;
    const qsizetype removed = held.size() - prefix - suffix;
    const qsizetype insertedEnd = blocks.size() - suffix;
    if (removed == 0 && insertedEnd == prefix && (suffix == 0 || shift == 0)) {
        // Nothing the page shows differs (an edit of front matter, trailing spaces): it
        // shows this revision already.
        onApplied(revision);
        return;
    }

    QSet<quint64> onPage;
    if (insertedEnd > prefix) {
        onPage.reserve(held.size());
        for (const PageBlock &block : held)
            onPage.insert(block.hash);
    }
    QVariantList inserted;
    inserted.reserve(insertedEnd - prefix);
    for (qsizetype i = prefix; i < insertedEnd; ++i) {
        const PreviewBlock &block = blocks.at(i);
        QVariantMap item = blockItem(block);
        if (!onPage.contains(block.hash)) {
            item.insert(QStringLiteral("html"), block.html);
            onPage.insert(block.hash);
        }
        inserted.append(item);
    }
    const QVariantMap change{
        {QStringLiteral("from"), int(prefix)},
        {QStringLiteral("removed"), int(removed)},
        {QStringLiteral("blocks"), inserted},
        {QStringLiteral("shift"), suffix > 0 ? shift : 0},
    };

    rememberPageBlocks(blocks);
    m_inFlight = true;
    emit m_bridge->blocksChanged(change, double(revision));
}

void PreviewView::onApplied(quint64 revision)
{
    m_inFlight = false;
    m_appliedRevision = revision;
    emit revisionApplied(revision);
    sendPending();
}

void PreviewView::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    if (m_ready)
        emit m_bridge->titleChanged(title);
}

void PreviewView::setDocumentFolder(const QString &folder)
{
    // Images already shown keep showing; new and changed blocks resolve against the new folder,
    // and so do images that failed before (an untitled post's relative ones, once it is saved).
    const bool hadFolder = !m_schemeHandler->documentFolder().isEmpty();
    m_schemeHandler->setDocumentFolder(folder);
    if (!m_ready)
        return;
    if (hadFolder != !m_schemeHandler->documentFolder().isEmpty())
        sendRelativeImageLabel();
    emit m_bridge->documentFolderChanged();
}

void PreviewView::sendRelativeImageLabel()
{
    // Without a folder a relative path has nothing to be relative to: say what would help.
    emit m_bridge->labelsChanged(
        {{QStringLiteral("relativeImage"),
          m_schemeHandler->documentFolder().isEmpty()
              ? tr("Save the post to show images given by a path relative to it")
              : tr("Image not found in the post's folder")}});
}

void PreviewView::setRemoteImagesAllowed(bool allowed)
{
    if (allowed == m_interceptor->remoteImagesAllowed())
        return;
    m_interceptor->setRemoteImagesAllowed(allowed);
    m_restoreLine = m_topLine;
    loadPage();
}

bool PreviewView::remoteImagesAllowed() const
{
    return m_interceptor->remoteImagesAllowed();
}

void PreviewView::scrollToSourceLine(int line)
{
    m_topLine = line;
    if (m_ready)
        emit m_bridge->scrollRequested(line);
    else
        m_restoreLine = line;
}

bool PreviewView::isDarkPalette() const
{
    const QPalette &p = palette();
    return p.color(QPalette::Base).lightness() < p.color(QPalette::Text).lightness();
}

void PreviewView::sendTheme()
{
    emit m_bridge->themeChanged(isDarkPalette() ? QStringLiteral("dark") : QStringLiteral("light"));
}

void PreviewView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_page->setBackgroundColor(palette().color(QPalette::Base));
        if (m_ready)
            sendTheme();
    }
}

} // namespace pw::gui

#include "preview_view.moc"
