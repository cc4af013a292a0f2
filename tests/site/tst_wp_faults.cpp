// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/fault_proxy.h"
#include "site/wp_test_env.h"

#include "core/formats/post_reader.h"
#include "core/post.h"
#include "core/site/site_profile.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_publisher.h"
#include "core/wordpress/wp_site_check.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QThread>

// The site client behind a proxy that breaks requests (site/fault_proxy.h), against the real
// test WordPress: the server going away, a 500, an answer that never comes, a dropped upload,
// a truncated, malformed or 80 MB answer. Each must end in a failure that names the problem,
// in bounded time and memory; a pull must leave only complete files, and a pull after the
// fault must complete without duplicates. And a post whose content is hostile HTML must come
// out of a pull without its scripts and handlers, and be reported.

using namespace pw;
using namespace pw::wp;
using Fault = test::FaultProxy::Fault;
using Rule = test::FaultProxy::Rule;

Q_DECLARE_METATYPE(pw::test::FaultProxy::Rule)

namespace {

constexpr int kPulledPosts = 105; // more than one page of 100

struct Checked {
    bool finished = false;
    Failure failure = Failure::None;
    QString message;
    SiteInfo site;
    qint64 elapsedMs = 0;
};

Checked check(const QUrl &address, const test::WpUser &user, int idleTimeoutMs = 30000)
{
    Client client;
    client.setLimits({idleTimeoutMs, 64ll << 20});
    SiteCheck check(&client);
    QSignalSpy finished(&check, &SiteCheck::finished);
    QElapsedTimer clock;
    clock.start();
    check.start(address, user.name, user.applicationPassword);
    Checked c;
    c.finished = finished.wait(60000);
    c.elapsedMs = clock.elapsed();
    c.failure = check.failure();
    c.message = check.message();
    c.site = check.site();
    return c;
}

Response finish(Call *call)
{
    QSignalSpy finished(call, &Call::finished);
    if (!call->isFinished())
        finished.wait(60000);
    const Response response = call->response();
    delete call;
    return response;
}

// The process's resident peak (VmHWM) in KiB, from /proc; 0 when unknown.
qint64 peakKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

struct Run {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    qint64 peakKiB = 0; // the child's VmHWM, last seen before it exited
};

// The postwright binary, watched: its time and its peak memory.
Run runPostwright(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(PW_BINARY), arguments);
    Run run;
    process.waitForStarted();
    // waitForFinished() answers false for a process that is already gone: ask the state too.
    while (process.state() != QProcess::NotRunning && !process.waitForFinished(20) &&
           clock.elapsed() < 120000)
        run.peakKiB = std::max(run.peakKiB, peakKiB(process.processId()));
    run.elapsedMs = clock.elapsed();
    run.finished = process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode =
        run.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    if (process.error() == QProcess::FailedToStart)
        run.err = "could not start " PW_BINARY ": " + process.errorString().toUtf8();
    return run;
}

// Every entry of a pull's folder, hidden ones too, with the post id each .md file names.
struct Folder {
    QStringList others;          // anything but a readable Markdown post or the site marker
    QMap<QString, qint64> posts; // file name -> WordPress id
    bool siteMarked = false;     // postwright.toml, which a pull writes (markPulledSite)
};

Folder readFolder(const QString &path)
{
    Folder folder;
    const QDir dir(path);
    for (const QFileInfo &entry :
         dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (entry.fileName() == postwrightConfigName) {
            folder.siteMarked = true;
            continue;
        }
        QFile file(entry.filePath());
        if (!entry.isFile() || entry.suffix() != QLatin1String("md") ||
            !file.open(QIODevice::ReadOnly)) {
            folder.others << entry.fileName();
            continue;
        }
        const PostReadResult read = readPostBytes(file.readAll());
        const qint64 id =
            read.post ? extraValue(*read.post, extra_key::wordpressId).toLongLong() : 0;
        if (id <= 0)
            folder.others << entry.fileName();
        else
            folder.posts.insert(entry.fileName(), id);
    }
    return folder;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestWpFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void discoveryThroughTheProxy();
    void serverGoesAwayDuringTheCredentialsCheck();
    void serverError();
    void slowAnswerTimesOut();
    void slowDiscoveryTimesOut();
    void truncatedAnswer();
    void malformedAnswer();
    void hugeAnswerIsRefusedInBoundedMemory();
    void uploadDroppedThenRetried();
    void answerToACreateLost();
    void publishWhoseAnswerIsLost();
    void publishInto500();

    void pullCleanAndHostileHtml();
    void pullFault_data();
    void pullFault();

private:
    QProcessEnvironment environment(const QString &password = {}) const;
    QUrl apiRoot() const; // the pretty site's API, behind the proxy

    test::WpTestEnv m_env;
    std::unique_ptr<test::FaultProxy> m_pretty; // in front of the pretty site
    std::unique_ptr<test::FaultProxy> m_plain;  // in front of the plain site (the pulls)
    QTemporaryDir m_config;
    QTemporaryDir m_clean; // the pull without faults, to compare with
    qint64 m_hostileId = 0;
};

