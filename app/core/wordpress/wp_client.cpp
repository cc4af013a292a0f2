// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_client.h"

#include "core/wordpress/wp_route.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace pw::wp {

Client::Client(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Nothing is cached or kept in cookies: each request carries its own credentials.
    m_network->setCookieJar(nullptr);
}

Client::~Client() = default;

void Client::setCredentials(const QString &user, const QString &password)
{
    m_authorization.clear();
    if (user.isEmpty() && password.isEmpty())
        return;
    m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QNetworkRequest Client::request(const QUrl &url, bool authenticated, bool write) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Postwright/%1").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/json");
    if (authenticated && !m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         write ? QNetworkRequest::ManualRedirectPolicy
                               : QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    return request;
}

Call *Client::get(const QString &route, const QUrlQuery &query)
{
    return new Call(m_network->get(request(routeUrl(m_apiRoot, route, query), true, false)),
                    m_limits, this);
}

Call *Client::send(const QByteArray &verb, const QString &route, const QJsonObject &body,
                   const QUrlQuery &query)
{
    QNetworkRequest r = request(routeUrl(m_apiRoot, route, query), true, true);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return new Call(m_network->sendCustomRequest(r, verb, data), m_limits, this);
}

Call *Client::upload(const QString &route, const QByteArray &data, const QString &mimeType,
                     const QString &fileName)
{
    QNetworkRequest r = request(routeUrl(m_apiRoot, route), true, true);
    r.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    // RFC 6266: an ASCII fallback name and the UTF-8 one.
    QString ascii = fileName;
    for (QChar &c : ascii)
        if (c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            c = QLatin1Char('_');
    r.setRawHeader("Content-Disposition",
                   "attachment; filename=\"" + ascii.toLatin1() + "\"; filename*=UTF-8''" +
                       QUrl::toPercentEncoding(fileName));
    return new Call(m_network->post(r, data), m_limits, this);
}

Call *Client::getUrl(const QUrl &url)
{
    return new Call(m_network->get(request(url, false, false)), m_limits, this);
}

Call *Client::headUrl(const QUrl &url)
{
    return new Call(m_network->head(request(url, false, false)), m_limits, this);
}

} // namespace pw::wp
