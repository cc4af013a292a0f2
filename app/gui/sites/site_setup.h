// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/site_registry.h"
#include "core/wordpress/wp_response.h"
#include "core/wordpress/wp_site_check.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace pw::wp {
class Client;
class SecretStore;
} // namespace pw::wp

namespace pw::gui {

class SiteAccounts;

// Adding, editing and checking one site, without widgets: the address, user and Application
// Password go through wp::SiteCheck (discovery, then the credentials against users/me), and a
// site that answered is recorded through SiteAccounts. Everything is asynchronous; the state
// says where it stands, and on failure message() says what is wrong and advice() what to do,
// in a writer's words.
class SiteSetup : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Checking, Done, Failed };
    Q_ENUM(State)
    // The input a failure is most likely fixed in.
    enum class Field { None, Name, Address, User, Password };

    // As typed. An empty name takes the address's host name.
    struct Input {
        QString name;
        QString address;
        QString user;
        QString password;
    };

    explicit SiteSetup(SiteAccounts *accounts, QObject *parent = nullptr);
    ~SiteSetup() override;

    // Checks the site and records it when it answers. `replacing` names the site being edited
    // (empty for a new one); with an empty password, the one stored for it is checked and kept.
    void add(const Input &input, const QString &replacing = {});
    // Checks a recorded site with its stored password. What the role allows is updated in the
    // record when it changed on the site; nothing else is written.
    void check(const QString &name);
    // Stops a check under way: the state goes back to Idle and nothing is recorded.
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Checking; }
    // Failed: what went wrong; Failure::None for input the check never got to (no user...).
    wp::Failure failure() const { return m_failure; }
    QString message() const { return m_message; }
    QString advice() const { return m_advice; }
    Field field() const { return m_field; }

    // Done: the site and account as found, and the record as stored.
    const wp::SiteInfo &site() const { return m_site; }
    const wp::Account &account() const { return m_account; }
    std::optional<wp::SiteRecord> record() const { return m_record; }
    // "You are Jane Doe (editor) on “My Blog”."
    QString whoYouAre() const;
    // What the role allows, one sentence each.
    QStringList allowances() const;
    // Done, but the keyring did not keep the password (why, and that it holds for this session).
    QString storeWarning() const { return m_storeWarning; }

    // What to do about a failure of this kind; empty for None and Cancelled.
    static QString adviceFor(wp::Failure failure);
    // One sentence each: publish or only submit for review; HTML filtered; uploads (when known).
    static QStringList allowancesOf(bool canPublish, bool unfilteredHtml,
                                    std::optional<bool> canUpload = std::nullopt);
    // A recorded site's role in a few words, for a list: "editor; publishes; HTML filtered".
    static QString roleSummaryOf(const wp::SiteRecord &site);
    // Where the user creates an Application Password on the site, for a typed address; invalid
    // when the address cannot be one.
    static QUrl passwordPageOf(const QString &typedAddress);

signals:
    void stateChanged(pw::gui::SiteSetup::State state);
    // Done or Failed (not after cancel()).
    void finished();

private:
    void begin();
    void runCheck(const wp::SiteRecord &site, const QString &password, const QString &replacing);
    void checked(const wp::SiteRecord &site, const QString &password, const QString &replacing);
    void store(const wp::SiteRecord &site, const QString &password, const QString &replacing);
    void fail(wp::Failure failure, const QString &message, Field field = Field::None);
    void setState(State state);
    // Reads the stored password of a recorded site; null when it cannot.
    void readPassword(const wp::SiteRecord &site, std::function<void(const QString &)> use);

    SiteAccounts *m_accounts;
    std::unique_ptr<wp::Client> m_client;
    std::unique_ptr<wp::SiteCheck> m_check;
    quint64 m_run = 0; // bumped by every start and by cancel(): late answers of an old run drop
    bool m_recordOnSuccess = true;
    State m_state = State::Idle;
    wp::Failure m_failure = wp::Failure::None;
    QString m_message;
    QString m_advice;
    Field m_field = Field::None;
    wp::SiteInfo m_site;
    wp::Account m_account;
    std::optional<wp::SiteRecord> m_record;
    QString m_storeWarning;
};

} // namespace pw::gui
