// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/panel_docks.h"

#include "gui/editor/markdown_editor.h"
#include "gui/panels/finding_fixes.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/import_review_panel.h"
#include "gui/panels/metadata_panel.h"
#include "gui/panels/outline_view.h"
#include "gui/panels/remote_status_label.h"
#include "gui/panels/seo_view.h"
#include "gui/panels/status_stats.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"

#include <QDockWidget>
#include <QFontMetrics>
#include <QMainWindow>
#include <QScrollArea>
#include <QStatusBar>

#include <algorithm>

namespace pw::gui {

PanelDocks::PanelDocks(QMainWindow *window, DocumentTabs *tabs)
    : QObject(window), m_window(window), m_metadata(new MetadataPanel(window)),
      m_findings(new FindingsView(window)), m_importReview(new ImportReviewPanel(window)),
      m_seo(new SeoView(window)), m_outline(new OutlineView(window)),
      m_stats(new StatusStats(window)), m_remoteStatus(new RemoteStatusLabel(window))
{
    m_metadataDock = addDock(m_metadata, tr("Metadata"), QStringLiteral("metadataDock"),
                             Qt::RightDockWidgetArea, true);
    m_findingsDock = addDock(m_findings, tr("Findings"), QStringLiteral("findingsDock"),
                             Qt::RightDockWidgetArea, false);
    m_importReviewDock = addDock(m_importReview, tr("Import Review"),
                                 QStringLiteral("importReviewDock"), Qt::LeftDockWidgetArea, true);
    m_importReviewDock->hide(); // shown by an import, and sized then (showImportReview())
    auto *seoDock = new QDockWidget(tr("SEO"), window);
    seoDock->setObjectName(QStringLiteral("seoDock"));
    seoDock->setWidget(m_seo);
    window->tabifyDockWidget(m_findingsDock, seoDock);
    m_findingsDock->raise();
    m_outlineDock = addDock(m_outline, tr("Outline"), QStringLiteral("outlineDock"),
                            Qt::LeftDockWidgetArea, false);
    applyDefaultSizes();
    window->statusBar()->addPermanentWidget(m_remoteStatus);
    window->statusBar()->addPermanentWidget(m_stats);

    // Each panel hears of the current document itself; one that is gone hears nothing.
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_metadata, &MetadataPanel::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_importReview,
            &ImportReviewPanel::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_findings, &FindingsView::setDocument);
    // The list's context menu applies a body finding's suggestion.
    connect(tabs, &DocumentTabs::currentDocumentChanged, new FindingFixes(m_findings),
            &FindingFixes::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_seo, &SeoView::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_outline, &OutlineView::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_stats, &StatusStats::setDocument);
    connect(tabs, &DocumentTabs::currentDocumentChanged, m_remoteStatus,
            &RemoteStatusLabel::setDocument);
    connectActivations(tabs);
}

void PanelDocks::applyDefaultSizes()
{
    // Sized for a 1400×900 window and scaled to the one there is (the window is bounded by
    // the screen, and the docks shrink with it).
    const QSize roomy(1400, 900);
    const auto across = [this, roomy](int px) { return px * m_window->width() / roomy.width(); };
    const auto down = [this, roomy](int px) { return px * m_window->height() / roomy.height(); };
    // Half the height each: the metadata form scrolls, and the SEO tab under the findings
    // needs about half to list more than three of its checks.
    m_window->resizeDocks({m_metadataDock, m_findingsDock}, {down(430), down(430)}, Qt::Vertical);
    m_window->resizeDocks({m_metadataDock}, {across(400)}, Qt::Horizontal);
    m_window->resizeDocks({m_outlineDock}, {across(240)}, Qt::Horizontal);
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
    // It shares the left column with the outline, which is sized for short headings: the
    // review's sentences want about 45 characters a line (never less than 320 px, never
    // more than 30 % of the window), and the larger part of the column's height.
    const int wanted = std::min(std::max(320, m_window->fontMetrics().averageCharWidth() * 45),
                                m_window->width() * 3 / 10);
    if (m_importReviewDock->width() < wanted)
        m_window->resizeDocks({m_importReviewDock}, {wanted}, Qt::Horizontal);
    if (!m_outlineDock->isHidden() &&
        !m_window->tabifiedDockWidgets(m_outlineDock).contains(m_importReviewDock)) {
        const int column = m_importReviewDock->height() + m_outlineDock->height();
        m_window->resizeDocks({m_importReviewDock, m_outlineDock},
                              {column * 2 / 3, column - column * 2 / 3}, Qt::Vertical);
    }
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
