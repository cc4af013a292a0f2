// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QHash>

struct cmark_node;

namespace pw {

// One PreviewBlock per top-level block of a parsed document (internal to core/markdown).
// Link and image URLs with script-capable schemes are cleared in `document` first.
// parseGfm() must have run once in the process, so the extensions are registered.
// `firstLine` is the body line the document's line 1 is (see piecewise_parse.h); positions
// in the HTML and the blocks are the body's.
// With `localImageUrl`, a Markdown image given by absolute path or local file: URL gets the
// URL it returns instead (a link to a file: URL is still cleared, and raw HTML is left alone).
// `colouredCode` (colourCodeBlocks) gives top-level code blocks' HTML in place of cmark's.
QList<PreviewBlock> renderPreviewBlocks(cmark_node *document, int firstLine = 0,
                                        const LocalImageUrl &localImageUrl = {},
                                        const QHash<cmark_node *, QString> *colouredCode = nullptr);

// A node's position as cmark writes it: ` data-sourcepos="3:1-5:3"` (lines of its parse).
QByteArray sourcePosAttribute(cmark_node *node);

// The absolute local path a Markdown image destination names ("/home/me/a%20b.png",
// "file:///home/me/a.png", "file://localhost/..."), percent-decoded as a browser would; empty
// for anything else (relative paths, "//host/..." and other schemes).
QString localImagePath(const QString &destination);

// FNV-1a (cheap, and stable across runs, unlike seeded qHash) over the HTML with the
// data-sourcepos values left out: a block that only moved hashes the same.
quint64 positionFreeHash(const QString &html);

} // namespace pw
