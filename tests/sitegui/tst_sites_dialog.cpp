// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/gui_test_main.h"
#include "site/wp_test_env.h"

#include "core/wordpress/secret_store.h"
#include "core/wordpress/wp_route.h"
#include "gui/dialogs/add_site_dialog.h"
#include "gui/dialogs/sites_dialog.h"
#include "gui/sites/site_accounts.h"
#include "gui/sites/site_setup.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTreeWidget>

// Settings → Sites against the real test WordPress and its private keyring: adding a site with
// a good and a wrong password, addresses that are not WordPress or do not answer, stopping a
// check, checking, editing and removing a site.

using namespace pw;
using namespace pw::gui;

namespace {

// A web server on loopback that is not WordPress: answers every request with `body`, or never
// answers at all (silent).
class FakeSite : public QTcpServer {
public:
    FakeSite(QByteArray contentType, QByteArray body, bool silent = false)
    {
        connect(this, &QTcpServer::newConnection, this, [this, contentType, body, silent] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                if (silent)
                    continue; // the connection stays open, unanswered
                connect(socket, &QTcpSocket::readyRead, socket, [socket, contentType, body] {
                    const bool head = socket->readAll().startsWith("HEAD ");
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                                  "\r\nContent-Length: " + QByteArray::number(body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + (head ? QByteArray() : body));
                    socket->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }

    QString address() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
};

QString uniqueName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->generate(), 36);
}

wp::SecretStore::Result readSecret(const QString &key)
{
    wp::SecretStore store;
    wp::SecretStore::Result result;
    bool done = false;
    store.read(key, [&](const wp::SecretStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.message = QStringLiteral("the keyring did not answer");
    return result;
}

QString keyOf(const QString &user, const QString &address)
{
    wp::SiteRecord site;
    site.user = user;
    site.address = wp::normalizedSiteUrl(address);
    return site.secretKey();
}

void fill(AddSiteDialog *dialog, const QString &name, const QString &address, const QString &user,
          const QString &password)
{
    dialog->nameEdit()->setText(name);
    dialog->addressEdit()->setText(address);
    dialog->userEdit()->setText(user);
    dialog->passwordEdit()->setText(password);
}

// Clicks "Check and Add" and waits for the check to end; false when it never did.
bool checkAndWait(AddSiteDialog *dialog)
{
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    return QTest::qWaitFor([dialog] { return !dialog->setup()->isBusy(); }, 60000);
}

QTreeWidgetItem *rowOf(const SitesDialog &dialog, const QString &name)
{
    const QList<QTreeWidgetItem *> items = dialog.siteList()->findItems(name, Qt::MatchExactly, 0);
    return items.isEmpty() ? nullptr : items.first();
}

bool removeAndWait(SiteAccounts &accounts, const QString &name)
{
    bool done = false;
    accounts.remove(name, [&](const QString &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 20000);
}

} // namespace

class TestSitesDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordPageFollowsTheAddress();
    void adviceAndAllowances();
    void addWithGoodPassword();
    void wrongPasswordKeepsInput();
    void notWordPress();
    void unreachable();
    void applicationPasswordsUnavailable();
    void stopKeepsWindowUsable();
    void checkEditRemove();

private:
    // Adds through a fresh dialog; the dialog (still open) is returned.
    AddSiteDialog *failToAdd(SitesDialog &sites, const QString &name, const QString &address,
                             const QString &user, const QString &password);

    test::WpTestEnv m_env;
};

void TestSitesDialog::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
}

void TestSitesDialog::passwordPageFollowsTheAddress()
{
    SiteAccounts accounts;
    AddSiteDialog dialog(&accounts);
    dialog.show();
    QVERIFY(!dialog.passwordPageUrl().isValid());
    QTest::keyClicks(dialog.addressEdit(), QStringLiteral("example.org/blog"));
    // No scheme typed: https, as normalizedSiteUrl assumes; the fragment is the section's id
    // on WordPress' profile page (wp-admin/user-edit.php, since 5.6).
    const QString expected = QStringLiteral(
        "https://example.org/blog/wp-admin/profile.php#application-passwords-section");
    QCOMPARE(dialog.passwordPageUrl().toString(), expected);
    QVERIFY2(
        dialog.passwordPageLabel()->text().contains(QStringLiteral("href=\"%1\"").arg(expected)),
        qPrintable(dialog.passwordPageLabel()->text()));
    QVERIFY(dialog.passwordPageLabel()->openExternalLinks());

    dialog.addressEdit()->clear();
    QTest::keyClicks(dialog.addressEdit(), QStringLiteral("http://127.0.0.1:8080/"));
    QCOMPARE(
        dialog.passwordPageUrl().toString(),
        QStringLiteral("http://127.0.0.1:8080/wp-admin/profile.php#application-passwords-section"));
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
}

void TestSitesDialog::adviceAndAllowances()
{
    using wp::Failure;
    const QString wrong = SiteSetup::adviceFor(Failure::WrongCredentials);
    const QString unavailable = SiteSetup::adviceFor(Failure::AppPasswordsUnavailable);
    const QString notWordPress = SiteSetup::adviceFor(Failure::NotWordPress);
    const QString unreachable = SiteSetup::adviceFor(Failure::Unreachable);
    QVERIFY2(wrong.contains(QLatin1String("Application Password")), qPrintable(wrong));
    QVERIFY2(unavailable.contains(QLatin1String("Application Password")), qPrintable(unavailable));
    QVERIFY2(notWordPress.contains(QLatin1String("address")), qPrintable(notWordPress));
    QVERIFY2(unreachable.contains(QLatin1String("online")), qPrintable(unreachable));
    QCOMPARE(QSet<QString>({wrong, unavailable, notWordPress, unreachable}).size(), 4);
    for (Failure failure : {Failure::Timeout, Failure::Tls, Failure::Redirected, Failure::Server,
                            Failure::BadResponse, Failure::Forbidden})
        QVERIFY(!SiteSetup::adviceFor(failure).isEmpty());
    QVERIFY(SiteSetup::adviceFor(Failure::None).isEmpty());
    QVERIFY(SiteSetup::adviceFor(Failure::Cancelled).isEmpty());

    // A contributor: no publish_posts, no unfiltered_html, no upload_files.
    const QStringList contributor = SiteSetup::allowancesOf(false, false, false);
    QCOMPARE(contributor.size(), 3);
    QVERIFY2(contributor.at(0).contains(QLatin1String("review")), qPrintable(contributor.at(0)));
    QVERIFY2(contributor.at(1).contains(QLatin1String("filters")), qPrintable(contributor.at(1)));
    QVERIFY2(contributor.at(2).contains(QLatin1String("cannot upload")),
             qPrintable(contributor.at(2)));
    const QStringList administrator = SiteSetup::allowancesOf(true, true, true);
    QVERIFY(administrator.at(0).contains(QLatin1String("publish posts yourself")));
    QVERIFY(!administrator.join(QLatin1Char(' ')).contains(QLatin1String("filters")));
    // Uploads unknown (a stored record does not keep them): no sentence about them.
    QCOMPARE(SiteSetup::allowancesOf(true, true).size(), 2);

    wp::SiteRecord author;
    author.roles = {QStringLiteral("author")};
    author.canPublish = true;
    author.unfilteredHtml = false;
    QCOMPARE(SiteSetup::roleSummaryOf(author), QStringLiteral("author; publishes; HTML filtered"));
}

void TestSitesDialog::addWithGoodPassword()
{
    SiteAccounts accounts;
    SitesDialog sites(&accounts);
    sites.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sites));
    const int rowsBefore = sites.siteList()->topLevelItemCount();

