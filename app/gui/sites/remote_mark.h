// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QString>
#include <QUrl>
#include <optional>

namespace pw::gui {

// Where a document's post lives on a WordPress site, as its extra_key::wordpress* fields and
// `link` record it (written by an import from the site and by every publish): what the tab and
// the status bar say about it.
struct RemoteMark {
    QUrl site;      // the site's address as recorded
    qint64 id = 0;  // the post's id there
    QString status; // WordPress's own word: draft, pending, future, publish, private
    QUrl link;      // the post's address on the site; empty when not recorded

    // The site as a writer names it: its host (and path, for a site in a sub-folder).
    QString siteName() const;
    // The status in the user's language: Draft, Pending Review, Scheduled, Published, Private.
    QString statusLabel() const;
    // For the tab's tooltip: "On example.com · Draft · post 123".
    QString summary() const;
    // "Draft on example.com".
    QString place() const;
    // "Publish updates it (Ctrl+Shift+P)". `publishShortcut`: the Publish action's shortcut as
    // menus show it; none when empty.
    static QString updateHint(const QString &publishShortcut);
    // For the status bar: place() — updateHint().
    QString statusText(const QString &publishShortcut) const;
};

// The mark of `post`: none when it records no site or no post id there.
std::optional<RemoteMark> remoteMarkOf(const Post &post);

// A WordPress post status in the user's language, as WordPress's admin names them; a status
// Postwright does not know (a plugin's) as it is.
QString wordPressStatusLabel(const QString &status);

} // namespace pw::gui
