// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright check FILE... [--json] [--categories FILE]
int runCheck(const QStringList &arguments, Console &console);

} // namespace pw::cli
