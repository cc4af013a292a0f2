// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_response.h"

#include "core/import/wordpress_import.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pw::wp {

namespace {

// One translation context, "pw::wp::Response", that lupdate recognises.
struct ResponseText {
    Q_DECLARE_TR_FUNCTIONS(pw::wp::Response)
};

bool isJson(const QHash<QByteArray, QByteArray> &headers)
{
    const QByteArray type = headers.value("content-type").toLower();
    return type.startsWith("application/json") || type.contains("+json");
}

Failure networkFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return Failure::None;
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::Tls;
    case QNetworkReply::TimeoutError:
        return Failure::Timeout;
    case QNetworkReply::OperationCanceledError:
        return Failure::Cancelled;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError:
        return Failure::Unreachable;
    default:
        return Failure::None; // an HTTP-level error: the status says more
    }
}

Failure statusFailure(int status, const QString &code)
{
    if (code == QLatin1String("application_passwords_disabled") ||
        code == QLatin1String("application_passwords_disabled_for_user") ||
        code == QLatin1String("application_passwords_unavailable"))
        return Failure::AppPasswordsUnavailable;
    if (status == 401 || code == QLatin1String("incorrect_password") ||
        code == QLatin1String("invalid_username") || code == QLatin1String("invalid_email"))
        return Failure::WrongCredentials;
    if (status == 403)
        return Failure::Forbidden;
    if (status == 404)
        return Failure::NotFound;
    if (status >= 500)
        return Failure::Server;
    if (status >= 400)
        return Failure::Rejected;
    if (status >= 300)
        return Failure::Redirected;
    return Failure::None;
}

} // namespace

QString failureMessage(Failure failure)
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Unreachable:
        return ResponseText::tr("The site cannot be reached. Check the address and your connection.");
    case Failure::Timeout:
        return ResponseText::tr("The site did not answer in time.");
    case Failure::Tls:
        return ResponseText::tr("The site's certificate is not trusted, so nothing was sent. Ask the site's "
                  "host to fix the certificate.");
    case Failure::Redirected:
        return ResponseText::tr("The site answered with a redirect to another address; nothing was sent "
                  "there. Use the address the site redirects to.");
    case Failure::NotWordPress:
        return ResponseText::tr("The address does not answer as a WordPress site (no REST API found).");
    case Failure::WrongCredentials:
        return ResponseText::tr("The site did not accept the user name or the Application Password.");
    case Failure::AppPasswordsUnavailable:
        return ResponseText::tr("The site does not accept Application Passwords (turned off, or a plugin "
                  "blocks them).");
    case Failure::Forbidden:
        return ResponseText::tr("Your account on the site may not do this.");
    case Failure::NotFound:
        return ResponseText::tr("The site has no such post or address.");
    case Failure::Server:
        return ResponseText::tr("The site had an internal error.");
    case Failure::Rejected:
        return ResponseText::tr("The site refused the request.");
    case Failure::BadResponse:
        return ResponseText::tr("The site's answer was cut off or is not valid JSON.");
    case Failure::Cancelled:
        return ResponseText::tr("Cancelled.");
    }
    return {};
}

Response classify(QNetworkReply::NetworkError error, int status, const QByteArray &body,
                  const QHash<QByteArray, QByteArray> &headers, Failure known)
{
    Response response;
    response.status = status;
    response.body = body;
    response.headers = headers;
    if (isJson(headers) || (status >= 400 && body.trimmed().startsWith('{'))) {
        QJsonParseError parseError{};
        response.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            response.json = {};
    }
    const QJsonObject object = response.json.object();
    if (status >= 400) {
        response.code = object.value(QLatin1String("code")).toString();
        response.errorData = object.value(QLatin1String("data"));
    }
    Failure failure = known;
    if (failure == Failure::None && status == 0)
        failure = networkFailure(error);
    if (failure == Failure::None && status == 0)
        failure = Failure::Unreachable;
    if (failure == Failure::None)
        failure = statusFailure(status, response.code);
    // A success must be the REST API's JSON, complete: a 200 HTML page is a site without it.
    if (failure == Failure::None && !isJson(headers))
        failure = Failure::NotWordPress;
    if (failure == Failure::None && response.json.isNull())
        failure = Failure::BadResponse;
    response.failure = failure;
    if (failure != Failure::None) {
        response.message = failureMessage(failure);
        const QString serverMessage = htmlToPlainText(object.value(QLatin1String("message")).toString());
        if (!serverMessage.isEmpty() && status >= 400)
            response.message += QLatin1Char(' ') + ResponseText::tr("The site said: “%1”").arg(serverMessage);
        else if (status >= 400 && failure != Failure::WrongCredentials)
            response.message += QLatin1Char(' ') + ResponseText::tr("(HTTP %1)").arg(status);
    }
    return response;
}

} // namespace pw::wp