    QVERIFY(!sites.siteDialog());
    QTest::mouseClick(sites.addButton(), Qt::LeftButton);
    AddSiteDialog *add = sites.siteDialog();
    QVERIFY(add);
    QVERIFY(add->isVisible());
    QVERIFY(!add->isEditing());

    const QString name = uniqueName("pretty");
    const test::WpUser admin = m_env.user("pretty", "admin");
    const QString address = m_env.url("pretty").toString();
    fill(add, name, address, admin.name, admin.applicationPassword);
    QTest::mouseClick(add->checkButton(), Qt::LeftButton);
    // The click returned before the site answered: the check runs while the window does not
    // wait, with a busy indicator and the input locked.
    QCOMPARE(add->setup()->state(), SiteSetup::State::Checking);
    QVERIFY(add->busyIndicator()->isVisible());
    QVERIFY(add->stopButton()->isVisible());
    QVERIFY(add->passwordEdit()->isReadOnly());
    QVERIFY(QTest::qWaitFor([add] { return !add->setup()->isBusy(); }, 60000));
    QCOMPARE(add->setup()->state(), SiteSetup::State::Done);
    QVERIFY(!add->busyIndicator()->isVisible());

    // Who you are: the admin user is an administrator on the site named in its settings
    // (tests/services/wordpress.sh).
    const QString who = add->resultLabel()->text();
    QVERIFY2(who.contains(QLatin1String("(administrator)")), qPrintable(who));
    QVERIFY2(who.contains(QLatin1String("Postwright tests (pretty permalinks)")), qPrintable(who));
    QVERIFY2(add->detailLabel()->text().contains(QLatin1String("You can publish posts yourself.")),
             qPrintable(add->detailLabel()->text()));
    QVERIFY2(add->detailLabel()->text().contains(QLatin1String("You can upload images.")),
             qPrintable(add->detailLabel()->text()));

