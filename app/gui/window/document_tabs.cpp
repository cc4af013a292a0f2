// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/document_tabs.h"

#include "gui/document/document.h"
#include "gui/document/document_manager.h"
#include "gui/sites/remote_mark.h"
#include "gui/view/document_view.h"

#include <QPainter>
#include <QSplitter>

namespace pw::gui {

namespace {

// The tab's mark of a post that lives on a site: a small globe in the palette's highlight
// colour, drawn rather than taken from an icon theme, which a desktop may not have.
QIcon siteIcon(const QPalette &palette, qreal pixelRatio)
{
    const int side = 16;
    QPixmap pixmap(QSize(side, side) * pixelRatio);
    pixmap.setDevicePixelRatio(pixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette.color(QPalette::Highlight), 1.3));
    const QRectF globe(2, 2, side - 4, side - 4);
    painter.drawEllipse(globe);
    painter.drawEllipse(globe.adjusted(globe.width() * 0.28, 0, -globe.width() * 0.28, 0));
    painter.drawLine(QPointF(globe.left(), globe.center().y()),
                     QPointF(globe.right(), globe.center().y()));
    return QIcon(pixmap);
}

} // namespace

DocumentTabs::DocumentTabs(DocumentManager *documents, const Settings *settings, QWidget *parent)
    : QTabWidget(parent), m_documents(documents), m_settings(settings),
      m_nextTab(new QAction(tr("Ne&xt Tab"), this)),
      m_previousTab(new QAction(tr("&Previous Tab"), this))
{
    m_nextTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                             QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    m_previousTab->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    connect(m_nextTab, &QAction::triggered, this, [this] { stepTab(1); });
    connect(m_previousTab, &QAction::triggered, this, [this] { stepTab(-1); });
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    connect(this, &QTabWidget::currentChanged, this, &DocumentTabs::currentTabChanged);
    connect(documents, &DocumentManager::documentAboutToClose, this, [this](Document *document) {
        for (DocumentView *view : viewsOf(document))
            removeView(view);
    });
}

DocumentView *DocumentTabs::currentView() const
{
    return qobject_cast<DocumentView *>(currentWidget());
}

Document *DocumentTabs::currentDocument() const
{
    const DocumentView *view = currentView();
    return view ? view->document() : nullptr;
}

QList<DocumentView *> DocumentTabs::views() const
{
    QList<DocumentView *> list;
    for (int i = 0; i < count(); ++i)
        list << qobject_cast<DocumentView *>(widget(i));
    return list;
}

QList<DocumentView *> DocumentTabs::viewsOf(const Document *document) const
{
    QList<DocumentView *> list;
    for (DocumentView *view : views()) {
        if (view->document() == document)
            list << view;
    }
    return list;
}

DocumentView *DocumentTabs::addView(Document *document)
{
    auto *view = new DocumentView(document, m_settings, this);
    if (!m_splitterState.isEmpty())
        view->splitter()->restoreState(m_splitterState);
    // Once per document, however many views it gets.
    connect(document, &Document::modifiedChanged, this, &DocumentTabs::updateTitles,
            Qt::UniqueConnection);
    connect(document, &Document::filePathChanged, this, &DocumentTabs::updateTitles,
            Qt::UniqueConnection);
    connect(document, &Document::metadataChanged, this, &DocumentTabs::updateTitles,
            Qt::UniqueConnection);
    addTab(view, document->displayName());
    emit viewCreated(view);
    setCurrentWidget(view);
    return view;
}

DocumentView *DocumentTabs::showDocument(Document *document)
{
    const QList<DocumentView *> shown = viewsOf(document);
    if (shown.isEmpty())
        return addView(document);
    setCurrentWidget(shown.constFirst());
    return shown.constFirst();
}

DocumentView *DocumentTabs::pristineView() const
{
    DocumentView *view = currentView();
    return view && view->isPristine() && viewsOf(view->document()).size() == 1 ? view : nullptr;
}

void DocumentTabs::removeView(DocumentView *view)
{
    removeTab(indexOf(view));
    // The document may be deleted right after this (its last view closed): the view must not
    // outlive it, not even until the next event loop turn.
    delete view;
}

void DocumentTabs::stepTab(int step)
{
    if (count() < 2)
        return;
    setCurrentIndex((currentIndex() + step + count()) % count());
    if (QWidget *view = currentWidget())
        view->setFocus();
}

void DocumentTabs::currentTabChanged()
{
    DocumentView *view = currentView();
    updateTitles();
    emit currentViewChanged(view);
    Document *document = view ? view->document() : nullptr;
    if (document != m_current) {
        m_current = document;
        emit currentDocumentChanged(document);
    }
}

void DocumentTabs::updateTitles()
{
    const QList<DocumentView *> all = views();
    for (int i = 0; i < all.size(); ++i) {
        const Document *document = all.at(i)->document();
        setTabText(i, document->displayName() +
                          (document->isModified() ? QStringLiteral(" •") : QString()));
        // A post on a site says where in its tooltip and carries the site icon.
        const std::optional<RemoteMark> mark = remoteMarkOf(document->metadata());
        QStringList tip;
        if (!document->filePath().isEmpty())
            tip << document->filePath();
        if (mark)
            tip << mark->summary();
        setTabToolTip(i, tip.join(QLatin1Char('\n')));
        if (!mark)
            setTabIcon(i, QIcon());
        else if (tabIcon(i).isNull())
            setTabIcon(i, siteIcon(palette(), devicePixelRatioF()));
    }
    emit titlesChanged();
}

} // namespace pw::gui
