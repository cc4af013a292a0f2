// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace pw::helper {

// Reads size-prefixed frames (PROTOCOL.md: u32 little-endian payload size, then the payload)
// from a blocking file descriptor, in large reads: one read() per byte would cost more than
// the highlighting.
class FrameReader {
public:
    static constexpr quint32 maxPayloadSize = 64u * 1024 * 1024;

    enum class Result {
        Frame,     // `payload` holds the next payload
        End,       // end of input between frames
        Truncated, // end of input inside a frame
        Oversized, // a size prefix over maxPayloadSize
        Failed,    // read() failed
    };

    explicit FrameReader(int fd) : m_fd(fd) {}

    Result next(QByteArray &payload);

private:
    enum class Fill { Ok, End, Failed };
    // Reads until at least `count` bytes are buffered (or input ends).
    Fill fill(qsizetype count);

    int m_fd;
    QByteArray m_buffer;
    qsizetype m_start = 0; // first unconsumed byte of m_buffer
};

// Writes all of `bytes` (retrying after short writes and EINTR). False on a write error,
// e.g. the reading end closed.
bool writeAll(int fd, const QByteArray &bytes);

} // namespace pw::helper
