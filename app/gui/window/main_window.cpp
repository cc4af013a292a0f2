#include "gui/window/main_window.h"

#include "core/io/post_file.h"
#include "core/seo/seo_analysis.h"
#include "gui/dialogs/save_format_dialog.h"
#include "gui/dialogs/shortcuts_dialog.h"
#include "gui/document/analysis_scheduler.h"
#include "gui/document/document.h"
#include "gui/document/file_watch.h"
#include "gui/editor/find_replace_bar.h"
#include "gui/editor/markdown_editor.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/import_review_panel.h"
#include "gui/panels/metadata_panel.h"
#include "gui/panels/outline_view.h"
#include "gui/panels/seo_view.h"
#include "gui/panels/status_stats.h"
#include "gui/preview/preview_view.h"
#include "gui/session/crash_recovery.h"
#include "gui/session/recent_files.h"
#include "gui/session/session_store.h"
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_dialog.h"
#include "gui/settings/theme.h"
#include "gui/settings/theme_menu.h"
#include "gui/view/document_view.h"
#include "gui/window/export_actions.h"
#include "gui/window/focus_mode.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>

namespace pw::gui {

namespace {

// Only a file that starts like JSON can hold several posts; the rest need not be read twice.
bool startsLikeJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(4096);
    for (const char c : head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head) {
        if (c == '{' || c == '[')
            return true;
        if (!QChar::isSpace(uchar(c)))
            return false;
    }
    return false;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_whitelists{AppSettings::load().whitelist()}
    , m_context{&m_whitelists.back(), m_titleMeter.isValid() ? &m_titleMeter : nullptr}
    , m_tabs(new QTabWidget(this))
    , m_metadataPanel(new MetadataPanel(&m_whitelists.back(), &m_titleMeter, this))
    , m_findings(new FindingsView(this))
    , m_seo(new SeoView(this))
    , m_stats(new StatusStats(this))
{
    // Room for editor, preview and panel side by side, but never more than the screen has:
    // a 1080p laptop at 150 % offers only 1280×720 device-independent pixels. The docks
    // shrink with the window, or the editor and preview would get what little is left.
    const QSize roomy(1400, 900);
    resize(roomy.boundedTo(screen()->availableSize() * 0.9));
    const auto across = [this, roomy](int px) { return px * width() / roomy.width(); };
    const auto down = [this, roomy](int px) { return px * height() / roomy.height(); };
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    setCentralWidget(m_tabs);

    auto *metadataScroll = new QScrollArea(this);
    metadataScroll->setWidget(m_metadataPanel);
    metadataScroll->setWidgetResizable(true);
    metadataScroll->setFrameShape(QFrame::NoFrame);
    auto *metadataDock = new QDockWidget(tr("Metadata"), this);
    metadataDock->setObjectName(QStringLiteral("metadataDock"));
    metadataDock->setWidget(metadataScroll);
    addDockWidget(Qt::RightDockWidgetArea, metadataDock);

    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::RightDockWidgetArea, findingsDock);

    m_importReview = new ImportReviewPanel(&m_whitelists.back(), this);
    auto *reviewScroll = new QScrollArea(this);
    reviewScroll->setWidget(m_importReview);
    reviewScroll->setWidgetResizable(true);
    reviewScroll->setFrameShape(QFrame::NoFrame);
    m_importReviewDock = new QDockWidget(tr("Import Review"), this);
    m_importReviewDock->setObjectName(QStringLiteral("importReviewDock"));
    m_importReviewDock->setWidget(reviewScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_importReviewDock);
    resizeDocks({m_importReviewDock}, {across(360)}, Qt::Horizontal);
    m_importReviewDock->hide(); // shown by an import
    connect(m_importReview, &ImportReviewPanel::fieldRequested, this, [this](Field field) {
        if (field == Field::Body)
            currentView()->editor()->setFocus();
        else
            m_metadataPanel->focusField(field);
    });
    auto *seoDock = new QDockWidget(tr("SEO"), this);
    seoDock->setObjectName(QStringLiteral("seoDock"));
    seoDock->setWidget(m_seo);
    tabifyDockWidget(findingsDock, seoDock);
    findingsDock->raise();
    resizeDocks({metadataDock, findingsDock}, {down(540), down(320)}, Qt::Vertical);
    resizeDocks({metadataDock}, {across(400)}, Qt::Horizontal);

