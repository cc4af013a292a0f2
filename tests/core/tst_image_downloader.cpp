// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImageDownloader against a real HTTP server on loopback (image_server.h), and the finding and
// rewriting of a post's site images (site_images.h).
#include "image_server.h"

#include "core/import/image_downloader.h"
#include "core/import/site_images.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw;

class TestImageDownloader : public QObject {
    Q_OBJECT

private:
    static bool runAll(ImageDownloader &downloader, const QStringList &urls)
    {
        QSignalSpy finished(&downloader, &ImageDownloader::finished);
        downloader.fetch(urls);
        return finished.wait(20000) && !downloader.busy();
    }

private slots:
    void downloadsWritesAndReportsEachFailure()
    {
        test::ImageServer server;
        QVERIFY(server.listening());
        QTemporaryDir dir;
        ImageDownloader::Options options;
        options.folder = dir.filePath(QStringLiteral("images"));
        options.timeoutMs = 1500;
        options.maxBytes = 1024 * 1024;
        ImageDownloader downloader(options);
        const QString up = server.base() + QStringLiteral("/wp-content/uploads/2024/03/");
        const QString ok = up + QStringLiteral("market.png");
        const QString missing = up + QStringLiteral("harbour.jpg");
        const QString slow = up + QStringLiteral("slow.png");
        const QString huge = up + QStringLiteral("huge.png");
        const QString page = up + QStringLiteral("page.png");
        QVERIFY(runAll(downloader, {ok, missing, slow, huge, page, ok}));

        QCOMPARE(downloader.downloaded(), 1);
        QCOMPARE(downloader.failed(), 4);
        QCOMPARE(downloader.reused(), 0);
        QCOMPARE(server.requests(QStringLiteral("/wp-content/uploads/2024/03/market.png")), 1);

        const ImageDownload *good = downloader.result(ok);
        QVERIFY(good);
        QCOMPARE(good->status, ImageDownload::Status::Downloaded);
        QCOMPARE(good->fileName, QStringLiteral("market.png"));
        QFile file(QDir(options.folder).filePath(QStringLiteral("market.png")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), test::onePixelPng());

        QCOMPARE(downloader.result(missing)->status, ImageDownload::Status::Failed);
        QVERIFY2(downloader.result(missing)->error.contains(QLatin1String("404")),
                 qPrintable(downloader.result(missing)->error));
        QVERIFY2(downloader.result(slow)->error.contains(QLatin1String("no answer")),
                 qPrintable(downloader.result(slow)->error));
        QVERIFY2(downloader.result(huge)->error.contains(QLatin1String("larger than 1.0 MB")),
                 qPrintable(downloader.result(huge)->error));
        QVERIFY2(downloader.result(page)->error.contains(QLatin1String("not an image")),
                 qPrintable(downloader.result(page)->error));
        // Only the image that arrived is in the folder: nothing half-written.
        QCOMPARE(QDir(options.folder).entryList(QDir::Files), QStringList{"market.png"});
    }

    void reusesWhatAnEarlierRunWroteAndNamesCollisionsApart()
    {
        test::ImageServer server;
        QTemporaryDir dir;
        ImageDownloader::Options options;
        options.folder = dir.filePath(QStringLiteral("images"));
        const QString a = server.base() + QStringLiteral("/wp-content/uploads/2024/03/photo.png");
        const QString b = server.base() + QStringLiteral("/wp-content/uploads/2024/04/photo.png");
        {
            ImageDownloader first(options);
            QVERIFY(runAll(first, {a, b}));
            QCOMPARE(first.downloaded(), 2);
            QCOMPARE(first.result(a)->fileName, QStringLiteral("photo.png"));
            QCOMPARE(first.result(b)->fileName, QStringLiteral("photo-2.png"));
        }
        const int before = server.totalRequests();
        QCOMPARE(before, 2);
        ImageDownloader second(options);
        QVERIFY(runAll(second, {a, b}));
        QCOMPARE(second.reused(), 2);
        QCOMPARE(second.downloaded(), 0);
        QCOMPARE(second.result(b)->fileName, QStringLiteral("photo-2.png"));
        QCOMPARE(server.totalRequests(), before);
    }

    void findsTheSiteImagesOfAPost()
    {
        const SiteUploads uploads(
            {QStringLiteral("http://wxr.test"), QStringLiteral("http://wxr.test/")});
        Post post;
        post.body = QStringLiteral("![a](http://wxr.test/wp-content/uploads/2024/03/a.png)\n\n"
                                   "[![b](https://wxr.test/wp-content/uploads/"
                                   "b-300x200.jpg)](http://wxr.test/wp-content/uploads/b.jpg)\n\n"
                                   "`![code](http://wxr.test/wp-content/uploads/code.png)`\n\n"
                                   "![elsewhere](http://cdn.example/wp-content/uploads/c.png)\n\n"
                                   "![not uploads](http://wxr.test/wp-includes/d.png)\n\n"
                                   "![again](http://wxr.test/wp-content/uploads/2024/03/a.png)\n");
        post.extras.append({extra_key::featuredImage,
                            QStringLiteral("\"http://wxr.test/wp-content/uploads/f.png\"")});
        QCOMPARE(siteImagesOf(post, uploads),
                 (QStringList{QStringLiteral("http://wxr.test/wp-content/uploads/2024/03/a.png"),
                              QStringLiteral("https://wxr.test/wp-content/uploads/b-300x200.jpg"),
                              QStringLiteral("http://wxr.test/wp-content/uploads/f.png")}));

        rewriteImageUrls(post, {{QStringLiteral("http://wxr.test/wp-content/uploads/2024/03/a.png"),
                                 QStringLiteral("images/a.png")},
                                {QStringLiteral("http://wxr.test/wp-content/uploads/f.png"),
                                 QStringLiteral("images/f.png")}});
        QVERIFY(post.body.startsWith(QLatin1String("![a](images/a.png)\n")));
        QVERIFY(post.body.contains(QLatin1String("![again](images/a.png)")));
        // Not downloaded: left pointing at the site.
        QVERIFY(
            post.body.contains(QLatin1String("https://wxr.test/wp-content/uploads/b-300x200.jpg")));
        QCOMPARE(extraValue(post, extra_key::featuredImage), QStringLiteral("images/f.png"));
    }
};

QTEST_GUILESS_MAIN(TestImageDownloader)
#include "tst_image_downloader.moc"
