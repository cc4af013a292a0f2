// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/wxr_import.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pw::cli {

struct Console;
class PostFilesWriter;

// Whether `path` should be read as a WordPress export rather than REST JSON: its content
// sniffs as WXR (or as an RSS feed, which the export reader refuses with its own message), or
// it is called *.xml (so a broken export gets the export reader's error, not "not valid JSON").
bool isWxrInput(const QString &path);
// Whether a file found in a folder is an export (content only: a folder may hold other XML).
bool isWxrFile(const QString &path);

struct WxrSourceOptions {
    WxrImportOptions import;
    bool downloadImages = false;
    bool progress = false; // percentage lines for both passes on stderr
};

// What one export gave, for the summary.
struct WxrSourceReport {
    QString source;
    QString siteTitle;
    int posts = 0; // posts and pages met
    int imported = 0;
    QMap<QString, int> skippedByStatus; // WordPress status -> items
    QMap<QString, int> skippedByType;   // post or page -> items
    QStringList protectedTitles;        // skipped for a password
    int notPicked = 0;
    QMap<QString, int> otherItems; // attachment, nav_menu_item, ... -> items
    QStringList fileNotes;         // about the export as a whole (its encoding)
    bool failed = false;           // the export could not be read; nothing was written
    // Image downloads (--download-images).
    bool imagesAsked = false;
    int imagesDownloaded = 0;
    int imagesReused = 0;
    int imagesFailed = 0;
};

// Imports every post (and page, as asked) of the export at `path` through `writer`, one at a
// time. A file that cannot be read as an export is reported through writer.addSourceError()
// and writes nothing (the export is read through once before any post is handed out).
WxrSourceReport importWxrSource(const QString &path, const WxrSourceOptions &options,
                                PostFilesWriter &writer, Console &console);

// The lines the summary adds for the exports: skipped items by reason, other items, images.
QString wxrReportText(const QList<WxrSourceReport> &reports);
// The same for --json (stable keys, never translated).
QJsonObject wxrReportJson(const WxrSourceReport &report);

} // namespace pw::cli
