// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pw::gui {

// Where the user was in one document when the editor quit.
struct SessionDocument {
    QString path;    // absolute
    int cursor = 0;  // character position in the body
    int topLine = 0; // first source line (block) visible in the editor
    friend bool operator==(const SessionDocument &, const SessionDocument &) = default;
};

// The documents with a file that were open at the last quit, in tab order. Untitled
// documents are not part of it: the crash journal keeps unsaved work.
struct Session {
    QList<SessionDocument> documents;
    int current = -1; // index into documents, -1 when none
    friend bool operator==(const Session &, const Session &) = default;
};

// Reads and writes the session in QSettings ("session/…"); knows nothing of windows.
class SessionStore {
public:
    static Session load();
    static void save(const Session &session);
    static void clear();
};

} // namespace pw::gui
