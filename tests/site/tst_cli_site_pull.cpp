// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_run.h"
#include "site/wp_test_env.h"

#include "core/formats/post_reader.h"
#include "core/post.h"
#include "core/site/site_profile.h"
#include "core/wordpress/wp_client.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `postwright site` and `postwright pull` against the real test WordPress, as a user runs them:
// the password from POSTWRIGHT_APP_PASSWORD, kept in the (private, real) keyring and nowhere
// else; a whole site of 250 posts pulled to Markdown with its metadata, and pulled again
// without a change.

using namespace pw;

namespace {

QJsonObject send(wp::Client &client, const QString &route, const QJsonObject &body)
{
    wp::Call *call = client.send("POST", route, body);
    QSignalSpy finished(call, &wp::Call::finished);
    if (!call->isFinished())
        finished.wait(30000);
    const QJsonObject answer = call->response().json.object();
    delete call;
    return answer;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliSitePull : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void addListRemove();
    void wrongPasswordIsRefused();
    void pullsAWholeSite();

private:
    QProcessEnvironment environment(const QString &password) const;
    void addSite(const QString &name, const char *site, const char *role);

    test::WpTestEnv m_env;
    QTemporaryDir m_config;
};

void TestCliSitePull::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
    QVERIFY(m_config.isValid());
}

QProcessEnvironment TestCliSitePull::environment(const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("POSTWRIGHT_APP_PASSWORD"), password);
    return env;
}

