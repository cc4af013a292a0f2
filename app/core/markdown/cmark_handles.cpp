#include "markdown/cmark_handles.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <mutex>

namespace pw {

void CmarkNodeDeleter::operator()(cmark_node *node) const { cmark_node_free(node); }
void CmarkParserDeleter::operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
void CmarkIterDeleter::operator()(cmark_iter *iter) const { cmark_iter_free(iter); }

static void registerExtensionsOnce()
{
    // Registration writes a global list; doing it once keeps parsing on worker threads safe.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

CmarkNodePtr parseGfm(const QByteArray &utf8, int options)
{
    registerExtensionsOnce();
    CmarkParserPtr parser(cmark_parser_new(CMARK_OPT_SOURCEPOS | options));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    return CmarkNodePtr(cmark_parser_finish(parser.get()));
}

} // namespace pw