    statusBar()->addPermanentWidget(m_stats);
    setAcceptDrops(true);

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_findings, &FindingsView::findingActivated, this, &MainWindow::activateFinding);
    connect(m_seo, &SeoView::keyphraseEdited, this, [this](const QString &keyphrase, const QString &synonyms) {
        if (DocumentView *view = currentView()) {
            Post metadata = view->document()->metadata();
            setSeoSettings(metadata, keyphrase, synonyms);
            view->document()->setMetadata(metadata);
        }
    });
    connect(m_seo, &SeoView::checkActivated, this, &MainWindow::activateSeoCheck);

    m_outline = new OutlineView(this);
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName(QStringLiteral("outlineDock"));
    outlineDock->setWidget(m_outline);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    resizeDocks({outlineDock}, {across(240)}, Qt::Horizontal);
    connect(m_outline, &OutlineView::lineActivated, this, [this](int line) {
        DocumentView *view = currentView();
        view->goToLine(line);
        view->preview()->scrollToSourceLine(line);
        view->editor()->setFocus(Qt::OtherFocusReason);
    });

    m_recovery = new CrashRecovery(CrashRecovery::defaultRoot(), this);
    m_recovery->setJournalDelay(AppSettings::load().autosaveSeconds * 1000);
    m_fileWatch = new FileWatch(this);

    createMenus();
    readSettings();
    newDocument();
}

MainWindow::~MainWindow()
{
    // Views analyse on worker threads with the window's whitelist and title meter, which are
    // members: the views, and their workers, must be gone before the members are, not later
    // with the other Qt children.
    disconnect(m_tabs, nullptr, this, nullptr);
    m_metadataPanel->setDocument(nullptr);
    m_importReview->setDocument(nullptr);
    // findChildren also finds closed tabs still waiting for deleteLater().
    qDeleteAll(findChildren<DocumentView *>());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newDocument);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+Shift+I")), this, &MainWindow::import);
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    m_recentFiles = new RecentFiles(recent, this);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openFile);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this,
                    [this] { saveViewAs(currentView()); });
    m_exportActions = new ExportActions(file, this, [this]() -> const Document * {
        return currentView()->document();
    });
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this,
                    [this] { closeTab(m_tabs->currentIndex()); });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Undo"), QKeySequence::Undo, this,
                    [this] { currentView()->editor()->undo(); });
    edit->addAction(tr("&Redo"), QKeySequence::Redo, this,
                    [this] { currentView()->editor()->redo(); });
    edit->addSeparator();
    edit->addAction(tr("Cu&t"), QKeySequence::Cut, this, [this] { currentView()->editor()->cut(); });
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this,
                    [this] { currentView()->editor()->copy(); });
    edit->addAction(tr("&Paste"), QKeySequence::Paste, this,
                    [this] { currentView()->editor()->paste(); });
    edit->addAction(tr("Paste as Plain &Text"), QKeySequence(tr("Ctrl+Shift+V")), this,
                    [this] { currentView()->editor()->pastePlainText(); });
    edit->addAction(tr("Select &All"), QKeySequence::SelectAll, this,
                    [this] { currentView()->editor()->selectAll(); });
    edit->addSeparator();
    m_searchMenu = edit->addMenu(tr("&Find and Replace"));
    // Undo, cut and the like act on whatever has focus when it is a text field (the metadata
    // panel's): the window-level actions only apply while the editor has focus, so their
    // shortcuts belong to the focused widget.
    for (QAction *action : edit->actions())
        action->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pre&ferences…"), this, [this] {
        if (const std::optional<AppSettings> settings = editPreferences(this))
            applySettings(*settings);
    });
    preferences->setShortcuts(preferencesShortcuts());

    m_formatMenu = menuBar()->addMenu(tr("F&ormat"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_remoteImagesAction = view->addAction(tr("Load &Remote Images"));
    m_remoteImagesAction->setCheckable(true);
    m_remoteImagesAction->setToolTip(
        tr("Let the preview of this document load images from the web"));
    connect(m_remoteImagesAction, &QAction::toggled, this, &MainWindow::toggleRemoteImages);
    view->addSeparator();
    m_themeMenu = new ThemeMenu(view->addMenu(tr("&Theme")), this);
    m_focusMode = new FocusMode(this, m_tabs);
    view->addAction(m_focusMode->action());
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

DocumentView *MainWindow::currentView() const
{
    return qobject_cast<DocumentView *>(m_tabs->currentWidget());
}

QList<DocumentView *> MainWindow::views() const
{
    QList<DocumentView *> list;
    for (int i = 0; i < m_tabs->count(); ++i)
        list << qobject_cast<DocumentView *>(m_tabs->widget(i));
    return list;
}

DocumentView *MainWindow::addView()
{
    auto *view = new DocumentView(m_context, m_tabs);
    const AppSettings settings = AppSettings::load();
    settings.applyToEditor(view);
    view->preview()->setRemoteImagesAllowed(settings.remoteImages);
    const QByteArray splitterState = QSettings().value(QStringLiteral("splitter")).toByteArray();
    if (!splitterState.isEmpty())
        view->splitter()->restoreState(splitterState);
    Document *document = view->document();
    connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitles);
    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitles);
    connect(document, &Document::metadataChanged, this, &MainWindow::updateTitles);
    connect(view, &DocumentView::snapshotChanged, this,
            [this, view](const SnapshotPtr &snapshot) { showSnapshot(view, snapshot); });
    m_tabs->addTab(view, document->displayName());
    m_recovery->keep(document);
    m_fileWatch->watch(view);
    return view;
}

