// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/main_window.h"

#include "core/checks/title_width.h"
#include "core/highlight/highlighter_location.h"
#include "gui/document/document.h"
#include "gui/document/document_manager.h"
#include "gui/document/file_watch.h"
#include "gui/editor/find_replace_bar.h"
#include "gui/editor/image_inserter.h"
#include "gui/editor/markdown_editor.h"
#include "gui/panels/remote_status_label.h"
#include "gui/preview/local_image.h"
#include "gui/preview/preview_view.h"
#include "gui/session/crash_recovery.h"
#include "gui/session/recent_files.h"
#include "gui/settings/settings.h"
#include "gui/settings/settings_dialog.h"
#include "gui/settings/theme.h"
#include "gui/settings/theme_menu.h"
#include "gui/view/document_view.h"
#include "gui/window/bold_headings_action.h"
#include "gui/window/code_colour_watch.h"
#include "gui/window/copy_html_action.h"
#include "gui/window/document_tabs.h"
#include "gui/window/editor_zoom.h"
#include "gui/window/export_actions.h"
#include "gui/window/file_commands.h"
#include "gui/window/help_actions.h"
#include "gui/window/focus_mode.h"
#include "gui/window/panel_docks.h"
#include "gui/window/session_restore.h"
#include "gui/window/site_actions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace pw::gui {

namespace {

// What every document analyses against: the whitelist of the preferences and the meter of
// Google's title font (none when the font is missing: no width check then).
AnalysisContext analysisContext(const AppSettings &settings)
{
    auto meter = std::make_shared<const TitleWidthMeter>();
    AnalysisContext context{std::make_shared<const CategoryWhitelist>(settings.whitelist()),
                            meter->isValid() ? std::move(meter) : nullptr};
    context.siteAddress = settings.siteAddress;
    context.whitelistChosen = !settings.whitelistPath.isEmpty();
    // Images the post names by absolute path or file: URL show in the preview from there.
    context.localImageUrl = localImageUrl;
    // One highlighter (one helper process) for every document, started at the first block.
    context.code = CodeColouring::forPreview(makeCodeHighlighter(),
                                             CodeColourWatch::darkPalette());
    return context;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settings(new Settings(this)),
      m_documents(std::make_unique<DocumentManager>(analysisContext(m_settings->values()))),
      m_tabs(new DocumentTabs(m_documents.get(), m_settings, this))
{
    // Room for editor, preview and panel side by side, but never more than the screen has:
    // a 1080p laptop at 150 % offers only 1280×720 device-independent pixels. The docks
    // shrink with the window, or the editor and preview would get what little is left.
    resize(QSize(1400, 900).boundedTo(screen()->availableSize() * 0.9));
    setCentralWidget(m_tabs);
    m_panels = new PanelDocks(this, m_tabs);
    setAcceptDrops(true);

    m_recovery = new CrashRecovery(CrashRecovery::defaultRoot(), this);
    m_recovery->setJournalDelay(m_settings->values().autosaveSeconds * 1000);
    m_fileWatch = new FileWatch(this);
    connect(m_documents.get(), &DocumentManager::documentCreated, this, [this](Document *document) {
        m_recovery->keep(document);
        m_fileWatch->watch(document);
    });
    connect(m_tabs, &DocumentTabs::currentViewChanged, this, &MainWindow::followView);
    connect(m_tabs, &DocumentTabs::titlesChanged, this, [this] {
        if (const Document *document = m_tabs->currentDocument()) {
            setWindowTitle(QStringLiteral("%1[*]").arg(document->displayName()));
            setWindowModified(document->isModified());
        }
    });
    connect(m_settings, &Settings::changed, this, &MainWindow::applySettings);

    createMenus();
    m_files =
        new FileCommands(m_documents.get(), m_tabs, m_fileWatch, m_recentFiles, statusBar(), this);
    connect(m_files, &FileCommands::postsImported, m_panels, &PanelDocks::showImportReview);
    connect(m_recentFiles, &RecentFiles::openRequested, m_files, &FileCommands::openFile);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        m_files->closeView(qobject_cast<DocumentView *>(m_tabs->widget(index)));
    });
    m_siteActions = new SiteActions(
        this, m_tabs, m_files, m_settings,
        {m_fileMenu, m_siteOpenBefore, m_publishBefore, m_editMenu, m_sitesBefore});
    m_panels->remoteStatus()->setPublishShortcut(m_siteActions->publishAction()->shortcut());
    connect(m_files, &FileCommands::folderRequested, m_siteActions, &SiteActions::showFolder);
    m_session = new SessionRestore(m_settings, m_tabs, m_files, statusBar(), this);
    new CodeColourWatch(m_documents.get(), statusBar(), this);
    readWindowState();
    newDocument();
}

