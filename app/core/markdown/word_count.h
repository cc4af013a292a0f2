#pragma once

#include <QString>

namespace pw {

// Words a reader sees in the rendered Markdown body: text, link text, image alt, code spans
// and table cells; not URLs, HTML tags or Markdown syntax.
int countWords(const QString &markdown);

} // namespace pw
