// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli_run.h"
#include "site/wp_test_env.h"
#include "test_support.h"

#include "core/formats/post_reader.h"
#include "core/post.h"
#include "core/wordpress/wp_client.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QUuid>

// `postwright publish` against the real test WordPress, as issue 15's "Done when" reads:
// seed 000 publishes as a draft with its categories (created where missing); a change made on
// the server makes the next publish report a conflict instead of overwriting; publish then
// pull gives back the same Markdown and metadata. And: findings refuse, images upload once,
// the file records where its post is and changes nowhere else.

using namespace pw;

namespace {

QJsonObject restGet(wp::Client &client, const QString &route, const QUrlQuery &query = {})
{
    wp::Call *call = client.get(route, query);
    QSignalSpy finished(call, &wp::Call::finished);
    if (!call->isFinished())
        finished.wait(30000);
    const QJsonObject object = call->response().json.object();
    delete call;
    return object;
}

QJsonArray restList(wp::Client &client, const QString &route, const QUrlQuery &query)
{
    wp::Call *call = client.get(route, query);
    QSignalSpy finished(call, &wp::Call::finished);
    if (!call->isFinished())
        finished.wait(30000);
    const QJsonArray array = call->response().json.array();
    delete call;
    return array;
}

QString decoded(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

} // namespace

class TestCliPublish : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void seedPublishesAsADraftWithItsCategories();
    void aChangeOnTheSiteIsAConflict();
    void publishThenPullGivesTheSameMarkdown();
    void imagesUploadOnceAndTheFileRecordsThePost();
    void errorsRefuseUnlessForced();
    void codeArrivesColouredAsChosen();

private:
    QProcessEnvironment environment() const;
    test::CliRun run(const QStringList &arguments) const;
    QJsonObject publishJson(const QStringList &arguments, int expectedExit = 0);

    test::WpTestEnv m_env;
    QTemporaryDir m_home; // settings, keyring-less records (ledger, media cache)
    QTemporaryDir m_work;
    std::unique_ptr<wp::Client> m_admin;
};

void TestCliPublish::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
    const test::WpUser editor = m_env.user("pretty", "editor");
    const test::CliRun added =
        run({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("blog"),
             m_env.url("pretty").toString(), QStringLiteral("--user"), editor.name});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const test::WpUser admin = m_env.user("pretty", "admin");
    m_admin = std::make_unique<wp::Client>();
    m_admin->setApiRoot(QUrl(m_env.url("pretty").toString() + QStringLiteral("/wp-json/")));
    m_admin->setCredentials(admin.name, admin.applicationPassword);
}

QProcessEnvironment TestCliPublish::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("POSTWRIGHT_APP_PASSWORD"),
               m_env.user("pretty", "editor").applicationPassword);
    return env;
}

test::CliRun TestCliPublish::run(const QStringList &arguments) const
{
    return test::runPostwright(arguments, environment());
}

QJsonObject TestCliPublish::publishJson(const QStringList &arguments, int expectedExit)
{
    const test::CliRun r = run(QStringList{QStringLiteral("publish")} + arguments +
                               QStringList{QStringLiteral("--site"), QStringLiteral("blog"),
                                           QStringLiteral("--json")});
    if (r.exitCode != expectedExit)
        qWarning("exit %d: %s\n%s", r.exitCode, r.err.constData(), r.out.constData());
    const QJsonArray results = QJsonDocument::fromJson(r.out).array();
    return results.isEmpty() ? QJsonObject() : results.first().toObject();
}

