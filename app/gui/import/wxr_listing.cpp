// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/wxr_listing.h"

#include <QIODevice>

namespace pw::gui {

WxrListing listWxr(QIODevice *device, const WxrListingProgress &progress)
{
    WxrListing listing;
    const qint64 total = device->size() - device->pos();
    WxrReader reader(device, WxrReader::Mode::Light);
    if (!reader.readHeader()) {
        listing.error = reader.error();
        return listing;
    }
    WxrItem item;
    while (reader.next(item)) {
        const bool post = item.postType == QLatin1StringView("post");
        const bool page = item.postType == QLatin1StringView("page");
        if (item.postType == QLatin1StringView("attachment"))
            ++listing.attachments;
        if (post || page) {
            ++(post ? listing.posts : listing.pages);
            WxrListedItem listed;
            listed.id = item.id;
            listed.title = item.title;
            listed.postType = item.postType;
            listed.status = item.status;
            listed.date =
                QDateTime::fromString(item.postDate, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            listed.author = reader.channel().authorName(item.creator);
            listed.passwordProtected = !item.password.isEmpty();
            listing.items.append(listed);
        }
        if (progress && !progress(reader.bytesRead(), total)) {
            listing.cancelled = true;
            return listing;
        }
    }
    if (reader.hasError()) {
        // A broken file lists nothing: what came before the break is no export to pick from.
        listing.error = reader.error();
        listing.items.clear();
        return listing;
    }
    listing.channel = reader.channel();
    return listing;
}

} // namespace pw::gui
