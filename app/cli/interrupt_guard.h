// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pw::cli {

// While alive, SIGINT and SIGTERM only raise a flag, so a long verb can finish the file it is
// writing and stop cleanly. A second signal gets the default action (the user insists). The
// previous handlers come back on destruction. One guard at a time.
class InterruptGuard {
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // The signal that asked to stop, or 0.
    static int requested();
};

} // namespace pw::cli
