// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/site_setup.h"

#include "core/wordpress/secret_store.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_route.h"
#include "gui/sites/site_accounts.h"

#include <QPointer>

namespace pw::gui {

namespace {

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

SiteSetup::SiteSetup(SiteAccounts *accounts, QObject *parent)
    : QObject(parent), m_accounts(accounts)
{
}

SiteSetup::~SiteSetup() = default;

void SiteSetup::begin()
{
    ++m_run;
    m_failure = wp::Failure::None;
    m_message.clear();
    m_advice.clear();
    m_field = Field::None;
    m_site = {};
    m_account = {};
    m_record.reset();
    m_storeWarning.clear();
    setState(State::Checking);
}

void SiteSetup::add(const Input &input, const QString &replacing)
{
    if (isBusy())
        return;
    begin();
    m_recordOnSuccess = true;
    const QUrl address = wp::normalizedSiteUrl(input.address);
    const QString user = input.user.trimmed();
    // Application Passwords are shown in groups with spaces, which WordPress ignores; only the
    // ends of a paste are noise.
    const QString password = input.password.trimmed();
    QString name = input.name.trimmed();
    if (name.isEmpty())
        name = address.host();

    if (input.address.trimmed().isEmpty()) {
        fail(wp::Failure::None, tr("Enter the site's address, as you open it in the browser."),
             Field::Address);
        return;
    }
    if (!address.isValid()) {
        fail(wp::Failure::None,
             tr("“%1” is not a web address. Enter it as you open the site in the browser, "
                "e.g. https://example.org.")
                 .arg(input.address.trimmed()),
             Field::Address);
        return;
    }
    if (user.isEmpty()) {
        fail(wp::Failure::None, tr("Enter your user name on the site."), Field::User);
        return;
    }
    const std::optional<wp::SiteRecord> existing =
        replacing.isEmpty() ? std::nullopt : m_accounts->find(replacing);
    if (const std::optional<wp::SiteRecord> other = m_accounts->find(name);
        other && !(existing && sameName(other->name, existing->name))) {
        fail(wp::Failure::None,
             tr("There is already a site named “%1”. Choose another name, or "
                "edit that site instead.")
                 .arg(other->name),
             Field::Name);
        return;
    }

    wp::SiteRecord site;
    site.name = name;
    site.address = address;
    site.user = user;
    if (!password.isEmpty()) {
        runCheck(site, password, replacing);
        return;
    }
    if (!existing) {
        fail(wp::Failure::None,
             tr("Enter the Application Password you created for Postwright "
                "on the site (not your login password)."),
             Field::Password);
        return;
    }
    readPassword(*existing, [this, site, replacing](const QString &stored) {
        runCheck(site, stored, replacing);
    });
}

void SiteSetup::check(const QString &name)
{
    if (isBusy())
        return;
    begin();
    m_recordOnSuccess = false;
    const std::optional<wp::SiteRecord> site = m_accounts->find(name);
    if (!site) {
        fail(wp::Failure::None, tr("There is no site named “%1”.").arg(name));
        return;
    }
    readPassword(*site,
                 [this, site](const QString &password) { runCheck(*site, password, site->name); });
}

void SiteSetup::readPassword(const wp::SiteRecord &site, std::function<void(const QString &)> use)
{
    QPointer<SiteSetup> self(this);
    const quint64 run = m_run;
    m_accounts->readPassword(site, [self, run, use](const wp::SecretStore::Result &result) {
        if (!self || self->m_run != run)
            return;
        if (result.outcome == wp::SecretStore::Outcome::Done) {
            use(result.secret);
            return;
        }
        self->fail(wp::Failure::None,
                   result.outcome == wp::SecretStore::Outcome::NotFound
                       ? tr("No Application Password is stored for this site. Enter it (edit "
                            "the site) to check it again.")
                       : tr("%1 Enter the Application Password again (edit the site).")
                             .arg(result.message),
                   Field::Password);
    });
}

void SiteSetup::runCheck(const wp::SiteRecord &site, const QString &password,
                         const QString &replacing)
{
    // The previous check may still be unwinding from its finished() signal.
    if (m_check)
        m_check.release()->deleteLater();
    if (m_client)
        m_client.release()->deleteLater();
    m_client = std::make_unique<wp::Client>();
    m_check = std::make_unique<wp::SiteCheck>(m_client.get());
    const quint64 run = m_run;
    connect(m_check.get(), &wp::SiteCheck::finished, this, [this, run, site, password, replacing] {
        if (run != m_run)
            return;
        if (!m_check->ok()) {
            fail(m_check->failure(), m_check->message());
            return;
        }
        checked(site, password, replacing);
    });
    m_check->start(site.address, site.user, password);
}

void SiteSetup::checked(const wp::SiteRecord &checkedSite, const QString &password,
                        const QString &replacing)
{
    m_site = m_check->site();
    m_account = m_check->account();
    wp::SiteRecord site = checkedSite;
    site.apiRoot = m_site.apiRoot;
    site.roles = m_account.roles;
    site.canPublish = m_account.canPublish;
    site.unfilteredHtml = m_account.unfilteredHtml;
    if (!m_recordOnSuccess && site.apiRoot == checkedSite.apiRoot &&
        site.roles == checkedSite.roles && site.canPublish == checkedSite.canPublish &&
        site.unfilteredHtml == checkedSite.unfilteredHtml) {
        m_record = site;
        setState(State::Done);
        emit finished();
        return;
    }
    store(site, password, replacing);
}

void SiteSetup::store(const wp::SiteRecord &site, const QString &password, const QString &replacing)
{
    QPointer<SiteSetup> self(this);
    const quint64 run = m_run;
    const auto stored = [self, run, site](const QString &warning) {
        if (!self || self->m_run != run)
            return;
        self->m_storeWarning = warning;
        self->m_record = site;
        self->setState(State::Done);
        emit self->finished();
    };
    const std::optional<wp::SiteRecord> old =
        replacing.isEmpty() ? std::nullopt : m_accounts->find(replacing);
    if (!old || (sameName(old->name, site.name) && old->secretKey() == site.secretKey())) {
        m_accounts->add(site, password, stored);
        return;
    }
    // Renamed, or another user or address: the old record and its password go, so that the
    // keyring keeps no password nothing refers to.
    QPointer<SiteAccounts> accounts(m_accounts);
    m_accounts->remove(old->name, [accounts, site, password, stored](const QString &) {
        if (accounts)
            accounts->add(site, password, stored);
    });
}

void SiteSetup::cancel()
{
    if (!isBusy())
        return;
    ++m_run;
    if (m_check)
        m_check->cancel();
    m_message.clear();
    m_advice.clear();
    setState(State::Idle);
}

void SiteSetup::fail(wp::Failure failure, const QString &message, Field field)
{
    if (field == Field::None && failure == wp::Failure::WrongCredentials)
        field = Field::Password;
    else if (field == Field::None && failure != wp::Failure::Cancelled &&
             failure != wp::Failure::None)
        field = Field::Address;
    m_field = field;
    m_failure = failure;
    m_message = message.isEmpty() ? wp::failureMessage(failure) : message;
    m_advice = adviceFor(failure);
    setState(State::Failed);
    emit finished();
}

void SiteSetup::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

QString SiteSetup::whoYouAre() const
{
    const QString siteName =
        m_site.name.isEmpty() && m_record ? m_record->address.host() : m_site.name;
    if (m_account.roles.isEmpty())
        return tr("You are %1 on “%2”.").arg(m_account.name, siteName);
    return tr("You are %1 (%2) on “%3”.")
        .arg(m_account.name, m_account.roles.join(QStringLiteral(", ")), siteName);
}

QStringList SiteSetup::allowances() const
{
    return allowancesOf(m_account.canPublish, m_account.unfilteredHtml, m_account.canUpload);
}

QStringList SiteSetup::allowancesOf(bool canPublish, bool unfilteredHtml,
                                    std::optional<bool> canUpload)
{
    QStringList sentences;
    sentences << (canPublish ? tr("You can publish posts yourself.")
                             : tr("You can only submit posts for review: an editor publishes "
                                  "them."));
    sentences << (unfilteredHtml
                      ? tr("The site keeps the HTML you send as it is.")
                      : tr("The site filters the HTML you send: scripts, forms and some embeds "
                           "are removed."));
    if (canUpload)
        sentences << (*canUpload ? tr("You can upload images.")
                                 : tr("You cannot upload images: use images already on the "
                                      "site."));
    return sentences;
}

QString SiteSetup::roleSummaryOf(const wp::SiteRecord &site)
{
    QStringList parts;
    if (!site.roles.isEmpty())
        parts << site.roles.join(QStringLiteral(", "));
    parts << (site.canPublish ? tr("publishes") : tr("submits for review"));
    if (!site.unfilteredHtml)
        parts << tr("HTML filtered");
    return parts.join(QStringLiteral("; "));
}

QUrl SiteSetup::passwordPageOf(const QString &typedAddress)
{
    QUrl url = wp::normalizedSiteUrl(typedAddress);
    if (!url.isValid())
        return {};
    url.setPath(url.path() + QStringLiteral("/wp-admin/profile.php"));
    url.setQuery(QString());
    url.setFragment(QStringLiteral("application-passwords-section"));
    return url;
}

QString SiteSetup::adviceFor(wp::Failure failure)
{
    switch (failure) {
    case wp::Failure::None:
    case wp::Failure::Cancelled:
        return {};
    case wp::Failure::WrongCredentials:
        return tr("Check the user name (the one you log in with) and paste the Application "
                  "Password again. Your login password does not work here: create an Application "
                  "Password on your profile page on the site, under “Application Passwords”.");
    case wp::Failure::AppPasswordsUnavailable:
        return tr("Postwright signs in only with an Application Password (WordPress 5.6 or "
                  "later). Once the site offers them, create one on your profile page and check "
                  "again.");
    case wp::Failure::NotWordPress:
        return tr("Check the address: use the address of the blog's front page, e.g. "
                  "https://example.org or https://example.org/blog. If the site does run "
                  "WordPress, a plugin may hide its REST API: ask the site's administrator.");
    case wp::Failure::Unreachable:
        return tr("Check that the address is spelled right, that you are online and that the "
                  "site opens in your browser, then check again.");
    case wp::Failure::Timeout:
        return tr("The site may be slow or busy right now: check again in a moment.");
    case wp::Failure::Tls:
        return tr("Postwright never sends your password over a connection it cannot trust. Once "
                  "the certificate is fixed, check again.");
    case wp::Failure::Redirected:
        return tr("Open the site in your browser and use the address it ends up at.");
    case wp::Failure::Forbidden:
        return tr("Ask the site's administrator to let your account sign in with an Application "
                  "Password.");
    case wp::Failure::NotFound:
    case wp::Failure::Rejected:
    case wp::Failure::BadResponse:
        return tr("A plugin or the host may be changing the site's answers. Check again later, or "
                  "ask the site's administrator.");
    case wp::Failure::Server:
        return tr("Check again later; if it keeps failing, tell the site's administrator.");
    }
    return {};
}

} // namespace pw::gui
