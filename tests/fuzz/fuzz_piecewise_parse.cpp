// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Differential fuzzing of the piecewise Markdown parse against one whole parse.
#include "fuzz_common.h"

PW_FUZZ_TARGET(piecewiseParse)