void TestWpFaults::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
    QVERIFY(m_config.isValid() && m_clean.isValid());
    m_pretty = std::make_unique<test::FaultProxy>(m_env.url("pretty"));
    m_plain = std::make_unique<test::FaultProxy>(m_env.url("plain"));
    QVERIFY(m_pretty->isListening() && m_plain->isListening());

    // More than a page of posts on the plain site, straight to WordPress, and one whose
    // content is hostile: the admin has unfiltered_html, so WordPress keeps it as sent.
    const test::WpUser admin = m_env.user("plain", "admin");
    Client client;
    client.setApiRoot(QUrl(m_env.url("plain").toString() + QStringLiteral("/?rest_route=/")));
    client.setCredentials(admin.name, admin.applicationPassword);
    for (int i = 0; i < kPulledPosts; ++i) {
        const Response r =
            finish(client.send("POST", QStringLiteral("/wp/v2/posts"),
                               {{QStringLiteral("title"), QStringLiteral("Fault pull %1").arg(i)},
                                {QStringLiteral("status"),
                                 i % 3 ? QStringLiteral("publish") : QStringLiteral("draft")},
                                {QStringLiteral("content"),
                                 QStringLiteral("<p>Post %1 of the fault tests.</p>").arg(i)}}));
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
    const QString hostile = QStringLiteral(
        "<p>Before.</p>\n<script>document.cookie='stolen';</script>\n"
        "<p><img src=\"x.png\" onerror=\"alert('onerror-ran')\" alt=\"broken\"></p>\n"
        "<iframe src=\"https://evil.example/frame.html\"></iframe>\n"
        "<p><img src=\"https://tracker.example/x.png\" alt=\"pixel\"></p>\n<p>After.</p>");
    const Response r =
        finish(client.send("POST", QStringLiteral("/wp/v2/posts"),
                           {{QStringLiteral("title"), QStringLiteral("Hostile content")},
                            {QStringLiteral("slug"), QStringLiteral("hostile-content")},
                            {QStringLiteral("status"), QStringLiteral("publish")},
                            {QStringLiteral("content"), hostile}}));
    QVERIFY2(r.ok(), qPrintable(r.message));
    m_hostileId = r.json.object().value(QLatin1String("id")).toInteger();
    // Stored as sent: the test is about what the pull does with it, not about kses.
    const Response raw = finish(client.get(QStringLiteral("/wp/v2/posts/%1").arg(m_hostileId),
                                           QUrlQuery(QStringLiteral("context=edit"))));
    QVERIFY(raw.json.object()
                .value(QLatin1String("content"))
                .toObject()
                .value(QLatin1String("raw"))
                .toString()
                .contains(QLatin1String("<script>")));

    // The pulls' site, added through the proxy: its API root must be the proxy's too.
    const test::WpUser editor = m_env.user("plain", "editor");
    const Run added =
        runPostwright({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("faulty"),
                       m_plain->url().toString(), QStringLiteral("--user"), editor.name,
                       QStringLiteral("--json")},
                      environment(editor.applicationPassword));
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(QJsonDocument::fromJson(added.out)
                 .object()
                 .value(QLatin1String("api_root"))
                 .toString()
                 .startsWith(m_plain->url().toString()),
             added.out.constData());
}

void TestWpFaults::init()
{
    m_pretty->clearRules();
    m_plain->clearRules();
}

QProcessEnvironment TestWpFaults::environment(const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    env.insert(QStringLiteral("POSTWRIGHT_APP_PASSWORD"),
               password.isEmpty() ? m_env.user("plain", "editor").applicationPassword : password);
    return env;
}

