// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace pw::cli {

struct Console;

// The Application Password for a command: POSTWRIGHT_APP_PASSWORD when set, else asked on
// the terminal without echo. Never from an argument: those show in `ps` and shell history.
// Nothing when there is no terminal to ask on (the console says so).
std::optional<QString> applicationPassword(const QString &prompt, Console &console);

} // namespace pw::cli
