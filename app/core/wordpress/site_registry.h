// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QSettings;

namespace pw::wp {

// A WordPress site the user added. No secret: the Application Password is in the system
// keyring (SecretStore), found by secretKey().
struct SiteRecord {
    QString name; // the user's short name for it ("blog"), unique regardless of case
    QUrl address; // as checked (normalizedSiteUrl)
    QUrl apiRoot; // found by discovery
    QString user;
    // What the user's role allowed when the site was added (users/me), to say before a publish.
    QStringList roles;
    bool canPublish = true;
    bool unfilteredHtml = true;

    QString secretKey() const;
};

// The sites, kept in the application's settings under "wordpress/sites".
class SiteRegistry {
public:
    explicit SiteRegistry(QSettings &settings);

    QList<SiteRecord> sites() const;
    std::optional<SiteRecord> find(const QString &name) const;
    // Adds the site, or replaces the one of the same name.
    void put(const SiteRecord &site);
    bool remove(const QString &name);

private:
    void store(const QList<SiteRecord> &sites);

    QSettings &m_settings;
};

} // namespace pw::wp
