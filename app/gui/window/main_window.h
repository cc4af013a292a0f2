// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/settings/theme.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QMenu;

namespace pw::gui {

class BoldHeadingsAction;
class CrashRecovery;
class Document;
class DocumentManager;
class DocumentTabs;
class DocumentView;
class ExportActions;
class FileCommands;
class FileWatch;
class FindingsView;
class FocusMode;
class ImportReviewPanel;
class MetadataPanel;
class OutlineView;
class PanelDocks;
class RecentFiles;
class SeoView;
class SessionRestore;
class Settings;
class SiteActions;
class StatusStats;
class ThemeMenu;

// The window's chrome, as in Qt's mainwindows/application example: menus, the tabs of views,
// the docks with the panels, the status bar. Documents belong to the DocumentManager, the
// commands that open, save and close them to FileCommands; the panels follow the current
// document themselves.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // For main() and the menus: see FileCommands.
    bool openFile(const QString &path);
    bool importFiles(const QStringList &paths);
    void newDocument();
    bool save();
    // Offers the documents a crashed or killed editor left journals of (see CrashRecovery).
    void offerRecovery();
    // See SessionRestore::restore (call after offerRecovery).
    void restoreSession();

    DocumentView *currentView() const;
    QList<DocumentView *> views() const;
    QTabWidget *tabs() const;
    DocumentTabs *documentTabs() const { return m_tabs; }
    DocumentManager *documents() const { return m_documents.get(); }
    Settings *settings() const { return m_settings; }
    FileCommands *fileCommands() const { return m_files; }
    PanelDocks *panels() const { return m_panels; }
    MetadataPanel *metadataPanel() const;
    FindingsView *findingsView() const;
    ImportReviewPanel *importReview() const;
    SeoView *seoView() const;
    OutlineView *outlineView() const;
    StatusStats *statusStats() const;
    FocusMode *focusMode() const { return m_focusMode; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    CrashRecovery *crashRecovery() const { return m_recovery; }
    FileWatch *fileWatch() const { return m_fileWatch; }
    ThemeMenu *themeMenu() const { return m_themeMenu; }
    ExportActions *exportActions() const { return m_exportActions; }
    SiteActions *siteActions() const { return m_siteActions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void followView(DocumentView *view);
    void applySettings();
    void readWindowState();
    void writeWindowState() const;

    Settings *m_settings;
    // A member, not a child: members go before the child widgets, so the documents close (and
    // their views go) while every view and panel is still whole.
    std::unique_ptr<DocumentManager> m_documents;
    DocumentTabs *m_tabs;
    PanelDocks *m_panels = nullptr;
    FocusMode *m_focusMode = nullptr;
    QMenu *m_formatMenu = nullptr;
    BoldHeadingsAction *m_boldHeadings = nullptr;
    QMenu *m_searchMenu = nullptr;
    QAction *m_remoteImagesAction = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    ThemeMenu *m_themeMenu = nullptr;
    ExportActions *m_exportActions = nullptr;
    CrashRecovery *m_recovery = nullptr;
    FileWatch *m_fileWatch = nullptr;
    FileCommands *m_files = nullptr;
    SessionRestore *m_session = nullptr;
    SiteActions *m_siteActions = nullptr;
    // Where createMenus() leaves room for the site actions, made once FileCommands exists.
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_siteOpenBefore = nullptr;
    QAction *m_publishBefore = nullptr;
    QAction *m_sitesBefore = nullptr;
    // The theme applySettings() last applied: restyling every widget takes tens of
    // milliseconds, too long to repeat for each zoom step or other unrelated change.
    std::optional<Theme> m_appliedTheme;
};

} // namespace pw::gui
