#pragma once

#include "core/formats/post_format.h"
#include "core/post.h"

#include <QByteArray>
#include <optional>

namespace pw {

// UTF-8 bytes of the post in a format Postwright writes (not WordPressJson).
QByteArray writePost(const Post &post, PostFormat format);

// "generator", "markdown", "json" (the CLI's names) to a format.
std::optional<PostFormat> writableFormatFromName(const QString &name);

} // namespace pw
