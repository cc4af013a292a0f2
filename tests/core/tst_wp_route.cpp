// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_response.h"
#include "core/wordpress/wp_route.h"
#include "core/wordpress/wp_site_check.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The pieces of the WordPress client that need no server: URLs of routes under both kinds of
// API root, the discovery header, and how answers are classified. The answers are the shapes
// WordPress 6.1 gives (shared/notes/wordpress-on-loopback.md); the client against a real site
// is tested in tests/site.

using namespace pw::wp;

class TestWpRoute : public QObject {
    Q_OBJECT

private slots:
    void routeUnderPrettyRoot();
    void routeUnderPlainRoot();
    void queryValuesAreEncoded();
    void linkHeader_data();
    void linkHeader();
    void siteUrlAsTyped_data();
    void siteUrlAsTyped();
    void htmlFrontPageIsNotTheApi();
    void wrongPasswordAndDisabledPasswords();
    void wordPressErrorMessageIsShown();
    void truncatedJsonIsABadResponse();
    void accountCapabilities();
};

void TestWpRoute::routeUnderPrettyRoot()
{
    const QUrl root(QStringLiteral("https://example.org/blog/wp-json/"));
    QCOMPARE(routeUrl(root, QStringLiteral("/wp/v2/posts")).toString(),
             QStringLiteral("https://example.org/blog/wp-json/wp/v2/posts"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    QCOMPARE(routeUrl(QUrl(QStringLiteral("https://example.org/wp-json")),
                      QStringLiteral("/wp/v2/posts/7"), query)
                 .toString(),
             QStringLiteral("https://example.org/wp-json/wp/v2/posts/7?per_page=100&context=edit"));
}

void TestWpRoute::routeUnderPlainRoot()
{
    // What WordPress advertises for plain permalinks.
    const QUrl root(QStringLiteral("http://127.0.0.1:8080/index.php?rest_route=/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("2"));
    QCOMPARE(routeUrl(root, QStringLiteral("/wp/v2/posts"), query).toString(),
             QStringLiteral("http://127.0.0.1:8080/index.php?rest_route=/wp/v2/posts&page=2"));
}

void TestWpRoute::queryValuesAreEncoded()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), QStringLiteral("A&B = c+d ü"));
    const QUrl url =
        routeUrl(QUrl(QStringLiteral("https://example.org/wp-json/")), QStringLiteral("/wp/v2/posts"), query);
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             QStringLiteral("https://example.org/wp-json/wp/v2/posts?search=A%26B%20%3D%20c%2Bd%20%C3%BC"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded),
             QStringLiteral("A&B = c+d ü"));
}

void TestWpRoute::linkHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("root");
    QTest::newRow("pretty") << QByteArray("<https://example.org/wp-json/>; rel=\"https://api.w.org/\"")
                            << "https://example.org/wp-json/";
    QTest::newRow("plain") << QByteArray("<http://127.0.0.1:8080/index.php?rest_route=/>; "
                                         "rel=\"https://api.w.org/\"")
                           << "http://127.0.0.1:8080/index.php?rest_route=/";
    QTest::newRow("among others")
        << QByteArray("<https://example.org/?p=5>; rel=shortlink, "
                      "<https://example.org/wp-json/wp/v2/pages/5>; rel=\"alternate\"; "
                      "type=\"application/json\", <https://example.org/wp-json/>; "
                      "rel=\"https://api.w.org/\"")
        << "https://example.org/wp-json/";
    QTest::newRow("none") << QByteArray("<https://example.org/?p=5>; rel=shortlink") << "";
}

void TestWpRoute::linkHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, root);
    QCOMPARE(apiRootFromLinkHeader(header).toString(), root);
}

void TestWpRoute::siteUrlAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url");
    QTest::newRow("bare host") << "example.org" << "https://example.org";
    QTest::newRow("path and slash") << " https://example.org/blog/ " << "https://example.org/blog";
    QTest::newRow("local with port") << "http://127.0.0.1:8080/" << "http://127.0.0.1:8080";
    QTest::newRow("not http") << "ftp://example.org" << "";
    QTest::newRow("empty") << "" << "";
}

void TestWpRoute::siteUrlAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    QCOMPARE(normalizedSiteUrl(typed).toString(), url);
}

void TestWpRoute::htmlFrontPageIsNotTheApi()
{
    // /wp-json/ on a site with plain permalinks: the front page, status 200.
    const Response r = classify(QNetworkReply::NoError, 200, "<!DOCTYPE html><html>…",
                                {{"content-type", "text/html; charset=UTF-8"}});
    QCOMPARE(r.failure, Failure::NotWordPress);
    QVERIFY(!r.message.isEmpty());
}

void TestWpRoute::wrongPasswordAndDisabledPasswords()
{
    const QHash<QByteArray, QByteArray> json{{"content-type", "application/json; charset=UTF-8"}};
    const Response wrong = classify(
        QNetworkReply::AuthenticationRequiredError, 401,
        R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})",
        json);
    QCOMPARE(wrong.failure, Failure::WrongCredentials);
    QCOMPARE(wrong.code, QStringLiteral("rest_not_logged_in"));
    const Response disabled = classify(
        QNetworkReply::ContentAccessDenied, 403,
        R"({"code":"application_passwords_disabled","message":"Application passwords are not available.","data":{"status":501}})",
        json);
    QCOMPARE(disabled.failure, Failure::AppPasswordsUnavailable);
}

void TestWpRoute::wordPressErrorMessageIsShown()
{
    const Response r = classify(
        QNetworkReply::ContentConflictError, 400,
        R"({"code":"rest_invalid_param","message":"Invalid parameter(s): status","data":{"status":400}})",
        {{"content-type", "application/json"}});
    QCOMPARE(r.failure, Failure::Rejected);
    QVERIFY2(r.message.contains(QLatin1String("Invalid parameter(s): status")), qPrintable(r.message));
    QCOMPARE(r.errorData.toObject().value(QLatin1String("status")).toInt(), 400);
}

void TestWpRoute::truncatedJsonIsABadResponse()
{
    const Response r = classify(QNetworkReply::NoError, 200, R"([{"id":1,"title":{"raw":"A)",
                                {{"content-type", "application/json"}});
    QCOMPARE(r.failure, Failure::BadResponse);
}

void TestWpRoute::accountCapabilities()
{
    // The shape of /wp/v2/users/me?context=edit for an author (abridged).
    const QJsonObject author = QJsonDocument::fromJson(R"({"id":3,"name":"Ann Author",
        "roles":["author"],"capabilities":{"edit_posts":true,"publish_posts":true,
        "upload_files":true,"author":true}})").object();
    const Account a = accountFrom(author);
    QCOMPARE(a.id, 3);
    QCOMPARE(a.roles, QStringList{QStringLiteral("author")});
    QVERIFY(a.canPublish);
    QVERIFY(!a.unfilteredHtml);
    QVERIFY(a.canUpload);
}

QTEST_GUILESS_MAIN(TestWpRoute)
#include "tst_wp_route.moc"
