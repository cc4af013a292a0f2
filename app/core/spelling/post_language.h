// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"

#include <QString>

namespace pw {

// The post's language lives in the front-matter key `lang` (kept in Post::extras, so YAML
// front matter and post JSON carry it; the generator format has no place for it and drops
// it). Empty when the post does not say.
QString postLanguage(const Post &post);
// Sets or, with an empty language, removes `lang`, keeping the other extras in order.
void setPostLanguage(Post &post, const QString &language);

// The default for posts without `lang`: QSettings "spelling/language", else en_US.
QString defaultSpellingLanguage();
void setDefaultSpellingLanguage(const QString &language);

} // namespace pw
