// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the YAML front-matter reader (yaml-cpp underneath), and the writer on its output.
#include "fuzz_common.h"

PW_FUZZ_TARGET(frontMatterReader)
