// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>

namespace pw {
class CategoryWhitelist;
}

namespace pw::gui {

class Document;

// Owns the open documents, as Kate's KateDocManager does: makes them, finds one by its file,
// reads files into new ones and closes them. It asks the user nothing (the window's file
// commands do) and knows no views: whoever shows a document hears documentAboutToClose and
// lets go of it before it is deleted.
//
// Every document analyses against the same context. Preferences replace the whitelist with a
// new object; a run on a worker thread holds the one it started with until it ends.
class DocumentManager : public QObject {
    Q_OBJECT
public:
    explicit DocumentManager(AnalysisContext context, QObject *parent = nullptr);
    ~DocumentManager() override;

    QList<Document *> documents() const { return m_documents; }
    // A new, empty, untitled document.
    Document *createDocument();
    // The open document of that file (any spelling of its path), or null.
    Document *findDocument(const QString &path) const;

    struct OpenResult {
        QList<Document *> documents; // one per post read, in the file's order
        QStringList skipped;         // posts of an export that could not be imported, and why
        QString error;               // nothing could be opened: why
        bool imported = false;       // posts of a WordPress export: new, unsaved documents
    };
    // Reads `path` into new documents: one for a post file, one per post of a WordPress
    // export. Nothing is created when nothing can be read.
    OpenResult openFile(const QString &path);

    // Deletes the document after documentAboutToClose. Unsaved changes are the caller's to ask
    // about first.
    void closeDocument(Document *document);

    const AnalysisContext &context() const { return m_context; }
    // Every document re-analyses against `whitelist` at once (nothing happens when it holds
    // the same categories as the one in force).
    // `chosen`: the user picked the list (Preferences), so it applies to a site's posts too.
    void setWhitelist(std::shared_ptr<const CategoryWhitelist> whitelist, bool chosen = false);
    // Every document re-analyses with this site address (see AnalysisContext::siteAddress)
    // when it is another one.
    void setSiteAddress(const QString &address);
    // Every document re-analyses with fenced code coloured in this theme (the app's light or
    // dark one) when it is another one.
    void setCodeTheme(const QString &theme);

signals:
    void documentCreated(pw::gui::Document *document);
    void documentAboutToClose(pw::gui::Document *document);

private:
    Document *adopt(Document *document);

    AnalysisContext m_context;
    QList<Document *> m_documents;
};

} // namespace pw::gui