void MainWindow::newDocument()
{
    m_tabs->setCurrentWidget(addView());
    currentView()->setFocus();
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (DocumentView *view : views()) {
        if (view->document()->filePath() == absolute) {
            m_tabs->setCurrentWidget(view);
            return true;
        }
    }
    // A WordPress export may hold many posts: each opens in its own tab.
    if (startsLikeJson(path)) {
        const QList<PostReadResult> posts = readAllPostsFromFile(path);
        if (posts.constFirst().format == PostFormat::WordPressJson)
            return openImported(path, posts);
    }
    QString error;
    DocumentView *view = loadIntoNewTab(path, &error);
    if (!view) {
        QMessageBox::warning(this, tr("Cannot open file"), error);
        return false;
    }
    if (!view->document()->filePath().isEmpty())
        m_recentFiles->add(path);
    view->setFocus();
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

DocumentView *MainWindow::loadIntoNewTab(const QString &path, QString *error)
{
    // Read into a fresh view, so a failure leaves every open document as it was.
    DocumentView *current = currentView();
    const bool reuseCurrent = current && current->isPristine();
    DocumentView *view = addView();
    *error = view->document()->load(path);
    if (!error->isEmpty()) {
        m_tabs->removeTab(m_tabs->indexOf(view));
        delete view;
        return nullptr;
    }
    m_tabs->setCurrentWidget(view);
    if (reuseCurrent) {
        m_tabs->removeTab(m_tabs->indexOf(current));
        current->deleteLater();
    }
    return view;
}

void MainWindow::restoreSession()
{
    if (!AppSettings::load().reopenSession)
        return;
    const Session session = SessionStore::load();
    DocumentView *current = nullptr;
    QStringList gone, unreadable;
    for (qsizetype i = 0; i < session.documents.size(); ++i) {
        const SessionDocument &entry = session.documents.at(i);
        DocumentView *view = nullptr;
        for (DocumentView *open : views()) {
            // Recovered from a crash journal just now: its text is newer than the file's,
            // and its cursor is not where the session left it.
            if (open->document()->filePath() == entry.path)
                view = open;
        }
        if (!view && !QFileInfo::exists(entry.path)) {
            gone << QFileInfo(entry.path).fileName();
            continue;
        }
        if (!view) {
            QString error;
            view = loadIntoNewTab(entry.path, &error);
            if (!view) {
                unreadable << QFileInfo(entry.path).fileName();
                continue;
            }
            view->restorePlace(entry.cursor, entry.topLine);
        }
        if (i == session.current)
            current = view;
    }
    if (current)
        m_tabs->setCurrentWidget(current);
    // One line in the status bar rather than a dialog per file: the user did not ask for
    // these files just now.
    QStringList problems;
    if (!gone.isEmpty())
        problems << tr("%n file(s) of the last session no longer exist: %1", nullptr,
                       int(gone.size()))
                        .arg(gone.join(QStringLiteral(", ")));
    if (!unreadable.isEmpty())
        problems << tr("%n file(s) of the last session could not be read: %1", nullptr,
                       int(unreadable.size()))
                        .arg(unreadable.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral("  ")), 30000);
}

