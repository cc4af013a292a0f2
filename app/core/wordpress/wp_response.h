// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QString>

namespace pw::wp {

// What went wrong with a request, in the terms a writer can act on.
enum class Failure {
    None,
    Unreachable,      // no connection: host unknown, refused, network down
    Timeout,          // no answer within the time allowed
    Tls,              // the certificate is not trusted: never ignored
    Redirected,       // a write was answered with a redirect: not followed
    NotWordPress,     // the answer is not the WordPress REST API
    WrongCredentials, // user name or Application Password not accepted
    AppPasswordsUnavailable, // the site does not accept Application Passwords
    Forbidden,        // the user may not do this
    NotFound,
    Server,           // 5xx
    Rejected,         // 4xx with a WordPress error (invalid parameter, term exists, ...)
    BadResponse,      // truncated or malformed JSON, or larger than allowed
    Cancelled,
};

// One answer of the REST API, classified.
struct Response {
    int status = 0; // HTTP status; 0 when there was no answer
    QByteArray body;
    QJsonDocument json;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    Failure failure = Failure::None;
    QString code;    // WordPress' error code ("rest_not_logged_in", "term_exists"), if any
    QString message; // for the user, translated; empty on success
    QJsonValue errorData; // WordPress' error `data` ({"status":400,"term_id":5})

    bool ok() const { return failure == Failure::None; }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

// Classifies a finished exchange: the network error (if any), the status, the body as JSON,
// WordPress' {"code", "message", "data"} error objects. `known` is a failure the caller saw
// itself (a timeout it enforced, a redirect it refused, a body over its limit): it wins.
Response classify(QNetworkReply::NetworkError error, int status, const QByteArray &body,
                  const QHash<QByteArray, QByteArray> &headers, Failure known = Failure::None);

// The sentence for a failure without details from the server.
QString failureMessage(Failure failure);

} // namespace pw::wp
