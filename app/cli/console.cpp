// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/console.h"

namespace pw::cli {

void Console::error(const QString &message)
{
    err << QStringLiteral("postwright: ") << message << Qt::endl;
}

} // namespace pw::cli
