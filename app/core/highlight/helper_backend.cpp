// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/highlight/helper_backend.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutexLocker>
#include <QProcessEnvironment>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace pw {

namespace hp = highlight_protocol;

namespace {

// The grace the destructor gives the helper to leave on its own at end of input.
constexpr int kExitGraceMs = 200;

int positiveEnv(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Moves a descriptor off 0..2: in the child, dup2 onto stdin and stdout must not meet it.
int aboveStdio(int fd)
{
    if (fd > STDERR_FILENO)
        return fd;
    const int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    ::close(fd);
    return moved;
}

class SpawnFileActions {
public:
    SpawnFileActions() { ::posix_spawn_file_actions_init(&m_actions); }
    ~SpawnFileActions() { ::posix_spawn_file_actions_destroy(&m_actions); }
    SpawnFileActions(const SpawnFileActions &) = delete;
    SpawnFileActions &operator=(const SpawnFileActions &) = delete;
    posix_spawn_file_actions_t *get() { return &m_actions; }

private:
    posix_spawn_file_actions_t m_actions;
};

class SpawnAttributes {
public:
    SpawnAttributes() { ::posix_spawnattr_init(&m_attributes); }
    ~SpawnAttributes() { ::posix_spawnattr_destroy(&m_attributes); }
    SpawnAttributes(const SpawnAttributes &) = delete;
    SpawnAttributes &operator=(const SpawnAttributes &) = delete;
    posix_spawnattr_t *get() { return &m_attributes; }

private:
    posix_spawnattr_t m_attributes;
};

// The parent's environment, with KSyntaxHighlighting's search paths pointing nowhere: the
// helper loads its compiled-in definitions only, never a user's syntax or theme files.
QByteArrayList childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent"));
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/nonexistent"));
    QByteArrayList entries;
    for (const QString &entry : environment.toStringList())
        entries.append(QFile::encodeName(entry));
    return entries;
}

} // namespace

// A running helper: its process and our end of the socket. Destroying it kills the process
// and reaps it, so no path leaves a zombie or a stray helper behind.
class HelperProcessBackend::Process {
public:
    enum class Io { Done, TimedOut, Closed };

    static std::unique_ptr<Process> start(const QString &program, int *error)
    {
        int ends[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) != 0) {
            *error = errno;
            return nullptr;
        }
        const int ours = aboveStdio(ends[0]);
        const int theirs = aboveStdio(ends[1]);
        if (ours < 0 || theirs < 0 || ::fcntl(ours, F_SETFL, O_NONBLOCK) != 0) {
            *error = errno;
            if (ours >= 0)
                ::close(ours);
            if (theirs >= 0)
                ::close(theirs);
            return nullptr;
        }

        SpawnFileActions actions;
        ::posix_spawn_file_actions_adddup2(actions.get(), theirs, STDIN_FILENO);
        ::posix_spawn_file_actions_adddup2(actions.get(), theirs, STDOUT_FILENO);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
        // Whatever else the application has open, even without close-on-exec, stays here.
        ::posix_spawn_file_actions_addclosefrom_np(actions.get(), STDERR_FILENO + 1);
#endif
        // The calling worker thread's blocked signals and the application's ignored ones (a
        // caller may ignore SIGPIPE) are not the helper's business.
        SpawnAttributes attributes;
        sigset_t none;
        sigset_t all;
        ::sigemptyset(&none);
        ::sigfillset(&all);
        ::sigdelset(&all, SIGKILL);
        ::sigdelset(&all, SIGSTOP);
        ::posix_spawnattr_setsigmask(attributes.get(), &none);
        ::posix_spawnattr_setsigdefault(attributes.get(), &all);
        ::posix_spawnattr_setflags(attributes.get(),
                                   POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

        const QByteArray path = QFile::encodeName(program);
        char *const argv[] = {const_cast<char *>(path.constData()), nullptr};
        QByteArrayList environment = childEnvironment();
        std::vector<char *> envp;
        envp.reserve(environment.size() + 1);
        for (QByteArray &entry : environment)
            envp.push_back(entry.data());
        envp.push_back(nullptr);

        pid_t pid = 0;
        // glibc reports a failed exec (no such file, not executable) here, not as an exit.
        const int result = ::posix_spawn(&pid, path.constData(), actions.get(), attributes.get(),
                                         argv, envp.data());
        ::close(theirs);
        if (result != 0) {
            *error = result;
            ::close(ours);
            return nullptr;
        }
        return std::unique_ptr<Process>(new Process(pid, ours));
    }

