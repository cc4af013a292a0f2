// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/post_format.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>

class QStatusBar;
class QWidget;

namespace pw {
class CategoryWhitelist;
struct ImportedPost;
} // namespace pw

namespace pw::gui {

class Document;
class DocumentManager;
class DocumentTabs;
class DocumentView;
class FileWatch;
class RecentFiles;

// What File → New, Open, Import, Save, Save As and Close do, with the questions they ask:
// which file, whether to save unsaved changes, whether to replace a version another program
// wrote. Documents come from the manager, views from the tabs; this class only decides when to
// ask and what to tell the user.
class FileCommands : public QObject {
    Q_OBJECT
public:
    FileCommands(DocumentManager *documents, DocumentTabs *tabs, FileWatch *fileWatch,
                 RecentFiles *recentFiles, QStatusBar *statusBar, QWidget *dialogParent);

    void newDocument();
    // Shows the file's document (opening it unless it is open already, reusing an untouched
    // new tab). On failure it says why, and every open document stays as it was.
    bool openFile(const QString &path);
    // Like openFile for each; false if any failed.
    bool openFiles(const QStringList &paths);
    void open();   // asks for files
    void import(); // asks for WordPress exports
    // Shows the picker of a WordPress export file (WXR): its posts are read on a worker, and
    // the picked ones open as tabs or go into a folder. Returns at once.
    void importWxr(const QString &path);
    // Opens posts of an export as new, unsaved documents with their findings for review.
    void openImported(const QList<ImportedPost> &posts, const QString &source);

    // Saves in the document's own format (Save As when it has no file yet).
    bool save(Document *document);
    bool saveAs(Document *document);
    // Asks to save a modified document; false when the user cancelled.
    bool maybeSave(Document *document);
    // Closes one view; the document closes with its last view, after asking to save it. An
    // empty window gets a new document.
    bool closeView(DocumentView *view);
    // Before the window closes: every modified document saved or discarded; false if cancelled.
    bool maybeSaveAll();

    // Reads `path` into new documents shown in new tabs, taking the place of an untouched new
    // tab; returns the first view, or null with the reason in `error`. No questions asked.
    DocumentView *load(const QString &path, QString *error);

    // Opens a post fetched from a WordPress site as a new, unsaved document with the import's
    // findings for review (postsImported), like a post of an export; `source` names where it
    // came from in the review ("blog #12"). When that site post (wordpress_site and
    // wordpress_id) is open already, its tab is shown instead and nothing is replaced.
    enum class IfOpen {
        Show,        // the tab that has the site's post already
        OpenAnother, // a second document of it (the site's version beside ours, in a conflict)
    };
    DocumentView *openRemote(const ImportedPost &imported, const QString &source,
                             IfOpen ifOpen = IfOpen::Show);
    // Shows the tab of this site post when it is open (null when it is not).
    DocumentView *showRemote(const QString &siteAddress, qint64 postId);
    // What imported posts' categories are judged against: the window's whitelist.
    std::shared_ptr<const CategoryWhitelist> whitelist() const;

signals:
    // Posts of a WordPress export were opened: their review is worth showing.
    void postsImported();
    // Posts of an export were written into this folder: worth showing it.
    void folderRequested(const QString &folder);

private:
    bool saveAsDialog(Document *document, const QString &suggested, PostFormat format);
    static PostFormat preferredFormat(const Document *document);
    static QString besideFile(const Document *document, PostFormat format);
    // A tab for each document just opened, the first made current, in place of an untouched
    // new tab; null when there is none.
    DocumentView *show(const QList<Document *> &opened);
    void showImported(const QString &path, int count, const QStringList &skipped,
                      DocumentView *first);
    Document *findRemote(const QString &siteAddress, qint64 postId) const;

    DocumentManager *m_documents;
    DocumentTabs *m_tabs;
    FileWatch *m_fileWatch;
    RecentFiles *m_recentFiles;
    QStatusBar *m_statusBar;
    QWidget *m_dialogParent;
};

} // namespace pw::gui