    const std::optional<wp::SiteRecord> record = accounts.find(name);
    QVERIFY(record);
    QCOMPARE(record->roles, QStringList{QStringLiteral("administrator")});
    QVERIFY(record->canPublish);
    QVERIFY(record->unfilteredHtml);
    QCOMPARE(record->user, admin.name);
    QCOMPARE(record->apiRoot.toString(), address + QStringLiteral("/wp-json/"));

    QTreeWidgetItem *row = rowOf(sites, name);
    QVERIFY(row);
    QCOMPARE(sites.siteList()->topLevelItemCount(), rowsBefore + 1);
    QCOMPARE(row->text(1), address);
    QCOMPARE(row->text(2), admin.name);
    QVERIFY2(row->text(3).startsWith(QLatin1String("administrator; publishes")),
             qPrintable(row->text(3)));
    QCOMPARE(sites.currentSite(), name);

    const wp::SecretStore::Result secret = readSecret(record->secretKey());
    QCOMPARE(secret.outcome, wp::SecretStore::Outcome::Done);
    QCOMPARE(secret.secret, admin.applicationPassword);

    // Closing after the add accepts.
    add->reject();
    QCOMPARE(add->result(), int(QDialog::Accepted));
    QVERIFY(removeAndWait(accounts, name));
}

AddSiteDialog *TestSitesDialog::failToAdd(SitesDialog &sites, const QString &name,
                                          const QString &address, const QString &user,
                                          const QString &password)
{
    AddSiteDialog *add = sites.addSite();
    fill(add, name, address, user, password);
    if (!checkAndWait(add))
        return nullptr;
    return add;
}

