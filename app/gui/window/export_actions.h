// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/post_format.h"

#include <QObject>
#include <functional>

class QMainWindow;
class QMenu;

namespace pw::gui {

class Document;
class Settings;

// File → Export… and the Export submenu (As Markdown, As Generator Text, As HTML): a copy
// of the current document in another format, which keeps its own file and format.
// File → Export… starts with the format chosen in Preferences, looked up each time so a
// change there applies at once.
class ExportActions : public QObject {
    Q_OBJECT
public:
    using CurrentDocument = std::function<const Document *()>;

    // Adds the actions to `fileMenu`. Dialogs open over `window`, results show in its status
    // bar; `currentDocument` is asked each time, as the current tab changes.
    ExportActions(QMenu *fileMenu, QMainWindow *window, const Settings *settings,
                  CurrentDocument currentDocument);

    // Writes the current document to `path` in `format` without a dialog; says why when it
    // cannot.
    bool exportTo(const QString &path, PostFormat format);
    // Asks where, offering `format` first; the user may still pick another.
    void exportAs(PostFormat format);
    // HTML is not a post format: it has its own dialog (html_export_dialog.h). Code is coloured
    // as Preferences say (AppSettings::codeColours).
    void exportHtml();
    // File → Export…: exportAs() or exportHtml(), as Preferences say.
    void exportInDefaultFormat();

private:
    QMainWindow *m_window;
    const Settings *m_settings;
    CurrentDocument m_currentDocument;
};

} // namespace pw::gui
