// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QString>

namespace pw {

// Snapshot::suggestion (MetadataSuggestion in analysis.h). From an analysis of `post`: its outline and rendered blocks, so nothing is parsed again.
// The description is cut at a word boundary to at most descriptionMaxChars characters
// (Google shows no more) and ends with "…" when cut.
MetadataSuggestion suggestMetadata(const Post &post, const QList<OutlineEntry> &outline,
                                   const QList<PreviewBlock> &blocks);

} // namespace pw
