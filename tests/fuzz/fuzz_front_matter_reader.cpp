// Fuzzes the YAML front-matter reader (yaml-cpp underneath), and the writer on its output.
#include "formats/front_matter_format.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::ensureApplication();
    const QString text = pw::fuzz::text(data, size);
    (void)pw::hasFrontMatter(text);
    const pw::FrontMatterReadResult result = pw::readFrontMatterMarkdown(text);
    if (result.post)
        (void)pw::readFrontMatterMarkdown(pw::writeFrontMatterMarkdown(*result.post));
    return 0;
}
