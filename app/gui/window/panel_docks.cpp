#include "gui/window/panel_docks.h"

#include "gui/editor/markdown_editor.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/import_review_panel.h"
#include "gui/panels/metadata_panel.h"
#include "gui/panels/outline_view.h"
#include "gui/panels/seo_view.h"
#include "gui/panels/status_stats.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QStatusBar>

namespace pw::gui {

PanelDocks::PanelDocks(QMainWindow *window, DocumentTabs *tabs)
    : QObject(window), m_window(window), m_metadata(new MetadataPanel(window)),
      m_findings(new FindingsView(window)), m_importReview(new ImportReviewPanel(window)),
      m_seo(new SeoView(window)), m_outline(new OutlineView(window)),
      m_stats(new StatusStats(window))
{
    // Sized for a 1400×900 window and scaled to the one there is (the window is bounded by
    // the screen, and the docks shrink with it).
    const QSize roomy(1400, 900);
    const auto across = [window, roomy](int px) { return px * window->width() / roomy.width(); };
    const auto down = [window, roomy](int px) { return px * window->height() / roomy.height(); };

    QDockWidget *metadataDock = addDock(m_metadata, tr("Metadata"), QStringLiteral("metadataDock"),
                                        Qt::RightDockWidgetArea, true);
    QDockWidget *findingsDock = addDock(m_findings, tr("Findings"), QStringLiteral("findingsDock"),
                                        Qt::RightDockWidgetArea, false);
    m_importReviewDock = addDock(m_importReview, tr("Import Review"),
                                 QStringLiteral("importReviewDock"), Qt::LeftDockWidgetArea, true);
    window->resizeDocks({m_importReviewDock}, {across(360)}, Qt::Horizontal);
    m_importReviewDock->hide(); // shown by an import
    auto *seoDock = new QDockWidget(tr("SEO"), window);
    seoDock->setObjectName(QStringLiteral("seoDock"));
    seoDock->setWidget(m_seo);
    window->tabifyDockWidget(findingsDock, seoDock);
    findingsDock->raise();
    window->resizeDocks({metadataDock, findingsDock}, {down(540), down(320)}, Qt::Vertical);
    window->resizeDocks({metadataDock}, {across(400)}, Qt::Horizontal);
    QDockWidget *outlineDock = addDock(m_outline, tr("Outline"), QStringLiteral("outlineDock"),
                                       Qt::LeftDockWidgetArea, false);
    window->resizeDocks({outlineDock}, {across(240)}, Qt::Horizontal);
    window->statusBar()->addPermanentWidget(m_stats);

    // Each panel hears of the current document itself; one that is gone hears nothing.
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_metadata, &MetadataPanel::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_importReview,
            &ImportReviewPanel::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_findings, &FindingsView::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_seo, &SeoView::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_outline, &OutlineView::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_stats, &StatusStats::setDocument);
    connectActivations(tabs);
}

QDockWidget *PanelDocks::addDock(QWidget *panel, const QString &title, const QString &name,
                                 int area, bool scrolls)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    if (scrolls) {
        auto *scroll = new QScrollArea(m_window);
        scroll->setWidget(panel);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        dock->setWidget(scroll);
    } else {
        dock->setWidget(panel);
    }
    m_window->addDockWidget(Qt::DockWidgetArea(area), dock);
    return dock;
}

void PanelDocks::showImportReview()
{
    m_importReviewDock->show();
    m_importReviewDock->raise();
}

// Activating an entry takes the user to what it names, in the current view.
void PanelDocks::connectActivations(DocumentTabs *tabs)
{
    connect(m_findings, &FindingsView::findingActivated, m_metadata,
            [this, tabs](const Finding &finding) {
                if (finding.field == Field::Body)
                    tabs->currentView()->selectBodyRange(finding.range);
                else
                    m_metadata->focusField(finding.field, finding.range);
            });
    connect(m_seo, &SeoView::checkActivated, tabs, [tabs](const SeoCheck &check) {
        // Long sentences, paragraphs without the keyphrase: every range the check names.
        tabs->currentView()->markBodyRanges(check.ranges);
    });
    connect(m_outline, &OutlineView::lineActivated, tabs, [tabs](int line) {
        DocumentView *view = tabs->currentView();
        view->goToLine(line);
        view->preview()->scrollToSourceLine(line);
        view->editor()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_importReview, &ImportReviewPanel::fieldRequested, m_metadata,
            [this, tabs](Field field) {
                if (field == Field::Body)
                    tabs->currentView()->editor()->setFocus();
                else
                    m_metadata->focusField(field);
            });
}

} // namespace pw::gui
