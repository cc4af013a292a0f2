// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/file_watch.h"

#include "gui/document/document.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace pw::gui {

FileWatch::FileWatch(QWidget *dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(settleMs);
    connect(&m_settle, &QTimer::timeout, this, &FileWatch::checkPending);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatch::fileChanged);
}

void FileWatch::watch(Document *document)
{
    m_documents.append(document);
    connect(document, &Document::filePathChanged, this, &FileWatch::updatePaths);
    // A save replaces the file (QSaveFile renames over it) and inotify forgets the old one.
    connect(document, &Document::diskBaselineChanged, this, &FileWatch::updatePaths);
    connect(document, &QObject::destroyed, this, [this] {
        m_documents.removeAll(nullptr);
        updatePaths();
    });
    updatePaths();
}

void FileWatch::updatePaths()
{
    m_documents.removeAll(nullptr);
    QSet<QString> wanted;
    for (const QPointer<Document> &document : std::as_const(m_documents)) {
        const QString path = document->filePath();
        if (!path.isEmpty() && QFileInfo::exists(path))
            wanted.insert(path);
    }
    const QStringList watched = m_watcher.files();
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            m_watcher.removePath(path);
    }
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            m_watcher.addPath(path);
    }
}

void FileWatch::fileChanged(const QString &path)
{
    m_pending.insert(path);
    m_settle.start();
}

void FileWatch::checkPending()
{
    if (m_asking)
        return; // looked at when the question is answered
    updatePaths();
    const QSet<QString> pending = std::exchange(m_pending, {});
    for (const QPointer<Document> &document : QList(m_documents)) {
        if (document && pending.contains(document->filePath()))
            check(document);
    }
}

void FileWatch::check(Document *document)
{
    const QString name = document->displayName();
    switch (document->diskState()) {
    case DiskState::Same:
    case DiskState::Unreadable: // perhaps mid-write; the next change event looks again
        return;
    case DiskState::Missing: {
        document->markDeletedOnDisk();
        emit deleted(document);
        m_asking = true;
        QMessageBox::warning(m_dialogParent, tr("File deleted"),
                             tr("“%1” was deleted or moved by another program.\n\nYour text is "
                                "still here. Save it to keep it.")
                                 .arg(name));
        m_asking = false;
        break;
    }
    case DiskState::Changed:
        if (!document->isModified()) {
            reload(document);
            break;
        }
        {
            m_asking = true;
            QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                            tr("“%1” was changed by another program, and you have changes "
                               "that are not saved.")
                                .arg(name),
                            QMessageBox::NoButton, m_dialogParent);
            box.setInformativeText(tr("Reload the file from disk, or keep your version? If "
                                      "you keep yours, saving replaces the other version."));
            QPushButton *reloadButton =
                box.addButton(tr("Reload and Lose My Changes"), QMessageBox::DestructiveRole);
            QPushButton *keepButton = box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
            box.setDefaultButton(keepButton);
            box.setEscapeButton(keepButton);
            box.exec();
            m_asking = false;
            if (box.clickedButton() == reloadButton)
                reload(document);
            else
                document->keepOverDiskVersion();
        }
        break;
    }
    if (!m_pending.isEmpty())
        m_settle.start();
}

void FileWatch::reload(Document *document)
{
    const QString error = document->reload();
    if (!error.isEmpty()) {
        // The other program left something unreadable: keep what we have, and make saving
        // ask before it replaces that.
        QMessageBox::warning(m_dialogParent, tr("Cannot reload"),
                             tr("%1\n\nThe document stays as it was.").arg(error));
        return;
    }
    emit reloaded(document);
}

bool FileWatch::confirmOverwrite(Document *document)
{
    if (document->diskState() != DiskState::Changed)
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("File changed on disk"),
        tr("“%1” was changed by another program since you opened it.").arg(document->displayName()),
        QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("Saving replaces that version with yours."));
    QPushButton *overwrite = box.addButton(tr("Replace It"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == overwrite;
}

} // namespace pw::gui
