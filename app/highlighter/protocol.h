// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The helper's side of PROTOCOL.md: request payloads in, response frames out.

#include "span_collector.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace pw::helper {

enum class Kind : quint8 { Highlight = 1, Theme = 2 };
enum class Status : quint8 { Ok = 0, UnknownLanguage = 1, UnknownTheme = 2, Malformed = 3 };

struct Request {
    Kind kind = Kind::Highlight;
    quint32 id = 0;
    QString theme;
    QString language; // Highlight only
    QString code;     // Highlight only
};

// Nothing when the payload is not exactly one request: an unknown kind, a field running past
// the end, or bytes left over.
std::optional<Request> decodeRequest(const QByteArray &payload);

// The id of a payload that did not decode, for its status-3 answer (0 if it is too short).
quint32 idOfMalformed(const QByteArray &payload);

// Whole frames (size prefix included), each ready for a single write.
QByteArray errorResponse(quint32 id, Status status);
QByteArray highlightResponse(quint32 id, const QString &definitionName,
                             const std::vector<CodeSpanCollector::Span> &spans);
QByteArray themeResponse(quint32 id, QRgb background,
                         const std::vector<CodeSpanCollector::Span> &styles);

} // namespace pw::helper
