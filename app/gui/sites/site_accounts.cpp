// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/site_accounts.h"

#include "core/wordpress/wp_client.h"

#include <QPointer>
#include <QSettings>
#include <QStandardPaths>

namespace pw::gui {

SiteAccounts::SiteAccounts(QObject *parent)
    : QObject(parent), m_secrets(new wp::SecretStore(this))
{
}

SiteAccounts::~SiteAccounts() = default;

QList<wp::SiteRecord> SiteAccounts::sites() const
{
    QSettings settings;
    return wp::SiteRegistry(settings).sites();
}

std::optional<wp::SiteRecord> SiteAccounts::find(const QString &name) const
{
    QSettings settings;
    return wp::SiteRegistry(settings).find(name);
}

void SiteAccounts::add(const wp::SiteRecord &site, const QString &password, Done done)
{
    QPointer<SiteAccounts> self(this);
    m_secrets->write(site.secretKey(), password,
                     [self, site, password, done](const wp::SecretStore::Result &result) {
                         if (!self)
                             return;
                         QString message;
                         if (result.outcome != wp::SecretStore::Outcome::Done) {
                             // Usable now, but not kept: the user must know they will be asked
                             // again after a restart.
                             self->m_sessionPasswords.insert(site.secretKey(), password);
                             message = result.message;
                         } else {
                             self->m_sessionPasswords.remove(site.secretKey());
                         }
                         QSettings settings;
                         wp::SiteRegistry(settings).put(site);
                         settings.sync();
                         emit self->sitesChanged();
                         if (done)
                             done(message);
                     });
}

void SiteAccounts::remove(const QString &name, Done done)
{
    const std::optional<wp::SiteRecord> site = find(name);
    if (!site) {
        if (done)
            done({});
        return;
    }
    m_sessionPasswords.remove(site->secretKey());
    {
        QSettings settings;
        wp::SiteRegistry(settings).remove(name);
    }
    emit sitesChanged();
    m_secrets->remove(site->secretKey(), [done](const wp::SecretStore::Result &result) {
        const bool kept = result.outcome == wp::SecretStore::Outcome::NoKeyring ||
                          result.outcome == wp::SecretStore::Outcome::Failed;
        if (done)
            done(kept ? result.message : QString());
    });
}

void SiteAccounts::connectTo(const QString &name, Connected done)
{
    const std::optional<wp::SiteRecord> site = find(name);
    if (!site) {
        done(nullptr, tr("There is no site named “%1” (Edit → Sites adds one).").arg(name));
        return;
    }
    const auto connected = [site](const QString &password) {
        auto client = std::make_unique<wp::Client>();
        client->setApiRoot(site->apiRoot);
        client->setCredentials(site->user, password);
        return client;
    };
    readPassword(*site, [site, connected, done](const wp::SecretStore::Result &result) {
        if (result.outcome == wp::SecretStore::Outcome::Done)
            done(connected(result.secret), {});
        else
            done(nullptr, tr("%1: %2 Add the site again under Edit → Sites to give its "
                             "Application Password.")
                              .arg(site->name, result.message));
    });
}

void SiteAccounts::readPassword(const wp::SiteRecord &site, wp::SecretStore::Callback done)
{
    if (const auto it = m_sessionPasswords.constFind(site.secretKey());
        it != m_sessionPasswords.cend()) {
        done({wp::SecretStore::Outcome::Done, *it, {}});
        return;
    }
    m_secrets->read(site.secretKey(), std::move(done));
}

QString SiteAccounts::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace pw::gui
