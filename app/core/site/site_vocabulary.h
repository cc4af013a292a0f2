// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/front_matter_dialect.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pw {

// The categories and tags a site's posts use, with the posts that use each (paths relative to
// the site root), so a post's own terms can be told from what the rest of the site uses.
struct SiteVocabulary {
    QHash<QString, QStringList> categories; // term as written -> posts
    QHash<QString, QStringList> tags;
    int postsRead = 0;
    bool complete = true; // false: the file or time cap stopped the scan

    // Terms used by some post other than `exceptPost` (relative path; empty: every post).
    QStringList categoriesUsedBesides(const QString &exceptPost = {}) const;
    QStringList tagsUsedBesides(const QString &exceptPost = {}) const;
    // The same tags, the ones most posts use first (counting the posts besides
    // `exceptPost`), ties in alphabetical order: what a writer most likely wants to complete.
    QStringList tagsMostUsedFirst(const QString &exceptPost = {}) const;
};

struct VocabularyLimits {
    int maxFiles = 2000;
    int maxMilliseconds = 2000;
};

// Reads the front matter (only) of every Markdown file under `dirs`, skipping build output and
// dependency folders. `root` makes the recorded paths relative; `dialect` is the site's.
SiteVocabulary scanVocabulary(const QString &root, const QStringList &dirs,
                              const VocabularyLimits &limits = {},
                              const FrontMatterDialect &dialect = {});

} // namespace pw
