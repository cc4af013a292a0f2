// Fuzzes the WordPress REST JSON importer (QJson, then HTML to Markdown per post).
#include "import/wordpress_import.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::ensureApplication();
    static const pw::CategoryWhitelist whitelist = pw::CategoryWhitelist::defaults();
    (void)pw::importWordPressJson(pw::fuzz::bytes(data, size), whitelist);
    return 0;
}
