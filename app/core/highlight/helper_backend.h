// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/highlight/highlight_backend.h"
#include "core/highlight/highlight_protocol.h"

#include <QDeadlineTimer>
#include <QMutex>

#include <atomic>
#include <memory>

namespace pw {

// Colours code in postwright-highlighter, the Qt 5 helper process around KSyntaxHighlighting
// (Debian 12 has no Qt 6 build of it), over a socket pair on its stdin and stdout; see
// app/highlighter/PROTOCOL.md. Callers are worker threads without event loops, so no
// QProcess: the helper is started with posix_spawn on the first request, and each request
// blocks on poll() until its answer or its deadline. One request at a time.
//
// A helper that times out, stops, or answers what cannot be read is killed (and reaped) and
// not started again before a back-off: 0.5 s doubling up to 30 s, back to 0.5 s after an
// answer. Meanwhile requests get no answer at once, so a broken helper costs the editor
// nothing but colours.
class HelperProcessBackend final : public HighlightBackend {
public:
    struct Options {
        int timeoutMs = 500;        // per request, plus 1 ms per 1,000 code units
        int initialBackoffMs = 500; // doubled per failure in a row
        int maxBackoffMs = 30'000;
        // The defaults with POSTWRIGHT_HIGHLIGHT_TIMEOUT_MS and POSTWRIGHT_HIGHLIGHT_BACKOFF_MS
        // (the initial back-off) over them, for tests.
        static Options fromEnvironment();
    };

    explicit HelperProcessBackend(QString program, Options options = Options::fromEnvironment());
    // Closes the helper's input (it exits at end of input), waits ~200 ms, then kills it.
    ~HelperProcessBackend() override;
    HelperProcessBackend(const HelperProcessBackend &) = delete;
    HelperProcessBackend &operator=(const HelperProcessBackend &) = delete;

    std::optional<CodeColours> highlight(const QString &language, const QString &code,
                                         const QString &theme) override;
    std::optional<CodeThemeStyles> themeStyles(const QString &theme) override;
    QString unavailableReason() const override;

    QString program() const { return m_program; }
    // The running helper's process id, 0 when none runs (for tests).
    qint64 helperPid() const { return m_pid.load(); }

private:
    class Process;
    enum class Failure { None, NotFound, NotStarted, Stopped, TimedOut, Unreadable };

    std::optional<highlight_protocol::Response> exchange(highlight_protocol::Request request,
                                                         qint64 extraMs);
    bool ensureRunning();
    void fail(Failure failure, int error = 0);
    void succeed();
    void setStatus(Failure failure, int error);

    const QString m_program;
    const Options m_options;

    QMutex m_mutex; // one request at a time; guards everything below up to the status
    std::unique_ptr<Process> m_process;
    quint32 m_nextId = 1;
    QDeadlineTimer m_retryAt; // expired: a start may be tried
    int m_backoffMs = 0;

    mutable QMutex m_statusMutex; // apart, so asking why never waits for a request
    Failure m_failure = Failure::None;
    int m_error = 0; // errno of a failed start
    std::atomic<qint64> m_pid = 0;
};

} // namespace pw
