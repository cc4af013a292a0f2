// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Markdown analysis: one cmark-gfm parse, preview blocks, spans, outline, prose, checks.
#include "fuzz_common.h"

PW_FUZZ_TARGET(analysis)
