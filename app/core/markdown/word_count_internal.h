// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct cmark_node;

namespace pw {

// Counting over an already parsed tree, so the analysis snapshot does not parse twice.
// Internal to core/markdown: cmark pointers do not leave it.

// The text a reader sees, with block boundaries as '\n' and line breaks as spaces.
QString readerText(cmark_node *document);
int countWordsInText(const QString &text);
// User-perceived characters of readerText(), without the block separators.
int countCharactersInText(const QString &text);
int countWords(cmark_node *document);

} // namespace pw
