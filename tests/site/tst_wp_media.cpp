// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "site/wp_test_env.h"

#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_media.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A post's local images against the real test WordPress (6.1 from Debian): found in the
// Markdown, uploaded byte for byte with their alt text, not uploaded twice, uploaded again
// when the site lost them, and refused before any upload when a file is wrong.

using namespace pw;
using namespace pw::wp;

namespace {

// Real image bytes, different on every call: a site left over from an earlier run has none.
QByteArray imageBytes(const char *format, int size)
{
    QImage image(size, size, QImage::Format_RGB32);
    const quint32 seed = QRandomGenerator::global()->generate();
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            image.setPixel(
                x, y,
                qRgb((x * 16 + seed) & 0xff, (y * 16 + (seed >> 8)) & 0xff, (seed >> 16) & 0xff));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestWpMedia : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void findsLocalImagesWithTheParser();
    void untitledPostHasOnlyAbsoluteImages();
    void uploadsOnceWithAltText();
    void reuploadsWhatTheSiteDeleted();
    void cancelledRunKeepsWhatWasUploaded();
    void refusesBeforeUploading_data();
    void refusesBeforeUploading();

private:
    std::unique_ptr<Client> client(const char *role) const;
    Response call(Client &client, const QByteArray &verb, const QString &route,
                  const QUrlQuery &query = {}) const;
    bool upload(MediaUploader &uploader, const QList<LocalImage> &images) const;
    QByteArray download(const QString &url) const;
    int mediaCount(Client &client, const QString &search) const;

    test::WpTestEnv m_env;
    QTemporaryDir m_dir;
};

void TestWpMedia::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<Client> TestWpMedia::client(const char *role) const
{
    auto client = std::make_unique<Client>();
    client->setApiRoot(QUrl(m_env.url("pretty").toString() + QStringLiteral("/wp-json/")));
    const test::WpUser user = m_env.user("pretty", role);
    client->setCredentials(user.name, user.applicationPassword);
    return client;
}

Response TestWpMedia::call(Client &client, const QByteArray &verb, const QString &route,
                           const QUrlQuery &query) const
{
    Call *c = verb == "GET" ? client.get(route, query) : client.send(verb, route, {}, query);
    QSignalSpy finished(c, &Call::finished);
    if (!c->isFinished() && !finished.wait(30000))
        return {};
    const Response response = c->response();
    delete c;
    return response;
}

bool TestWpMedia::upload(MediaUploader &uploader, const QList<LocalImage> &images) const
{
    QSignalSpy finished(&uploader, &MediaUploader::finished);
    uploader.start(images);
    return finished.wait(60000) && finished.size() == 1;
}

QByteArray TestWpMedia::download(const QString &url) const
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(url)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        return {};
    const QByteArray bytes =
        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return bytes;
}

// Searched by name: the site tests run in parallel, and others upload meanwhile.
int TestWpMedia::mediaCount(Client &client, const QString &search) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("search"), search);
    return call(client, "GET", QStringLiteral("/wp/v2/media"), query).header("x-wp-total").toInt();
}