void MainWindow::writeSession() const
{
    if (!AppSettings::load().reopenSession) {
        SessionStore::clear(); // turned on again later, it must not bring back old files
        return;
    }
    Session session;
    for (DocumentView *view : views()) {
        const QString path = view->document()->filePath();
        if (path.isEmpty())
            continue; // untitled: the crash journal keeps unsaved work, not the session
        if (view == currentView())
            session.current = int(session.documents.size());
        session.documents.append({path, view->editor()->textCursor().position(), view->topLine()});
    }
    SessionStore::save(session);
}

void MainWindow::applySettings(const AppSettings &settings)
{
    applyTheme(*qApp, settings.theme);
    m_themeMenu->setCurrent(settings.theme);
    for (DocumentView *view : views())
        settings.applyToEditor(view);
    m_recovery->setJournalDelay(settings.autosaveSeconds * 1000);
    setWhitelist(settings.whitelist());
}

void MainWindow::setWhitelist(const CategoryWhitelist &whitelist)
{
    if (whitelist.categories() == m_whitelists.back().categories())
        return;
    m_whitelists.push_back(whitelist);
    m_context.whitelist = &m_whitelists.back();
    m_metadataPanel->setWhitelist(m_context.whitelist);
    m_importReview->setWhitelist(m_context.whitelist);
    for (DocumentView *view : views())
        view->scheduler()->setContext(m_context);
}

void MainWindow::offerRecovery()
{
    m_recovery->offer(this, [this] {
        DocumentView *view = currentView() && currentView()->isPristine() ? currentView() : addView();
        m_tabs->setCurrentWidget(view);
        return view->document();
    });
}

bool MainWindow::importFiles(const QStringList &paths)
{
    bool ok = true;
    for (const QString &path : paths)
        ok = openFile(path) && ok;
    return ok;
}

void MainWindow::import()
{
    importFiles(QFileDialog::getOpenFileNames(
        this, tr("Import WordPress Posts"), QString(),
        tr("WordPress REST API export (*.json);;All files (*)")));
}

// Every readable post of the export in a new tab; posts that cannot be imported (no content)
// are listed, and when none can, nothing changes.
bool MainWindow::openImported(const QString &path, const QList<PostReadResult> &posts)
{
    DocumentView *current = currentView();
    const bool reuseCurrent = current && current->isPristine();
    DocumentView *first = nullptr;
    int opened = 0;
    QStringList skipped;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const PostReadResult &read = posts.at(i);
        if (!read.post) {
            skipped.append(posts.size() == 1
                               ? read.error
                               : tr("Post %1 of %2: %3").arg(i + 1).arg(posts.size()).arg(read.error));
            continue;
        }
        DocumentView *view = addView();
        view->document()->loadImported(*read.post, read.findings, path);
        first = first ? first : view;
        ++opened;
    }
    if (!skipped.isEmpty()) {
        QMessageBox::warning(this,
                             first ? tr("Some posts were not imported") : tr("Cannot import file"),
                             skipped.join(QStringLiteral("\n\n")));
    }
    if (!first)
        return false;
    m_tabs->setCurrentWidget(first);
    if (reuseCurrent) {
        m_tabs->removeTab(m_tabs->indexOf(current));
        current->deleteLater();
    }
    m_importReviewDock->show();
    m_importReviewDock->raise();
    first->setFocus();
    statusBar()->showMessage(
        tr("Imported %n post(s) from %1", nullptr, opened).arg(QFileInfo(path).fileName()), 6000);
    return true;
}

void MainWindow::open()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Posts"), QString(),
        tr("Posts (*.md *.markdown *.txt *.json);;All files (*)"));
    for (const QString &path : paths)
        openFile(path);
}

bool MainWindow::save()
{
    return saveView(currentView());
}

