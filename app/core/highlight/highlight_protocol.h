// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The frames spoken with postwright-highlighter, exactly as app/highlighter/PROTOCOL.md
// defines them. Both directions are here: the client encodes requests and decodes responses;
// the other two serve tests and stand-in helpers. Decoding never trusts a length: anything
// truncated, oversized or with bytes left over is rejected as a whole.

#include "core/highlight/code_colours.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace pw::highlight_protocol {

enum class Kind : quint8 { Highlight = 1, Theme = 2 };
enum class Status : quint8 { Ok = 0, UnknownLanguage = 1, UnknownTheme = 2, Malformed = 3 };

inline constexpr quint32 maxPayloadSize = 64u * 1024 * 1024;
inline constexpr qsizetype frameHeaderSize = 4;
inline constexpr qsizetype spanSize = 20;

struct Request {
    Kind kind = Kind::Highlight;
    quint32 id = 0;
    QString theme;
    QString language; // Highlight only
    QString code;     // Highlight only
    bool operator==(const Request &) const = default;
};

struct Response {
    quint32 id = 0;
    Status status = Status::Ok;
    QString name;           // Highlight + Ok: the definition used
    Argb background = 0;    // Theme + Ok: the editor background
    QList<CodeToken> spans; // Ok only
    bool operator==(const Response &) const = default;
};

// A whole frame (size prefix and payload), or nothing when a field does not fit its wire type
// (a theme or language name over 65,535 bytes of UTF-8, a payload over 64 MiB).
std::optional<QByteArray> encodeRequest(const Request &request);
std::optional<QByteArray> encodeResponse(Kind kind, const Response &response);

// A payload without its size prefix. The kind is the request's: the fields present depend on it.
std::optional<Request> decodeRequest(QByteArrayView payload);
std::optional<Response> decodeResponse(Kind kind, QByteArrayView payload);

// Where a stream of frames stands: the first frame's payload is complete, not yet, or its size
// prefix is over the limit (the stream cannot be trusted any more).
enum class FrameState { Incomplete, Complete, Oversized };
struct FrameProbe {
    FrameState state = FrameState::Incomplete;
    qsizetype payloadSize = 0; // known once the prefix is in
};
FrameProbe probeFrame(QByteArrayView buffer);

} // namespace pw::highlight_protocol
