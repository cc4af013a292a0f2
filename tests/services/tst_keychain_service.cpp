// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// QtKeychain against the real Secret Service that keyring.sh provides: what the site client
// will do with an Application Password. Run it inside tests/services/keyring.sh; under
// keyring.sh --no-keyring it checks instead that QtKeychain fails, and fast, without one.

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTest>
#include <QUuid>

namespace {

const QString service = QStringLiteral("postwright-keychain-test");

// Runs a QtKeychain job to its end (the jobs are asynchronous; the client's will be too).
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QKeychain::Error write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(key);
    job.setTextData(secret);
    run(job);
    return job.error();
}

// The secret as secret-tool finds it: proves the entry is in the Secret Service, not in a
// fallback file. QtKeychain's libsecret backend files it under "server" and "user".
QString lookedUp(const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                               service, QStringLiteral("user"), key});
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestKeychainService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
                     !qEnvironmentVariableIsEmpty("PW_KEYRING"),
                 "no session bus: run this test inside tests/services/keyring.sh");
    }

    void init()
    {
        const bool needsKeyring = QByteArray(QTest::currentTestFunction()) != "failsWithoutKeyring";
        if (needsKeyring != (qgetenv("PW_KEYRING") == "gnome-keyring"))
            QSKIP("for the other keyring.sh mode");
    }

    void storeReadDelete()
    {
        const QString key =
            QStringLiteral("admin@test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("abcd EFGH ijkl 1234 ÄÖÜß 😀");
        QCOMPARE(write(key, secret), QKeychain::NoError);
        QCOMPARE(lookedUp(key), secret);

        QKeychain::ReadPasswordJob read(service);
        read.setKey(key);
        run(read);
        QCOMPARE(read.error(), QKeychain::NoError);
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(key);
        run(remove);
        QCOMPARE(remove.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob again(service);
        again.setKey(key);
        run(again);
        QCOMPARE(again.error(), QKeychain::EntryNotFound);
        QCOMPARE(lookedUp(key), QString());
    }

    void overwriteKeepsOneEntry()
    {
        const QString key =
            QStringLiteral("editor@test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(write(key, QStringLiteral("first")), QKeychain::NoError);
        QCOMPARE(write(key, QStringLiteral("second")), QKeychain::NoError);
        QKeychain::ReadPasswordJob read(service);
        read.setKey(key);
        run(read);
        QCOMPARE(read.textData(), QStringLiteral("second"));
        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(key);
        run(remove);
        QCOMPARE(remove.error(), QKeychain::NoError);
    }

    // No Secret Service on the bus (and none that D-Bus could start): an error, not a hang,
    // and no silent plain-text fallback (setInsecureFallback is off by default).
    void failsWithoutKeyring()
    {
        QElapsedTimer timer;
        timer.start();
        QKeychain::WritePasswordJob job(service);
        job.setKey(QStringLiteral("nobody"));
        job.setTextData(QStringLiteral("secret"));
        run(job);
        qInfo() << "without a keyring:" << job.error() << job.errorString() << timer.elapsed()
                << "ms";
        QVERIFY(job.error() != QKeychain::NoError);
        QVERIFY(!job.errorString().isEmpty());
        QVERIFY2(timer.elapsed() < 10000, "QtKeychain waited for a keyring that is not there");

        QKeychain::ReadPasswordJob read(service);
        read.setKey(QStringLiteral("nobody"));
        run(read);
        QVERIFY(read.error() != QKeychain::NoError);
    }
};

QTEST_GUILESS_MAIN(TestKeychainService)
#include "tst_keychain_service.moc"
