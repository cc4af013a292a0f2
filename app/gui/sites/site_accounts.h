// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/secret_store.h"
#include "core/wordpress/site_registry.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace pw::wp {
class Client;
} // namespace pw::wp

namespace pw::gui {

// The user's WordPress sites as the window uses them: the records (SiteRegistry, in the
// application's settings, shared with `postwright site`) and their Application Passwords
// (the system keyring, SecretStore). Every keyring step is asynchronous: a keyring may ask the
// user to unlock it, and the window must not wait for that.
//
// When no keyring answers, a password the user typed is kept in memory for this session only,
// and the caller is told so: never in settings or files.
//
// Callbacks may come after their caller is gone: guard them (QPointer) where that matters.
class SiteAccounts : public QObject {
    Q_OBJECT
public:
    explicit SiteAccounts(QObject *parent = nullptr);
    ~SiteAccounts() override;

    QList<wp::SiteRecord> sites() const;
    std::optional<wp::SiteRecord> find(const QString &name) const;

    // `message` is empty when all went well; otherwise translated, for the user (the password
    // could not be kept: why, and that it holds for this session only).
    using Done = std::function<void(const QString &message)>;

    // Stores the password in the keyring, then the record (replacing one of the same name).
    void add(const wp::SiteRecord &site, const QString &password, Done done);
    // Forgets the site and its password.
    void remove(const QString &name, Done done);

    // The site's Application Password: the one kept for this session when no keyring took it,
    // else the keyring's.
    void readPassword(const wp::SiteRecord &site, wp::SecretStore::Callback done);

    // A client for the site, pointed at its API root with its credentials, or null with the
    // reason (no such site; no password stored: add the site again).
    using Connected = std::function<void(std::unique_ptr<wp::Client> client, const QString &error)>;
    void connectTo(const QString &name, Connected done);

    // Where the media cache, publish ledger and memo live: the command line's folder, so both
    // know what the other uploaded and published.
    static QString dataFolder();

signals:
    void sitesChanged();

private:
    wp::SecretStore *m_secrets;
    QHash<QString, QString> m_sessionPasswords; // by secretKey(), when no keyring answered
};

} // namespace pw::gui
