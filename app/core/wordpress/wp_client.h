// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/wp_call.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkRequest;

namespace pw::wp {

// Requests to one WordPress site's REST API, asynchronous: each returns a Call, which the
// caller deletes when it is done with it; calls still there when the client goes go with it,
// without a word (hold them in QPointers where that can happen). Authenticates with an Application Password (HTTP
// Basic). TLS errors are never ignored; a write that is answered with a redirect fails instead
// of being repeated elsewhere as a GET; reads follow redirects only to an equally safe scheme.
class Client : public QObject {
    Q_OBJECT

public:
    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    void setApiRoot(const QUrl &apiRoot) { m_apiRoot = apiRoot; }
    QUrl apiRoot() const { return m_apiRoot; }
    void setCredentials(const QString &user, const QString &password);
    bool hasCredentials() const { return !m_authorization.isEmpty(); }
    // The default idle timeout is 30 s, or POSTWRIGHT_NETWORK_TIMEOUT_MS when that is set.
    void setLimits(const Call::Limits &limits) { m_limits = limits; }

    Call *get(const QString &route, const QUrlQuery &query = {});
    Call *send(const QByteArray &verb, const QString &route, const QJsonObject &body,
               const QUrlQuery &query = {});
    // A file to /wp/v2/media: the raw bytes, named by a Content-Disposition header.
    // `query` may carry fields to set with it (alt_text): WordPress reads them from the URL.
    Call *upload(const QString &route, const QByteArray &data, const QString &mimeType,
                 const QString &fileName, const QUrlQuery &query = {});
    // Outside the API: discovery's requests to the site itself (no credentials sent).
    Call *getUrl(const QUrl &url);
    Call *headUrl(const QUrl &url);

private:
    QNetworkRequest request(const QUrl &url, bool authenticated, bool write) const;
    // A write: its body goes out once, never resent by Qt (see OneShotBody).
    Call *sendOnce(QNetworkRequest request, const QByteArray &verb, const QByteArray &data);

    QNetworkAccessManager *m_network;
    QUrl m_apiRoot;
    QByteArray m_authorization;
    Call::Limits m_limits;
};

} // namespace pw::wp
