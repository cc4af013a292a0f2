// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The test WordPress (tests/services/wordpress.sh) as the site tests see it: the sites' URLs
// and the users' Application Passwords from the env.json that PW_WP_ENV names.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace pw::test {

struct WpUser {
    QString name;
    QString applicationPassword;
};

class WpTestEnv {
public:
    WpTestEnv()
    {
        QFile file(QString::fromLocal8Bit(qgetenv("PW_WP_ENV")));
        if (file.open(QIODevice::ReadOnly))
            m_sites = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("sites")).toObject();
    }

    bool isValid() const { return !m_sites.isEmpty(); }

    // "pretty" (the REST API at /wp-json/) or "plain" (only ?rest_route=/).
    QUrl url(const char *site) const
    {
        return QUrl(site_(site).value(QLatin1String("url")).toString());
    }

    WpUser user(const char *site, const char *role) const
    {
        const QJsonObject user =
            site_(site).value(QLatin1String("users")).toObject().value(QLatin1String(role)).toObject();
        return {user.value(QLatin1String("name")).toString(),
                user.value(QLatin1String("application_password")).toString()};
    }

private:
    QJsonObject site_(const char *site) const { return m_sites.value(QLatin1String(site)).toObject(); }

    QJsonObject m_sites;
};

} // namespace pw::test
