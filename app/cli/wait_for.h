// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEventLoop>
#include <QObject>

#include <optional>

namespace pw::cli {

// Runs an event loop until `sender` emits `signal`: the command line's way of waiting for the
// core's asynchronous work (the network, the keyring), which the window never waits for.
// `started` runs after the loop is connected, so a signal emitted at once is not missed.
template <typename Sender, typename Signal, typename Start>
void waitFor(Sender *sender, Signal signal, Start started)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    started();
    loop.exec();
}

// Runs an event loop until the callback that `start` hands to the core is called, and gives
// what it was called with.
template <typename Result, typename Start>
Result waitForResult(Start start)
{
    QEventLoop loop;
    std::optional<Result> result;
    start([&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace pw::cli
