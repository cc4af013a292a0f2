// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A client that goes while its requests are still out: the window drops one whenever a dialog
// closes or another site is chosen. Nothing may crash, and no call may report afterwards.

#include "core/wordpress/wp_client.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace pw::wp;

class TestWpClientLifetime : public QObject {
    Q_OBJECT

private slots:
    void init();
    void clientGoesBeforeItsCalls();
    void callsGoWithTheClientsOwner();

private:
    // A server that takes connections and never answers.
    std::unique_ptr<QTcpServer> m_silent;
    QList<QTcpSocket *> m_connections;
};

void TestWpClientLifetime::init()
{
    m_silent = std::make_unique<QTcpServer>();
    QVERIFY(m_silent->listen(QHostAddress::LocalHost));
    connect(m_silent.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_silent->nextPendingConnection())
            m_connections.append(socket);
    });
}

void TestWpClientLifetime::clientGoesBeforeItsCalls()
{
    auto client = std::make_unique<Client>();
    client->setApiRoot(QUrl(QStringLiteral("http://127.0.0.1:%1/wp-json/").arg(m_silent->serverPort())));
    client->setCredentials(QStringLiteral("ana"), QStringLiteral("abcd efgh"));
    QPointer<Call> read = client->get(QStringLiteral("/wp/v2/posts"));
    QPointer<Call> write =
        client->send("POST", QStringLiteral("/wp/v2/posts"), {{QStringLiteral("title"), 1}});
    int reports = 0;
    connect(read, &Call::finished, this, [&reports] { ++reports; });
    connect(write, &Call::finished, this, [&reports] { ++reports; });
    QTRY_VERIFY(m_connections.size() >= 2);

    client.reset();
    // The calls went with their client, without reporting (an abort would say "cancelled").
    QVERIFY(!read);
    QVERIFY(!write);
    QTest::qWait(50);
    QCOMPARE(reports, 0);
}

void TestWpClientLifetime::callsGoWithTheClientsOwner()
{
    // The way a dialog holds them: an object that owns the client and deletes its calls when it
    // goes, destroyed with the client (before it, or after it).
    for (const bool callsFirst : {false, true}) {
        auto owner = std::make_unique<QObject>();
        auto client = std::make_unique<Client>();
        client->setApiRoot(QUrl(QStringLiteral("http://127.0.0.1:%1/wp-json/").arg(m_silent->serverPort())));
        QPointer<Call> call = client->get(QStringLiteral("/wp/v2/posts"));
        int reports = 0;
        connect(call, &Call::finished, owner.get(), [&reports] { ++reports; });
        // The owner deletes the call when it goes, if the call is still there.
        connect(owner.get(), &QObject::destroyed, [call] { delete call.data(); });
        QTest::qWait(20);
        if (callsFirst) {
            owner.reset();
            client.reset();
        } else {
            client.reset();
            owner.reset();
        }
        QTest::qWait(20);
        QCOMPARE(reports, 0);
    }
}

QTEST_GUILESS_MAIN(TestWpClientLifetime)
#include "tst_wp_client_lifetime.moc"