void TestSitesDialog::wrongPasswordKeepsInput()
{
    SiteAccounts accounts;
    SitesDialog sites(&accounts);
    sites.show();
    const int rowsBefore = sites.siteList()->topLevelItemCount();
    const QString name = uniqueName("wrong");
    const test::WpUser editor = m_env.user("pretty", "editor");
    const QString address = m_env.url("pretty").toString();
    const QString wrong = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");
    AddSiteDialog *add = failToAdd(sites, name, address, editor.name, wrong);
    QVERIFY(add);
    QCOMPARE(add->setup()->state(), SiteSetup::State::Failed);
    QCOMPARE(add->setup()->failure(), wp::Failure::WrongCredentials);
    const QString message = add->resultLabel()->text();
    QVERIFY2(message.contains(QLatin1String("Application Password")), qPrintable(message));
    QVERIFY2(message.contains(editor.name), qPrintable(message));
    QCOMPARE(add->detailLabel()->text(), SiteSetup::adviceFor(wp::Failure::WrongCredentials));
    QCOMPARE(add->setup()->field(), SiteSetup::Field::Password);

    // Still open, the input as typed and editable again for the next try.
    QVERIFY(add->isVisible());
    QCOMPARE(add->nameEdit()->text(), name);
    QCOMPARE(add->addressEdit()->text(), address);
    QCOMPARE(add->userEdit()->text(), editor.name);
    QCOMPARE(add->passwordEdit()->text(), wrong);
    QVERIFY(!add->passwordEdit()->isReadOnly());
    QVERIFY(add->checkButton()->isEnabled());

    // Nothing stored.
    QVERIFY(!accounts.find(name));
    QCOMPARE(sites.siteList()->topLevelItemCount(), rowsBefore);
    QCOMPARE(readSecret(keyOf(editor.name, address)).outcome, wp::SecretStore::Outcome::NotFound);

    // The next try with the right password succeeds in the same dialog.
    add->passwordEdit()->setText(editor.applicationPassword);
    QVERIFY(checkAndWait(add));
    QCOMPARE(add->setup()->state(), SiteSetup::State::Done);
    QVERIFY2(add->resultLabel()->text().contains(QLatin1String("(editor)")),
             qPrintable(add->resultLabel()->text()));
    QVERIFY(accounts.find(name));
    QVERIFY(removeAndWait(accounts, name));
    QCOMPARE(readSecret(keyOf(editor.name, address)).outcome, wp::SecretStore::Outcome::NotFound);
}

