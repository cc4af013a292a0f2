// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/session/session_store.h"

#include <QSettings>

namespace pw::gui {

namespace {
const QString kDocuments = QStringLiteral("session/documents");
const QString kCurrent = QStringLiteral("session/current");
const QString kPath = QStringLiteral("path");
const QString kCursor = QStringLiteral("cursor");
const QString kTopLine = QStringLiteral("topLine");
} // namespace

Session SessionStore::load()
{
    QSettings settings;
    Session session;
    const int count = settings.beginReadArray(kDocuments);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SessionDocument document;
        document.path = settings.value(kPath).toString();
        document.cursor = qMax(0, settings.value(kCursor).toInt());
        document.topLine = qMax(0, settings.value(kTopLine).toInt());
        if (!document.path.isEmpty())
            session.documents.append(document);
    }
    settings.endArray();
    const int current = settings.value(kCurrent, -1).toInt();
    session.current = current >= 0 && current < session.documents.size() ? current : -1;
    return session;
}

void SessionStore::save(const Session &session)
{
    clear();
    QSettings settings;
    settings.beginWriteArray(kDocuments, int(session.documents.size()));
    for (int i = 0; i < session.documents.size(); ++i) {
        const SessionDocument &document = session.documents.at(i);
        settings.setArrayIndex(i);
        settings.setValue(kPath, document.path);
        settings.setValue(kCursor, document.cursor);
        settings.setValue(kTopLine, document.topLine);
    }
    settings.endArray();
    settings.setValue(kCurrent, session.current);
}

void SessionStore::clear()
{
    QSettings settings;
    // A shorter list must not leave the old entries behind it.
    settings.remove(kDocuments);
    settings.remove(kCurrent);
}

} // namespace pw::gui
