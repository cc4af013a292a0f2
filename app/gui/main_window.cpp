#include "main_window.h"

#include "checks/metadata_checks.h"
#include "document.h"
#include "formats/post_writer.h"
#include "markdown/word_count.h"
#include "metadata_panel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyle>
#include <QTextDocument>
#include <QTimer>

namespace pw::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_editor(new QPlainTextEdit(this))
    , m_metadataPanel(new MetadataPanel(this))
    , m_findings(new QListWidget(this))
    , m_checkTimer(new QTimer(this))
    , m_whitelist(CategoryWhitelist::defaults())
{
    m_editor->setDocument(m_document->bodyDocument());
    m_editor->setPlaceholderText(tr("Write the post in Markdown…"));
    setCentralWidget(m_editor);

    auto *metadataDock = new QDockWidget(tr("Metadata"), this);
    metadataDock->setObjectName(QStringLiteral("metadataDock"));
    metadataDock->setWidget(m_metadataPanel);
    addDockWidget(Qt::RightDockWidgetArea, metadataDock);
    m_metadataPanel->setDocument(m_document);

    auto *findingsDock = new QDockWidget(tr("Findings"), this);
    findingsDock->setObjectName(QStringLiteral("findingsDock"));
    findingsDock->setWidget(m_findings);
    addDockWidget(Qt::RightDockWidgetArea, findingsDock);

    // Checks count the body's words, which parses it: run them once typing pauses, not per key.
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(300);
    connect(m_checkTimer, &QTimer::timeout, this, &MainWindow::runChecks);
    connect(m_document->bodyDocument(), &QTextDocument::contentsChanged, this,
            &MainWindow::scheduleChecks);
    connect(m_document, &Document::metadataChanged, this, &MainWindow::scheduleChecks);
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);

    createActions();
    updateTitle();
    runChecks();
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    fileMenu->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    fileMenu->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    editMenu->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
}

bool MainWindow::openFile(const QString &path)
{
    const QString error = m_document->load(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot open file"), error);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(m_document->displayName()), 3000);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Post"), QString(),
        tr("Posts (*.md *.markdown *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const WriteResult result = m_document->saveAs(m_document->filePath(), m_document->format());
    if (!result.ok) {
        QMessageBox::warning(this, tr("Cannot save"),
                             tr("%1\n\nYour text is still here. Try Save As to choose another place.")
                                 .arg(result.error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 3000);
    return true;
}

bool MainWindow::saveAs()
{
    const QString markdown = tr("Markdown with front matter (*.md)");
    const QString generator = tr("Generator text (*.txt)");
    const QString json = tr("Post JSON (*.json)");
    QString selected = m_document->format() == PostFormat::Generator ? generator
                       : m_document->format() == PostFormat::PostJson ? json
                                                                      : markdown;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Post As"), m_document->filePath(),
        QStringList{markdown, generator, json}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return false;
    const PostFormat format = selected == generator ? PostFormat::Generator
                              : selected == json    ? PostFormat::PostJson
                                                    : PostFormat::MarkdownFrontMatter;
    const WriteResult result = m_document->saveAs(path, format);
    if (!result.ok) {
        QMessageBox::warning(this, tr("Cannot save"), result.error);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*]").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::scheduleChecks()
{
    m_checkTimer->start();
}

void MainWindow::runChecks()
{
    const Post post = m_document->post();
    const CheckContext context{&m_whitelist, m_titleMeter.isValid() ? &m_titleMeter : nullptr};
    m_findings->clear();
    for (const Finding &finding : checkMetadata(post, context)) {
        const QStyle::StandardPixmap icon = finding.severity == Severity::Error
                                                ? QStyle::SP_MessageBoxCritical
                                            : finding.severity == Severity::Warning
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation;
        auto *item = new QListWidgetItem(style()->standardIcon(icon), finding.message, m_findings);
        item->setData(Qt::UserRole, finding.id);
    }
    statusBar()->showMessage(tr("%n word(s)", nullptr, countWords(post.body)));
}

} // namespace pw::gui