void TestWpMedia::findsLocalImagesWithTheParser()
{
    const QString post = QStringLiteral("/home/writer/posts/first");
    const QString markdown = QStringLiteral(
        "# Title\n\n"
        "![A red square](img/red.png) and ![Photo *one*](photo%20one.jpg \"a title\")\n\n"
        "![again](img/red.png)\n\n" // the same destination: once
        "![abs](/srv/pics/b.jpg) ![url](file:///srv/pics/c%20d.png)\n\n"
        "![remote](https://example.org/x.png) ![data](data:image/png;base64,iVBORw0KGgo=)\n\n"
        "![proto](//cdn.example.org/y.png) ![other](file://server/share/z.png)\n\n"
        "`![code](img/in-code.png)`\n\n"
        "```\n![fence](img/in-fence.png)\n```\n\n"
        "\\![escaped](img/escaped.png)\n\n"
        "[a link, not an image](img/linked.png)\n\n"
        "![by reference][ref]\n\n"
        "[ref]: ../shared/ref.png\n");
    const QList<LocalImage> images = localImagesOf(markdown, post);
    QStringList destinations, paths, alts;
    for (const LocalImage &image : images) {
        destinations << image.destination;
        paths << image.path;
        alts << image.alt;
    }
    QCOMPARE(destinations,
             (QStringList{QStringLiteral("img/red.png"), QStringLiteral("photo%20one.jpg"),
                          QStringLiteral("/srv/pics/b.jpg"),
                          QStringLiteral("file:///srv/pics/c%20d.png"),
                          QStringLiteral("../shared/ref.png")}));
    QCOMPARE(
        paths,
        (QStringList{post + QStringLiteral("/img/red.png"), post + QStringLiteral("/photo one.jpg"),
                     QStringLiteral("/srv/pics/b.jpg"), QStringLiteral("/srv/pics/c d.png"),
                     QStringLiteral("/home/writer/posts/shared/ref.png")}));
    QCOMPARE(alts, (QStringList{QStringLiteral("A red square"), QStringLiteral("Photo one"),
                                QStringLiteral("abs"), QStringLiteral("url"),
                                QStringLiteral("by reference")}));
}

void TestWpMedia::untitledPostHasOnlyAbsoluteImages()
{
    const QList<LocalImage> images =
        localImagesOf(QStringLiteral("![a](img/a.png) ![b](/tmp/b.png)\n"), QString());
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).path, QStringLiteral("/tmp/b.png"));
}

void TestWpMedia::uploadsOnceWithAltText()
{
    const QString post = m_dir.filePath(QStringLiteral("once"));
    const QByteArray png = imageBytes("PNG", 8);
    const QByteArray jpeg = imageBytes("JPEG", 16);
    QVERIFY(png.startsWith("\x89PNG"));
    QVERIFY(jpeg.startsWith("\xff\xd8"));
    QVERIFY(writeFile(post + QStringLiteral("/img/red.png"), png));
    // A JPEG named .png: the type sent is the content's.
    QVERIFY(writeFile(post + QStringLiteral("/photo one.png"), jpeg));
    const QString markdown = QStringLiteral("![A red square](img/red.png)\n\n"
                                            "Text ![Photo & more](<photo one.png>) and "
                                            "![The same square](img/../img/red.png)\n");
    const QList<LocalImage> images = localImagesOf(markdown, post);
    QCOMPARE(images.size(), 3);

    auto admin = client("admin");
    const QString cacheDir = m_dir.filePath(QStringLiteral("cache-once"));
    const QString site = m_env.url("pretty").toString();
    MediaCache cache(cacheDir, site);
    cache.load();
    MediaUploader uploader(admin.get(), &cache);
    QSignalSpy progress(&uploader, &MediaUploader::progress);
    QVERIFY(upload(uploader, images));
    QVERIFY2(uploader.ok(), qPrintable(uploader.message()));
    QCOMPARE(uploader.uploadedCount(), 2); // two files' contents, three references
    QCOMPARE(uploader.reusedCount(), 0);
    // Two uploads, each with its alt text in the same request.
    qInfo("media: %d requests to upload 2 new images", uploader.requests());
    QCOMPARE(uploader.requests(), 2);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);

    const QList<UploadedImage> uploaded = uploader.images();
    QCOMPARE(uploaded.size(), 3);
    QCOMPARE(uploaded.at(0).destination, QStringLiteral("img/red.png"));
    QCOMPARE(uploaded.at(1).destination, QStringLiteral("photo one.png"));
    QCOMPARE(uploaded.at(2).mediaId, uploaded.at(0).mediaId);
    QVERIFY(uploaded.at(0).mediaId != uploaded.at(1).mediaId);
    QCOMPARE(uploader.urls().value(QStringLiteral("img/red.png")), uploaded.at(0).sourceUrl);

    // Stored byte for byte, with the alt text and under the content's type.
    const QByteArray *bytes[] = {&png, &jpeg};
    const char *alts[] = {"A red square", "Photo & more"};
    const char *types[] = {"image/png", "image/jpeg"};
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(download(uploaded.at(i).sourceUrl), *bytes[i]);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        const Response media = call(
            *admin, "GET", QStringLiteral("/wp/v2/media/%1").arg(uploaded.at(i).mediaId), query);
        QVERIFY2(media.ok(), qPrintable(media.message));
        QCOMPARE(media.json.object().value(QLatin1String("alt_text")).toString(),
                 QString::fromUtf8(alts[i]));
        QCOMPARE(media.json.object().value(QLatin1String("mime_type")).toString(),
                 QString::fromLatin1(types[i]));
    }

    // The cache file holds both, for this site.
    MediaCache reread(cacheDir, site);
    reread.load();
    QCOMPARE(reread.size(), 2);
    MediaCache otherSite(cacheDir, QStringLiteral("http://other.example"));
    otherSite.load();
    QCOMPARE(otherSite.size(), 0);

    // Another site's entries go into the same file without touching this site's.
    otherSite.insert("00ff", {7, QStringLiteral("http://other.example/a.png")});
    QVERIFY(otherSite.save().ok);
    reread.load();
    QCOMPARE(reread.size(), 2);

    // An update: nothing uploaded, one request to see that the site still has them, and the
    // cache file is not rewritten (removed here, it stays away).
    QVERIFY(QFile::remove(reread.path()));
    MediaUploader again(admin.get(), &reread);
    QVERIFY(upload(again, images));
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again.uploadedCount(), 0);
    QCOMPARE(again.reusedCount(), 2);
    qInfo("media: %d requests for 2 images already uploaded", again.requests());
    QCOMPARE(again.requests(), 1);
    QCOMPARE(again.urls(), uploader.urls());
    QVERIFY(again.images().at(0).reused);
    QVERIFY(!QFile::exists(reread.path()));
}