void TestSitesDialog::notWordPress()
{
    FakeSite html("text/html; charset=UTF-8", "<!DOCTYPE html><html><body>Hello</body></html>");
    QVERIFY(html.isListening());
    SiteAccounts accounts;
    SitesDialog sites(&accounts);
    const QString name = uniqueName("html");
    AddSiteDialog *add = failToAdd(sites, name, html.address(), QStringLiteral("admin"),
                                   QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    QVERIFY(add);
    QCOMPARE(add->setup()->failure(), wp::Failure::NotWordPress);
    QVERIFY2(add->resultLabel()->text().contains(QLatin1String("WordPress")),
             qPrintable(add->resultLabel()->text()));
    QCOMPARE(add->detailLabel()->text(), SiteSetup::adviceFor(wp::Failure::NotWordPress));
    QCOMPARE(add->setup()->field(), SiteSetup::Field::Address);
    QVERIFY(add->isVisible());
    QCOMPARE(add->addressEdit()->text(), html.address());
    QVERIFY(!accounts.find(name));
    QCOMPARE(readSecret(keyOf(QStringLiteral("admin"), html.address())).outcome,
             wp::SecretStore::Outcome::NotFound);
}

void TestSitesDialog::unreachable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString address = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close(); // nothing listens there now
    SiteAccounts accounts;
    SitesDialog sites(&accounts);
    const QString name = uniqueName("closed");
    AddSiteDialog *add = failToAdd(sites, name, address, QStringLiteral("admin"),
                                   QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    QVERIFY(add);
    QCOMPARE(add->setup()->failure(), wp::Failure::Unreachable);
    QVERIFY2(add->resultLabel()->text().contains(QLatin1String("cannot be reached")),
             qPrintable(add->resultLabel()->text()));
    QCOMPARE(add->detailLabel()->text(), SiteSetup::adviceFor(wp::Failure::Unreachable));
    QVERIFY(add->isVisible());
    QVERIFY(!accounts.find(name));
}

void TestSitesDialog::applicationPasswordsUnavailable()
{
    // A REST index with wp/v2 but without the "authentication" section: what WordPress serves
    // when Application Passwords are turned off (wp_is_application_passwords_available false).
    FakeSite restOnly("application/json; charset=UTF-8",
                      R"({"name":"Locked blog","namespaces":["oembed/1.0","wp/v2"],"routes":{}})");
    QVERIFY(restOnly.isListening());
    SiteAccounts accounts;
    SitesDialog sites(&accounts);
    const QString name = uniqueName("locked");
    AddSiteDialog *add = failToAdd(sites, name, restOnly.address(), QStringLiteral("admin"),
                                   QStringLiteral("abcd efgh ijkl mnop qrst uvwx"));
    QVERIFY(add);
    QCOMPARE(add->setup()->failure(), wp::Failure::AppPasswordsUnavailable);
    // On loopback plain HTTP is allowed, so the reason given is that they are turned off.
    const QString message = add->resultLabel()->text();
    QVERIFY2(message.contains(QLatin1String("turned off")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("https://")), qPrintable(message));
    QCOMPARE(add->detailLabel()->text(),
             SiteSetup::adviceFor(wp::Failure::AppPasswordsUnavailable));
    QVERIFY(!accounts.find(name));
}

void TestSitesDialog::stopKeepsWindowUsable()
{
    FakeSite silent("text/html", {}, true);
    QVERIFY(silent.isListening());
    SiteAccounts accounts;
    SitesDialog sites(&accounts);
    sites.show();
    AddSiteDialog *add = sites.addSite();
    const QString name = uniqueName("silent");
    fill(add, name, silent.address(), QStringLiteral("admin"), QStringLiteral("pw"));
    QTest::mouseClick(add->checkButton(), Qt::LeftButton);
    QCOMPARE(add->setup()->state(), SiteSetup::State::Checking);

    // The event loop keeps turning while the site does not answer.
    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, [&] { ++ticks; });
    timer.start(20);
    QTest::qWait(400);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QCOMPARE(add->setup()->state(), SiteSetup::State::Checking);

    QTest::mouseClick(add->stopButton(), Qt::LeftButton);
    QCOMPARE(add->setup()->state(), SiteSetup::State::Idle);
    QVERIFY(!add->busyIndicator()->isVisible());
    QVERIFY(!add->addressEdit()->isReadOnly());
    QVERIFY(add->checkButton()->isEnabled());
    QCOMPARE(add->addressEdit()->text(), silent.address());
    // A late answer of the stopped check changes nothing.
    QTest::qWait(200);
    QCOMPARE(add->setup()->state(), SiteSetup::State::Idle);
    QVERIFY(add->isVisible());
    QVERIFY(!accounts.find(name));
}

