// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/wp_test_env.h"

#include "core/wordpress/secret_store.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_site_check.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// Adding a site against the real test WordPress (6.1 from Debian): discovery with pretty and
// plain permalinks, the credentials check, what each role may do, and the keyring.

using namespace pw;
using namespace pw::wp;

namespace {

struct Checked {
    bool ok = false;
    Failure failure = Failure::None;
    QString message;
    SiteInfo site;
    Account account;
};

Checked check(const QUrl &address, const QString &user = {}, const QString &password = {})
{
    Client client;
    SiteCheck check(&client);
    QSignalSpy finished(&check, &SiteCheck::finished);
    check.start(address, user, password);
    if (!finished.wait(30000))
        return {};
    return {check.ok(), check.failure(), check.message(), check.site(), check.account()};
}

// Answers every request with an HTML page and status 200, as a site without WordPress does.
class HtmlServer : public QTcpServer {
public:
    HtmlServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray page = "<!DOCTYPE html><html><body>Hello</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
                                  "Content-Length: " + QByteArray::number(page.size()) +
                                  "\r\nConnection: close\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
};

} // namespace

class TestWpSiteCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void prettyPermalinks();
    void plainPermalinks();
    void wrongPassword();
    void authorMayNotPostUnfilteredHtml();
    void notWordPress();
    void unreachable();
    void keyringRoundTrip();

private:
    test::WpTestEnv m_env;
};

void TestWpSiteCheck::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
}

void TestWpSiteCheck::prettyPermalinks()
{
    const test::WpUser admin = m_env.user("pretty", "admin");
    const Checked c = check(m_env.url("pretty"), admin.name, admin.applicationPassword);
    QVERIFY2(c.ok, qPrintable(c.message));
    QCOMPARE(c.site.apiRoot.toString(), m_env.url("pretty").toString() + QStringLiteral("/wp-json/"));
    QCOMPARE(c.site.name, QStringLiteral("Postwright tests (pretty permalinks)"));
    QVERIFY(c.site.applicationPasswords);
    QCOMPARE(c.account.roles, QStringList{QStringLiteral("administrator")});
    QVERIFY(c.account.canPublish);
    QVERIFY(c.account.unfilteredHtml);
}

void TestWpSiteCheck::plainPermalinks()
{
    // /wp-json/ answers with the HTML front page and status 200 here: discovery must not take
    // it for the API.
    const test::WpUser editor = m_env.user("plain", "editor");
    const Checked c = check(m_env.url("plain"), editor.name, editor.applicationPassword);
    QVERIFY2(c.ok, qPrintable(c.message));
    QVERIFY2(c.site.apiRoot.query().contains(QLatin1String("rest_route=/")),
             qPrintable(c.site.apiRoot.toString()));
    QCOMPARE(c.account.roles, QStringList{QStringLiteral("editor")});
}

void TestWpSiteCheck::wrongPassword()
{
    // WordPress serves a wrong password as anonymous on public routes; users/me tells.
    const test::WpUser admin = m_env.user("pretty", "admin");
    const Checked c = check(m_env.url("pretty"), admin.name, QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    QVERIFY(!c.ok);
    QCOMPARE(c.failure, Failure::WrongCredentials);
    QVERIFY2(c.message.contains(admin.name), qPrintable(c.message));
}

void TestWpSiteCheck::authorMayNotPostUnfilteredHtml()
{
    const test::WpUser author = m_env.user("pretty", "author");
    const Checked c = check(m_env.url("pretty"), author.name, author.applicationPassword);
    QVERIFY2(c.ok, qPrintable(c.message));
    QCOMPARE(c.account.roles, QStringList{QStringLiteral("author")});
    QVERIFY(c.account.canPublish);
    QVERIFY(!c.account.unfilteredHtml);
    QVERIFY(c.account.canUpload);
}

void TestWpSiteCheck::notWordPress()
{
    HtmlServer server;
    QVERIFY(server.isListening());
    const Checked c = check(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                            QStringLiteral("admin"), QStringLiteral("x"));
    QVERIFY(!c.ok);
    QCOMPARE(c.failure, Failure::NotWordPress);
}

void TestWpSiteCheck::unreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const Checked c = check(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(!c.ok);
    QCOMPARE(c.failure, Failure::Unreachable);
}

void TestWpSiteCheck::keyringRoundTrip()
{
    SecretStore store;
    const QString key = QStringLiteral("admin@http://127.0.0.1:1/tst_wp_site_check");
    const auto run = [&](auto start) -> SecretStore::Result {
        SecretStore::Result result;
        bool done = false;
        start([&](const SecretStore::Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.message = QStringLiteral("the keyring did not answer");
        return result;
    };
    const auto written = run([&](SecretStore::Callback cb) { store.write(key, QStringLiteral("pQg2 P6aH"), cb); });
    QCOMPARE(written.outcome, SecretStore::Outcome::Done);
    const auto read = run([&](SecretStore::Callback cb) { store.read(key, cb); });
    QCOMPARE(read.outcome, SecretStore::Outcome::Done);
    QCOMPARE(read.secret, QStringLiteral("pQg2 P6aH"));
    const auto removed = run([&](SecretStore::Callback cb) { store.remove(key, cb); });
    QCOMPARE(removed.outcome, SecretStore::Outcome::Done);
    const auto gone = run([&](SecretStore::Callback cb) { store.read(key, cb); });
    QCOMPARE(gone.outcome, SecretStore::Outcome::NotFound);
}

QTEST_GUILESS_MAIN(TestWpSiteCheck)
#include "tst_wp_site_check.moc"