void TestCliSitePull::addSite(const QString &name, const char *site, const char *role)
{
    const test::WpUser user = m_env.user(site, role);
    const test::CliRun run = test::runPostwright(
        {QStringLiteral("site"), QStringLiteral("add"), name, m_env.url(site).toString(),
         QStringLiteral("--user"), user.name},
        environment(user.applicationPassword));
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliSitePull::addListRemove()
{
    const test::WpUser author = m_env.user("plain", "author");
    const test::CliRun added = test::runPostwright(
        {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("blog"),
         m_env.url("plain").toString(), QStringLiteral("--user"), author.name,
         QStringLiteral("--json")},
        environment(author.applicationPassword));
    QCOMPARE(added.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(answer.value(QLatin1String("account")).toObject().value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("author")});
    QCOMPARE(answer.value(QLatin1String("account")).toObject().value(QLatin1String("unfiltered_html")),
             QJsonValue(false));
    QVERIFY(answer.value(QLatin1String("password_kept")).toBool());
    QVERIFY(answer.value(QLatin1String("api_root")).toString().contains(QLatin1String("rest_route")));

    // The password is in the keyring, not in any file Postwright wrote.
    QDirIterator files(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
    int seen = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        ++seen;
        QVERIFY2(!fileBytes(path).contains(author.applicationPassword.toUtf8()), qPrintable(path));
    }
    QVERIFY(seen > 0);

    const test::CliRun listed =
        test::runPostwright({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")},
                            environment({}));
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray sites = QJsonDocument::fromJson(listed.out).array();
    QVERIFY(std::any_of(sites.begin(), sites.end(), [](const QJsonValue &s) {
        return s.toObject().value(QLatin1String("name")).toString() == QLatin1String("blog");
    }));

    // Before a publish, the command says what the author's role means there.
    const test::CliRun publish = test::runPostwright(
        {QStringLiteral("publish"), m_config.filePath(QStringLiteral("missing.md")),
         QStringLiteral("--site"), QStringLiteral("blog"), QStringLiteral("--status"),
         QStringLiteral("publish")},
        environment({}));
    QCOMPARE(publish.exitCode, 2); // the file is missing
    QVERIFY2(publish.err.contains("your HTML is filtered"), publish.err.constData());
    QVERIFY2(!publish.err.contains("may not publish"), publish.err.constData()); // authors may

    const test::CliRun removed = test::runPostwright(
        {QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("blog")}, environment({}));
    QCOMPARE(removed.exitCode, 0);
    const test::CliRun again = test::runPostwright(
        {QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("blog")}, environment({}));
    QCOMPARE(again.exitCode, 2);
}

void TestCliSitePull::wrongPasswordIsRefused()
{
    const test::CliRun run = test::runPostwright(
        {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("wrong"),
         m_env.url("pretty").toString(), QStringLiteral("--user"), QStringLiteral("editor")},
        environment(QStringLiteral("aaaa bbbb cccc dddd eeee ffff")));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("did not accept"), run.err.constData());
    const test::CliRun listed =
        test::runPostwright({QStringLiteral("site"), QStringLiteral("list")}, environment({}));
    QVERIFY(!listed.out.contains("wrong"));
}

void TestCliSitePull::pullsAWholeSite()
{
    // 250 posts of every status a pull must see, written the way a writer would.
    const test::WpUser admin = m_env.user("pretty", "admin");
    wp::Client client;
    client.setApiRoot(QUrl(m_env.url("pretty").toString() + QStringLiteral("/wp-json/")));
    client.setCredentials(admin.name, admin.applicationPassword);
    QJsonObject category = send(client, QStringLiteral("/wp/v2/categories"),
                                {{QStringLiteral("name"), QStringLiteral("Web & Design")}});
    const qint64 categoryId = category.contains(QLatin1String("id"))
                                  ? category.value(QLatin1String("id")).toInteger()
                                  : category.value(QLatin1String("data")).toObject()
                                        .value(QLatin1String("term_id")).toInteger();
    QVERIFY(categoryId > 0);
    QSet<qint64> created;
    const QStringList statuses{QStringLiteral("publish"), QStringLiteral("draft"),
                               QStringLiteral("pending"), QStringLiteral("private")};
    for (int i = 0; i < 250; ++i) {
        const QJsonObject post = send(
            client, QStringLiteral("/wp/v2/posts"),
            {{QStringLiteral("title"), QStringLiteral("Pulled %1: Django's \"quotes\" & more").arg(i)},
             {QStringLiteral("status"), statuses.at(i % statuses.size())},
             {QStringLiteral("content"),
              QStringLiteral("First paragraph of post %1.\n\nSecond one, with <em>emphasis</em>.").arg(i)},
             {QStringLiteral("categories"), QJsonArray{categoryId}},
             {QStringLiteral("meta"),
              QJsonObject{{QStringLiteral("_yoast_wpseo_metadesc"),
                           QStringLiteral("What post %1 says, for search results.").arg(i)}}}});
        QVERIFY2(post.contains(QLatin1String("id")), QJsonDocument(post).toJson().constData());
        created.insert(post.value(QLatin1String("id")).toInteger());
    }

    // A draft that is only a title so far: pulled too, not skipped.
    const QJsonObject titleOnly = send(client, QStringLiteral("/wp/v2/posts"),
                                       {{QStringLiteral("title"), QStringLiteral("Only a title")},
                                        {QStringLiteral("status"), QStringLiteral("draft")}});
    const qint64 titleOnlyId = titleOnly.value(QLatin1String("id")).toInteger();
    QVERIFY(titleOnlyId > 0);

    addSite(QStringLiteral("whole"), "pretty", "editor");
    QTemporaryDir out;
    const test::CliRun pulled = test::runPostwright(
        {QStringLiteral("pull"), QStringLiteral("--site"), QStringLiteral("whole"),
         QStringLiteral("--out"), out.path(), QStringLiteral("--json")},
        environment({}));
    QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(pulled.out).object();
    QVERIFY(summary.value(QLatin1String("written")).toInt() >= 250);
    // The folder opens as a site: the pulled posts' site is the WordPress site.
    const std::optional<SiteLocation> site = locateSite(QDir(out.path()).filePath(QStringLiteral("x.md")));
    QVERIFY(site && site->kind == SiteKind::Postwright);
    QCOMPARE(QUrl(loadSiteProfile(*site)->baseUrl), m_env.url("pretty"));

    QSet<qint64> found;
    QHash<QString, QByteArray> ours; // this test's posts, as the first pull wrote them
    QDirIterator files(out.path(), {QStringLiteral("*.md")}, QDir::Files);
    while (files.hasNext()) {
        const QString path = files.next();
        const QByteArray bytes = fileBytes(path);
        const PostReadResult read = readPostBytes(bytes);
        QVERIFY2(read.post, qPrintable(read.error));
        const qint64 id = extraValue(*read.post, extra_key::wordpressId).toLongLong();
        if (id == titleOnlyId)
            found.insert(id);
        if (!created.contains(id))
            continue; // a post another test made
        found.insert(id);
        ours.insert(path, bytes);
        const Post &post = *read.post;
        // The title as typed (not texturized), the Yoast description, the category by name
        // (not "Web &amp; Design"), the paragraphs WordPress adds on display.
        QVERIFY2(post.title.startsWith(QLatin1String("Pulled ")) &&
                     post.title.endsWith(QLatin1String(": Django's \"quotes\" & more")),
                 qPrintable(post.title));
        QVERIFY(post.metaDescription.startsWith(QLatin1String("What post ")));
        QCOMPARE(post.categories, QStringList{QStringLiteral("Web & Design")});
        QVERIFY2(post.body.contains(QLatin1String(".\n\nSecond one, with *emphasis*.")),
                 qPrintable(post.body));
        QCOMPARE(extraValue(post, extra_key::wordpressSite), m_env.url("pretty").toString());
        QVERIFY(!extraValue(post, extra_key::wordpressModified).isEmpty());
        QVERIFY(statuses.contains(extraValue(post, extra_key::wordpressStatus)));
    }
    QVERIFY(found.contains(titleOnlyId));
    QCOMPARE(found.size(), 251);

    // Again: nothing changed in this test's posts, so none of their files is written. The
    // site tests run in parallel against one WordPress, so posts of other tests may be new
    // or changed by now: the summary's "written" need not be 0 (CI saw 2).
    const test::CliRun again = test::runPostwright(
        {QStringLiteral("pull"), QStringLiteral("--site"), QStringLiteral("whole"),
         QStringLiteral("--out"), out.path(), QStringLiteral("--json")},
        environment({}));
    QCOMPARE(again.exitCode, 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out).object();
    QVERIFY(second.value(QLatin1String("unchanged")).toInt() >= 251);
    int oursSeen = 0;
    for (const QJsonValue &post : second.value(QLatin1String("posts")).toArray()) {
        const QString file = post[QLatin1String("file")].toString();
        const QString path = QDir(out.path()).filePath(file); // relative or absolute
        if (!ours.contains(path) && !ours.contains(file))
            continue;
        ++oursSeen;
        QCOMPARE(post[QLatin1String("status")].toString(), QStringLiteral("unchanged"));
    }
    QCOMPARE(oursSeen, ours.size());
    for (auto it = ours.cbegin(); it != ours.cend(); ++it)
        QVERIFY2(fileBytes(it.key()) == it.value(), qPrintable(it.key()));
}

QTEST_GUILESS_MAIN(TestCliSitePull)
#include "tst_cli_site_pull.moc"
