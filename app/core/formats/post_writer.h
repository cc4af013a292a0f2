// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/post_format.h"
#include "core/post.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace pw {

// UTF-8 bytes of the post in a format Postwright writes (not WordPressJson).
QByteArray writePost(const Post &post, PostFormat format);

// What of `post` writing it in `format` would drop, named for the user ("focus keyphrase",
// "spelling language", or the front-matter key): the generator format has lines for the title,
// description, tags, categories, slug and topic only. Empty when the format holds it all.
QStringList fieldsLostIn(const Post &post, PostFormat format);

// "generator", "markdown", "json" (the CLI's names) to a format.
std::optional<PostFormat> writableFormatFromName(const QString &name);

} // namespace pw
