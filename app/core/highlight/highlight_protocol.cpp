// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/highlight/highlight_protocol.h"

#include <QtEndian>

#include <limits>

namespace pw::highlight_protocol {

namespace {

class Writer {
public:
    Writer() { m_bytes.resize(frameHeaderSize); } // the size prefix, filled in by finish()

    void u8(quint8 value) { m_bytes.append(char(value)); }
    void u16(quint16 value) { put(value); }
    void u32(quint32 value) { put(value); }

    bool str8(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        if (utf8.size() > std::numeric_limits<quint16>::max())
            return false;
        u16(quint16(utf8.size()));
        m_bytes.append(utf8);
        return true;
    }

    bool utf16(const QString &text)
    {
        if (quint64(text.size()) * 2 > maxPayloadSize)
            return false;
        u32(quint32(text.size()));
        const qsizetype at = m_bytes.size();
        m_bytes.resize(at + text.size() * 2);
        qToLittleEndian<char16_t>(text.utf16(), text.size(), m_bytes.data() + at);
        return true;
    }

    void span(const CodeToken &token)
    {
        u32(quint32(token.offset));
        u32(quint32(token.length));
        u32(token.foreground);
        u32(token.background);
        u8(token.flags);
        u8(token.textStyle);
        u16(0);
    }

    std::optional<QByteArray> finish()
    {
        const qsizetype payload = m_bytes.size() - frameHeaderSize;
        if (quint64(payload) > maxPayloadSize)
            return std::nullopt;
        qToLittleEndian<quint32>(quint32(payload), m_bytes.data());
        return std::move(m_bytes);
    }

private:
    template <typename T> void put(T value)
    {
        char raw[sizeof(T)];
        qToLittleEndian<T>(value, raw);
        m_bytes.append(raw, sizeof(T));
    }

    QByteArray m_bytes;
};

// Reads fields off a payload; the first read past the end fails it and every later one.
class Reader {
public:
    explicit Reader(QByteArrayView bytes) : m_bytes(bytes) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_ok && m_at == m_bytes.size(); }
    qsizetype remaining() const { return m_ok ? m_bytes.size() - m_at : 0; }

    quint8 u8() { return take<quint8>(); }
    quint16 u16() { return take<quint16>(); }
    quint32 u32() { return take<quint32>(); }

    // A count or offset that must fit an int (QString and QList sizes).
    int count()
    {
        const quint32 value = u32();
        if (value > quint32(std::numeric_limits<int>::max()))
            m_ok = false;
        return m_ok ? int(value) : 0;
    }

    QString str8()
    {
        const quint16 size = u16();
        if (!has(size))
            return {};
        const QByteArrayView utf8 = m_bytes.sliced(m_at, size);
        m_at += size;
        return QString::fromUtf8(utf8);
    }

    QString utf16()
    {
        const int units = count();
        if (!has(qsizetype(units) * 2))
            return {};
        QString text(units, Qt::Uninitialized);
        qFromLittleEndian<char16_t>(m_bytes.data() + m_at, units, text.data());
        m_at += qsizetype(units) * 2;
        return text;
    }

    CodeToken span()
    {
        CodeToken token;
        token.offset = count();
        token.length = count();
        token.foreground = u32();
        token.background = u32();
        token.flags = u8();
        token.textStyle = u8();
        u16(); // reserved, zero
        return token;
    }

private:
    bool has(qsizetype size)
    {
        if (m_ok && size > m_bytes.size() - m_at)
            m_ok = false;
        return m_ok;
    }

    template <typename T> T take()
    {
        if (!has(sizeof(T)))
            return 0;
        const T value = qFromLittleEndian<T>(m_bytes.data() + m_at);
        m_at += sizeof(T);
        return value;
    }

    QByteArrayView m_bytes;
    qsizetype m_at = 0;
    bool m_ok = true;
};

bool knownKind(quint8 kind)
{
    return kind == quint8(Kind::Highlight) || kind == quint8(Kind::Theme);
}

} // namespace

std::optional<QByteArray> encodeRequest(const Request &request)
{
    Writer writer;
    writer.u8(quint8(request.kind));
    writer.u32(request.id);
    if (!writer.str8(request.theme))
        return std::nullopt;
    if (request.kind == Kind::Highlight &&
        (!writer.str8(request.language) || !writer.utf16(request.code)))
        return std::nullopt;
    return writer.finish();
}

std::optional<QByteArray> encodeResponse(Kind kind, const Response &response)
{
    Writer writer;
    writer.u32(response.id);
    writer.u8(quint8(response.status));
    if (response.status == Status::Ok) {
        if (kind == Kind::Highlight && !writer.str8(response.name))
            return std::nullopt;
        if (kind == Kind::Theme)
            writer.u32(response.background);
        writer.u32(quint32(response.spans.size()));
        for (const CodeToken &span : response.spans)
            writer.span(span);
    }
    return writer.finish();
}

std::optional<Request> decodeRequest(QByteArrayView payload)
{
    Reader reader(payload);
    Request request;
    const quint8 kind = reader.u8();
    if (!reader.ok() || !knownKind(kind))
        return std::nullopt;
    request.kind = Kind(kind);
    request.id = reader.u32();
    request.theme = reader.str8();
    if (request.kind == Kind::Highlight) {
        request.language = reader.str8();
        request.code = reader.utf16();
    }
    if (!reader.atEnd())
        return std::nullopt;
    return request;
}

std::optional<Response> decodeResponse(Kind kind, QByteArrayView payload)
{
    Reader reader(payload);
    Response response;
    response.id = reader.u32();
    const quint8 status = reader.u8();
    if (!reader.ok() || status > quint8(Status::Malformed))
        return std::nullopt;
    response.status = Status(status);
    if (response.status == Status::Ok) {
        if (kind == Kind::Highlight)
            response.name = reader.str8();
        else
            response.background = reader.u32();
        const int count = reader.count();
        // Checked before reserving: a corrupt count must not allocate gigabytes.
        if (!reader.ok() || qsizetype(count) * spanSize != reader.remaining())
            return std::nullopt;
        response.spans.reserve(count);
        qsizetype end = 0;
        for (int i = 0; i < count; ++i) {
            const CodeToken span = reader.span();
            // Kind 1's runs are in order and never overlap; an answer that breaks that was
            // not made for this request.
            if (kind == Kind::Highlight) {
                if (span.offset < end ||
                    qsizetype(span.offset) + span.length > std::numeric_limits<int>::max())
                    return std::nullopt;
                end = qsizetype(span.offset) + span.length;
            }
            response.spans.append(span);
        }
    }
    if (!reader.atEnd())
        return std::nullopt;
    return response;
}

FrameProbe probeFrame(QByteArrayView buffer)
{
    if (buffer.size() < frameHeaderSize)
        return {};
    const quint32 size = qFromLittleEndian<quint32>(buffer.data());
    if (size > maxPayloadSize)
        return {FrameState::Oversized, qsizetype(size)};
    const bool complete = buffer.size() - frameHeaderSize >= qsizetype(size);
    return {complete ? FrameState::Complete : FrameState::Incomplete, qsizetype(size)};
}

} // namespace pw::highlight_protocol
