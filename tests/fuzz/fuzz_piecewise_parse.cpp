// Differential fuzzing of the piecewise Markdown parse against one whole parse.
#include "fuzz_common.h"

PW_FUZZ_TARGET(piecewiseParse)
