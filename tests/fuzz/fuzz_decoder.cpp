// Fuzzes decoding (BOMs, UTF-16, uchardet's guesses) and mojibake repair.
#include "fuzz_common.h"

PW_FUZZ_TARGET(decoder)
