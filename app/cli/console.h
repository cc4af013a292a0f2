// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace pw::cli {

// The translation context of every command-line message; lupdate finds CliText::tr() calls.
class CliText {
    Q_DECLARE_TR_FUNCTIONS(pw::cli)
};

// The streams a verb writes to. Owned by runCommandLine and passed down, so verbs have no
// hidden global state.
struct Console {
    QTextStream out{stdout};
    QTextStream err{stderr};

    // "postwright: <message>" on stderr.
    void error(const QString &message);
};

} // namespace pw::cli
