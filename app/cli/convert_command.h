// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright convert FILE --to json|markdown|generator|html [-o OUT]; html is the page
// File → Export → As HTML writes, byte for byte.
int runConvert(const QStringList &arguments, Console &console);

} // namespace pw::cli
