// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::cli {

// Exit codes shared by every verb.
enum ExitCode { Ok = 0, FindingErrors = 1, InputError = 2 };

// True when the arguments ask for a command-line verb (check, convert, --help, --version)
// rather than the editor window, and when the first argument is a word that is neither a verb
// nor a file (a mistyped verb: runCommandLine says so, without ever needing a display).
bool isCommandLineInvocation(const QStringList &arguments);

// Runs the verb; needs a QCoreApplication. Returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace pw::cli
