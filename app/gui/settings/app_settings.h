// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/category_whitelist.h"
#include "core/formats/post_format.h"
#include "gui/settings/theme.h"

#include <QFont>
#include <QString>
#include <optional>

namespace pw::gui {

// The user's preferences as stored in QSettings, read and written in one place so the
// dialog, the window and the tests agree on keys and defaults.
struct AppSettings {
    QFont editorFont;            // default: the system's fixed font, at least 11 pt
    // View → Zoom: points added to editorFont's size in every editor (the preview keeps its
    // own). 0 shows editorFont as it is; the size shown stays within the dialog's 6-72 pt.
    int editorZoom = 0;
    static constexpr int kMinFontPoints = 6;
    static constexpr int kMaxFontPoints = 72;
    // editorZoom within what keeps the size shown inside those bounds.
    int boundedEditorZoom(int zoom) const;
    QFont zoomedEditorFont() const;
    int textWidth = 0;           // characters; 0 = the editor uses the whole width
    Theme theme = Theme::System; // the key "theme" the View menu also writes
    int autosaveSeconds = 2;     // how long after the last edit the crash journal is written
    // "markdown", "generator", "json" or "html": what File → Export… offers first.
    QString exportFormat = QStringLiteral("markdown");
    static QStringList exportFormats();
    // exportFormat as a post format; empty for "html", which is not a post format.
    std::optional<PostFormat> exportPostFormat() const;
    // How fenced code is coloured in the HTML that leaves the app (Export → As HTML, Copy as
    // HTML, publishing): one of CodeColouring::styleNames(), "inline", "classes" or "none".
    QString codeColours = QStringLiteral("inline");
    QString whitelistPath;     // empty: the built-in 60 categories
    QString spellLanguage;     // "spelling/language", the core's key for the default
    bool remoteImages = false; // for documents opened from now on
    bool reopenSession = true; // reopen the last session's files when started without any
    // Where the posts are published, as normalizedSiteAddress() returns it; empty: not set
    // (the search result preview shows example.com).
    QString siteAddress;

    static QFont defaultEditorFont();
    static AppSettings load();
    void save() const;

    // The list in whitelistPath, or the built-in one when there is none or it cannot be read.
    CategoryWhitelist whitelist() const;
};

} // namespace pw::gui
