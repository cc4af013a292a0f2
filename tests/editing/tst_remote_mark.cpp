// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/remote_mark.h"

#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

// A post with the front matter an import from a site or a publish writes.
Post remotePost(const QString &site, const QString &id, const QString &status)
{
    Post post;
    post.title = QStringLiteral("A post");
    if (!site.isNull())
        post.extras.append({extra_key::wordpressSite, QLatin1Char('"') + site + QLatin1Char('"')});
    if (!id.isNull())
        post.extras.append({extra_key::wordpressId, id});
    if (!status.isNull())
        post.extras.append({extra_key::wordpressStatus, status});
    return post;
}

} // namespace

class TestRemoteMark : public QObject {
    Q_OBJECT

private slots:
    void localPostHasNone()
    {
        Post post;
        post.title = QStringLiteral("Only here");
        post.extras.append({QStringLiteral("link"), QStringLiteral("https://example.com/x/")});
        QVERIFY(!remoteMarkOf(post));
    }

    void incompleteRecordsHaveNone()
    {
        // A site without an id (or a zero id) names no post to update.
        QVERIFY(!remoteMarkOf(remotePost(QStringLiteral("https://example.com"), {}, {})));
        QVERIFY(!remoteMarkOf(remotePost(QStringLiteral("https://example.com"), "0", "draft")));
        QVERIFY(!remoteMarkOf(remotePost({}, QStringLiteral("12"), QStringLiteral("draft"))));
        QVERIFY(!remoteMarkOf(remotePost(QStringLiteral("not a site"), "12", "draft")));
    }

    void draftOnASite()
    {
        const auto mark = remoteMarkOf(remotePost(QStringLiteral("https://example.com/"),
                                                  QStringLiteral("123"), QStringLiteral("draft")));
        QVERIFY(mark);
        QCOMPARE(mark->site, QUrl(QStringLiteral("https://example.com/")));
        QCOMPARE(mark->id, 123);
        QCOMPARE(mark->status, QStringLiteral("draft"));
        QCOMPARE(mark->siteName(), QStringLiteral("example.com"));
        QCOMPARE(mark->statusLabel(), QStringLiteral("Draft"));
        QCOMPARE(mark->summary(), QStringLiteral("On example.com · Draft · post 123"));
        QCOMPARE(mark->statusText(QStringLiteral("Ctrl+Shift+P")),
                 QStringLiteral("Draft on example.com — Publish updates it (Ctrl+Shift+P)"));
        QCOMPARE(mark->statusText(QString()),
                 QStringLiteral("Draft on example.com — Publish updates it"));
        QVERIFY(mark->link.isEmpty());
    }

    void statusLabels_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("label");
        // As WordPress's editor names them.
        QTest::newRow("draft") << "draft"
                               << "Draft";
        QTest::newRow("pending") << "pending"
                                 << "Pending Review";
        QTest::newRow("future") << "future"
                                << "Scheduled";
        QTest::newRow("publish") << "publish"
                                 << "Published";
        QTest::newRow("private") << "private"
                                 << "Private";
        QTest::newRow("a plugin's status") << "archived"
                                           << "archived";
    }

    void statusLabels()
    {
        QFETCH(QString, status);
        QFETCH(QString, label);
        QCOMPARE(wordPressStatusLabel(status), label);
        const auto mark = remoteMarkOf(
            remotePost(QStringLiteral("https://example.com"), QStringLiteral("7"), status));
        QVERIFY(mark);
        QCOMPARE(mark->statusLabel(), label);
    }

    void siteInASubFolderWithAPort()
    {
        const auto mark = remoteMarkOf(remotePost(QStringLiteral("http://127.0.0.1:8080/blog/"),
                                                  QStringLiteral("5"), QStringLiteral("publish")));
        QVERIFY(mark);
        QCOMPARE(mark->siteName(), QStringLiteral("127.0.0.1:8080/blog"));
        QCOMPARE(mark->place(), QStringLiteral("Published on 127.0.0.1:8080/blog"));
    }

    void withoutStatus()
    {
        const auto mark =
            remoteMarkOf(remotePost(QStringLiteral("https://example.com"), "9", QString()));
        QVERIFY(mark);
        QCOMPARE(mark->summary(), QStringLiteral("On example.com · post 9"));
        QCOMPARE(mark->place(), QStringLiteral("Post on example.com"));
    }

    void linkOnlyWhenAWebAddress()
    {
        Post post = remotePost(QStringLiteral("https://example.com"), "9", "publish");
        post.extras.append(
            {QStringLiteral("link"), QStringLiteral("\"https://example.com/a-post/\"")});
        QCOMPARE(remoteMarkOf(post)->link, QUrl(QStringLiteral("https://example.com/a-post/")));
        // A hand-edited file could point the status bar's link anywhere: only http(s) is kept.
        post.extras.last().yaml = QStringLiteral("\"file:///etc/passwd\"");
        QVERIFY(remoteMarkOf(post)->link.isEmpty());
    }

    void readsWhatAnImportWrites()
    {
        // The fields as wp_posts.cpp's importRemotePost and withRemote write them: quoted YAML.
        Post post;
        post.extras = {{extra_key::wordpressSite, QStringLiteral("\"https://news.example.org\"")},
                       {extra_key::wordpressId, QStringLiteral("4711")},
                       {extra_key::wordpressStatus, QStringLiteral("\"pending\"")},
                       {extra_key::wordpressModified, QStringLiteral("\"2026-12-01T10:00:00\"")}};
        const auto mark = remoteMarkOf(post);
        QVERIFY(mark);
        QCOMPARE(mark->summary(),
                 QStringLiteral("On news.example.org · Pending Review · post 4711"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteMark)
#include "tst_remote_mark.moc"