bool MainWindow::saveView(DocumentView *view)
{
    Document *document = view->document();
    if (document->filePath().isEmpty())
        return saveViewAs(view);
    if (!m_fileWatch->confirmOverwrite(view))
        return false;
    const WriteResult result = document->saveAs(document->filePath(), document->format());
    if (!result.ok) {
        const auto answer = QMessageBox::warning(
            this, tr("Cannot save"),
            tr("%1\n\nYour text is still here and nothing was overwritten. Save it somewhere else?")
                .arg(result.error),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save && saveViewAs(view);
    }
    m_recentFiles->add(document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(document->displayName()), 4000);
    return true;
}

bool MainWindow::saveViewAs(DocumentView *view)
{
    Document *document = view->document();
    const QString suggested = document->filePath().isEmpty() ? document->suggestedFileName()
                                                             : document->filePath();
    const auto target = askSavePath(this, tr("Save Post As"), suggested, document->format());
    if (!target)
        return false;
    const WriteResult result = document->saveAs(target->first, target->second);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("%1\n\nYour text is still here.").arg(result.error));
        return false;
    }
    m_recentFiles->add(document->filePath());
    return true;
}

bool MainWindow::maybeSave(DocumentView *view)
{
    if (!view->document()->isModified())
        return true;
    m_tabs->setCurrentWidget(view);
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them?").arg(view->document()->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveView(view);
    return answer == QMessageBox::Discard;
}

bool MainWindow::closeTab(int index)
{
    auto *view = qobject_cast<DocumentView *>(m_tabs->widget(index));
    if (!view || !maybeSave(view))
        return false;
    m_tabs->removeTab(index);
    view->deleteLater();
    if (m_tabs->count() == 0)
        newDocument();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (DocumentView *view : views()) {
        if (!maybeSave(view)) {
            event->ignore();
            return;
        }
    }
    m_focusMode->setActive(false); // the saved layout is the normal one
    writeSettings();
    writeSession();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

void MainWindow::currentTabChanged()
{
    DocumentView *view = currentView();
    if (!view)
        return;
    m_metadataPanel->setDocument(view->document());
    m_importReview->setDocument(view->document());
    m_formatMenu->clear();
    m_formatMenu->addActions(view->editor()->formattingActions());
    m_searchMenu->clear();
    m_searchMenu->addActions(view->findBar()->searchActions());
    const QSignalBlocker blocker(m_remoteImagesAction);
    m_remoteImagesAction->setChecked(view->preview()->remoteImagesAllowed());
    showSnapshot(view, view->snapshot());
    updateTitles();
}

void MainWindow::showSnapshot(DocumentView *view, const SnapshotPtr &snapshot)
{
    if (view != currentView())
        return;
    m_findings->setFindings(snapshot ? snapshot->findings : QList<Finding>());
    m_seo->setReport(snapshot ? snapshot->seo : SeoReport());
    const SeoSettings seo = seoSettings(view->document()->metadata());
    m_seo->setKeyphrase(seo.keyphrase, seo.synonyms);
    m_stats->setSnapshot(snapshot);
    m_outline->setOutline(snapshot ? snapshot->outline : QList<OutlineEntry>());
}

void MainWindow::activateFinding(const Finding &finding)
{
    DocumentView *view = currentView();
    if (finding.field == Field::Body)
        view->selectBodyRange(finding.range);
    else
        m_metadataPanel->focusField(finding.field, finding.range);
}

void MainWindow::activateSeoCheck(const SeoCheck &check)
{
    // Long sentences, paragraphs without the keyphrase: every range the check names.
    if (DocumentView *view = currentView())
        view->markBodyRanges(check.ranges);
}

void MainWindow::updateTitles()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const Document *document = views().at(i)->document();
        m_tabs->setTabText(i, document->displayName()
                                  + (document->isModified() ? QStringLiteral(" •") : QString()));
        m_tabs->setTabToolTip(i, document->filePath());
    }
    if (DocumentView *view = currentView()) {
        setWindowTitle(QStringLiteral("%1[*]").arg(view->document()->displayName()));
        setWindowModified(view->document()->isModified());
    }
}

void MainWindow::toggleRemoteImages(bool allowed)
{
    if (DocumentView *view = currentView())
        view->preview()->setRemoteImagesAllowed(allowed);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    if (DocumentView *view = currentView())
        settings.setValue(QStringLiteral("splitter"), view->splitter()->saveState());
}

} // namespace pw::gui
