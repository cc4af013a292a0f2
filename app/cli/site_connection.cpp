// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/site_connection.h"

#include "cli/console.h"
#include "cli/password_prompt.h"
#include "cli/wait_for.h"

#include "core/wordpress/secret_store.h"

#include <QSettings>

namespace pw::cli {

std::optional<SiteConnection> connectToSite(const QString &name, Console &console)
{
    QSettings settings;
    const std::optional<wp::SiteRecord> site = wp::SiteRegistry(settings).find(name);
    if (!site) {
        console.error(CliText::tr("There is no site named “%1” (postwright site list shows them; "
                                  "postwright site add adds one).")
                          .arg(name));
        return std::nullopt;
    }
    wp::SecretStore secrets;
    const auto stored = waitForResult<wp::SecretStore::Result>(
        [&](wp::SecretStore::Callback done) { secrets.read(site->secretKey(), done); });
    QString password = stored.secret;
    if (stored.outcome != wp::SecretStore::Outcome::Done) {
        if (qgetenv("POSTWRIGHT_APP_PASSWORD").isEmpty())
            console.error(stored.message);
        const std::optional<QString> asked = applicationPassword(
            CliText::tr("Application Password for %1 at %2: ")
                .arg(site->user, site->address.toString()),
            console);
        if (!asked)
            return std::nullopt;
        password = *asked;
    }
    SiteConnection connection{*site, std::make_unique<wp::Client>()};
    connection.client->setApiRoot(site->apiRoot);
    connection.client->setCredentials(site->user, password);
    return connection;
}

} // namespace pw::cli
