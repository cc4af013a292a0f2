// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/cmark_handles.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <mutex>

namespace pw {

void CmarkNodeDeleter::operator()(cmark_node *node) const { cmark_node_free(node); }
void CmarkParserDeleter::operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
void CmarkIterDeleter::operator()(cmark_iter *iter) const { cmark_iter_free(iter); }

CmarkNodePtr parseGfm(QByteArrayView utf8, int options)
{
    // cmark-gfm 0.29.0.gfm.6 is not re-entrant: registering the extensions writes a global
    // list, and inline parsing adds the extensions' special characters to a global table and
    // removes them afterwards, so a parse finishing on one thread makes another thread's parse
    // miss autolinks and strikethrough (github/cmark-gfm PR #176; reproduced by tst_analysis
    // concurrentAnalysesAgree). Parses run on the GUI thread and on workers, so they take
    // turns. The parse is a few milliseconds even on a 200 KB post.
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    cmark_gfm_core_extensions_ensure_registered();
    CmarkParserPtr parser(cmark_parser_new(CMARK_OPT_SOURCEPOS | options));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    return CmarkNodePtr(cmark_parser_finish(parser.get()));
}

} // namespace pw
