// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pw {

// Lowers the calling thread's CPU priority for good (Linux: nice 10 for this thread alone), for
// a thread that does long batch work beside someone typing (pulling a site): on two cores such
// a worker otherwise takes the CPU the GUI thread needs for the next keystroke, and the window
// stutters for a scheduler slice (measured by bench_site_typing).
//
// Only for a thread of one's own (a QThreadPool the caller owns): an unprivileged process may
// not raise a thread's priority again, so a shared pool's thread would stay low for whatever
// runs on it next. Nice, not SCHED_IDLE: an idle-class thread gets nothing at all while anything
// else keeps the CPU busy (a compile), and the pull would stop instead of slowing down.
void lowerThreadPriorityForBackgroundWork();

} // namespace pw
