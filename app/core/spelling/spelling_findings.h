// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/post.h"

#include <QList>
#include <QSet>

namespace pw {

class SpellChecker;

// Misspellings of the places a reader sees as "spelling.misspelled" info findings: the title,
// the meta description, each tag (ranges into the tags as the panel shows them, "a, b, c")
// and the body's prose ranges (from the analysis snapshot, so code, URLs, link targets, HTML
// and image sources are never looked at). Each finding carries up to five suggestions unless
// `withSuggestions` is false: they cost far more than the check (`check` without --suggest).
QList<Finding> spellingFindings(const Post &post, const QList<TextRange> &bodyProse,
                                const SpellChecker &checker, const QSet<QString> &ignored = {},
                                bool withSuggestions = true);

// Only the metadata fields (title, meta description, tags).
QList<Finding> metadataSpellingFindings(const Post &post, const SpellChecker &checker,
                                        const QSet<QString> &ignored = {},
                                        bool withSuggestions = true);

} // namespace pw
