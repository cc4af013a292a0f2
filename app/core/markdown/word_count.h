// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

// Words a reader sees in the rendered Markdown body: text, link text, image alt, code spans
// and table cells; not URLs, HTML tags or Markdown syntax.
int countWords(const QString &markdown);

} // namespace pw
