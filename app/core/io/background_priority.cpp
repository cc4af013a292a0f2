// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/background_priority.h"

#include <QtGlobal> // Q_OS_LINUX

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace pw {

void lowerThreadPriorityForBackgroundWork()
{
#ifdef Q_OS_LINUX
    // On Linux the nice value belongs to the thread (the tid), not to the whole process.
    constexpr int kNice = 10;
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    if (::getpriority(PRIO_PROCESS, tid) < kNice)
        ::setpriority(PRIO_PROCESS, tid, kNice);
#endif
}

} // namespace pw