    ~Process()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            reap(0);
        }
    }

    Process(const Process &) = delete;
    Process &operator=(const Process &) = delete;

    pid_t pid() const
    {
        return m_pid;
    }

    // End of input asks the helper to leave; it gets `graceMs` to do so before the kill.
    void finish(int graceMs)
    {
        ::close(m_fd);
        m_fd = -1;
        QDeadlineTimer grace(graceMs);
        while (m_pid > 0 && !grace.hasExpired()) {
            if (reap(WNOHANG))
                return;
            QThread::msleep(2);
        }
    }

    // True when the helper, between requests, has closed its end or said something nobody
    // asked for: it is of no use any more, though it may not have been reaped yet.
    bool hungUp() const
    {
        pollfd entry{m_fd, POLLIN, 0};
        return ::poll(&entry, 1, 0) != 0 || hasStrayInput();
    }

    // Bytes after the answer to the request in flight: the stream is out of step.
    bool hasStrayInput() const
    {
        return !m_input.isEmpty();
    }

    Io send(QByteArrayView bytes, const QDeadlineTimer &deadline)
    {
        while (!bytes.isEmpty()) {
            // MSG_NOSIGNAL: a helper that died gives EPIPE here, not a SIGPIPE for the process.
            const ssize_t sent = ::send(m_fd, bytes.data(), size_t(bytes.size()), MSG_NOSIGNAL);
            if (sent > 0) {
                bytes = bytes.sliced(sent);
                continue;
            }
            if (sent < 0 && errno == EINTR)
                continue;
            if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                const Io waited = await(POLLOUT, deadline);
                if (waited != Io::Done)
                    return waited;
                continue;
            }
            return Io::Closed;
        }
        return Io::Done;
    }

    // Reads until one whole frame is buffered; its payload is then taken off the buffer.
    Io receive(const QDeadlineTimer &deadline, QByteArray *payload, bool *oversized)
    {
        *oversized = false;
        for (;;) {
            const hp::FrameProbe probe = hp::probeFrame(m_input);
            if (probe.state == hp::FrameState::Oversized) {
                *oversized = true;
                return Io::Closed;
            }
            if (probe.state == hp::FrameState::Complete) {
                *payload = m_input.sliced(hp::frameHeaderSize, probe.payloadSize);
                m_input.remove(0, hp::frameHeaderSize + probe.payloadSize);
                return Io::Done;
            }
            // Read in large pieces: what is missing of this frame, at least 64 KiB.
            const qsizetype missing = probe.payloadSize + hp::frameHeaderSize - m_input.size();
            const qsizetype chunk = std::clamp<qsizetype>(missing, 64 * 1024, 4 * 1024 * 1024);
            const qsizetype had = m_input.size();
            m_input.resize(had + chunk);
            const ssize_t got = ::recv(m_fd, m_input.data() + had, size_t(chunk), 0);
            m_input.resize(had + std::max<qsizetype>(got, 0));
            if (got > 0)
                continue;
            if (got == 0)
                return Io::Closed;
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                return Io::Closed;
            const Io waited = await(POLLIN, deadline);
            if (waited != Io::Done)
                return waited;
        }
    }

