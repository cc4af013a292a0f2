// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/file_commands.h"

#include "core/formats/post_writer.h"
#include "core/import/wordpress_import.h"
#include "core/import/wxr_reader.h"
#include "gui/dialogs/save_format_dialog.h"
#include "gui/dialogs/save_questions.h"
#include "gui/dialogs/wxr_import_dialog.h"
#include "gui/document/document.h"
#include "gui/document/document_manager.h"
#include "gui/document/file_watch.h"
#include "gui/session/recent_files.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace pw::gui {

FileCommands::FileCommands(DocumentManager *documents, DocumentTabs *tabs, FileWatch *fileWatch,
                           RecentFiles *recentFiles, QStatusBar *statusBar, QWidget *dialogParent)
    : QObject(dialogParent), m_documents(documents), m_tabs(tabs), m_fileWatch(fileWatch),
      m_recentFiles(recentFiles), m_statusBar(statusBar), m_dialogParent(dialogParent)
{
}

void FileCommands::newDocument()
{
    m_tabs->addView(m_documents->createDocument())->setFocus();
}

DocumentView *FileCommands::load(const QString &path, QString *error)
{
    const DocumentManager::OpenResult result = m_documents->openFile(path);
    *error = result.error;
    return show(result.documents);
}

DocumentView *FileCommands::show(const QList<Document *> &opened)
{
    // Looked at before the new tabs exist: one of them is current afterwards.
    DocumentView *pristine = m_tabs->pristineView();
    DocumentView *first = nullptr;
    for (Document *document : opened) {
        DocumentView *view = m_tabs->addView(document);
        first = first ? first : view;
    }
    if (!first)
        return nullptr;
    m_tabs->setCurrentWidget(first);
    if (pristine)
        m_documents->closeDocument(pristine->document());
    return first;
}

namespace {

// A WordPress export (or an RSS feed taken for one) goes to the picker, whatever it is called
// and however it came: File → Open, Import, a drop, a recent file.
bool looksLikeWxr(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return sniffWxr(file.read(64 * 1024)) != WxrSniff::Other;
}

} // namespace

