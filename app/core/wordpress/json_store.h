// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/atomic_writer.h"

#include <QJsonObject>
#include <QString>

namespace pw::wp {

// The small JSON files the site client keeps beside the settings (media cache, publish
// ledger, publish memo): read whole, written whole and atomically.

// The file's object; empty when it is missing or not a JSON object (the worst case of each
// store is a request or an upload too many).
QJsonObject readJsonStore(const QString &path);

// Writes `root` to `path` atomically, creating its folder.
WriteResult writeJsonStore(const QString &path, const QJsonObject &root);

} // namespace pw::wp
