// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/password_prompt.h"

#include "cli/console.h"

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace pw::cli {

namespace {

// Restores the terminal's echo however the read ends.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        m_saved = tcgetattr(fd, &m_old) == 0;
        if (!m_saved)
            return;
        termios quiet = m_old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    ~EchoOff()
    {
        if (m_saved)
            tcsetattr(m_fd, TCSAFLUSH, &m_old);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_old{};
    bool m_saved = false;
};

} // namespace

std::optional<QString> applicationPassword(const QString &prompt, Console &console)
{
    const QByteArray fromEnvironment = qgetenv("POSTWRIGHT_APP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    const int tty = open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        console.error(CliText::tr("No terminal to ask for the Application Password on: set "
                                  "POSTWRIGHT_APP_PASSWORD."));
        return std::nullopt;
    }
    const QByteArray question = prompt.toUtf8();
    if (write(tty, question.constData(), size_t(question.size())) < 0) {
        close(tty);
        return std::nullopt;
    }
    QByteArray answer;
    {
        EchoOff quiet(tty);
        char c = 0;
        while (read(tty, &c, 1) == 1 && c != '\n')
            answer += c;
    }
    if (write(tty, "\n", 1) < 0) {
        // The answer is read; a lost newline on the terminal changes nothing.
    }
    close(tty);
    return QString::fromUtf8(answer).trimmed();
}

} // namespace pw::cli