void TestSitesDialog::checkEditRemove()
{
    SiteAccounts accounts;
    SitesDialog sites(&accounts);
    sites.show();
    const QString name = uniqueName("plain");
    const test::WpUser author = m_env.user("plain", "author");
    const QString address = m_env.url("plain").toString();

    AddSiteDialog *add = sites.addSite();
    fill(add, name, address, author.name, author.applicationPassword);
    QVERIFY(checkAndWait(add));
    QCOMPARE(add->setup()->state(), SiteSetup::State::Done);
    // An author publishes, but WordPress filters an author's HTML (no unfiltered_html).
    QVERIFY2(add->detailLabel()->text().contains(QLatin1String("filters the HTML")),
             qPrintable(add->detailLabel()->text()));
    const std::optional<wp::SiteRecord> added = accounts.find(name);
    QVERIFY(added);
    QVERIFY(!added->unfilteredHtml);
    QVERIFY2(added->apiRoot.query().contains(QLatin1String("rest_route=/")),
             qPrintable(added->apiRoot.toString()));
    add->reject();
    QVERIFY(QTest::qWaitFor([&] { return !sites.siteDialog(); }));

    // Another site of the same name is refused before anything is sent.
    AddSiteDialog *twin = sites.addSite();
    fill(twin, name.toUpper(), address, author.name, author.applicationPassword);
    QVERIFY(checkAndWait(twin));
    QCOMPARE(twin->setup()->state(), SiteSetup::State::Failed);
    QCOMPARE(twin->setup()->field(), SiteSetup::Field::Name);
    QVERIFY2(twin->resultLabel()->text().contains(QLatin1String("already")),
             qPrintable(twin->resultLabel()->text()));
    twin->reject();
    QVERIFY(QTest::qWaitFor([&] { return !sites.siteDialog(); }));

    // Check: with the stored password, the result under the list.
    sites.selectSite(name);
    QCOMPARE(sites.currentSite(), name);
    QVERIFY(sites.checkButton()->isEnabled());
    QTest::mouseClick(sites.checkButton(), Qt::LeftButton);
    QCOMPARE(sites.checker()->state(), SiteSetup::State::Checking);
    QVERIFY(QTest::qWaitFor([&] { return !sites.checker()->isBusy(); }, 60000));
    QCOMPARE(sites.checker()->state(), SiteSetup::State::Done);
    QVERIFY2(sites.checkResultLabel()->text().contains(QLatin1String("(author)")),
             qPrintable(sites.checkResultLabel()->text()));

    // Edit: prefilled; renamed with the password left empty, which keeps the stored one.
    QTest::mouseClick(sites.editButton(), Qt::LeftButton);
    AddSiteDialog *edit = sites.siteDialog();
    QVERIFY(edit);
    QVERIFY(edit->isEditing());
    QCOMPARE(edit->nameEdit()->text(), name);
    QCOMPARE(edit->addressEdit()->text(), address);
    QCOMPARE(edit->userEdit()->text(), author.name);
    QVERIFY(edit->passwordEdit()->text().isEmpty());
    const QString renamed = name + QStringLiteral("-renamed");
    edit->nameEdit()->setText(renamed);
    QVERIFY(checkAndWait(edit));
    QVERIFY2(edit->setup()->state() == SiteSetup::State::Done,
             qPrintable(edit->resultLabel()->text()));
    QVERIFY(!accounts.find(name));
    const std::optional<wp::SiteRecord> edited = accounts.find(renamed);
    QVERIFY(edited);
    QVERIFY(!rowOf(sites, name));
    QVERIFY(rowOf(sites, renamed));
    const wp::SecretStore::Result kept = readSecret(edited->secretKey());
    QCOMPARE(kept.outcome, wp::SecretStore::Outcome::Done);
    QCOMPARE(kept.secret, author.applicationPassword);
    edit->reject();
    QVERIFY(QTest::qWaitFor([&] { return !sites.siteDialog(); }));

    // Remove asks first; Cancel keeps the site.
    sites.selectSite(renamed);
    QTest::mouseClick(sites.removeButton(), Qt::LeftButton);
    QMessageBox *question = sites.removeQuestion();
    QVERIFY(question);
    QVERIFY2(question->text().contains(renamed), qPrintable(question->text()));
    question->button(QMessageBox::Cancel)->click();
    QTest::qWait(100);
    QVERIFY(accounts.find(renamed));

    QTest::mouseClick(sites.removeButton(), Qt::LeftButton);
    question = sites.removeQuestion();
    QVERIFY(question);
    question->button(QMessageBox::Yes)->click();
    QVERIFY(QTest::qWaitFor([&] { return !accounts.find(renamed); }, 20000));
    QVERIFY(!rowOf(sites, renamed));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return readSecret(edited->secretKey()).outcome == wp::SecretStore::Outcome::NotFound;
        },
        20000));
}

PW_GUI_TEST_MAIN(TestSitesDialog)
#include "tst_sites_dialog.moc"
