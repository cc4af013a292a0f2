// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QStatusBar;

namespace pw::gui {

class DocumentTabs;
class FileCommands;
class Settings;

// The window's side of a session (SessionStore keeps it): which files were open in which
// tabs, and where in each the writer was.
class SessionRestore : public QObject {
    Q_OBJECT
public:
    SessionRestore(const Settings *settings, DocumentTabs *tabs, FileCommands *files,
                   QStatusBar *statusBar, QObject *parent = nullptr);

    // Reopens the files of the last session where the user left them, when the settings say
    // so (after crash recovery: a recovered document is not opened again). Files that are gone
    // or unreadable are named in the status bar.
    void restore();
    // Remembers the open files (or forgets the session, when the settings say not to keep it).
    void write() const;

private:
    const Settings *m_settings;
    DocumentTabs *m_tabs;
    FileCommands *m_files;
    QStatusBar *m_statusBar;
};

} // namespace pw::gui
