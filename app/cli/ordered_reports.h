// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QFuture>
#include <QList>

#include <deque>
#include <functional>

namespace pw::cli {

// `check` reads each file on the main thread and hands its spelling to a thread pool; this
// keeps the files whose spelling is still running and finishes them (prints their report)
// strictly in the order they were added, so the output does not depend on which check ends
// first. At most `window` files wait, which bounds memory and keeps output flowing.
class OrderedReports {
public:
    using Finish = std::function<void(const QList<Finding> &spelling)>;

    explicit OrderedReports(qsizetype window);
    ~OrderedReports();
    OrderedReports(const OrderedReports &) = delete;
    OrderedReports &operator=(const OrderedReports &) = delete;

    // Queues `finish`, to be called with the spelling findings once they are ready and every
    // earlier file is finished. Finishes the oldest files while more than `window` wait.
    void add(QFuture<QList<Finding>> spelling, Finish finish);
    // Finishes every queued file, in order.
    void finishAll();

private:
    struct Pending {
        QFuture<QList<Finding>> spelling;
        Finish finish;
    };
    void finishOldest();

    qsizetype m_window;
    std::deque<Pending> m_pending;
};

} // namespace pw::cli