void TestWpMedia::reuploadsWhatTheSiteDeleted()
{
    const QString post = m_dir.filePath(QStringLiteral("deleted"));
    QVERIFY(writeFile(post + QStringLiteral("/a.png"), imageBytes("PNG", 4)));
    QVERIFY(writeFile(post + QStringLiteral("/b.jpg"), imageBytes("JPEG", 4)));
    const QList<LocalImage> images =
        localImagesOf(QStringLiteral("![](a.png) ![b](b.jpg)\n"), post);
    QCOMPARE(images.size(), 2);

    auto editor = client("editor");
    const QString cacheDir = m_dir.filePath(QStringLiteral("cache-deleted"));
    MediaCache cache(cacheDir, m_env.url("pretty").toString());
    cache.load();
    MediaUploader first(editor.get(), &cache);
    QVERIFY(upload(first, images));
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QCOMPARE(first.uploadedCount(), 2);
    QCOMPARE(first.requests(), 2); // the alt text goes with the upload

    const qint64 gone = first.images().at(0).mediaId;
    QUrlQuery force;
    force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    QVERIFY(call(*editor, "DELETE", QStringLiteral("/wp/v2/media/%1").arg(gone), force).ok());
    QCOMPARE(call(*editor, "GET", QStringLiteral("/wp/v2/media/%1").arg(gone)).status, 404);

    MediaUploader second(editor.get(), &cache);
    QVERIFY(upload(second, images));
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QCOMPARE(second.uploadedCount(), 1);
    QCOMPARE(second.reusedCount(), 1);
    QVERIFY(second.images().at(0).mediaId != gone);
    QVERIFY(!second.images().at(0).reused);
    QCOMPARE(second.images().at(1).mediaId, first.images().at(1).mediaId);
    QCOMPARE(second.requests(), 2); // the check and the one upload
    QCOMPARE(download(second.images().at(0).sourceUrl).size(),
             QFileInfo(post + QStringLiteral("/a.png")).size());
}