MainWindow::~MainWindow()
{
    // The document manager closes every document when it goes, and the tabs let go of their
    // views: a window whose destructor has run must not follow that.
    disconnect(m_tabs, nullptr, this, nullptr);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newDocument);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] { m_files->open(); });
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+Shift+I")), this,
                    [this] { m_files->import(); });
    m_recentFiles = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    m_siteOpenBefore = file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this,
                    [this] { m_files->saveAs(m_tabs->currentDocument()); });
    m_exportActions = new ExportActions(
        file, this, m_settings, [this]() -> const Document * { return m_tabs->currentDocument(); });
    m_publishBefore = file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this,
                    [this] { m_files->closeView(currentView()); });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_editMenu = edit;
    const auto editorAction = [this, edit](const QString &text, const QKeySequence &keys,
                                           void (MarkdownEditor::*slot)()) {
        edit->addAction(text, keys, this, [this, slot] { (currentView()->editor()->*slot)(); });
    };
    editorAction(tr("&Undo"), QKeySequence::Undo, &MarkdownEditor::undo);
    editorAction(tr("&Redo"), QKeySequence::Redo, &MarkdownEditor::redo);
    edit->addSeparator();
    editorAction(tr("Cu&t"), QKeySequence::Cut, &MarkdownEditor::cut);
    editorAction(tr("&Copy"), QKeySequence::Copy, &MarkdownEditor::copy);
    edit->addAction((new CopyHtmlAction(m_tabs, m_settings, statusBar(), this))->action());
    editorAction(tr("&Paste"), QKeySequence::Paste, &MarkdownEditor::paste);
    editorAction(tr("Paste as Plain &Text"), QKeySequence(tr("Ctrl+Shift+V")),
                 &MarkdownEditor::pastePlainText);
    editorAction(tr("Select &All"), QKeySequence::SelectAll, &MarkdownEditor::selectAll);
    edit->addSeparator();
    m_searchMenu = edit->addMenu(tr("&Find and Replace"));
    // Undo, cut and the like act on whatever has focus when it is a text field (the metadata
    // panel's): the window-level actions only apply while the editor has focus, so their
    // shortcuts belong to the focused widget.
    for (QAction *action : edit->actions())
        action->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pre&ferences…"), this, [this] {
        if (const std::optional<AppSettings> values = editPreferences(this, m_settings->values()))
            m_settings->change(*values);
    });
    preferences->setShortcuts(preferencesShortcuts());
    m_sitesBefore = preferences;

    m_formatMenu = menuBar()->addMenu(tr("F&ormat"));
    m_boldHeadings = new BoldHeadingsAction(m_tabs, statusBar(), this);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_remoteImagesAction = view->addAction(tr("Load &Remote Images"));
    m_remoteImagesAction->setCheckable(true);
    m_remoteImagesAction->setToolTip(
        tr("Let the preview of this document load images from the web"));
    connect(m_remoteImagesAction, &QAction::toggled, this, [this](bool allowed) {
        if (DocumentView *view = currentView())
            view->preview()->setRemoteImagesAllowed(allowed);
    });
    // A second tab on the same post: read one part while writing another. Both edit the one
    // document, which analyses and spell-checks once for both.
    QAction *newView = view->addAction(tr("New &View of This Post"), this, [this] {
        if (Document *document = m_tabs->currentDocument())
            m_tabs->addView(document)->setFocus();
    });
    newView->setObjectName(QStringLiteral("newViewAction"));
    view->addActions(m_tabs->switchingActions());
    view->addSeparator();
    view->addActions((new EditorZoom(m_settings, m_tabs, this))->actions());
    view->addSeparator();
    m_themeMenu = new ThemeMenu(view->addMenu(tr("&Theme")), m_settings, this);
    m_focusMode = new FocusMode(this, m_tabs);
    view->addAction(m_focusMode->action());
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    new HelpActions(menuBar(), this);
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

