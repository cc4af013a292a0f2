// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the WordPress REST JSON importer (QJson, then HTML to Markdown per post).
#include "fuzz_common.h"

PW_FUZZ_TARGET(wordpressImport)
