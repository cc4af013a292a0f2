#pragma once

#include "markdown/analysis.h"

struct cmark_node;

namespace pw {

// One PreviewBlock per top-level block of a parsed document (internal to core/markdown).
// Link and image URLs with script-capable schemes are cleared in `document` first.
// parseGfm() must have run once in the process, so the extensions are registered.
QList<PreviewBlock> renderPreviewBlocks(cmark_node *document);

// FNV-1a over the UTF-16 text: cheap, and stable across runs (unlike seeded qHash).
quint64 fnv1a64(const QString &text);

} // namespace pw
