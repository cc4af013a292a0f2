#pragma once

#include <QString>

namespace pw {

// Every reader hands the Post the same shape of text, so a post reads back equal whichever
// format it went through.

// Drops a BOM and turns CRLF and lone CR into LF.
QString normalizeLineEnds(QString text);

// The body without leading blank lines or trailing white space. Indentation of the first
// line is kept: it can make an indented code block.
QString trimBody(const QString &body);

} // namespace pw
