// Fuzzes the generator text reader, and the writer on whatever it reads.
#include "formats/generator_format.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::ensureApplication();
    const QString text = pw::fuzz::text(data, size);
    (void)pw::looksLikeGenerator(text);
    const pw::GeneratorReadResult result = pw::readGenerator(text);
    if (result.post)
        (void)pw::readGenerator(pw::writeGenerator(*result.post));
    return 0;
}