void TestCliPublish::seedPublishesAsADraftWithItsCategories()
{
    const QString seed = m_work.filePath(QStringLiteral("seed000.txt"));
    QVERIFY(QFile::copy(test::seed("000"), seed));
    const QByteArray before = test::fileBytes(seed);
    const Post post = *readPostBytes(before).post;
    QVERIFY(!post.categories.isEmpty());

    const QJsonObject first = publishJson({seed});
    QCOMPARE(first.value(QLatin1String("result")).toString(), QStringLiteral("published"));
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    const qint64 id = first.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);
    // The transcript is not rewritten: where its post went is kept beside it.
    QCOMPARE(test::fileBytes(seed), before);

    // The site has the post's categories, by name.
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QJsonObject stored = restGet(*m_admin, QStringLiteral("/wp/v2/posts/%1").arg(id), edit);
    QUrlQuery include;
    QStringList ids;
    for (const QJsonValue &v : stored.value(QLatin1String("categories")).toArray())
        ids << QString::number(v.toInteger());
    include.addQueryItem(QStringLiteral("include"), ids.join(QLatin1Char(',')));
    include.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    QStringList names;
    for (const QJsonValue &term : restList(*m_admin, QStringLiteral("/wp/v2/categories"), include))
        names << decoded(term.toObject().value(QLatin1String("name")).toString());
    names.sort(Qt::CaseInsensitive);
    QStringList expected = post.categories;
    expected.sort(Qt::CaseInsensitive);
    QCOMPARE(names, expected);
    QCOMPARE(stored.value(QLatin1String("title")).toObject().value(QLatin1String("raw")).toString(),
             post.title);

    // Published again: the same post, updated, not a second one.
    const QJsonObject again = publishJson({seed});
    QCOMPARE(again.value(QLatin1String("id")).toInteger(), id);
    QVERIFY(again.value(QLatin1String("new_categories")).toArray().isEmpty());
}

void TestCliPublish::aChangeOnTheSiteIsAConflict()
{
    const QString file = m_work.filePath(QStringLiteral("conflict.md"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("---\ntitle: Ours from the start\ndescription: A post that someone else edits on "
              "the site while we keep working on our copy of it here.\ncategories: [Tutorials]\n"
              "---\n\nOur text.\n");
    out.close();
    const QJsonObject first = publishJson({file});
    const qint64 id = first.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);

    QTest::qWait(1100); // modified_gmt counts seconds
    wp::Call *edit = m_admin->send("POST", QStringLiteral("/wp/v2/posts/%1").arg(id),
                                   {{QStringLiteral("title"), QStringLiteral("Changed on the site")}});
    QSignalSpy edited(edit, &wp::Call::finished);
    QVERIFY(edited.wait(30000));
    QVERIFY(edit->response().ok());
    delete edit;

    const test::CliRun conflict =
        run({QStringLiteral("publish"), file, QStringLiteral("--site"), QStringLiteral("blog")});
    QCOMPARE(conflict.exitCode, 1);
    QVERIFY2(conflict.out.contains("changed on the site"), conflict.out.constData());
    QVERIFY2(conflict.out.contains("Changed on the site"), conflict.out.constData()); // theirs
    QUrlQuery context;
    context.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    QCOMPARE(restGet(*m_admin, QStringLiteral("/wp/v2/posts/%1").arg(id), context)
                 .value(QLatin1String("title")).toObject().value(QLatin1String("raw")).toString(),
             QStringLiteral("Changed on the site"));

    const QJsonObject over = publishJson({file, QStringLiteral("--overwrite")});
    QCOMPARE(over.value(QLatin1String("result")).toString(), QStringLiteral("published"));
    QCOMPARE(restGet(*m_admin, QStringLiteral("/wp/v2/posts/%1").arg(id), context)
                 .value(QLatin1String("title")).toObject().value(QLatin1String("raw")).toString(),
             QStringLiteral("Ours from the start"));
}

void TestCliPublish::publishThenPullGivesTheSameMarkdown()
{
    // Seed 000's post as Markdown, the way a writer keeps it.
    const QString file = m_work.filePath(QStringLiteral("roundtrip.md"));
    const test::CliRun converted =
        run({QStringLiteral("convert"), test::seed("000"), QStringLiteral("--to"),
             QStringLiteral("markdown"), QStringLiteral("-o"), file});
    QCOMPARE(converted.exitCode, 0);
    const Post original = *readPostBytes(test::fileBytes(file)).post;
    const QJsonObject published = publishJson({file});
    const qint64 id = published.value(QLatin1String("id")).toInteger();
    QVERIFY(id > 0);

    const QString pulledDir = m_work.filePath(QStringLiteral("pulled"));
    const test::CliRun pulled =
        run({QStringLiteral("pull"), QStringLiteral("--site"), QStringLiteral("blog"),
             QStringLiteral("--out"), pulledDir, QStringLiteral("--status"), QStringLiteral("draft")});
    QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
    std::optional<Post> back;
    for (const QString &name : QDir(pulledDir).entryList({QStringLiteral("*.md")})) {
        const Post candidate = *readPostBytes(test::fileBytes(QDir(pulledDir).filePath(name))).post;
        if (extraValue(candidate, extra_key::wordpressId).toLongLong() == id)
            back = candidate;
    }
    QVERIFY(back);
    QCOMPARE(back->title, original.title);
    QCOMPARE(back->metaDescription, original.metaDescription);
    // WordPress keeps no order of a post's terms: it lists them its own way.
    const auto sorted = [](QStringList list) {
        list.sort(Qt::CaseInsensitive);
        return list;
    };
    QCOMPARE(sorted(back->categories), sorted(original.categories));
    QCOMPARE(sorted(back->tags), sorted(original.tags));
    if (back->body != original.body) {
        QFile a(m_work.filePath(QStringLiteral("original-body.md")));
        QFile b(m_work.filePath(QStringLiteral("pulled-body.md")));
        if (a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly)) {
            a.write(original.body.toUtf8());
            b.write(back->body.toUtf8());
        }
        m_work.setAutoRemove(false);
        qWarning("bodies differ: diff %s %s", qPrintable(a.fileName()), qPrintable(b.fileName()));
    }
    QCOMPARE(back->body, original.body);
}

