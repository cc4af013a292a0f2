// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <memory>

struct cmark_node;
struct cmark_parser;
struct cmark_iter;

namespace pw {

// RAII for cmark-gfm's C handles: raw pointers do not leave core/markdown.
struct CmarkNodeDeleter { void operator()(cmark_node *node) const; };
struct CmarkParserDeleter { void operator()(cmark_parser *parser) const; };
using CmarkNodePtr = std::unique_ptr<cmark_node, CmarkNodeDeleter>;
using CmarkParserPtr = std::unique_ptr<cmark_parser, CmarkParserDeleter>;
struct CmarkIterDeleter { void operator()(cmark_iter *iter) const; };
using CmarkIterPtr = std::unique_ptr<cmark_iter, CmarkIterDeleter>;

// Parses GitHub-flavoured Markdown with the table, strikethrough, autolink, tasklist and
// tagfilter extensions attached, and source positions on. `options` adds CMARK_OPT_* flags.
// Thread-safe: parses from several threads are serialised (see the .cpp for why).
CmarkNodePtr parseGfm(QByteArrayView utf8, int options = 0);

} // namespace pw
