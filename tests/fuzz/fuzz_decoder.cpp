// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes decoding (BOMs, UTF-16, uchardet's guesses) and mojibake repair.
#include "fuzz_common.h"

PW_FUZZ_TARGET(decoder)