QUrl TestWpFaults::apiRoot() const
{
    return QUrl(m_pretty->url().toString() + QStringLiteral("/wp-json/"));
}

void TestWpFaults::discoveryThroughTheProxy()
{
    // The Link header is rewritten to the proxy, and the connection is reused.
    m_pretty->clearSeen();
    const Checked c = check(m_pretty->url(), m_env.user("pretty", "admin"));
    QVERIFY(c.finished);
    QVERIFY2(c.failure == Failure::None, qPrintable(c.message));
    QCOMPARE(c.site.apiRoot, apiRoot());
    QCOMPARE(m_pretty->seen().size(), 3); // HEAD /, GET /wp-json/, GET users/me
}

void TestWpFaults::serverGoesAwayDuringTheCredentialsCheck()
{
    const int rule =
        m_pretty->inject({"GET", QStringLiteral("/wp/v2/users/me"), Fault::Disconnect, 1, -1});
    const Checked c = check(m_pretty->url(), m_env.user("pretty", "admin"));
    QVERIFY(c.finished);
    QCOMPARE(c.failure, Failure::Unreachable);
    QVERIFY2(c.message.contains(QLatin1String("cannot be reached")), qPrintable(c.message));
    qInfo("users/me sent %d time(s) before the client gave up", m_pretty->fired(rule));
    QVERIFY(m_pretty->fired(rule) >= 1);

    m_pretty->clearRules(); // the server is back: a retry works
    const Checked again = check(m_pretty->url(), m_env.user("pretty", "admin"));
    QVERIFY2(again.failure == Failure::None, qPrintable(again.message));
}

void TestWpFaults::serverError()
{
    m_pretty->inject({"GET", QStringLiteral("/wp/v2/users/me"), Fault::ServerError});
    const Checked c = check(m_pretty->url(), m_env.user("pretty", "admin"));
    QCOMPARE(c.failure, Failure::Server);
    // Our sentence, then WordPress' own, as text.
    QVERIFY2(c.message.contains(QLatin1String("internal error")), qPrintable(c.message));
    QVERIFY2(c.message.contains(QLatin1String("There has been a critical error on this website.")),
             qPrintable(c.message));
    QVERIFY2(!c.message.contains(QLatin1Char('<')), qPrintable(c.message));
}

void TestWpFaults::slowAnswerTimesOut()
{
    m_pretty->inject({"GET", QStringLiteral("/wp/v2/users/me"), Fault::Hold, 1, -1});
    const Checked c = check(m_pretty->url(), m_env.user("pretty", "admin"), 1000);
    QVERIFY(c.finished);
    QCOMPARE(c.failure, Failure::Timeout);
    QVERIFY2(c.message.contains(QLatin1String("did not answer in time")), qPrintable(c.message));
    QVERIFY2(c.elapsedMs < 10000, qPrintable(QString::number(c.elapsedMs)));
}

void TestWpFaults::slowDiscoveryTimesOut()
{
    // Every candidate API root hangs (the front page answers): the writer should hear that the
    // site did not answer in time, not that it is no WordPress site.
    m_pretty->inject({"GET", QStringLiteral("/"), Fault::Hold, 1, -1});
    const Checked c = check(m_pretty->url(), m_env.user("pretty", "admin"), 1000);
    QVERIFY(c.finished);
    QVERIFY2(c.elapsedMs < 15000, qPrintable(QString::number(c.elapsedMs)));
    QCOMPARE(c.failure, Failure::Timeout);
}

void TestWpFaults::truncatedAnswer()
{
    const int rule =
        m_pretty->inject({"GET", QStringLiteral("/wp/v2/users/me"), Fault::Truncate, 1, -1});
    const Checked c = check(m_pretty->url(), m_env.user("pretty", "admin"));
    QCOMPARE(c.failure, Failure::BadResponse);
    QVERIFY2(c.message.contains(QLatin1String("cut off")), qPrintable(c.message));
    QVERIFY(m_pretty->fired(rule) >= 1);
}

void TestWpFaults::malformedAnswer()
{
    m_pretty->inject({"GET", QStringLiteral("/wp/v2/users/me"), Fault::Malformed});
    const Checked c = check(m_pretty->url(), m_env.user("pretty", "admin"));
    QCOMPARE(c.failure, Failure::BadResponse);
    QVERIFY2(c.message.contains(QLatin1String("not valid JSON")), qPrintable(c.message));
}

