// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace pw::gui {

// An image file read for the preview: its type as its content says, and its bytes.
struct LocalImage {
    QByteArray mimeType;
    QByteArray data;
};

// The preview's address of the local image file at `absolutePath`: pw-doc://image/<path>.
// What the analysis writes into an <img> the Markdown gives by absolute path or file: URL.
QString localImageUrl(const QString &absolutePath);

// The image at `path` when it is a regular, readable file (symlinks followed) whose content is
// a PNG, JPEG, GIF, WebP, AVIF, BMP or SVG image; nothing for anything else, whatever its name
// says. The preview may show such a file from anywhere, so this is all it may read there.
std::optional<LocalImage> readLocalImage(const QString &path);

} // namespace pw::gui
