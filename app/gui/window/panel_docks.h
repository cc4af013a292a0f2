// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QString;
class QWidget;

namespace pw::gui {

class DocumentTabs;
class FindingsView;
class ImportReviewPanel;
class MetadataPanel;
class OutlineView;
class RemoteStatusLabel;
class SeoView;
class StatusStats;

// The panels around the editor, each in its dock (the status counts in the status bar): they
// follow the tabs' current document themselves, and activating what a panel lists takes the
// user there in the current view.
class PanelDocks : public QObject {
    Q_OBJECT
public:
    PanelDocks(QMainWindow *window, DocumentTabs *tabs);

    MetadataPanel *metadataPanel() const { return m_metadata; }
    FindingsView *findingsView() const { return m_findings; }
    ImportReviewPanel *importReview() const { return m_importReview; }
    SeoView *seoView() const { return m_seo; }
    OutlineView *outlineView() const { return m_outline; }
    StatusStats *statusStats() const { return m_stats; }
    // Where the current document's post lives on a site (hidden for a local one).
    RemoteStatusLabel *remoteStatus() const { return m_remoteStatus; }
    // Shows and raises the import review (after an import).
    void showImportReview();
    // Gives the docks their default share of the window as it is now (done when the window
    // is made; a saved layout replaces it).
    void applyDefaultSizes();

private:
    QDockWidget *addDock(QWidget *panel, const QString &title, const QString &name, int area,
                         bool scrolls);
    void connectActivations(DocumentTabs *tabs);

    QMainWindow *m_window;
    MetadataPanel *m_metadata;
    FindingsView *m_findings;
    ImportReviewPanel *m_importReview;
    QDockWidget *m_importReviewDock = nullptr;
    QDockWidget *m_metadataDock = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_outlineDock = nullptr;
    SeoView *m_seo;
    OutlineView *m_outline;
    StatusStats *m_stats;
    RemoteStatusLabel *m_remoteStatus;
};

} // namespace pw::gui