void TestWpFaults::hugeAnswerIsRefusedInBoundedMemory()
{
    // An 80 MiB answer, every time posts are asked for.
    m_pretty->inject({"GET", QStringLiteral("/wp/v2/posts"), Fault::Huge, 1, -1});
    Client client;
    client.setApiRoot(apiRoot());
    const test::WpUser admin = m_env.user("pretty", "admin");
    client.setCredentials(admin.name, admin.applicationPassword);

    // With a 1 MiB cap, and the client's thread free to read, the client stops reading soon
    // after 1 MiB: the proxy gets little of the answer out, and the peak memory hardly moves.
    m_pretty->clearSeen();
    client.setLimits({30000, 1 << 20});
    const qint64 before = peakKiB(QCoreApplication::applicationPid());
    const Response small = finish(client.get(QStringLiteral("/wp/v2/posts")));
    const qint64 afterSmall = peakKiB(QCoreApplication::applicationPid());
    QCOMPARE(small.failure, Failure::BadResponse);
    QVERIFY2(small.message.contains(QLatin1String("cut off")), qPrintable(small.message));
    const qint64 sentSmall = m_pretty->seen().constLast().bodyBytesSent;
    qInfo("1 MiB cap: %lld KiB sent by the proxy, peak RSS %lld -> %lld MiB", sentSmall >> 10,
          before >> 10, afterSmall >> 10);
    // Measured 4-16 MiB and +4-16 MiB under load: loopback's socket buffers, Qt's read-ahead.
    QVERIFY2(sentSmall < (48ll << 20), qPrintable(QString::number(sentSmall)));
    QVERIFY2(afterSmall - before < 64 * 1024, qPrintable(QString::number(afterSmall - before)));

    // The default cap, 64 MiB, against 256 MiB, with the client's thread busy for 2 s once the
    // answer flows (a slow machine, a busy window): still refused, in bounded time. Memory is
    // NOT bounded by the cap here: Qt's network thread reads on by itself while the Call cannot
    // look (measured: all 256 MiB read, peak RSS 560-790 MiB; with a 1 MiB read buffer on the
    // reply, 70-256 MiB read). The figures are printed, not asserted.
    m_pretty->clearRules();
    m_pretty->inject({"GET", QStringLiteral("/wp/v2/posts"), Fault::Huge, 1, -1, 256ll << 20});
    m_pretty->clearSeen();
    client.setLimits({});
    QElapsedTimer clock;
    clock.start();
    Call *call = client.get(QStringLiteral("/wp/v2/posts"));
    QVERIFY(QTest::qWaitFor([&] { return !m_pretty->seen().isEmpty(); }, 10000));
    QThread::msleep(2000);
    const Response r = finish(call);
    const qint64 after = peakKiB(QCoreApplication::applicationPid());
    QCOMPARE(r.failure, Failure::BadResponse);
    const qint64 sent = m_pretty->seen().constLast().bodyBytesSent;
    qInfo("64 MiB cap, 256 MiB answer, client busy 2 s: %lld ms, %lld MiB sent by the proxy, "
          "peak RSS %lld MiB",
          clock.elapsed(), sent >> 20, after >> 10);
    QVERIFY2(clock.elapsed() < 30000, "too slow");
}

void TestWpFaults::uploadDroppedThenRetried()
{
    // 3 MB in one request, the connection dropped after 256 KiB of it, on every attempt (Qt
    // resends a request whose connection closed while it was being written, POST too: safe
    // here, since WordPress never got the whole body).
    const test::WpUser admin = m_env.user("pretty", "admin");
    Client client;
    client.setApiRoot(apiRoot());
    client.setCredentials(admin.name, admin.applicationPassword);
    const QString name =
        QStringLiteral("fault-upload-%1.txt").arg(QDateTime::currentMSecsSinceEpoch());
    QByteArray data;
    while (data.size() < 3'000'000)
        data += "A line of an attachment that the network drops half way.\n";
    const int rule = m_pretty->inject(
        {"POST", QStringLiteral("/wp/v2/media"), Fault::DropUpload, 1, -1, 256 * 1024});
    const Response dropped = finish(
        client.upload(QStringLiteral("/wp/v2/media"), data, QStringLiteral("text/plain"), name));
    qInfo("dropped upload, sent %d time(s): %s", m_pretty->fired(rule),
          qPrintable(dropped.message));
    QVERIFY(m_pretty->fired(rule) >= 1);
    QCOMPARE(dropped.failure, Failure::Unreachable);
    QVERIFY2(dropped.message.contains(QLatin1String("cannot be reached")),
             qPrintable(dropped.message));

    // The network is back: the retry goes through, and the site has the file once.
    m_pretty->clearRules();
    const Response uploaded = finish(
        client.upload(QStringLiteral("/wp/v2/media"), data, QStringLiteral("text/plain"), name));
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.message));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), QFileInfo(name).completeBaseName());
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const Response listed = finish(client.get(QStringLiteral("/wp/v2/media"), query));
    QVERIFY2(listed.ok(), qPrintable(listed.message));
    QCOMPARE(listed.json.array().size(), 1);
}

