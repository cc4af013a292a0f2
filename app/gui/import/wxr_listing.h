// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/wxr_reader.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace pw::gui {

// One post or page of a WordPress export as the import picker lists it: what a writer needs
// to choose, not the content (read later, for the chosen ones only).
struct WxrListedItem {
    qint64 id = 0;    // wp:post_id
    QString title;    // as stored; WordPress trims it
    QString postType; // "post" or "page"
    QString status;   // publish, draft, pending, private, future, trash
    QDateTime date;   // the site's local time (wp:post_date), without a zone
    QString author;   // the display name
    bool passwordProtected = false;
};

// The posts and pages of an export, in the order of the file, and what else it holds.
struct WxrListing {
    QString error; // translated; set when the export cannot be read
    bool cancelled = false;
    WxrChannel channel;
    QList<WxrListedItem> items;
    int posts = 0;
    int pages = 0;
    int attachments = 0;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

// Reads the export once, without its content (WxrReader's Light mode), so an export of
// hundreds of megabytes is listed in bounded memory: a few hundred bytes an item. `progress`
// (bytes read, bytes in all) is called after each item; returning false cancels. No QObject:
// the window runs it on a worker thread.
using WxrListingProgress = std::function<bool(qint64 bytesRead, qint64 totalBytes)>;
WxrListing listWxr(QIODevice *device, const WxrListingProgress &progress = {});

} // namespace pw::gui
