// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/wp_response.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace pw::wp {

class Call;
class Client;

// What the site's REST index says about it.
struct SiteInfo {
    QUrl apiRoot;
    QString name;
    bool applicationPasswords = false; // the index offers them (authentication section)
};

// Who the credentials belong to, and what the role allows.
struct Account {
    qint64 id = 0;
    QString name;
    QStringList roles;
    bool canPublish = false;     // publish_posts; without it posts can only be submitted
    bool unfilteredHtml = false; // without it the server filters the HTML (kses)
    bool canUpload = false;      // upload_files
};

SiteInfo siteInfoFrom(const QJsonObject &index, const QUrl &apiRoot);
Account accountFrom(const QJsonObject &user);

// Finds a site's REST API from its address and checks the credentials against it:
//  1. the `Link: <...>; rel="https://api.w.org/"` header of the front page, then `/wp-json/`,
//     then `/?rest_route=/`: the first that answers as the REST index with wp/v2 wins (a site
//     with plain permalinks answers /wp-json/ with its HTML front page and status 200);
//  2. that Application Passwords are offered;
//  3. GET /wp/v2/users/me?context=edit with the credentials: a public endpoint would prove
//     nothing, since WordPress serves a request with a wrong password as anonymous.
// finished() is emitted once; the client is left pointing at the API root with the
// credentials set.
class SiteCheck : public QObject {
    Q_OBJECT

public:
    SiteCheck(Client *client, QObject *parent = nullptr);

    // An empty user checks only that the address is a WordPress site.
    void start(const QUrl &address, const QString &user, const QString &password);
    void cancel();

    bool ok() const { return m_failure == Failure::None; }
    Failure failure() const { return m_failure; }
    QString message() const { return m_message; }
    const SiteInfo &site() const { return m_site; }
    const Account &account() const { return m_account; }

signals:
    void finished();

private:
    void tryNextRoot();
    void checkIndex(const QUrl &root, Call *call);
    void checkAccount();
    void finish(Failure failure, const QString &message = {});

    Client *m_client;
    QUrl m_address;
    QString m_user;
    QString m_password;
    QList<QUrl> m_candidates;
    Call *m_call = nullptr;
    SiteInfo m_site;
    Account m_account;
    Failure m_rootFailure = Failure::None; // the first candidate root that did not answer
    Failure m_failure = Failure::None;
    QString m_message;
    bool m_done = false;
};

} // namespace pw::wp
