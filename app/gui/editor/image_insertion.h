// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QImage;

namespace pw::gui::images {

// What inserting an image into a post needs besides the widgets (ImageInserter asks the
// writer, this does the rest): which files are images, the alt text a file name suggests,
// where a copy goes, and the Markdown that links it. No display needed: tested headless.

// PNG, JPEG, GIF, WebP, SVG or AVIF, judged by the content first (a screenshot saved without
// an extension is still a PNG; a text file named .png is not), by the name only when the
// content says nothing either way.
bool isImageFile(const QString &path);

// A readable alt text from a file name: "team-photo_2.png" → "team photo 2". A starting point
// the writer edits; the SEO checks want alt text, not a file name.
QString altTextFromFileName(const QString &fileName);

// A file name for image data that has none (a pasted screenshot): the alt text as a slug,
// "Team photo, 2026" → "team-photo-2026.png"; "image.png" when nothing of it is left.
QString fileNameFromAltText(const QString &altText);

// Whether `path` lies in `folder` or a folder below it.
bool isInsideFolder(const QString &path, const QString &folder);

// The link destination to write for `imagePath`: relative to the post's folder when the post
// has a file (it moves with the site), absolute while the post is untitled. Characters that
// would end or change the destination (spaces, parentheses, angle brackets, backslash, %, #
// and ?) are percent-encoded, so every Markdown renderer and browser reads the same file;
// other characters, letters of any script included, stay readable.
QString markdownDestination(const QString &imagePath, const QString &postFilePath);

// `![alt](destination)`, with the alt text's brackets and backslashes escaped and its line
// breaks folded into spaces.
QString markdownImage(const QString &altText, const QString &destination);

// The text to insert for several images at a position: one image per line; when there is more
// than one, they start and end on lines of their own (`atLineStart` / `atLineEnd`: where the
// insertion point is). One image goes where it was put, inside a line if need be.
QString imageLines(const QStringList &images, bool atLineStart, bool atLineEnd);

// Where `fileName` goes in `folder` without overwriting anything different: the name itself
// when it is free or holds the same bytes as `sameAs` (a file to compare with), else the name
// with -2, -3, … before the extension, again reusing a file that holds the same bytes.
QString copyTarget(const QString &folder, const QString &fileName, const QString &sameAs);

// Copies `source` into `folder` (see copyTarget) and returns the path of the copy, or of the
// identical file already there. An empty result means it failed; `error` says why.
QString copyIntoFolder(const QString &source, const QString &folder, QString *error);

// Writes `image` as PNG to `path` (replacing it: the caller asked or chose a free name).
// Returns false and sets `error` on failure.
bool writePng(const QImage &image, const QString &path, QString *error);

// Writes `image` as PNG into `folder` under `fileName` made unique as copyTarget does, and
// returns its path; empty on failure, with `error` set.
QString writePngIntoFolder(const QImage &image, const QString &folder, const QString &fileName,
                           QString *error);

} // namespace pw::gui::images
