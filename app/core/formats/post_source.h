// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/front_matter_dialect.h"
#include "core/formats/post_format.h"
#include "core/post.h"

#include <QString>

namespace pw {

// What a reader saw, kept with the post it made (Post::source) so that a writer of the same
// format can give the same bytes back when nothing changed, and change only what was edited
// (the field's value in place, in the file's own style) when something did.
struct PostSource {
    PostFormat format = PostFormat::Markdown;
    // The decoded text exactly as read: line endings, key order, quoting, comments and
    // trailing newline as in the file; without the byte-order mark, which hadBom records.
    QString text;
    bool hadBom = false;
    // How the reader read the front matter's lists: the writer writes them back the same way.
    FrontMatterDialect dialect;
    // What the reader made of `text` (its own `source` is empty): a writer compares the post
    // it is given with this to find what was edited.
    Post asRead;
};

} // namespace pw
