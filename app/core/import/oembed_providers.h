// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

// Whether WordPress embeds the address by itself, without asking the site for oEmbed discovery:
// one of its built-in oEmbed providers (YouTube, Vimeo, …) or an audio or video file. A bare
// address of any other site stays text when discovery fails, as it does for a site that is
// gone.
bool isWordPressEmbedUrl(const QString &url);

} // namespace pw
