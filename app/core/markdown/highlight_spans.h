// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

struct cmark_node;

namespace pw {

class SourceMap;

// What one walk over the parsed body yields besides the preview (internal to core/markdown).
struct SourceFacts {
    QList<HighlightSpan> spans; // sorted by line, then column; outer spans first
    QList<OutlineEntry> outline;
    QList<TextRange> proseRanges; // in body order
};

// `document` must be the parse of source.utf8() with source positions on.
SourceFacts collectSourceFacts(cmark_node *document, const SourceMap &source);

} // namespace pw
