// Fuzzes the YAML front-matter reader (yaml-cpp underneath), and the writer on its output.
#include "fuzz_common.h"

PW_FUZZ_TARGET(frontMatterReader)
