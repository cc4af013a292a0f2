// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/interrupt_guard.h"

#include <csignal>

namespace pw::cli {

namespace {

volatile std::sig_atomic_t g_signal = 0;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

void onSignal(int signal)
{
    g_signal = signal;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_signal = 0;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the second Ctrl+C ends the process at once.
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, &g_previousInt);
    sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &g_previousInt, nullptr);
    sigaction(SIGTERM, &g_previousTerm, nullptr);
}

int InterruptGuard::requested()
{
    return g_signal;
}

} // namespace pw::cli
