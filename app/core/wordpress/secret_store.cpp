// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/secret_store.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace pw::wp {

namespace {

struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(pw::wp::SecretStore)
};

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    SecretStore::Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.outcome = SecretStore::Outcome::Done;
        return result;
    case QKeychain::EntryNotFound:
        result.outcome = SecretStore::Outcome::NotFound;
        result.message = SecretText::tr("No password is stored in the keyring for this site.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.outcome = SecretStore::Outcome::NoKeyring;
        result.message = SecretText::tr("No system keyring answers (%1), so the password is not "
                                        "kept: it will be asked for again.")
                             .arg(job.errorString());
        return result;
    default:
        result.outcome = SecretStore::Outcome::Failed;
        result.message = SecretText::tr("The system keyring refused: %1").arg(job.errorString());
        return result;
    }
}

template <typename JobType>
JobType *newJob(const QString &key, QObject *parent)
{
    auto *job = new JobType(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    return QStringLiteral("Postwright WordPress");
}

void SecretStore::read(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        Result result = resultOf(*finished);
        if (result.outcome == Outcome::Done)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(resultOf(*finished)); });
    job->start();
}

void SecretStore::remove(const QString &key, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this,
            [done](QKeychain::Job *finished) { done(resultOf(*finished)); });
    job->start();
}

} // namespace pw::wp
