// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/wp_test_env.h"

#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_publisher.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// The publisher against the real test WordPress: create, update, a conflict with a change made
// on the server and each way out of it, a create whose answer was lost (no second post), a
// schedule, the SEO description field, and an author whose HTML the site filters.

using namespace pw;
using namespace pw::wp;

namespace {

std::unique_ptr<Client> clientFor(const test::WpTestEnv &env, const char *site, const char *role)
{
    auto client = std::make_unique<Client>();
    const QString root = QString::fromLatin1(site) == QLatin1String("plain")
                             ? env.url(site).toString() + QStringLiteral("/?rest_route=/")
                             : env.url(site).toString() + QStringLiteral("/wp-json/");
    client->setApiRoot(QUrl(root));
    const test::WpUser user = env.user(site, role);
    client->setCredentials(user.name, user.applicationPassword);
    return client;
}

Response call(Call *c)
{
    QSignalSpy finished(c, &Call::finished);
    if (!c->isFinished())
        finished.wait(30000);
    const Response response = c->response();
    delete c;
    return response;
}

QJsonObject fetch(Client &client, qint64 id)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return call(client.get(QStringLiteral("/wp/v2/posts/%1").arg(id), query)).json.object();
}

QString raw(const QJsonObject &post, const char *field)
{
    return post.value(QLatin1String(field)).toObject().value(QLatin1String("raw")).toString();
}

PublishResult publish(Client &client, const PublishContent &content, const RemotePost &remote = {},
                      OnConflict onConflict = OnConflict::Report)
{
    Publisher publisher(&client);
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.start(content, remote, onConflict);
    if (finished.isEmpty())
        finished.wait(60000);
    return publisher.result();
}

PublishContent draft(const QString &title)
{
    PublishContent content;
    content.title = title;
    content.html = QStringLiteral("<p>First paragraph.</p>\n<h2>A heading</h2>\n<p>Second, with <em>emphasis</em> &amp; a <a href=\"https://example.org/\">link</a>.</p>\n");
    content.status = QStringLiteral("draft");
    content.metaDescription = QStringLiteral("What the post says, for search results.");
    content.marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return content;
}

int postsWithMarker(Client &client, const QString &marker)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), marker);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return int(call(client.get(QStringLiteral("/wp/v2/posts"), query)).json.array().size());
}

} // namespace

class TestWpPublisher : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress"); }
    void createsADraftWithItsDescription();
    void updateWithoutChangesIsTwoRequests();
    void conflictIsReportedNotOverwritten();
    void conflictOverwriteAndNewDraft();
    void aRetriedCreateFindsTheFirst();
    void scheduledWithADate();
    void authorsHtmlIsFiltered();
    void deletedOnTheSite();

private:
    test::WpTestEnv m_env;
};

void TestWpPublisher::createsADraftWithItsDescription()
{
    auto client = clientFor(m_env, "pretty", "editor");
    const PublishContent content = draft(QStringLiteral("Django's \"quotes\" & more"));
    const PublishResult r = publish(*client, content);
    QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message));
    QVERIFY(r.id > 0);
    QCOMPARE(r.status, QStringLiteral("draft"));
    QVERIFY(!r.modifiedGmt.isEmpty());
    QVERIFY2(r.serverChanges.isEmpty(), qPrintable(r.serverChanges.join(QLatin1Char('\n'))));
    // The test site registers Yoast's field (tests/services/wordpress/postwright-tests.php).
    QCOMPARE(r.descriptionWentTo, QStringLiteral("_yoast_wpseo_metadesc"));
    const QJsonObject stored = fetch(*client, r.id);
    QCOMPARE(raw(stored, "title"), content.title);
    QVERIFY(raw(stored, "content").startsWith(content.html));
    QVERIFY(raw(stored, "content").contains(Publisher::markerComment(content.marker)));
    QCOMPARE(stored.value(QLatin1String("meta")).toObject().value(QLatin1String("_yoast_wpseo_metadesc")).toString(),
             content.metaDescription);
    // OPTIONS, the marker search, the create.
    QCOMPARE(r.requests, 3);
}

void TestWpPublisher::updateWithoutChangesIsTwoRequests()
{
    auto client = clientFor(m_env, "pretty", "editor");
    const PublishContent content = draft(QStringLiteral("Updated twice"));
    const PublishResult first = publish(*client, content);
    QVERIFY2(first.outcome == PublishResult::Outcome::Published, qPrintable(first.message));
    const PublishResult again = publish(*client, content, {first.id, first.modifiedGmt});
    QVERIFY2(again.outcome == PublishResult::Outcome::Published, qPrintable(again.message));
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.requests, 2); // one to check for a conflict, one to write
}

