// Fuzzes the generator text reader, and the writer on whatever it reads.
#include "fuzz_common.h"

PW_FUZZ_TARGET(generatorReader)