bool FileCommands::openFile(const QString &path)
{
    if (Document *open = m_documents->findDocument(path)) {
        m_tabs->showDocument(open);
        return true;
    }
    if (looksLikeWxr(path)) {
        importWxr(path);
        return true;
    }
    const DocumentManager::OpenResult result = m_documents->openFile(path);
    DocumentView *view = show(result.documents);
    if (result.imported) {
        showImported(path, int(result.documents.size()), result.skipped, view);
        return view != nullptr;
    }
    if (!view) {
        QMessageBox::warning(m_dialogParent, tr("Cannot open file"), result.error);
        return false;
    }
    m_recentFiles->add(path);
    view->setFocus();
    m_statusBar->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

// Every readable post of the export is open in a tab by now; posts that could not be imported
// (no content) are listed, and when none could, nothing changed.
void FileCommands::showImported(const QString &path, int count, const QStringList &skipped,
                                DocumentView *first)
{
    if (!skipped.isEmpty()) {
        QMessageBox::warning(m_dialogParent,
                             first ? tr("Some posts were not imported") : tr("Cannot import file"),
                             skipped.join(QStringLiteral("\n\n")));
    }
    if (!first)
        return;
    first->setFocus();
    emit postsImported();
    m_statusBar->showMessage(
        tr("Imported %n post(s) from %1", nullptr, count).arg(QFileInfo(path).fileName()), 6000);
}

namespace {

// Site addresses as documents keep them (wordpress_site), compared however they were spelt.
QUrl comparableSite(const QString &address)
{
    return QUrl(address).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

Document *FileCommands::findRemote(const QString &siteAddress, qint64 postId) const
{
    if (siteAddress.isEmpty() || postId <= 0)
        return nullptr;
    const QUrl site = comparableSite(siteAddress);
    const QString id = QString::number(postId);
    for (Document *document : m_documents->documents()) {
        const Post &post = document->metadata();
        if (extraValue(post, extra_key::wordpressId) == id &&
            comparableSite(extraValue(post, extra_key::wordpressSite)) == site)
            return document;
    }
    return nullptr;
}

DocumentView *FileCommands::showRemote(const QString &siteAddress, qint64 postId)
{
    Document *open = findRemote(siteAddress, postId);
    if (!open)
        return nullptr;
    // The open one may hold edits: it is never replaced by the site's version.
    DocumentView *view = m_tabs->showDocument(open);
    view->setFocus();
    m_statusBar->showMessage(tr("“%1” is open already").arg(open->displayName()), 4000);
    return view;
}

DocumentView *FileCommands::openRemote(const ImportedPost &imported, const QString &source,
                                       IfOpen ifOpen)
{
    if (ifOpen == IfOpen::Show) {
        if (DocumentView *open =
                showRemote(extraValue(imported.post, extra_key::wordpressSite),
                           extraValue(imported.post, extra_key::wordpressId).toLongLong()))
            return open;
    }
    Document *document = m_documents->createDocument();
    document->loadImported(imported.post, imported.findings, source);
    DocumentView *view = show({document});
    view->setFocus();
    emit postsImported();
    m_statusBar->showMessage(
        tr("Opened “%1” from %2")
            .arg(imported.post.title.isEmpty() ? tr("Untitled") : imported.post.title, source),
        6000);
    return view;
}

std::shared_ptr<const CategoryWhitelist> FileCommands::whitelist() const
{
    return m_documents->context().whitelist;
}

bool FileCommands::openFiles(const QStringList &paths)
{
    bool ok = true;
    for (const QString &path : paths)
        ok = openFile(path) && ok;
    return ok;
}

void FileCommands::open()
{
    openFiles(
        QFileDialog::getOpenFileNames(m_dialogParent, tr("Open Posts"), QString(),
                                      tr("Posts (*.md *.markdown *.txt *.json);;All files (*)")));
}

void FileCommands::import()
{
    openFiles(QFileDialog::getOpenFileNames(
        m_dialogParent, tr("Import WordPress Posts"), QString(),
        tr("WordPress exports (*.xml *.json);;WordPress export file (WXR) (*.xml);;"
           "WordPress REST API export (*.json);;All files (*)")));
}

void FileCommands::importWxr(const QString &path)
{
    auto *dialog =
        new WxrImportDialog(QFileInfo(path).absoluteFilePath(), whitelist(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WxrImportDialog::importedPosts, this, &FileCommands::openImported);
    connect(dialog, &WxrImportDialog::openFolderRequested, this, &FileCommands::folderRequested);
    dialog->show();
}

void FileCommands::openImported(const QList<ImportedPost> &posts, const QString &source)
{
    QList<Document *> opened;
    for (const ImportedPost &imported : posts) {
        Document *document = m_documents->createDocument();
        document->loadImported(imported.post, imported.findings, source);
        opened.append(document);
    }
    showImported(source, int(opened.size()), {}, show(opened));
}

bool FileCommands::save(Document *document)
{
    if (document->filePath().isEmpty())
        return saveAs(document);
    const QFileInfo file(document->filePath());
    // Opening a transcript read a source; it did not make the prompt around the post ours.
    if (document->fileHoldsMoreThanPost()) {
        switch (askAboutTranscript(m_dialogParent, file.fileName())) {
        case TranscriptAnswer::SavePostElsewhere:
            return saveAsDialog(document, besideFile(document, preferredFormat(document)),
                                preferredFormat(document));
        case TranscriptAnswer::ReplaceFile:
            break;
        case TranscriptAnswer::Cancel:
            return false;
        }
    }
    const QStringList lost = fieldsLostIn(document->metadata(), document->format());
    if (!lost.isEmpty()) {
        switch (askAboutLostFields(m_dialogParent, file.fileName(),
                                   choiceFor(document->format()).name(), lost, true)) {
        case LostFieldsAnswer::SaveInAnotherFormat:
            return saveAsDialog(document, besideFile(document, PostFormat::MarkdownFrontMatter),
                                PostFormat::MarkdownFrontMatter);
        case LostFieldsAnswer::SaveWithoutThem:
            break;
        case LostFieldsAnswer::Cancel:
            return false;
        }
    }
    if (!m_fileWatch->confirmOverwrite(document))
        return false;
    const WriteResult result = document->saveAs(document->filePath(), document->format());
    if (!result.ok) {
        const auto answer = QMessageBox::warning(
            m_dialogParent, tr("Cannot save"),
            tr("%1\n\nYour text is still here and nothing was overwritten. Save it somewhere else?")
                .arg(result.error),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save && saveAs(document);
    }
    m_recentFiles->add(document->filePath());
    m_statusBar->showMessage(tr("Saved %1").arg(document->displayName()), 4000);
    return true;
}

bool FileCommands::saveAs(Document *document)
{
    const QString suggested =
        document->filePath().isEmpty() ? document->suggestedFileName() : document->filePath();
    return saveAsDialog(document, suggested, preferredFormat(document));
}

// The document's own format, unless it would drop something the writer set.
PostFormat FileCommands::preferredFormat(const Document *document)
{
    return fieldsLostIn(document->metadata(), document->format()).isEmpty()
               ? document->format()
               : PostFormat::MarkdownFrontMatter;
}

// A file named after the post's slug, in the folder of the document's file.
QString FileCommands::besideFile(const Document *document, PostFormat format)
{
    const QString slug = effectiveSlug(document->metadata());
    return QFileInfo(document->filePath()).absolutePath() + QLatin1Char('/')
           + (slug.isEmpty() ? tr("untitled") : slug) + QLatin1Char('.') + choiceFor(format).suffix;
}

bool FileCommands::saveAsDialog(Document *document, const QString &suggested, PostFormat format)
{
    const auto target = askSavePath(m_dialogParent, tr("Save Post As"), suggested, format);
    if (!target)
        return false;
    // The writer picked this format; still, say what it drops.
    const QStringList lost = fieldsLostIn(document->metadata(), target->second);
    if (!lost.isEmpty()
        && askAboutLostFields(m_dialogParent, QFileInfo(target->first).fileName(),
                              choiceFor(target->second).name(), lost, false)
               != LostFieldsAnswer::SaveWithoutThem)
        return false;
    const WriteResult result = document->saveAs(target->first, target->second);
    if (!result.ok) {
        QMessageBox::warning(m_dialogParent, tr("Cannot save"),
                             tr("%1\n\nYour text is still here.").arg(result.error));
        return false;
    }
    m_recentFiles->add(document->filePath());
    return true;
}

bool FileCommands::maybeSave(Document *document)
{
    if (!document->isModified())
        return true;
    m_tabs->showDocument(document);
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them?").arg(document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(document);
    return answer == QMessageBox::Discard;
}

bool FileCommands::closeView(DocumentView *view)
{
    if (!view)
        return false;
    Document *document = view->document();
    if (m_tabs->viewsOf(document).size() > 1) {
        m_tabs->removeView(view);
        return true;
    }
    if (!maybeSave(document))
        return false;
    m_documents->closeDocument(document);
    if (m_tabs->count() == 0)
        newDocument();
    return true;
}

bool FileCommands::maybeSaveAll()
{
    QList<Document *> asked;
    for (DocumentView *view : m_tabs->views()) {
        if (asked.contains(view->document()))
            continue;
        asked << view->document();
        if (!maybeSave(view->document()))
            return false;
    }
    return true;
}

} // namespace pw::gui
