// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/site_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/password_prompt.h"
#include "cli/wait_for.h"

#include "core/wordpress/secret_store.h"
#include "core/wordpress/site_registry.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_route.h"
#include "core/wordpress/wp_site_check.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace pw::cli {

namespace {

QJsonObject siteJson(const wp::SiteRecord &site)
{
    return {{QStringLiteral("name"), site.name},
            {QStringLiteral("address"), site.address.toString()},
            {QStringLiteral("api_root"), site.apiRoot.toString()},
            {QStringLiteral("user"), site.user}};
}

QJsonObject accountJson(const wp::Account &account)
{
    return {{QStringLiteral("id"), account.id},
            {QStringLiteral("name"), account.name},
            {QStringLiteral("roles"), QJsonArray::fromStringList(account.roles)},
            {QStringLiteral("can_publish"), account.canPublish},
            {QStringLiteral("unfiltered_html"), account.unfilteredHtml},
            {QStringLiteral("can_upload"), account.canUpload}};
}

// What the role allows, in the words a writer needs before publishing.
QString roleSummary(const wp::Account &account)
{
    QStringList parts;
    parts << (account.canPublish
                  ? CliText::tr("you can publish")
                  : CliText::tr("you can only submit posts for review (no publish_posts)"));
    if (!account.unfilteredHtml)
        parts << CliText::tr("the site filters the HTML you send (no unfiltered_html)");
    if (!account.canUpload)
        parts << CliText::tr("you cannot upload images (no upload_files)");
    return parts.join(QStringLiteral("; "));
}

int failWith(const QString &message, bool json, Console &console)
{
    if (json)
        console.out << QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson();
    console.error(message);
    return InputError;
}

int addSite(const QStringList &positional, const QString &user, bool json, Console &console)
{
    if (positional.size() != 2 || user.isEmpty())
        return failWith(CliText::tr("Usage: postwright site add NAME URL --user USER"), json,
                        console);
    const QString name = positional.at(0).trimmed();
    const QUrl address = wp::normalizedSiteUrl(positional.at(1));
    if (name.isEmpty() || !address.isValid())
        return failWith(CliText::tr("“%1” is not a web address.").arg(positional.at(1)), json,
                        console);
    const std::optional<QString> password = applicationPassword(
        CliText::tr("Application Password for %1 at %2: ").arg(user, address.toString()), console);
    if (!password)
        return InputError;

    wp::Client client;
    wp::SiteCheck check(&client);
    waitFor(&check, &wp::SiteCheck::finished, [&] { check.start(address, user, *password); });
    if (!check.ok())
        return failWith(check.message(), json, console);

    wp::SiteRecord site;
    site.name = name;
    site.address = address;
    site.apiRoot = check.site().apiRoot;
    site.user = user;
    site.roles = check.account().roles;
    site.canPublish = check.account().canPublish;
    site.unfilteredHtml = check.account().unfilteredHtml;
    wp::SecretStore secrets;
    const auto stored = waitForResult<wp::SecretStore::Result>(
        [&](wp::SecretStore::Callback done) { secrets.write(site.secretKey(), *password, done); });
    QSettings settings;
    wp::SiteRegistry(settings).put(site);

    const bool kept = stored.outcome == wp::SecretStore::Outcome::Done;
    if (json) {
        QJsonObject out = siteJson(site);
        out.insert(QStringLiteral("site_name"), check.site().name);
        out.insert(QStringLiteral("account"), accountJson(check.account()));
        out.insert(QStringLiteral("password_kept"), kept);
        console.out << QJsonDocument(out).toJson();
    } else {
        console.out << CliText::tr("Added “%1”: %2 (%3).")
                           .arg(name, check.site().name, address.toString())
                    << '\n'
                    << CliText::tr("You are %1 (%2) there: %3.")
                           .arg(check.account().name, check.account().roles.join(QStringLiteral(", ")),
                                roleSummary(check.account()))
                    << Qt::endl;
    }
    if (!kept)
        console.error(stored.message);
    return Ok;
}

int listSites(bool json, Console &console)
{
    QSettings settings;
    const QList<wp::SiteRecord> sites = wp::SiteRegistry(settings).sites();
    if (json) {
        QJsonArray array;
        for (const wp::SiteRecord &site : sites)
            array.append(siteJson(site));
        console.out << QJsonDocument(array).toJson();
        return Ok;
    }
    if (sites.isEmpty())
        console.out << CliText::tr("No sites. Add one with: postwright site add NAME URL --user USER")
                    << '\n';
    for (const wp::SiteRecord &site : sites)
        console.out << site.name << '\t' << site.address.toString() << '\t' << site.user << '\n';
    console.out.flush();
    return Ok;
}

int removeSite(const QStringList &positional, bool json, Console &console)
{
    if (positional.size() != 1)
        return failWith(CliText::tr("Usage: postwright site remove NAME"), json, console);
    QSettings settings;
    wp::SiteRegistry registry(settings);
    const std::optional<wp::SiteRecord> site = registry.find(positional.first());
    if (!site)
        return failWith(CliText::tr("There is no site named “%1”.").arg(positional.first()), json,
                        console);
    wp::SecretStore secrets;
    const auto removed = waitForResult<wp::SecretStore::Result>(
        [&](wp::SecretStore::Callback done) { secrets.remove(site->secretKey(), done); });
    registry.remove(site->name);
    if (removed.outcome == wp::SecretStore::Outcome::NoKeyring ||
        removed.outcome == wp::SecretStore::Outcome::Failed)
        console.error(removed.message);
    if (json)
        console.out << QJsonDocument(siteJson(*site)).toJson();
    else
        console.out << CliText::tr("Removed “%1” and its password.").arg(site->name) << Qt::endl;
    return Ok;
}

} // namespace

int runSite(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QString());
    parser.addOption({QStringLiteral("user"), QString(), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("json"), QString()});
    if (!parser.parse(arguments)) {
        console.error(parser.errorText());
        return InputError;
    }
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("add"))
        return addSite(positional, parser.value(QStringLiteral("user")), json, console);
    if (action == QLatin1String("list"))
        return listSites(json, console);
    if (action == QLatin1String("remove"))
        return removeSite(positional, json, console);
    return failWith(CliText::tr("Usage: postwright site add|list|remove ..."), json, console);
}

} // namespace pw::cli
