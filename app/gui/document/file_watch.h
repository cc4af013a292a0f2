// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QWidget;

namespace pw::gui {

class Document;

// Notices when another program changes, replaces or deletes the file of an open document.
// An unmodified document reloads (cursor and scrolling stay); a modified one asks; a deleted
// file is reported and the document becomes modified. The editor's own saves are told apart
// by content (see Document::diskState), not by timing. Nothing is overwritten silently:
// confirmOverwrite() asks before a save replaces a version the document never saw.
class FileWatch : public QObject {
    Q_OBJECT
public:
    // Let other programs finish writing (many write in several steps, or delete then
    // recreate) before looking.
    static constexpr int settleMs = 300;

    explicit FileWatch(QWidget *dialogParent);

    void watch(Document *document);
    // Before saving the document over its own file: true when the file holds what the
    // document last read or wrote, or the user chose to replace the other version.
    bool confirmOverwrite(Document *document);

signals:
    // A document was reloaded from disk, or its file was reported deleted.
    void reloaded(pw::gui::Document *document);
    void deleted(pw::gui::Document *document);

private:
    void fileChanged(const QString &path);
    void checkPending();
    void check(Document *document);
    void reload(Document *document);
    void updatePaths();

    QWidget *m_dialogParent;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QList<QPointer<Document>> m_documents;
    QSet<QString> m_pending; // paths that changed and were not looked at yet
    bool m_asking = false;   // one question at a time
};

} // namespace pw::gui
