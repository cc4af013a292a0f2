// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A folder pulled from a WordPress site opens as a site: markPulledSite's postwright.toml, read
// back by the same site detection every post goes through.
#include "core/site/pulled_site.h"
#include "core/site/site_profile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestPulledSite : public QObject {
    Q_OBJECT

private slots:
    void pulledFolderIsASiteWithTheSitesAddress()
    {
        QTemporaryDir dir;
        // A .git above stops the walk up at the temporary folder, as a repository would.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".git")));
        const QString folder = dir.filePath(QStringLiteral("pulled"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(markPulledSite(folder, QUrl(QStringLiteral("https://blog.example.org/news"))),
                 QString());

        const auto location = locateSite(QDir(folder).filePath(QStringLiteral("a-post.md")));
        QVERIFY(location.has_value());
        QCOMPARE(location->kind, SiteKind::Postwright);
        QCOMPARE(location->root, QDir(folder).absolutePath());
        const SiteProfilePtr profile = loadSiteProfile(*location);
        QCOMPARE(profile->baseUrl, QStringLiteral("https://blog.example.org/news"));
        QCOMPARE(profile->categoriesRequired, std::optional<bool>(true));
        QVERIFY(profile->usesCategories());
        QVERIFY(bytesOf(location->configFile).startsWith("# Written by Postwright"));
    }

    void aUsersOwnSettingsAreKept()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".git")));
        const QString config = dir.filePath(QStringLiteral("postwright.toml"));
        const QByteArray mine = "base_url = \"https://mine.example\"\ncategories = false\n";
        QVERIFY(put(config, mine));
        QCOMPARE(markPulledSite(dir.path(), QUrl(QStringLiteral("https://other.example"))),
                 QString());
        QCOMPARE(bytesOf(config), mine);
    }

    void aFolderInsideAGeneratorsSiteIsLeftAlone()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".git")));
        QVERIFY(put(dir.filePath(QStringLiteral("hugo.toml")), "baseURL = 'https://hugo.example/'\n"));
        const QString posts = dir.filePath(QStringLiteral("content/posts"));
        QVERIFY(QDir().mkpath(posts));
        QCOMPARE(markPulledSite(posts, QUrl(QStringLiteral("https://wp.example"))), QString());
        QVERIFY(!QFileInfo::exists(QDir(posts).filePath(QStringLiteral("postwright.toml"))));
        const auto location = locateSite(QDir(posts).filePath(QStringLiteral("a.md")));
        QVERIFY(location.has_value());
        QCOMPARE(location->kind, SiteKind::Hugo);
    }

    void anAddressWithQuotesStaysOneValue()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".git")));
        // Fully encoded, the quote becomes %22: the value reads back as the address given.
        const QUrl odd(QStringLiteral("https://example.org/a\"b"));
        QCOMPARE(markPulledSite(dir.path(), odd), QString());
        const auto location = locateSite(dir.filePath(QStringLiteral("p.md")));
        QVERIFY(location.has_value());
        QCOMPARE(QUrl(loadSiteProfile(*location)->baseUrl), QUrl(odd.toString(QUrl::FullyEncoded)));
    }

    void anUnwritableFolderSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral(".git")));
        const QString missing = dir.filePath(QStringLiteral("no/such/folder"));
        QVERIFY(!markPulledSite(missing, QUrl(QStringLiteral("https://wp.example"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPulledSite)
#include "tst_pulled_site.moc"
