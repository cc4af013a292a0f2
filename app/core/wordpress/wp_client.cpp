// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_client.h"

#include "core/wordpress/wp_route.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>

namespace pw::wp {

namespace {

// A request body Qt cannot send twice. Qt 6.4's HTTP channel resends a request whose
// connection closed before any answer, POST included (later Qt checks that the method is
// idempotent first); a create whose answer was lost would then make a second post. Sequential
// and not resettable, with Qt told not to buffer it, the body can go out once: a lost answer
// is an error, and the publisher looks for the post by its marker instead.
class OneShotBody : public QIODevice {
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

Client::Client(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Nothing is cached or kept in cookies: each request carries its own credentials.
    m_network->setCookieJar(nullptr);
    // POSTWRIGHT_NETWORK_TIMEOUT_MS: the idle timeout for every request, in milliseconds (a
    // slow link; the tests' hanging server). setLimits() still wins.
    bool set = false;
    const int timeoutMs = qEnvironmentVariableIntValue("POSTWRIGHT_NETWORK_TIMEOUT_MS", &set);
    if (set && timeoutMs > 0)
        m_limits.idleTimeoutMs = timeoutMs;
}

Client::~Client()
{
    // The calls first, while the network manager they abort their replies through is still
    // whole (an abort signals through it: after it, that crashed); and quietly, since whoever
    // destroys the client is not listening any more.
    for (Call *call : findChildren<Call *>(Qt::FindDirectChildrenOnly)) {
        call->disconnect();
        delete call;
    }
}

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
    return sendOnce(r, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Call *Client::upload(const QString &route, const QByteArray &data, const QString &mimeType,
                     const QString &fileName, const QUrlQuery &query)
{
    QNetworkRequest r = request(routeUrl(m_apiRoot, route, query), true, true);
    r.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    // RFC 6266: an ASCII fallback name and the UTF-8 one.
    QString ascii = fileName;
    for (QChar &c : ascii)
        if (c.unicode() > 0x7e || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            c = QLatin1Char('_');
    r.setRawHeader("Content-Disposition",
                   "attachment; filename=\"" + ascii.toLatin1() + "\"; filename*=UTF-8''" +
                       QUrl::toPercentEncoding(fileName));
    return sendOnce(r, "POST", data);
}

Call *Client::sendOnce(QNetworkRequest request, const QByteArray &verb, const QByteArray &data)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(data, nullptr);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    body->setParent(reply);
    return new Call(reply, m_limits, this);
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
