// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QString>
#include <optional>

namespace pw {

// Writes `post` over the Markdown text it was read from (post.source), changing only what
// differs from what was read: an unchanged post gives the text back exactly (line ends, key
// order, quoting, comments, trailing newline); an edited field gets its value rewritten in
// place, in the file's style (a flow list stays a flow list, a comma-separated string stays
// one, a quoted value keeps its quotes); a field the file did not have is added before the
// closing "---". A field the user cleared keeps its key with an empty value, so the line stays
// where the site's templates expect it. Null when the post has no Markdown source, or when the
// edited text would not read back as `post` (the caller then writes the post afresh).
std::optional<QString> editFrontMatterSource(const Post &post);

} // namespace pw