void TestWpFaults::answerToACreateLost()
{
    // WordPress creates the post, and its answer never arrives (every time): the client must
    // fail (it cannot know the outcome), and should not send the create again by itself.
    const test::WpUser admin = m_env.user("pretty", "admin");
    Client client;
    client.setApiRoot(apiRoot());
    client.setCredentials(admin.name, admin.applicationPassword);
    const QString title = QStringLiteral("Lost answer %1").arg(QDateTime::currentMSecsSinceEpoch());
    const int rule =
        m_pretty->inject({"POST", QStringLiteral("/wp/v2/posts"), Fault::LoseAnswer, 1, -1});
    const Response lost = finish(client.send(
        "POST", QStringLiteral("/wp/v2/posts"),
        {{QStringLiteral("title"), title}, {QStringLiteral("status"), QStringLiteral("draft")}}));
    QVERIFY(!lost.ok());
    QCOMPARE(lost.failure, Failure::Unreachable);
    QVERIFY2(!lost.message.isEmpty(), "no message");
    const int sent = m_pretty->fired(rule);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), title);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("draft"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const Response found = finish(client.get(QStringLiteral("/wp/v2/posts"), query));
    QVERIFY2(found.ok(), qPrintable(found.message));
    qInfo("lost answer: the create was sent %d time(s); the site has %d such post(s)", sent,
          int(found.json.array().size()));
    QCOMPARE(found.json.array().size(), sent); // WordPress acted on each one
    // Qt 6.4's HTTP channel resends a request whose connection closed before any answer, POST
    // included (handleUnexpectedEOF; later Qt checks methodIsIdempotent() first): the client
    // sends writes as a body Qt cannot send twice (wp_client.cpp, OneShotBody).
    QCOMPARE(sent, 1);
    QCOMPARE(found.json.array().size(), 1);
}

// The publisher behind a connection that drops after WordPress created the post: it finds the
// post by the document's marker and says so; exactly one post exists, and publishing again
// updates it.
void TestWpFaults::publishWhoseAnswerIsLost()
{
    const test::WpUser editor = m_env.user("pretty", "editor");
    Client client;
    client.setApiRoot(apiRoot());
    client.setCredentials(editor.name, editor.applicationPassword);
    PublishContent content;
    content.title = QStringLiteral("Lost on the way back %1").arg(QDateTime::currentMSecsSinceEpoch());
    content.html = QStringLiteral("<p>Body.</p>\n");
    content.status = QStringLiteral("draft");
    content.metaDescription = QStringLiteral("A description.");
    content.marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const int rule = m_pretty->inject({"POST", QStringLiteral("/wp/v2/posts"), Fault::LoseAnswer, 1, 1});
    const auto publish = [&](const RemotePost &remote) {
        Publisher publisher(&client);
        QSignalSpy finished(&publisher, &Publisher::finished);
        publisher.start(content, remote, OnConflict::Report);
        if (finished.isEmpty())
            finished.wait(60000);
        return publisher.result();
    };
    const PublishResult first = publish({});
    QCOMPARE(m_pretty->fired(rule), 1);
    QVERIFY2(first.outcome == PublishResult::Outcome::Published, qPrintable(first.message));
    QVERIFY(first.id > 0);
    QVERIFY2(first.serverChanges.join(QLatin1Char(' ')).contains(QLatin1String("marker")),
             qPrintable(first.serverChanges.join(QLatin1Char(' '))));

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), content.marker);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    QCOMPARE(finish(client.get(QStringLiteral("/wp/v2/posts"), query)).json.array().size(), 1);

    content.html = QStringLiteral("<p>Body, changed.</p>\n");
    const PublishResult again = publish({first.id, first.modifiedGmt});
    QVERIFY2(again.outcome == PublishResult::Outcome::Published, qPrintable(again.message));
    QCOMPARE(again.id, first.id);
    QCOMPARE(finish(client.get(QStringLiteral("/wp/v2/posts"), query)).json.array().size(), 1);
}

