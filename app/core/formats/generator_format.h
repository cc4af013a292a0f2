// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/text_normalization.h"
#include "core/post.h"

#include <QString>
#include <optional>

namespace pw {

struct GeneratorReadResult {
    std::optional<Post> post;  // empty when the text holds no generator post
    QList<Finding> findings;   // e.g. missing end marker (warning)
    QString error;             // why there is no post
    // The text holds more than the post: a transcript's prompt before it, or anything after
    // its end marker. Writing the post alone over such a file would drop that.
    bool textAroundPost = false;
    // The text looks like generator output (looksLikeGenerator), whether or not a post was
    // found in it.
    bool recognised = false;
};

// True when the text looks like generator output: a TITLE-like key line near a
// META_DESCRIPTION/TAGS/CATEGORIES key or an -EndOFText- marker.
bool looksLikeGenerator(const QString &text);
bool looksLikeGenerator(const NormalizedText &text);

// Reads the generator text format as real generator output writes it: see the foundation
// issue for the accepted variations. A transcript holding the prompt template is skipped
// up to the real post; its TOPIC: line becomes Post::topic.
GeneratorReadResult readGenerator(const QString &text);
GeneratorReadResult readGenerator(const NormalizedText &text);

// The canonical form (as the sample in seed 000): TITLE, META_DESCRIPTION, TAGS, CATEGORIES,
// then SLUG and TOPIC only when set, ", " between items, a blank line, the body, a blank
// line, -EndOFText-, final newline. readGenerator(writeGenerator(p)).post == p.
QString writeGenerator(const Post &post);

} // namespace pw
