// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

struct cmark_node;

class QString;

namespace pw {

class SourceMap;

// Parses the body in pieces of about `pieceBytes`, cut only where a top-level block ends
// for certain, and hands each piece's tree to `use` before parsing the next. cmark-gfm's tree
// takes about 25 times the text (1.3 GB for a 50 MB post), so a long post is never in memory
// as one tree; a post shorter than a piece is one parse, as before.
//
// `use` gets the piece's tree, the source map set to the piece (its line 0 is the piece's
// first line, as cmark numbers them) and the body line the piece starts at; it returns
// whether to go on with the next piece.
//
// What stays whole: link reference definitions apply to the whole document, so a body with
// a line holding "]:" is parsed in one piece, and so is anything after an unclosed fence
// or raw HTML block that blank lines do not end (<pre>, <script>, <style>, comments).
using PieceHandler =
    std::function<bool(cmark_node *document, const SourceMap &source, int firstLine)>;
void parseInPieces(const QString &body, const PieceHandler &use, int pieceBytes = 512 * 1024);

} // namespace pw
