// Fuzzes the WordPress REST JSON importer (QJson, then HTML to Markdown per post).
#include "fuzz_common.h"

PW_FUZZ_TARGET(wordpressImport)