void TestWpPublisher::conflictIsReportedNotOverwritten()
{
    auto client = clientFor(m_env, "pretty", "editor");
    const PublishContent content = draft(QStringLiteral("Conflicted"));
    const PublishResult first = publish(*client, content);
    QVERIFY(first.outcome == PublishResult::Outcome::Published);
    // Someone else edits it on the site (WordPress' modified_gmt has a one-second grain).
    QTest::qWait(1100);
    auto admin = clientFor(m_env, "pretty", "admin");
    const Response edited = call(admin->send("POST", QStringLiteral("/wp/v2/posts/%1").arg(first.id),
                                             {{QStringLiteral("title"), QStringLiteral("Their title")}}));
    QVERIFY(edited.ok());

    PublishContent ours = content;
    ours.title = QStringLiteral("Our title");
    const PublishResult r = publish(*client, ours, {first.id, first.modifiedGmt});
    QCOMPARE(r.outcome, PublishResult::Outcome::Conflict);
    QCOMPARE(raw(r.theirs, "title"), QStringLiteral("Their title"));
    QVERIFY2(r.message.contains(QLatin1String("changed on the site")), qPrintable(r.message));
    QCOMPARE(raw(fetch(*client, first.id), "title"), QStringLiteral("Their title"));
}

void TestWpPublisher::conflictOverwriteAndNewDraft()
{
    auto client = clientFor(m_env, "pretty", "editor");
    const PublishContent content = draft(QStringLiteral("Conflicted, resolved"));
    const PublishResult first = publish(*client, content);
    QTest::qWait(1100);
    auto admin = clientFor(m_env, "pretty", "admin");
    QVERIFY(call(admin->send("POST", QStringLiteral("/wp/v2/posts/%1").arg(first.id),
                             {{QStringLiteral("title"), QStringLiteral("Theirs")}})).ok());
    PublishContent ours = content;
    ours.title = QStringLiteral("Ours");

    const PublishResult asDraft = publish(*client, ours, {first.id, first.modifiedGmt}, OnConflict::NewDraft);
    QVERIFY2(asDraft.outcome == PublishResult::Outcome::Published, qPrintable(asDraft.message));
    QVERIFY(asDraft.id != first.id);
    QCOMPARE(asDraft.status, QStringLiteral("draft"));
    QCOMPARE(raw(fetch(*client, first.id), "title"), QStringLiteral("Theirs"));
    QCOMPARE(raw(fetch(*client, asDraft.id), "title"), QStringLiteral("Ours"));

    const PublishResult over = publish(*client, ours, {first.id, first.modifiedGmt}, OnConflict::Overwrite);
    QVERIFY2(over.outcome == PublishResult::Outcome::Published, qPrintable(over.message));
    QCOMPARE(over.id, first.id);
    QCOMPARE(raw(fetch(*client, first.id), "title"), QStringLiteral("Ours"));
}

void TestWpPublisher::aRetriedCreateFindsTheFirst()
{
    // The first attempt's answer never arrived, but the site stored the post: the document
    // still has no id, only its marker. Publishing again updates that post.
    auto client = clientFor(m_env, "pretty", "editor");
    const PublishContent content = draft(QStringLiteral("Sent twice"));
    const PublishResult first = publish(*client, content);
    QVERIFY(first.outcome == PublishResult::Outcome::Published);
    const PublishResult retry = publish(*client, content);
    QVERIFY2(retry.outcome == PublishResult::Outcome::Published, qPrintable(retry.message));
    QCOMPARE(retry.id, first.id);
    QCOMPARE(postsWithMarker(*client, content.marker), 1);
    QVERIFY(!retry.serverChanges.isEmpty()); // says it updated the earlier attempt's post
}

void TestWpPublisher::scheduledWithADate()
{
    auto client = clientFor(m_env, "pretty", "editor");
    PublishContent content = draft(QStringLiteral("Scheduled"));
    content.status = QStringLiteral("future");
    content.date = QDateTime::currentDateTimeUtc().addDays(3);
    const PublishResult r = publish(*client, content);
    QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message));
    QCOMPARE(r.status, QStringLiteral("future"));
    QCOMPARE(fetch(*client, r.id).value(QLatin1String("date_gmt")).toString(),
             content.date.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    // "publish" with a future date: WordPress schedules it, and the result says so.
    content.status = QStringLiteral("publish");
    content.marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const PublishResult turned = publish(*client, content);
    QCOMPARE(turned.status, QStringLiteral("future"));
    QVERIFY2(turned.serverChanges.join(QLatin1Char(' ')).contains(QLatin1String("future")),
             qPrintable(turned.serverChanges.join(QLatin1Char(' '))));
}

void TestWpPublisher::authorsHtmlIsFiltered()
{
    auto client = clientFor(m_env, "pretty", "author");
    PublishContent content = draft(QStringLiteral("Filtered"));
    content.html += QStringLiteral("<p>Hi<script>alert(1)</script></p>\n");
    const PublishResult r = publish(*client, content);
    QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message));
    QVERIFY2(r.serverChanges.join(QLatin1Char(' ')).contains(QLatin1String("unfiltered_html")),
             qPrintable(r.serverChanges.join(QLatin1Char(' '))));
}

void TestWpPublisher::deletedOnTheSite()
{
    auto client = clientFor(m_env, "pretty", "editor");
    const PublishContent content = draft(QStringLiteral("Deleted there"));
    const PublishResult first = publish(*client, content);
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    QVERIFY(call(client->send("DELETE", QStringLiteral("/wp/v2/posts/%1").arg(first.id), {}, force)).ok());
    const PublishResult r = publish(*client, content, {first.id, first.modifiedGmt});
    QCOMPARE(r.outcome, PublishResult::Outcome::Failed);
    QCOMPARE(r.failure, Failure::NotFound);
    QVERIFY2(r.message.contains(QLatin1String("deleted")), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestWpPublisher)
#include "tst_wp_publisher.moc"