// A 500 on the create: nothing published, and the message says so; no post with the marker.
void TestWpFaults::publishInto500()
{
    const test::WpUser editor = m_env.user("pretty", "editor");
    Client client;
    client.setApiRoot(apiRoot());
    client.setCredentials(editor.name, editor.applicationPassword);
    PublishContent content;
    content.title = QStringLiteral("Refused by a broken server");
    content.html = QStringLiteral("<p>Body.</p>\n");
    content.status = QStringLiteral("draft");
    content.marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_pretty->inject({"POST", QStringLiteral("/wp/v2/posts"), Fault::ServerError, 1, 1});
    Publisher publisher(&client);
    QSignalSpy finished(&publisher, &Publisher::finished);
    publisher.start(content, {}, OnConflict::Report);
    if (finished.isEmpty())
        QVERIFY(finished.wait(60000));
    QCOMPARE(publisher.result().outcome, PublishResult::Outcome::Failed);
    QCOMPARE(publisher.result().failure, Failure::Server);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), content.marker);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    QCOMPARE(finish(client.get(QStringLiteral("/wp/v2/posts"), query)).json.array().size(), 0);
}

void TestWpFaults::pullCleanAndHostileHtml()
{
    const Run run =
        runPostwright({QStringLiteral("pull"), QStringLiteral("--site"), QStringLiteral("faulty"),
                       QStringLiteral("--out"), m_clean.path()},
                      environment());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Folder folder = readFolder(m_clean.path());
    QVERIFY2(folder.others.isEmpty(), qPrintable(folder.others.join(QLatin1Char(' '))));
    QVERIFY(folder.siteMarked);
    QVERIFY(folder.posts.size() >= kPulledPosts + 1);
    QCOMPARE(QSet<qint64>(folder.posts.cbegin(), folder.posts.cend()).size(), folder.posts.size());

    // The hostile post: no script, no handler, and the summary says what was removed.
    const QString file = folder.posts.key(m_hostileId);
    QCOMPARE(file, QStringLiteral("hostile-content.md"));
    const QString markdown = readText(m_clean.filePath(file));
    qInfo("%s", qPrintable(markdown));
    QVERIFY2(markdown.contains(QLatin1String("Before.")) &&
                 markdown.contains(QLatin1String("After.")),
             qPrintable(markdown));
    QVERIFY2(!markdown.contains(QLatin1String("<script"), Qt::CaseInsensitive),
             qPrintable(markdown));
    QVERIFY2(!markdown.contains(QLatin1String("stolen")), qPrintable(markdown));
    QVERIFY2(!markdown.contains(QLatin1String("onerror"), Qt::CaseInsensitive),
             qPrintable(markdown));
    QVERIFY2(!markdown.contains(QLatin1String("onerror-ran")), qPrintable(markdown));
    const QString summary = QString::fromUtf8(run.out);
    qInfo("%s", qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("1 post with scripts or unsafe HTML removed")) ||
                 summary.contains(QLatin1String("post(s) with scripts or unsafe HTML removed")),
             qPrintable(summary));
    // The post is named among those that need attention, with what was removed.
    const qsizetype at = summary.indexOf(file);
    QVERIFY2(at >= 0, qPrintable(summary));
    QVERIFY2(summary.indexOf(QLatin1String("import.html.script_removed"), at) > at,
             qPrintable(summary));
    QVERIFY2(summary.indexOf(QLatin1String("import.html.handler_removed"), at) > at,
             qPrintable(summary));
}

