// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// postwright-highlighter's wire format written and read by hand from
// app/highlighter/PROTOCOL.md, independent of the client in core/highlight, and one running
// helper: for tst_highlighter_helper and bench_highlighter.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QtEndian>

#include <optional>

namespace pw::test::highlighter {

inline constexpr int timeoutMs = 30000;

struct Span {
    quint32 offset = 0;
    quint32 length = 0;
    quint32 foreground = 0;
    quint32 background = 0;
    quint8 flags = 0;
    quint8 textStyle = 0;
};

struct Reply {
    quint32 id = 0;
    quint8 status = 0;
    QString name;
    quint32 background = 0;
    QList<Span> spans;
};

enum : quint8 { Bold = 1, Italic = 2 };
enum : quint8 { Highlight = 1, Theme = 2 };

inline QByteArray u32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

inline QByteArray str8(const QByteArray &utf8)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(quint16(utf8.size()), bytes.data());
    return bytes + utf8;
}

inline QByteArray frame(const QByteArray &payload)
{
    return u32(quint32(payload.size())) + payload;
}

inline QByteArray highlightRequest(quint32 id, const QByteArray &theme, const QString &language,
                                   const QString &code)
{
    QByteArray units(code.size() * 2, '\0');
    for (qsizetype i = 0; i < code.size(); ++i)
        qToLittleEndian(quint16(code[i].unicode()), units.data() + 2 * i);
    return frame(QByteArray(1, char(Highlight)) + u32(id) + str8(theme) + str8(language.toUtf8()) +
                 u32(quint32(code.size())) + units);
}

inline QByteArray themeRequest(quint32 id, const QByteArray &theme)
{
    return frame(QByteArray(1, char(Theme)) + u32(id) + str8(theme));
}

// Reads PROTOCOL.md's response fields off a payload; nothing when it does not add up.
inline std::optional<Reply> decodeReply(quint8 kind, const QByteArray &payload)
{
    qsizetype at = 0;
    bool ok = true;
    const auto need = [&](qsizetype count) {
        ok = ok && payload.size() - at >= count;
        return ok;
    };
    const auto number = [&](auto zero) {
        using T = decltype(zero);
        if (!need(sizeof(T)))
            return T{};
        const T value = qFromLittleEndian<T>(payload.constData() + at);
        at += sizeof(T);
        return value;
    };
    Reply reply;
    reply.id = number(quint32{});
    reply.status = number(quint8{});
    if (ok && reply.status == 0) {
        if (kind == Highlight) {
            const quint16 size = number(quint16{});
            if (need(size))
                reply.name = QString::fromUtf8(payload.constData() + at, size);
            at += size;
        } else {
            reply.background = number(quint32{});
        }
        const quint32 count = number(quint32{});
        for (quint32 i = 0; ok && i < count; ++i) {
            Span span;
            span.offset = number(quint32{});
            span.length = number(quint32{});
            span.foreground = number(quint32{});
            span.background = number(quint32{});
            span.flags = number(quint8{});
            span.textStyle = number(quint8{});
            ok = ok && number(quint16{}) == 0;
            reply.spans.append(span);
        }
    }
    if (!ok || at != payload.size())
        return std::nullopt;
    return reply;
}

// The environment the app starts the helper with.
inline QProcessEnvironment helperEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), QStringLiteral("/nonexistent"));
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), QStringLiteral("/nonexistent"));
    return environment;
}

// One running helper.
class Helper {
public:
    explicit Helper(const QString &program,
                    const QProcessEnvironment &environment = helperEnvironment())
    {
        m_process.setProcessEnvironment(environment);
        m_process.start(program, {});
        m_started = m_process.waitForStarted(timeoutMs);
    }
    ~Helper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(timeoutMs);
        }
    }

    bool started() const { return m_started; }
    QProcess &process() { return m_process; }

    void send(const QByteArray &bytes)
    {
        m_process.write(bytes);
        m_process.waitForBytesWritten(timeoutMs);
    }

    // The next response frame's payload; nothing if none comes whole.
    std::optional<QByteArray> receivePayload()
    {
        if (!fill(4))
            return std::nullopt;
        const quint32 size = qFromLittleEndian<quint32>(m_buffer.constData());
        if (!fill(4 + qsizetype(size)))
            return std::nullopt;
        const QByteArray payload = m_buffer.mid(4, size);
        m_buffer.remove(0, 4 + qsizetype(size));
        return payload;
    }

    std::optional<Reply> ask(quint8 kind, const QByteArray &request)
    {
        send(request);
        const std::optional<QByteArray> payload = receivePayload();
        return payload ? decodeReply(kind, *payload) : std::nullopt;
    }

    std::optional<Reply> highlight(const QString &language, const QString &code,
                                   const QByteArray &theme = "GitHub Light")
    {
        return ask(Highlight, highlightRequest(++m_lastId, theme, language, code));
    }

    // Closes the input and waits: the exit code, or -1 for a crash or a hang.
    int finish()
    {
        m_process.closeWriteChannel();
        return exitCode();
    }

    int exitCode()
    {
        if (!m_process.waitForFinished(timeoutMs) || m_process.exitStatus() != QProcess::NormalExit)
            return -1;
        return m_process.exitCode();
    }

private:
    bool fill(qsizetype count)
    {
        while (m_buffer.size() < count) {
            if (m_process.bytesAvailable() == 0 && !m_process.waitForReadyRead(timeoutMs))
                return false;
            m_buffer += m_process.readAllStandardOutput();
        }
        return true;
    }

    QProcess m_process;
    QByteArray m_buffer;
    bool m_started = false;
    quint32 m_lastId = 0;
};

} // namespace pw::test::highlighter
