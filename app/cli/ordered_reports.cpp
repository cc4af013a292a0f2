// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ordered_reports.h"

#include <algorithm>

namespace pw::cli {

OrderedReports::OrderedReports(qsizetype window) : m_window(std::max<qsizetype>(window, 1)) {}

// Nothing is printed on the way out (an early return): the pool's checks just end.
OrderedReports::~OrderedReports() = default;

void OrderedReports::add(QFuture<QList<Finding>> spelling, Finish finish)
{
    m_pending.push_back({std::move(spelling), std::move(finish)});
    while (qsizetype(m_pending.size()) > m_window)
        finishOldest();
    // Print what is ready already, so output keeps pace with the checks.
    while (!m_pending.empty() && m_pending.front().spelling.isFinished())
        finishOldest();
}

void OrderedReports::finishAll()
{
    while (!m_pending.empty())
        finishOldest();
}

void OrderedReports::finishOldest()
{
    Pending oldest = std::move(m_pending.front());
    m_pending.pop_front();
    oldest.finish(oldest.spelling.result());
}

} // namespace pw::cli
