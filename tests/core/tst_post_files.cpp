// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_reader.h"
#include "core/import/post_files.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// PostFiles, the writing half of `import`, `pull` and the window's pull: one file per post by
// slug, a re-run leaves identical files alone, a file with other content is kept unless forced,
// a post with an error is skipped, and the counts say so.

using namespace pw;

namespace {

ImportedPost post(const QString &slug, const QString &title, qint64 id = 0)
{
    ImportedPost imported;
    imported.post.slug = slug;
    imported.post.title = title;
    imported.post.body = QStringLiteral("Body of %1.\n").arg(title);
    imported.wordpressId = id;
    return imported;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPostFiles : public QObject {
    Q_OBJECT

private slots:
    void writesOneFilePerSlug();
    void rerunLeavesFilesAlone();
    void otherContentIsKeptUnlessForced();
    void errorsAreSkipped();
};

void TestPostFiles::writesOneFilePerSlug()
{
    QTemporaryDir dir;
    PostFiles files({dir.path()});
    const PostOutcome first = files.add(QStringLiteral("page 1"), 1,
                                        post(QStringLiteral("hello"), QStringLiteral("Hello")));
    QCOMPARE(first.status, PostOutcome::Status::Written);
    QCOMPARE(first.file, dir.filePath(QStringLiteral("hello.md")));
    // Same slug again (another post, as WordPress allows for drafts): the next free name.
    const PostOutcome second = files.add(QStringLiteral("page 1"), 2,
                                         post(QStringLiteral("Hello"), QStringLiteral("Other")));
    QCOMPARE(second.file, dir.filePath(QStringLiteral("hello-2.md")));
    // No slug: named after the WordPress id.
    const PostOutcome third =
        files.add(QStringLiteral("page 1"), 3, post(QString(), QString(), 42));
    QCOMPARE(QFileInfo(third.file).fileName(), QStringLiteral("post-42.md"));
    QCOMPARE(files.written(), 3);
    QCOMPARE(files.outcomes().size(), 3);
    const PostReadResult back = readPostBytes(read(first.file));
    QVERIFY(back.post);
    QCOMPARE(back.post->title, QStringLiteral("Hello"));
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(),
        3);
}

void TestPostFiles::rerunLeavesFilesAlone()
{
    QTemporaryDir dir;
    {
        PostFiles files({dir.path()});
        files.add(QStringLiteral("s"), 1, post(QStringLiteral("a"), QStringLiteral("A")));
    }
    const QString path = dir.filePath(QStringLiteral("a.md"));
    const QDateTime before = QFileInfo(path).lastModified();
    QTest::qWait(20); // a rewrite would show in the modification time
    PostFiles again({dir.path()});
    const PostOutcome outcome =
        again.add(QStringLiteral("s"), 1, post(QStringLiteral("a"), QStringLiteral("A")));
    QCOMPARE(outcome.status, PostOutcome::Status::Unchanged);
    QCOMPARE(again.unchanged(), 1);
    QCOMPARE(again.written(), 0);
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

void TestPostFiles::otherContentIsKeptUnlessForced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("edited by hand\n");
    }
    PostFiles kept({dir.path()});
    QCOMPARE(
        kept.add(QStringLiteral("s"), 1, post(QStringLiteral("a"), QStringLiteral("A"))).status,
        PostOutcome::Status::Differs);
    QCOMPARE(kept.differs(), 1);
    QCOMPARE(read(path), QByteArray("edited by hand\n"));

    PostFiles forced({dir.path(), PostFormat::MarkdownFrontMatter, true});
    QCOMPARE(
        forced.add(QStringLiteral("s"), 1, post(QStringLiteral("a"), QStringLiteral("A"))).status,
        PostOutcome::Status::Written);
    QVERIFY(read(path).contains("Body of A."));
}

void TestPostFiles::errorsAreSkipped()
{
    QTemporaryDir dir;
    PostFiles files({dir.path()});
    ImportedPost broken = post(QStringLiteral("broken"), QStringLiteral("Broken"));
    Finding empty;
    empty.id = QStringLiteral("import.content.missing");
    empty.severity = Severity::Error;
    empty.field = Field::Body;
    empty.message = QStringLiteral("The post has no content.");
    broken.findings.append(empty);
    const PostOutcome outcome = files.add(QStringLiteral("s"), 1, broken);
    QCOMPARE(outcome.status, PostOutcome::Status::Error);
    QCOMPARE(outcome.error, QStringLiteral("The post has no content."));
    QVERIFY(!outcome.writeFailed);
    QVERIFY(outcome.file.isEmpty());
    QCOMPARE(files.skipped(), 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("broken.md"))));

    // A folder where the file should go: the writing fails, said as the file system's error.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("blocked.md/inner")));
    PostFiles forced({dir.path(), PostFormat::MarkdownFrontMatter, true});
    const PostOutcome failed =
        forced.add(QStringLiteral("s"), 1, post(QStringLiteral("blocked"), QStringLiteral("B")));
    QCOMPARE(failed.status, PostOutcome::Status::Error);
    QVERIFY(failed.writeFailed);
    QVERIFY2(failed.error.contains(QLatin1String("blocked.md")), qPrintable(failed.error));
    QVERIFY(forced.writeFailed());
    QCOMPARE(forced.skipped(), 0);
}

QTEST_GUILESS_MAIN(TestPostFiles)
#include "tst_post_files.moc"
