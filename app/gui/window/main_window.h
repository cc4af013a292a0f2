#pragma once

#include "core/checks/category_whitelist.h"
#include "core/checks/title_width.h"
#include "core/finding.h"
#include "core/formats/post_format.h"
#include "core/markdown/analysis.h"

#include <QMainWindow>
#include <list>

class QDockWidget;
class QMenu;
class QTabWidget;

namespace pw {
struct PostReadResult;
}

namespace pw::gui {

struct AppSettings;
class CrashRecovery;
class DocumentView;
class ExportActions;
class FileWatch;
class FindingsView;
class FocusMode;
class ImportReviewPanel;
class SeoView;
class MetadataPanel;
class OutlineView;
class RecentFiles;
class StatusStats;
class ThemeMenu;

// The window: documents in tabs, the metadata panel and findings in docks that follow the
// current tab, and the menus. It decides nothing about posts itself; the core does.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a file in a new tab (or the current one, if it is an untouched new document).
    // On failure it says why, and every open document stays as it was.
    bool openFile(const QString &path);
    // Opens each file as File → Import… does, without the file dialog: every post of a
    // WordPress export in its own tab, then the import review. False if any file failed.
    bool importFiles(const QStringList &paths);
    void newDocument();

    DocumentView *currentView() const;
    QList<DocumentView *> views() const;
    QTabWidget *tabs() const { return m_tabs; }
    MetadataPanel *metadataPanel() const { return m_metadataPanel; }
    FindingsView *findingsView() const { return m_findings; }
    ImportReviewPanel *importReview() const { return m_importReview; }
    SeoView *seoView() const { return m_seo; }
    OutlineView *outlineView() const { return m_outline; }
    FocusMode *focusMode() const { return m_focusMode; }
    StatusStats *statusStats() const { return m_stats; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    CrashRecovery *crashRecovery() const { return m_recovery; }
    FileWatch *fileWatch() const { return m_fileWatch; }

    // Offers the documents a crashed or killed editor left journals of (see CrashRecovery).
    void offerRecovery();
    // Reopens the files of the last session where the user left them, when the settings
    // say so (call after offerRecovery: a recovered document is not opened again). Files
    // that are gone or unreadable are named in the status bar.
    void restoreSession();
    // Applies changed preferences to the window and every open document.
    void applySettings(const AppSettings &settings);
    ThemeMenu *themeMenu() const { return m_themeMenu; }
    const CategoryWhitelist &whitelist() const { return m_whitelists.back(); }

    // Saves the current document in its own format (Save As when it has no file yet).
    bool save();
    ExportActions *exportActions() const { return m_exportActions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    DocumentView *addView();
    void open();
    // Reads `path` into a new tab (taking the place of an untouched new document). Null,
    // with the reason in `error`, when it cannot be read; nothing else changes then.
    DocumentView *loadIntoNewTab(const QString &path, QString *error);
    void import();
    bool openImported(const QString &path, const QList<PostReadResult> &posts);
    bool saveView(DocumentView *view);
    bool saveViewAs(DocumentView *view);
    void setWhitelist(const CategoryWhitelist &whitelist);
    void writeSession() const;
    bool maybeSave(DocumentView *view);
    bool closeTab(int index);
    void currentTabChanged();
    void showSnapshot(DocumentView *view, const SnapshotPtr &snapshot);
    void activateFinding(const Finding &finding);
    void activateSeoCheck(const SeoCheck &check);
    void updateTitles();
    void toggleRemoteImages(bool allowed);
    void readSettings();
    void writeSettings() const;

    // Declared first: views and the panel hold pointers to them. Preferences may replace
    // the whitelist while an analysis reads the old one on a worker thread, so a list is
    // never changed or freed: the current one is the last (a few KB each).
    std::list<CategoryWhitelist> m_whitelists;
    TitleWidthMeter m_titleMeter;
    AnalysisContext m_context;

    QTabWidget *m_tabs;
    MetadataPanel *m_metadataPanel;
    FindingsView *m_findings;
    ImportReviewPanel *m_importReview = nullptr;
    QDockWidget *m_importReviewDock = nullptr;
    SeoView *m_seo;
    OutlineView *m_outline = nullptr;
    FocusMode *m_focusMode = nullptr;
    StatusStats *m_stats;
    QMenu *m_formatMenu = nullptr;
    QMenu *m_searchMenu = nullptr;
    QAction *m_remoteImagesAction = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    ThemeMenu *m_themeMenu = nullptr;
    ExportActions *m_exportActions = nullptr;
    CrashRecovery *m_recovery = nullptr;
    FileWatch *m_fileWatch = nullptr;
};

} // namespace pw::gui
