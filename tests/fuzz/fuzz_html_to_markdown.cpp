// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes HTML to Markdown (gumbo underneath) and the plain-text flattening used for titles.
#include "fuzz_common.h"

PW_FUZZ_TARGET(htmlToMarkdownAndText)