private:
    Process(pid_t pid, int fd) : m_pid(pid), m_fd(fd) {}

    Io await(short events, const QDeadlineTimer &deadline)
    {
        for (;;) {
            const qint64 left = deadline.remainingTime();
            if (left == 0)
                return Io::TimedOut;
            pollfd entry{m_fd, events, 0};
            const int ready = ::poll(&entry, 1, int(std::min<qint64>(left, 60'000)));
            if (ready > 0)
                return Io::Done; // a hang-up or error shows in the send or recv that follows
            if (ready < 0 && errno != EINTR)
                return Io::Closed;
        }
    }

    bool reap(int flags)
    {
        for (;;) {
            const pid_t result = ::waitpid(m_pid, nullptr, flags);
            if (result == m_pid || (result < 0 && errno == ECHILD)) {
                m_pid = 0;
                return true;
            }
            if (result < 0 && errno == EINTR)
                continue;
            return false;
        }
    }

    pid_t m_pid;
    int m_fd;
    QByteArray m_input; // read past the frames taken so far
};

HelperProcessBackend::Options HelperProcessBackend::Options::fromEnvironment()
{
    Options options;
    options.timeoutMs = positiveEnv("POSTWRIGHT_HIGHLIGHT_TIMEOUT_MS", options.timeoutMs);
    options.initialBackoffMs =
        positiveEnv("POSTWRIGHT_HIGHLIGHT_BACKOFF_MS", options.initialBackoffMs);
    options.maxBackoffMs = std::max(options.maxBackoffMs, options.initialBackoffMs);
    return options;
}

HelperProcessBackend::HelperProcessBackend(QString program, Options options)
    : m_program(std::move(program)), m_options(options), m_backoffMs(options.initialBackoffMs)
{
}

HelperProcessBackend::~HelperProcessBackend()
{
    const QMutexLocker lock(&m_mutex);
    if (m_process)
        m_process->finish(kExitGraceMs);
    m_process.reset();
}

std::optional<CodeColours>
HelperProcessBackend::highlight(const QString &language, const QString &code, const QString &theme)
{
    hp::Request request{hp::Kind::Highlight, 0, theme, language, code};
    // Highlighting takes time in proportion to the code (50-80 ms for 5,000 lines of Python
    // measured here): a big block gets more than the base timeout, or would kill the helper.
    const auto response = exchange(std::move(request), code.size() / 1000);
    if (!response)
        return std::nullopt;
    if (response->status == hp::Status::UnknownLanguage)
        return CodeColours{};
    if (response->status != hp::Status::Ok)
        return std::nullopt; // an unknown theme: no colours, but nothing wrong with the helper
    CodeColours colours{response->name, response->spans};
    return colours;
}

std::optional<CodeThemeStyles> HelperProcessBackend::themeStyles(const QString &theme)
{
    const auto response = exchange(hp::Request{hp::Kind::Theme, 0, theme, {}, {}}, 0);
    if (!response || response->status != hp::Status::Ok)
        return std::nullopt;
    CodeThemeStyles styles{theme, response->background, {}};
    // Indexed by text style; the helper sends one span per style with its number as offset.
    for (const CodeToken &span : response->spans) {
        if (span.offset > 255)
            continue;
        if (styles.styles.size() <= span.offset)
            styles.styles.resize(span.offset + 1);
        styles.styles[span.offset] = span;
    }
    return styles;
}

std::optional<hp::Response> HelperProcessBackend::exchange(hp::Request request, qint64 extraMs)
{
    const QMutexLocker lock(&m_mutex);
    request.id = m_nextId++;
    const std::optional<QByteArray> frame = hp::encodeRequest(request);
    if (!frame)
        return std::nullopt; // more than the protocol carries; the helper is not to blame
    if (!ensureRunning())
        return std::nullopt;
    const QDeadlineTimer deadline(m_options.timeoutMs + extraMs);

    Process::Io io = m_process->send(*frame, deadline);
    QByteArray payload;
    bool oversized = false;
    if (io == Process::Io::Done)
        io = m_process->receive(deadline, &payload, &oversized);
    if (oversized) {
        fail(Failure::Unreadable);
        return std::nullopt;
    }
    if (io == Process::Io::TimedOut) {
        fail(Failure::TimedOut);
        return std::nullopt;
    }
    if (io == Process::Io::Closed) {
        fail(Failure::Stopped);
        return std::nullopt;
    }
    std::optional<hp::Response> response = hp::decodeResponse(request.kind, payload);
    // Spans past the end of the code, an answer to another request, or the helper saying our
    // request was malformed (after which it exits): the two sides no longer agree.
    const bool fits =
        response &&
        std::all_of(response->spans.cbegin(), response->spans.cend(), [&](const CodeToken &span) {
            return request.kind != hp::Kind::Highlight ||
                   qsizetype(span.offset) + span.length <= request.code.size();
        });
    if (!fits || response->id != request.id || response->status == hp::Status::Malformed ||
        m_process->hasStrayInput()) {
        fail(Failure::Unreadable);
        return std::nullopt;
    }
    succeed();
    return response;
}

bool HelperProcessBackend::ensureRunning()
{
    if (m_process && m_process->hungUp()) {
        // It went away between requests (killed, crashed): start another one now, with no
        // back-off, since this request has not failed yet. A helper that dies on every request
        // fails that request instead, and backs off.
        m_process.reset();
        m_pid = 0;
    }
    if (m_process)
        return true;
    if (!m_retryAt.hasExpired())
        return false;
    int error = 0;
    m_process = Process::start(m_program, &error);
    if (!m_process) {
        fail(error == ENOENT ? Failure::NotFound : Failure::NotStarted, error);
        return false;
    }
    m_pid = m_process->pid();
    return true;
}

void HelperProcessBackend::fail(Failure failure, int error)
{
    m_process.reset(); // killed and reaped
    m_pid = 0;
    m_retryAt = QDeadlineTimer(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
    setStatus(failure, error);
}

void HelperProcessBackend::succeed()
{
    m_backoffMs = m_options.initialBackoffMs;
    setStatus(Failure::None, 0);
}

void HelperProcessBackend::setStatus(Failure failure, int error)
{
    const QMutexLocker lock(&m_statusMutex);
    m_failure = failure;
    m_error = error;
}

QString HelperProcessBackend::unavailableReason() const
{
    Failure failure;
    int error;
    {
        const QMutexLocker lock(&m_statusMutex);
        failure = m_failure;
        error = m_error;
    }
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::NotFound:
        return QCoreApplication::translate(
                   "pw::CodeHighlighter",
                   "Code blocks are shown without colours: the helper %1 was not found.")
            .arg(m_program);
    case Failure::NotStarted:
        return QCoreApplication::translate(
                   "pw::CodeHighlighter",
                   "Code blocks are shown without colours: the helper %1 could not be started "
                   "(%2).")
            .arg(m_program, QString::fromStdString(std::generic_category().message(error)));
    case Failure::Stopped:
        return QCoreApplication::translate(
                   "pw::CodeHighlighter",
                   "Code blocks are shown without colours for now: the helper %1 stopped "
                   "unexpectedly. Postwright will start it again shortly.")
            .arg(m_program);
    case Failure::TimedOut:
        return QCoreApplication::translate(
                   "pw::CodeHighlighter",
                   "Code blocks are shown without colours for now: the helper %1 did not answer "
                   "in time. Postwright will try again shortly.")
            .arg(m_program);
    case Failure::Unreadable:
        return QCoreApplication::translate(
                   "pw::CodeHighlighter",
                   "Code blocks are shown without colours for now: the helper %1 gave an answer "
                   "Postwright could not read. Postwright will try again shortly.")
            .arg(m_program);
    }
    return {};
}

} // namespace pw
