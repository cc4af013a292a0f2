// Fuzzes the Markdown analysis: one cmark-gfm parse, preview blocks, highlight spans, outline,
// prose ranges, statistics and the metadata checks.
#include "checks/category_whitelist.h"
#include "markdown/analysis.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::ensureApplication();
    static const pw::CategoryWhitelist whitelist = pw::CategoryWhitelist::defaults();
    pw::Post post;
    post.title = QStringLiteral("Fuzzed post");
    post.categories = {QStringLiteral("Technology")};
    post.body = pw::fuzz::text(data, size);
    const pw::AnalysisContext context{&whitelist, nullptr};
    (void)pw::analyzePost(post, context, 1);
    return 0;
}
