// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace pw::wp {

// Application Passwords in the system keyring (the Secret Service or KWallet, through
// QtKeychain), never anywhere else: QtKeychain's plain-text fallback stays off. Asynchronous:
// a keyring may ask the user to unlock it.
class SecretStore : public QObject {
    Q_OBJECT

public:
    enum class Outcome {
        Done,
        NotFound,   // nothing stored under the key
        NoKeyring,  // no keyring answers: the secret can be used, not kept
        Failed,     // the keyring refused (access denied, locked, ...)
    };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QString secret;  // read: the secret when Done
        QString message; // translated, when not Done
    };
    using Callback = std::function<void(const Result &)>;

    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &key, Callback done);
    void write(const QString &key, const QString &secret, Callback done);
    void remove(const QString &key, Callback done);

    static QString serviceName();
};

} // namespace pw::wp
