// Fuzzes the Markdown analysis: one cmark-gfm parse, preview blocks, spans, outline, prose, checks.
#include "fuzz_common.h"

PW_FUZZ_TARGET(analysis)
