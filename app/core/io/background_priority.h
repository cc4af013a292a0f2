// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

namespace pw {

// Lowers the calling worker thread to the idle class (Linux: SCHED_IDLE) while it exists. For
// long batch work that runs beside someone typing (pulling a site): on two cores the worker
// otherwise takes the CPU the GUI thread needs for the next keystroke, and the window stutters
// for a scheduler slice (tens of milliseconds, measured by bench_site_typing). Not for the
// GUI thread, and not for work the window waits on.
class BackgroundPriority {
public:
    BackgroundPriority() : m_thread(QThread::currentThread())
    {
        m_thread->setPriority(QThread::IdlePriority);
    }
    ~BackgroundPriority() { m_thread->setPriority(QThread::NormalPriority); }
    BackgroundPriority(const BackgroundPriority &) = delete;
    BackgroundPriority &operator=(const BackgroundPriority &) = delete;

private:
    QThread *m_thread;
};

} // namespace pw