bool MainWindow::importFiles(const QStringList &paths)
{
    return m_files->openFiles(paths);
}

void MainWindow::newDocument()
{
    m_files->newDocument();
}

bool MainWindow::save()
{
    return m_files->save(m_tabs->currentDocument());
}

void MainWindow::offerRecovery()
{
    m_recovery->offer(this, [this] {
        DocumentView *view = m_tabs->pristineView();
        view = view ? view : m_tabs->addView(m_documents->createDocument());
        m_tabs->setCurrentWidget(view);
        return view->document();
    });
}

void MainWindow::restoreSession()
{
    m_session->restore();
}

DocumentView *MainWindow::currentView() const
{
    return m_tabs->currentView();
}

QList<DocumentView *> MainWindow::views() const
{
    return m_tabs->views();
}

QTabWidget *MainWindow::tabs() const
{
    return m_tabs;
}

MetadataPanel *MainWindow::metadataPanel() const
{
    return m_panels->metadataPanel();
}
FindingsView *MainWindow::findingsView() const
{
    return m_panels->findingsView();
}
ImportReviewPanel *MainWindow::importReview() const
{
    return m_panels->importReview();
}
SeoView *MainWindow::seoView() const
{
    return m_panels->seoView();
}
OutlineView *MainWindow::outlineView() const
{
    return m_panels->outlineView();
}
StatusStats *MainWindow::statusStats() const
{
    return m_panels->statusStats();
}

void MainWindow::followView(DocumentView *view)
{
    if (!view)
        return;
    m_formatMenu->clear();
    m_formatMenu->addActions(view->editor()->formattingActions());
    m_formatMenu->addSeparator();
    m_formatMenu->addAction(m_boldHeadings->action());
    m_searchMenu->clear();
    m_searchMenu->addActions(view->findBar()->searchActions());
    const QSignalBlocker blocker(m_remoteImagesAction);
    m_remoteImagesAction->setChecked(view->preview()->remoteImagesAllowed());
}

// Views apply font and text width themselves; the window applies what is the window's or
// every document's.
void MainWindow::applySettings()
{
    const AppSettings &values = m_settings->values();
    if (m_appliedTheme != values.theme) {
        applyTheme(*qApp, values.theme);
        m_appliedTheme = values.theme;
    }
    m_recovery->setJournalDelay(values.autosaveSeconds * 1000);
    m_documents->setWhitelist(std::make_shared<const CategoryWhitelist>(values.whitelist()),
                              !values.whitelistPath.isEmpty());
    m_documents->setSiteAddress(values.siteAddress);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSaveAll()) {
        event->ignore();
        return;
    }
    m_focusMode->setActive(false); // the saved layout is the normal one
    writeWindowState();
    m_session->write();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    // Images dropped beside the editor (on the preview, a panel) go into the post at the
    // cursor, as on the editor; opening them as posts only says "binary data".
    if (DocumentView *view = currentView()) {
        MarkdownEditor *editor = view->editor();
        if (!editor->isReadOnly() &&
            editor->imageInserter()->insertLater(event->mimeData(), editor->textCursor())) {
            event->acceptProposedAction();
            return;
        }
    }
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            m_files->openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::readWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_siteActions->restoreFolder(); // its dock must exist for the layout to place it
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_tabs->setSplitterState(settings.value(QStringLiteral("splitter")).toByteArray());
}

void MainWindow::writeWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    if (DocumentView *view = currentView())
        settings.setValue(QStringLiteral("splitter"), view->splitter()->saveState());
}

} // namespace pw::gui
