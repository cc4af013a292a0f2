// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the generator text reader, and the writer on whatever it reads.
#include "fuzz_common.h"

PW_FUZZ_TARGET(generatorReader)
