// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_site_check.h"

#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_route.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>

namespace pw::wp {

namespace {

struct SiteCheckText {
    Q_DECLARE_TR_FUNCTIONS(pw::wp::SiteCheck)
};

QUrl withPath(const QUrl &address, const QString &suffix)
{
    QUrl url = address;
    url.setPath(address.path() + suffix);
    return url;
}

bool isLocal(const QUrl &url)
{
    const QString host = url.host();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

SiteInfo siteInfoFrom(const QJsonObject &index, const QUrl &apiRoot)
{
    SiteInfo info;
    info.apiRoot = apiRoot;
    info.name = index.value(QLatin1String("name")).toString();
    info.applicationPasswords = index.value(QLatin1String("authentication"))
                                    .toObject()
                                    .contains(QLatin1String("application-passwords"));
    return info;
}

Account accountFrom(const QJsonObject &user)
{
    Account account;
    account.id = user.value(QLatin1String("id")).toInteger();
    account.name = user.value(QLatin1String("name")).toString();
    for (const QJsonValue &role : user.value(QLatin1String("roles")).toArray())
        account.roles.append(role.toString());
    const QJsonObject caps = user.value(QLatin1String("capabilities")).toObject();
    account.canPublish = caps.value(QLatin1String("publish_posts")).toBool();
    account.unfilteredHtml = caps.value(QLatin1String("unfiltered_html")).toBool();
    account.canUpload = caps.value(QLatin1String("upload_files")).toBool();
    return account;
}

SiteCheck::SiteCheck(Client *client, QObject *parent) : QObject(parent), m_client(client) {}

void SiteCheck::start(const QUrl &address, const QString &user, const QString &password)
{
    m_address = address;
    m_user = user;
    m_password = password;
    m_client->setCredentials({}, {});
    m_call = m_client->headUrl(withPath(address, QStringLiteral("/")));
    connect(m_call, &Call::finished, this, [this] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        if (call->response().failure == Failure::Tls ||
            call->response().failure == Failure::Unreachable ||
            call->response().failure == Failure::Cancelled) {
            finish(call->response().failure);
            return;
        }
        const QUrl advertised = apiRootFromLinkHeader(call->response().header("link"));
        if (advertised.isValid() && !advertised.isEmpty())
            m_candidates << m_address.resolved(advertised);
        QUrl plain = withPath(m_address, QStringLiteral("/"));
        plain.setQuery(QStringLiteral("rest_route=/"));
        for (const QUrl &url : {withPath(m_address, QStringLiteral("/wp-json/")), plain})
            if (!m_candidates.contains(url))
                m_candidates << url;
        tryNextRoot();
    });
}

void SiteCheck::cancel()
{
    if (m_call)
        m_call->cancel();
}

void SiteCheck::tryNextRoot()
{
    if (m_candidates.isEmpty()) {
        // A root that did not answer (in time, or at all, or with a server error) says nothing
        // about WordPress: that is what the writer hears, not "not a WordPress site".
        finish(m_rootFailure == Failure::None ? Failure::NotWordPress : m_rootFailure);
        return;
    }
    const QUrl root = m_candidates.takeFirst();
    m_call = m_client->getUrl(root);
    connect(m_call, &Call::finished, this, [this, root] { checkIndex(root, m_call); });
}

void SiteCheck::checkIndex(const QUrl &root, Call *call)
{
    m_call = nullptr;
    call->deleteLater();
    const Response &response = call->response();
    if (response.failure == Failure::Tls || response.failure == Failure::Cancelled) {
        finish(response.failure);
        return;
    }
    if ((response.failure == Failure::Timeout || response.failure == Failure::Unreachable ||
         response.failure == Failure::Server) &&
        m_rootFailure == Failure::None)
        m_rootFailure = response.failure;
    const QJsonObject index = response.json.object();
    const bool restIndex = response.ok() && index.value(QLatin1String("namespaces"))
                                                .toArray()
                                                .contains(QJsonValue(QStringLiteral("wp/v2")));
    if (!restIndex) {
        tryNextRoot();
        return;
    }
    m_site = siteInfoFrom(index, root);
    m_client->setApiRoot(root);
    if (m_user.isEmpty()) {
        finish(Failure::None);
        return;
    }
    if (!m_site.applicationPasswords) {
        // WordPress offers them only over HTTPS, or on a site whose environment is "local".
        const bool plainHttp = m_address.scheme() == QLatin1String("http") && !isLocal(m_address);
        finish(Failure::AppPasswordsUnavailable,
               plainHttp ? SiteCheckText::tr(
                               "The site does not offer Application Passwords over plain HTTP. "
                               "Use its https:// address.")
                         : SiteCheckText::tr(
                               "The site does not offer Application Passwords: they are turned "
                               "off, or a security plugin blocks them. Ask the site's "
                               "administrator to allow them."));
        return;
    }
    checkAccount();
}

void SiteCheck::checkAccount()
{
    m_client->setCredentials(m_user, m_password);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    m_call = m_client->get(QStringLiteral("/wp/v2/users/me"), query);
    connect(m_call, &Call::finished, this, [this] {
        Call *call = std::exchange(m_call, nullptr);
        call->deleteLater();
        const Response &response = call->response();
        if (!response.ok()) {
            finish(response.failure, response.failure == Failure::WrongCredentials
                                         ? SiteCheckText::tr(
                                               "The site did not accept the user name “%1” "
                                               "with this Application Password.")
                                               .arg(m_user)
                                         : response.message);
            return;
        }
        m_account = accountFrom(response.json.object());
        finish(Failure::None);
    });
}

void SiteCheck::finish(Failure failure, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_failure = failure;
    m_message = message.isEmpty() ? failureMessage(failure) : message;
    emit finished();
}

} // namespace pw::wp
