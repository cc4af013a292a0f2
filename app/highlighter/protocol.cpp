// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include <QtEndian>

#include <algorithm>
#include <utility>

namespace pw::helper {

namespace {

// Reads little-endian fields off a payload; once a field runs past the end, every later read
// fails too.
class PayloadReader {
public:
    explicit PayloadReader(const QByteArray &payload) : m_payload(payload) {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_payload.size(); }

    template <typename T> T number()
    {
        const char *at = take(sizeof(T));
        return at ? qFromLittleEndian<T>(at) : T{};
    }

    QString str8()
    {
        const auto size = number<quint16>();
        const char *at = take(size);
        return at ? QString::fromUtf8(at, int(size)) : QString();
    }

    QString utf16()
    {
        const auto count = number<quint32>();
        // Checked before multiplying: count is the sender's word.
        if (count > quint32(m_payload.size() - m_position) / 2) {
            m_ok = false;
            return {};
        }
        const char *at = take(qsizetype(count) * 2);
        if (!at)
            return {};
        QString text(int(count), Qt::Uninitialized);
        qFromLittleEndian<quint16>(at, count, text.data());
        return text;
    }

private:
    const char *take(qsizetype count)
    {
        if (!m_ok || count > m_payload.size() - m_position) {
            m_ok = false;
            return nullptr;
        }
        const char *at = m_payload.constData() + m_position;
        m_position += count;
        return at;
    }

    const QByteArray &m_payload;
    qsizetype m_position = 0;
    bool m_ok = true;
};

// Builds a frame: the size prefix is filled in by frame().
class FrameWriter {
public:
    explicit FrameWriter(qsizetype expectedPayload)
    {
        m_bytes.reserve(int(4 + expectedPayload));
        m_bytes.resize(4);
    }

    template <typename T> void number(T value)
    {
        const qsizetype at = m_bytes.size();
        m_bytes.resize(int(at + qsizetype(sizeof(T))));
        qToLittleEndian<T>(value, m_bytes.data() + at);
    }

    void str8(const QByteArray &utf8)
    {
        // Definition names are short; a longer one is sent empty rather than as a broken field.
        const bool fits = utf8.size() <= 0xffff;
        number<quint16>(fits ? quint16(utf8.size()) : 0);
        if (fits)
            m_bytes.append(utf8);
    }

    // At most `count` of them.
    void spans(const std::vector<CodeSpanCollector::Span> &spans, std::size_t count)
    {
        number<quint32>(quint32(count));
        for (const CodeSpanCollector::Span &span : spans) {
            if (count-- == 0)
                break;
            number<quint32>(span.offset);
            number<quint32>(span.length);
            number<quint32>(span.foreground);
            number<quint32>(span.background);
            number<quint8>(span.flags);
            number<quint8>(span.textStyle);
            number<quint16>(0);
        }
    }

    QByteArray frame()
    {
        qToLittleEndian<quint32>(quint32(m_bytes.size() - 4), m_bytes.data());
        return std::move(m_bytes);
    }

private:
    QByteArray m_bytes;
};

constexpr qsizetype spanSize = 20;
constexpr qsizetype maxPayloadSize = 64 * 1024 * 1024;

// A response frame obeys the same 64 MiB limit as a request, but a block of 32 Mi UTF-16 units
// could yield 640 MiB of spans. Past the limit the rest of the block stays plain.
std::size_t spanCountThatFits(std::size_t count, qsizetype fixedFields)
{
    return std::min<std::size_t>(count, std::size_t((maxPayloadSize - fixedFields) / spanSize));
}

} // namespace

std::optional<Request> decodeRequest(const QByteArray &payload)
{
    PayloadReader reader(payload);
    Request request;
    const auto kind = reader.number<quint8>();
    if (kind != quint8(Kind::Highlight) && kind != quint8(Kind::Theme))
        return std::nullopt;
    request.kind = Kind(kind);
    request.id = reader.number<quint32>();
    request.theme = reader.str8();
    if (request.kind == Kind::Highlight) {
        request.language = reader.str8();
        request.code = reader.utf16();
    }
    if (!reader.ok() || !reader.atEnd())
        return std::nullopt;
    return request;
}

quint32 idOfMalformed(const QByteArray &payload)
{
    return payload.size() >= 5 ? qFromLittleEndian<quint32>(payload.constData() + 1) : 0;
}

QByteArray errorResponse(quint32 id, Status status)
{
    FrameWriter writer(5);
    writer.number<quint32>(id);
    writer.number<quint8>(quint8(status));
    return writer.frame();
}

QByteArray highlightResponse(quint32 id, const QString &definitionName,
                             const std::vector<CodeSpanCollector::Span> &spans)
{
    const QByteArray name = definitionName.toUtf8();
    const qsizetype fixedFields = 5 + 2 + name.size() + 4;
    const std::size_t count = spanCountThatFits(spans.size(), fixedFields);
    FrameWriter writer(fixedFields + qsizetype(count) * spanSize);
    writer.number<quint32>(id);
    writer.number<quint8>(quint8(Status::Ok));
    writer.str8(name);
    writer.spans(spans, count);
    return writer.frame();
}

QByteArray themeResponse(quint32 id, QRgb background,
                         const std::vector<CodeSpanCollector::Span> &styles)
{
    const qsizetype fixedFields = 5 + 4 + 4;
    const std::size_t count = spanCountThatFits(styles.size(), fixedFields);
    FrameWriter writer(fixedFields + qsizetype(count) * spanSize);
    writer.number<quint32>(id);
    writer.number<quint8>(quint8(Status::Ok));
    writer.number<quint32>(background);
    writer.spans(styles, count);
    return writer.frame();
}

} // namespace pw::helper