void TestWpFaults::pullFault_data()
{
    QTest::addColumn<Rule>("rule");
    QTest::addColumn<QString>("timeoutMs"); // POSTWRIGHT_NETWORK_TIMEOUT_MS, or empty
    QTest::addColumn<QString>("said");      // in the error for page 2

    // Page 2 of the posts, every time it is asked for (Qt resends a GET on its own).
    const QString page2 = QStringLiteral("&page=2&");
    QTest::newRow("server goes away") << Rule{"GET", page2, Fault::Disconnect, 1, -1} << QString()
                                      << QStringLiteral("cannot be reached");
    QTest::newRow("500") << Rule{"GET", page2, Fault::ServerError, 1, -1} << QString()
                         << QStringLiteral("internal error");
    QTest::newRow("slow") << Rule{"GET", page2, Fault::Hold, 1, -1} << QStringLiteral("1500")
                          << QStringLiteral("did not answer in time");
    QTest::newRow("truncated") << Rule{"GET", page2, Fault::Truncate, 1, -1} << QString()
                               << QStringLiteral("cut off");
    QTest::newRow("malformed") << Rule{"GET", page2, Fault::Malformed, 1, -1} << QString()
                               << QStringLiteral("not valid JSON");
    QTest::newRow("80 MiB") << Rule{"GET", page2, Fault::Huge, 1, -1} << QString()
                            << QStringLiteral("cut off");
}

void TestWpFaults::pullFault()
{
    QFETCH(Rule, rule);
    QFETCH(QString, timeoutMs);
    QFETCH(QString, said);
    const Folder clean = readFolder(m_clean.path());
    QVERIFY2(!clean.posts.isEmpty(), "pullCleanAndHostileHtml did not run first");

    QTemporaryDir out;
    QProcessEnvironment env = environment();
    if (!timeoutMs.isEmpty())
        env.insert(QStringLiteral("POSTWRIGHT_NETWORK_TIMEOUT_MS"), timeoutMs);
    const QStringList pull{QStringLiteral("pull"), QStringLiteral("--site"),
                           QStringLiteral("faulty"), QStringLiteral("--out"), out.path()};
    const int fault = m_plain->inject(rule);
    const Run broken = runPostwright(pull, env);
    qInfo("faulted pull: exit %d in %lld ms, peak %lld MiB, page 2 asked %d time(s): %s",
          broken.exitCode, broken.elapsedMs, broken.peakKiB >> 10, m_plain->fired(fault),
          broken.err.trimmed().constData());
    QVERIFY2(broken.finished, "the pull hangs");
    QCOMPARE(broken.exitCode, 2);
    QVERIFY(m_plain->fired(fault) >= 1);
    QVERIFY2(broken.err.contains("page 2 of the posts") && broken.err.contains(said.toUtf8()),
             broken.err.constData());
    // Only a guard against a blow-up: the pull given 80 MiB peaks at 205-250 MiB (the 64 MiB
    // cap's body, a failed JSON parse of it, and what Qt read ahead); see the in-process case.
    QVERIFY2(broken.peakKiB < 512 * 1024, qPrintable(QString::number(broken.peakKiB)));

    // Page 1 was written, whole; nothing else is in the folder.
    const Folder partial = readFolder(out.path());
    QVERIFY2(partial.others.isEmpty(), qPrintable(partial.others.join(QLatin1Char(' '))));
    QCOMPARE(partial.posts.size(), 100);

    // The server is fine again: the same pull completes, with the clean pull's files.
    m_plain->clearRules();
    const Run again = runPostwright(
        pull + QStringList{QStringLiteral("--json"), QStringLiteral("--progress")}, env);
    QVERIFY2(again.exitCode == 0, qPrintable(QStringLiteral("exit %1 after %2 ms: %3")
                                                 .arg(again.exitCode)
                                                 .arg(again.elapsedMs)
                                                 .arg(QString::fromUtf8(again.err.right(2000)))));
    const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(summary.value(QLatin1String("unchanged")).toInt(), 100);
    const Folder complete = readFolder(out.path());
    QVERIFY2(complete.others.isEmpty(), qPrintable(complete.others.join(QLatin1Char(' '))));
    QCOMPARE(QSet<qint64>(complete.posts.cbegin(), complete.posts.cend()).size(),
             complete.posts.size()); // no post twice
    for (auto it = clean.posts.cbegin(); it != clean.posts.cend(); ++it)
        QCOMPARE(complete.posts.key(it.value()), it.key()); // same post, same file name
}

QTEST_GUILESS_MAIN(TestWpFaults)
#include "tst_wp_faults.moc"