void TestCliPublish::imagesUploadOnceAndTheFileRecordsThePost()
{
    QDir(m_work.path()).mkpath(QStringLiteral("img"));
    QImage red(40, 30, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(m_work.filePath(QStringLiteral("img/red.png"))));
    QImage blue(30, 40, QImage::Format_RGB32);
    blue.fill(Qt::blue);
    QVERIFY(blue.save(m_work.filePath(QStringLiteral("img/blue.jpg"))));
    const QString file = m_work.filePath(QStringLiteral("images.md"));
    const QByteArray text =
        "---\r\ntitle: \"Two pictures\"\r\ndescription: >-\r\n  A post with two local "
        "pictures, uploaded once and shown from the site's media library afterwards.\r\n"
        "featured_image: img/blue.jpg\r\ntags: [pictures]\r\ncategories: [Tutorials]\r\n---\r\n\r\nA red one:\r\n\r\n"
        "![A red rectangle](img/red.png)\r\n\r\nand a blue one: ![A blue rectangle](img/blue.jpg)\r\n";
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();

    const QJsonObject first = publishJson({file});
    QCOMPARE(first.value(QLatin1String("result")).toString(), QStringLiteral("published"));
    QCOMPARE(first.value(QLatin1String("images_uploaded")).toInt(), 2);
    const qint64 id = first.value(QLatin1String("id")).toInteger();

    // The file gained where its post is, and nothing else changed: its lines are all there,
    // in its own line ends.
    const QByteArray after = test::fileBytes(file);
    QVERIFY(!after.contains("\n\n") || after.count("\r\n") == after.count("\n"));
    for (const QByteArray &line : text.split('\n'))
        QVERIFY2(after.contains(line), line.constData());
    const Post recorded = *readPostBytes(after).post;
    QCOMPARE(extraValue(recorded, extra_key::wordpressId).toLongLong(), id);
    QCOMPARE(extraValue(recorded, extra_key::wordpressSite), m_env.url("pretty").toString());
    QVERIFY(!extraValue(recorded, QStringLiteral("wordpress_marker")).isEmpty());

    // On the site: the images at their uploaded URLs, the featured image set.
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const QJsonObject stored = restGet(*m_admin, QStringLiteral("/wp/v2/posts/%1").arg(id), edit);
    const QString html = stored.value(QLatin1String("content")).toObject().value(QLatin1String("raw")).toString();
    QVERIFY2(!html.contains(QLatin1String("img/red.png\"")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("/wp-content/uploads/")), qPrintable(html));
    QVERIFY(stored.value(QLatin1String("featured_media")).toInteger() > 0);

    // Again, unchanged: nothing uploaded, the same post, one request to look for a conflict
    // and one to write.
    const QJsonObject again = publishJson({file});
    QCOMPARE(again.value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(again.value(QLatin1String("images_uploaded")).toInt(), 0);
    QCOMPARE(again.value(QLatin1String("requests")).toInt(), 2);

    // One picture redrawn: only it goes up again; the other is known by its bytes.
    red.fill(Qt::darkRed);
    QVERIFY(red.save(m_work.filePath(QStringLiteral("img/red.png"))));
    const QJsonObject redrawn = publishJson({file});
    QCOMPARE(redrawn.value(QLatin1String("id")).toInteger(), id);
    QCOMPARE(redrawn.value(QLatin1String("images_uploaded")).toInt(), 1);
    QCOMPARE(redrawn.value(QLatin1String("images_reused")).toInt(), 1);
}

void TestCliPublish::errorsRefuseUnlessForced()
{
    const QString file = m_work.filePath(QStringLiteral("refused.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    // A title of its own, so that a run on a site an earlier run used finds only its own post.
    const QByteArray unique = QUuid::createUuid().toByteArray(QUuid::Id128);
    out.write("TITLE: A post outside the category list " + unique + "\nMETA_DESCRIPTION: Its category is not one "
              "of the generator's, so checking it finds an error before anything is sent.\n"
              "TAGS: test\nCATEGORIES: Not A Real Category\n\nBody text.\n\n-EndOFText-\n");
    out.close();
    const test::CliRun refused =
        run({QStringLiteral("publish"), file, QStringLiteral("--site"), QStringLiteral("blog")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains("category.unknown"), refused.out.constData());
    QVERIFY2(refused.out.contains("--force"), refused.out.constData());
    QUrlQuery search;
    search.addQueryItem(QStringLiteral("search"), QString::fromLatin1(unique));
    search.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    QCOMPARE(restList(*m_admin, QStringLiteral("/wp/v2/posts"), search).size(), 0);

    const QJsonObject forced = publishJson({file, QStringLiteral("--force")});
    QCOMPARE(forced.value(QLatin1String("result")).toString(), QStringLiteral("published"));
}

// Fenced code is sent coloured: the site stores the spans as sent (an editor's HTML is not
// filtered), in the style --code-colours chose; another style is another content to send even
// when the post is unchanged.
void TestCliPublish::codeArrivesColouredAsChosen()
{
    // The helper CTest names, or else the one the program finds beside itself in the build tree.
    const bool helper = qEnvironmentVariableIsSet("POSTWRIGHT_HIGHLIGHTER")
                            ? !qEnvironmentVariable("POSTWRIGHT_HIGHLIGHTER").isEmpty()
                            : QFileInfo(QFileInfo(QStringLiteral(PW_BINARY))
                                            .dir()
                                            .filePath(QStringLiteral("postwright-highlighter")))
                                  .isExecutable();
    if (!helper)
        QSKIP("this build has no colouring helper");
    const QString file = m_work.filePath(QStringLiteral("code.md"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("---\ntitle: A coloured block\ndescription: A post with one block of Python, "
              "coloured by the highlighter before it is sent to the site as HTML.\n"
              "tags: [code]\ncategories: [Tutorials]\n---\n\nThe function:\n\n"
              "```python\ndef area(r):\n    return 3.14 * r * r\n```\n");
    out.close();
    QUrlQuery edit;
    edit.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    const auto storedHtml = [&](qint64 id) {
        return restGet(*m_admin, QStringLiteral("/wp/v2/posts/%1").arg(id), edit)
            .value(QLatin1String("content"))
            .toObject()
            .value(QLatin1String("raw"))
            .toString();
    };

    const QJsonObject first = publishJson({file});
    QCOMPARE(first.value(QLatin1String("result")).toString(), QStringLiteral("published"));
    const qint64 id = first.value(QLatin1String("id")).toInteger();
    QString html = storedHtml(id);
    QVERIFY2(html.contains(QLatin1String("<span style=\"color:#d73a49\">def</span> area(r):")),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<pre style=\"background-color:#ffffff;color:#24292e\">"
                                        "<code class=\"language-python\">")));

    const QJsonObject classes =
        publishJson({file, QStringLiteral("--code-colours"), QStringLiteral("classes")});
    QCOMPARE(classes.value(QLatin1String("id")).toInteger(), id);
    html = storedHtml(id);
    QVERIFY2(html.contains(QLatin1String("<span class=\"hl-keyword\">def</span> area(r):")),
             qPrintable(html));
    // Only the post is sent: the site's theme styles the classes.
    QVERIFY(!html.contains(QLatin1String("<style")));
    QVERIFY(!html.contains(QLatin1String("color:#")));
    // Unchanged since, in the same style: one request to look for a conflict, one to write.
    const QJsonObject again =
        publishJson({file, QStringLiteral("--code-colours"), QStringLiteral("classes")});
    QCOMPARE(again.value(QLatin1String("requests")).toInt(), 2);

    publishJson({file, QStringLiteral("--code-colours"), QStringLiteral("none")});
    html = storedHtml(id);
    QVERIFY2(html.contains(QLatin1String("<pre><code class=\"language-python\">def area(r):")),
             qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("<span")));
}

QTEST_MAIN(TestCliPublish)
#include "tst_cli_publish.moc"
