// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pw {

// Where generators read the same front matter differently, how the post's own site reads it.
// The reader is told (core/site: frontMatterDialectFor) and the post's source remembers it, so
// an edit is written back the way it was read.
struct FrontMatterDialect {
    // Jekyll: `categories: web dev` is two categories and `tags:` the same; the singular
    // `category:`/`tag:` is one name as written. Elsewhere such a string is a comma list.
    bool spaceSeparatedLists = false;

    bool operator==(const FrontMatterDialect &) const = default;
};

} // namespace pw
