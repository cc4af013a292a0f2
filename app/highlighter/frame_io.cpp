// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame_io.h"

#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace pw::helper {

namespace {

constexpr qsizetype readChunk = 64 * 1024;

// read() that retries when a signal interrupts it: the number of bytes, 0 at the end, -1 on error.
qsizetype readSome(int fd, char *into, qsizetype count)
{
    for (;;) {
        const ssize_t got = ::read(fd, into, std::size_t(count));
        if (got >= 0 || errno != EINTR)
            return got;
    }
}

} // namespace

FrameReader::Fill FrameReader::fill(qsizetype count)
{
    if (m_buffer.size() - m_start >= count)
        return Fill::Ok;
    // Keep only the unconsumed bytes (at most a frame's start) before reading more.
    m_buffer.remove(0, int(m_start));
    m_start = 0;
    while (m_buffer.size() < count) {
        const qsizetype used = m_buffer.size();
        m_buffer.resize(used + readChunk);
        const qsizetype got = readSome(m_fd, m_buffer.data() + used, readChunk);
        m_buffer.resize(used + (got > 0 ? got : 0));
        if (got == 0)
            return Fill::End;
        if (got < 0)
            return Fill::Failed;
    }
    return Fill::Ok;
}

FrameReader::Result FrameReader::next(QByteArray &payload)
{
    switch (fill(4)) {
    case Fill::Ok:
        break;
    case Fill::End:
        return m_buffer.size() == m_start ? Result::End : Result::Truncated;
    case Fill::Failed:
        return Result::Failed;
    }
    const quint32 size = qFromLittleEndian<quint32>(m_buffer.constData() + m_start);
    if (size > maxPayloadSize)
        return Result::Oversized;
    m_start += 4;

    // What is buffered already, then the rest straight into the payload (a large block would
    // otherwise be copied twice).
    const qsizetype buffered = qMin<qsizetype>(m_buffer.size() - m_start, size);
    payload.resize(int(size));
    std::memcpy(payload.data(), m_buffer.constData() + m_start, std::size_t(buffered));
    m_start += buffered;
    for (qsizetype have = buffered; have < qsizetype(size);) {
        const qsizetype got = readSome(m_fd, payload.data() + have, qsizetype(size) - have);
        if (got == 0)
            return Result::Truncated;
        if (got < 0)
            return Result::Failed;
        have += got;
    }
    return Result::Frame;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, std::size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

} // namespace pw::helper
