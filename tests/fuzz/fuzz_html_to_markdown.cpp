// Fuzzes HTML to Markdown (gumbo underneath) and the plain-text flattening used for titles.
#include "import/html_to_markdown.h"
#include "import/wordpress_import.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::ensureApplication();
    const QString html = pw::fuzz::text(data, size);
    (void)pw::htmlToMarkdown(html);
    (void)pw::htmlToPlainText(html);
    return 0;
}