void TestWpMedia::cancelledRunKeepsWhatWasUploaded()
{
    const QString post = m_dir.filePath(QStringLiteral("cancelled"));
    for (const char *name : {"one.png", "two.png", "three.png"})
        QVERIFY(writeFile(post + QLatin1Char('/') + QLatin1String(name), imageBytes("PNG", 6)));
    const QList<LocalImage> images =
        localImagesOf(QStringLiteral("![1](one.png) ![2](two.png) ![3](three.png)\n"), post);
    QCOMPARE(images.size(), 3);

    auto admin = client("admin");
    const QString cacheDir = m_dir.filePath(QStringLiteral("cache-cancelled"));
    MediaCache cache(cacheDir, m_env.url("pretty").toString());
    cache.load();
    MediaUploader uploader(admin.get(), &cache);
    // The writer cancels once the first image is on the site.
    connect(&uploader, &MediaUploader::progress, &uploader, [&uploader](int done) {
        if (done == 1)
            uploader.cancel();
    });
    QVERIFY(upload(uploader, images));
    QCOMPARE(uploader.failure(), Failure::Cancelled);
    QCOMPARE(uploader.uploadedCount(), 1);
    QVERIFY(uploader.images().isEmpty());

    // The next run uploads only what the cancelled one did not.
    MediaCache reread(cacheDir, m_env.url("pretty").toString());
    reread.load();
    QCOMPARE(reread.size(), 1);
    MediaUploader again(admin.get(), &reread);
    QVERIFY(upload(again, images));
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(again.reusedCount(), 1);
    QCOMPARE(again.uploadedCount(), 2);
    QVERIFY(again.images().at(0).reused);
}

void TestWpMedia::refusesBeforeUploading_data()
{
    QTest::addColumn<QString>("badName");
    QTest::addColumn<QByteArray>("badBytes"); // empty name part: the file does not exist
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QStringLiteral("missing.png") << QByteArray()
                             << QStringLiteral("cannot be read");
    QTest::newRow("text named .png")
        << QStringLiteral("notes.png") << QByteArray("just some text\n")
        << QStringLiteral("is not an image");
    QTest::newRow("empty") << QStringLiteral("empty.png") << QByteArray("")
                           << QStringLiteral("empty");
}

void TestWpMedia::refusesBeforeUploading()
{
    QFETCH(QString, badName);
    QFETCH(QByteArray, badBytes);
    QFETCH(QString, expected);
    const QString post = m_dir.filePath(
        QStringLiteral("refused-") +
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(writeFile(post + QStringLiteral("/never-sent.png"), imageBytes("PNG", 4)));
    if (!badBytes.isNull())
        QVERIFY(writeFile(post + QLatin1Char('/') + badName, badBytes));
    // The good image comes first: it must not be uploaded either.
    const QList<LocalImage> images =
        localImagesOf(QStringLiteral("![good](never-sent.png) ![bad](%1)\n").arg(badName), post);
    QCOMPARE(images.size(), 2);

    auto author = client("author");
    const int before = mediaCount(*author, QStringLiteral("never-sent"));
    MediaCache cache(m_dir.filePath(QStringLiteral("cache-refused")),
                     m_env.url("pretty").toString());
    cache.load();
    MediaUploader uploader(author.get(), &cache);
    QVERIFY(upload(uploader, images));
    QVERIFY(!uploader.ok());
    QCOMPARE(uploader.failure(), Failure::Rejected);
    QCOMPARE(uploader.failedFile(), post + QLatin1Char('/') + badName);
    QVERIFY2(uploader.message().contains(badName), qPrintable(uploader.message()));
    QVERIFY2(uploader.message().contains(expected), qPrintable(uploader.message()));
    QCOMPARE(uploader.requests(), 0);
    QCOMPARE(uploader.uploadedCount(), 0);
    QCOMPARE(mediaCount(*author, QStringLiteral("never-sent")), before);
}

QTEST_GUILESS_MAIN(TestWpMedia)
#include "tst_wp_media.moc"
