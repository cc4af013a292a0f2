// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/window/session_restore.h"

#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/session/session_store.h"
#include "gui/settings/settings.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"
#include "gui/window/file_commands.h"

#include <QFileInfo>
#include <QStatusBar>

namespace pw::gui {

SessionRestore::SessionRestore(const Settings *settings, DocumentTabs *tabs, FileCommands *files,
                               QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_settings(settings), m_tabs(tabs), m_files(files), m_statusBar(statusBar)
{
}

void SessionRestore::restore()
{
    if (!m_settings->values().reopenSession)
        return;
    const Session session = SessionStore::load();
    DocumentView *current = nullptr;
    QStringList gone, unreadable;
    for (qsizetype i = 0; i < session.documents.size(); ++i) {
        const SessionDocument &entry = session.documents.at(i);
        DocumentView *view = nullptr;
        for (DocumentView *open : m_tabs->views()) {
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
            view = m_files->load(entry.path, &error);
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
        m_statusBar->showMessage(problems.join(QStringLiteral("  ")), 30000);
}

void SessionRestore::write() const
{
    if (!m_settings->values().reopenSession) {
        SessionStore::clear(); // turned on again later, it must not bring back old files
        return;
    }
    Session session;
    for (DocumentView *view : m_tabs->views()) {
        const QString path = view->document()->filePath();
        if (path.isEmpty())
            continue; // untitled: the crash journal keeps unsaved work, not the session
        if (view == m_tabs->currentView())
            session.current = int(session.documents.size());
        session.documents.append({path, view->editor()->textCursor().position(), view->topLine()});
    }
    SessionStore::save(session);
}

} // namespace pw::gui
