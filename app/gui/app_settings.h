#pragma once

#include "checks/category_whitelist.h"
#include "theme.h"

#include <QFont>
#include <QString>

namespace pw::gui {

class DocumentView;

// The user's preferences as stored in QSettings, read and written in one place so the
// dialog, the window and the tests agree on keys and defaults.
struct AppSettings {
    QFont editorFont;            // default: the system's fixed font, at least 11 pt
    int textWidth = 0;           // characters; 0 = the editor uses the whole width
    Theme theme = Theme::System; // the key "theme" the View menu also writes
    int autosaveSeconds = 2;     // crash-journal interval: stored, not yet used (see report)
    // "markdown", "generator", "json" or "html": stored for the export menu, not yet used.
    QString exportFormat = QStringLiteral("markdown");
    static QStringList exportFormats();
    QString whitelistPath;     // empty: the built-in 60 categories
    QString spellLanguage;     // "spelling/language", the core's key for the default
    bool remoteImages = false; // for documents opened from now on

    static QFont defaultEditorFont();
    static AppSettings load();
    void save() const;

    // The list in whitelistPath, or the built-in one when there is none or it cannot be read.
    CategoryWhitelist whitelist() const;

    // Font and text width on an open view's editor (the preview keeps its own images choice).
    void applyToEditor(DocumentView *view) const;
};

} // namespace pw::gui
