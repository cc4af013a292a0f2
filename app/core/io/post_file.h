// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/post_reader.h"
#include "core/io/atomic_writer.h"

namespace pw {

// Reads and recognises a post file, its front matter as the post's site reads it
// (frontMatterDialectAt). On failure `error` starts with the path, so a message
// can be shown as it is. `bytes`, when given, receives what was read (an editor remembers
// what is on disk).
PostReadResult readPostFile(const QString &path, QByteArray *bytes = nullptr);
// Every post in the file (all posts of a WordPress export); errors start with the path.
// Never empty.
QList<PostReadResult> readAllPostsFromFile(const QString &path);

// Writes the post in the format atomically (see writeFileAtomically).
WriteResult writePostFile(const QString &path, const Post &post, PostFormat format);

} // namespace pw
