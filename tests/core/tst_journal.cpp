// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash journals: the file format round-trips every field exactly, damaged journals are
// skipped with a message naming them, and instance folders are only claimed when their
// editor is gone.
#include "core/io/journal.h"
#include "core/io/journal_session.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw;

namespace {

JournalEntry fullEntry()
{
    JournalEntry entry;
    entry.post.title = QStringLiteral("Café “quotes” — and emoji 🚀");
    entry.post.metaDescription = QStringLiteral("A description\twith a tab");
    entry.post.slug = QStringLiteral("my-chosen-slug");
    entry.post.tags = {QStringLiteral("travel"), QStringLiteral("Ünïcode tag")};
    entry.post.categories = {QStringLiteral("Food & Drink"), QStringLiteral("Travel")};
    entry.post.topic = QStringLiteral("coffee");
    entry.post.body = QStringLiteral("# Heading\n\nLine with trailing spaces  \n\n\n"
                                     "- item\r\n```\ncode\n```\n\u00a0nbsp and a NUL: ") +
                      QChar(0) + QStringLiteral(" end");
    // Not alphabetical: the order read must survive.
    entry.post.extras = {
        {QStringLiteral("zeta"), QStringLiteral("[1, 2]")},
        {QStringLiteral("alpha"), QStringLiteral("date: 2024-01-02\nnested:\n  a: b")}};
    entry.filePath = QStringLiteral("/home/writer/posts/café.md");
    entry.format = PostFormat::Generator;
    entry.importedFrom = QStringLiteral("/home/writer/export.json");
    entry.diskHash =
        QByteArray::fromHex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    entry.savedAt = QDateTime(QDate(2024, 5, 17), QTime(13, 45, 12, 345), Qt::UTC);
    return entry;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT
private slots:
    void roundTripsEveryField()
    {
        const JournalEntry entry = fullEntry();
        const JournalReadResult read = readJournalBytes(writeJournalBytes(entry));
        QVERIFY2(read.entry, qPrintable(read.error));
        QCOMPARE(read.entry->post.title, entry.post.title);
        QCOMPARE(read.entry->post.metaDescription, entry.post.metaDescription);
        QCOMPARE(read.entry->post.slug, QStringLiteral("my-chosen-slug"));
        QCOMPARE(read.entry->post.tags, entry.post.tags);
        QCOMPARE(read.entry->post.categories, entry.post.categories);
        QCOMPARE(read.entry->post.topic, QStringLiteral("coffee"));
        QCOMPARE(read.entry->post.body, entry.post.body);
        QCOMPARE(read.entry->post.body.size(), entry.post.body.size());
        QCOMPARE(read.entry->post.extras.size(), 2);
        QCOMPARE(read.entry->post.extras.at(0).key, QStringLiteral("zeta"));
        QCOMPARE(read.entry->post.extras.at(1).yaml,
                 QStringLiteral("date: 2024-01-02\nnested:\n  a: b"));
        QCOMPARE(read.entry->filePath, QStringLiteral("/home/writer/posts/café.md"));
        QCOMPARE(read.entry->format, PostFormat::Generator);
        QCOMPARE(read.entry->importedFrom, QStringLiteral("/home/writer/export.json"));
        QCOMPARE(read.entry->diskHash.size(), 32);
        QCOMPARE(read.entry->diskHash, entry.diskHash);
        QCOMPARE(read.entry->savedAt, entry.savedAt);
        QCOMPARE(read.entry->savedAt.time().msec(), 345);
        QVERIFY(*read.entry == entry);
    }

    // An empty slug means "follows the title"; post JSON would write the derived one, the
    // journal must not.
    void keepsAnEmptySlugAndAnUntitledDocument()
    {
        JournalEntry entry;
        entry.post.title = QStringLiteral("Title that makes a slug");
        entry.post.body = QStringLiteral("text");
        entry.savedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        const JournalReadResult read = readJournalBytes(writeJournalBytes(entry));
        QVERIFY2(read.entry, qPrintable(read.error));
        QCOMPARE(read.entry->post.slug, QString());
        QCOMPARE(read.entry->filePath, QString());
        QCOMPARE(read.entry->diskHash, QByteArray());
        QCOMPARE(read.entry->format, PostFormat::MarkdownFrontMatter);
        QVERIFY(*read.entry == entry);
    }

    void roundTripsEveryFormat_data()
    {
        QTest::addColumn<PostFormat>("format");
        QTest::newRow("generator") << PostFormat::Generator;
        QTest::newRow("front matter") << PostFormat::MarkdownFrontMatter;
        QTest::newRow("markdown") << PostFormat::Markdown;
        QTest::newRow("post json") << PostFormat::PostJson;
        QTest::newRow("wordpress") << PostFormat::WordPressJson;
    }
    void roundTripsEveryFormat()
    {
        QFETCH(PostFormat, format);
        JournalEntry entry = fullEntry();
        entry.format = format;
        const JournalReadResult read = readJournalBytes(writeJournalBytes(entry));
        QVERIFY2(read.entry, qPrintable(read.error));
        QCOMPARE(read.entry->format, format);
    }

    void rejectsDamagedJournals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        const QByteArray good = writeJournalBytes(fullEntry());
        QTest::newRow("half written") << good.left(good.size() / 2) << "damaged journal";
        QTest::newRow("empty") << QByteArray() << "damaged journal";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 11) << "damaged journal";
        QTest::newRow("other json")
            << QByteArray(R"({"title": "a post"})") << "not a Postwright journal";
        QTest::newRow("array") << QByteArray("[1, 2]") << "not a Postwright journal";
        QByteArray future = good;
        future.replace("\"postwright-journal\": 1", "\"postwright-journal\": 7");
        QTest::newRow("future version") << future << "version 7";
        QByteArray noBody = good;
        noBody.replace("\"body\":", "\"bodie\":");
        QTest::newRow("body missing") << noBody << "“body”";
        QByteArray tagsString = good;
        tagsString.replace("\"tags\": [", "\"tags\": \"x\", \"was\": [");
        QTest::newRow("tags not a list") << tagsString << "“tags”";
        QByteArray badFormat = good;
        badFormat.replace("\"format\": \"generator\"", "\"format\": \"docx\"");
        QTest::newRow("unknown format") << badFormat << "“format”";
        QByteArray badTime = good;
        badTime.replace("2024-05-17T13:45:12.345Z", "yesterday");
        QTest::newRow("bad time") << badTime << "“saved_at”";
    }
    void rejectsDamagedJournals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        const JournalReadResult read = readJournalBytes(bytes);
        QVERIFY(!read.entry);
        QVERIFY2(read.error.contains(errorPart), qPrintable(read.error));
    }

    void writesAndReadsFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a") + journalSuffix());
        QVERIFY(writeJournal(path, fullEntry()).ok);
        const JournalReadResult read = readJournal(path);
        QVERIFY2(read.entry, qPrintable(read.error));
        QVERIFY(*read.entry == fullEntry());

        writeBytes(path, "{ truncated");
        const JournalReadResult damaged = readJournal(path);
        QVERIFY(!damaged.entry);
        QVERIFY2(damaged.error.startsWith(path + QStringLiteral(": damaged journal")),
                 qPrintable(damaged.error));
    }

    void listsGoodJournalsAndSkipsDamagedOnes()
    {
        QTemporaryDir dir;
        JournalEntry older = fullEntry();
        older.post.title = QStringLiteral("older");
        older.savedAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
        JournalEntry newer = fullEntry();
        newer.post.title = QStringLiteral("newer");
        newer.savedAt = QDateTime(QDate(2024, 1, 1), QTime(10, 0), Qt::UTC);
        // File names sort the other way round from the times.
        QVERIFY(writeJournal(dir.filePath(QStringLiteral("a") + journalSuffix()), newer).ok);
        QVERIFY(writeJournal(dir.filePath(QStringLiteral("b") + journalSuffix()), older).ok);
        const QString damaged = dir.filePath(QStringLiteral("c") + journalSuffix());
        writeBytes(damaged, writeJournalBytes(older).left(100));
        writeBytes(dir.filePath(QStringLiteral("notes.txt")), "not a journal");

        const JournalListing listing = listJournals(dir.path());
        QCOMPARE(listing.journals.size(), 2);
        QCOMPARE(listing.journals.at(0).entry.post.title, QStringLiteral("older"));
        QCOMPARE(listing.journals.at(1).entry.post.title, QStringLiteral("newer"));
        QCOMPARE(listing.journals.at(1).path, dir.filePath(QStringLiteral("a") + journalSuffix()));
        QCOMPARE(listing.problems.size(), 1);
        QVERIFY2(listing.problems.at(0).startsWith(damaged + QStringLiteral(": ")),
                 qPrintable(listing.problems.at(0)));
        QVERIFY(QFile::exists(damaged)); // left for someone to look at
    }

    void removesJournals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a") + journalSuffix());
        QVERIFY(writeJournal(path, fullEntry()).ok);
        QVERIFY(removeJournal(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(removeJournal(path)); // already gone is fine
    }

    // A running instance's folder is locked: nobody else offers its journals.
    void doesNotClaimARunningInstancesJournals()
    {
        QTemporaryDir root;
        JournalSession running(root.path());
        QVERIFY2(running.isValid(), qPrintable(running.error()));
        QVERIFY(writeJournal(running.newJournalPath(), fullEntry()).ok);

        JournalSession other(root.path());
        QVERIFY(other.isValid());
        QVERIFY(other.folder() != running.folder());
        const JournalListing orphans = other.claimOrphans();
        QCOMPARE(orphans.journals.size(), 0);
        QCOMPARE(orphans.problems.size(), 0);
    }

    // A folder whose lock is gone (its editor ended without clearing its journals) is
    // claimed, and then only by one instance at a time.
    void claimsFoldersLeftBehindOnce()
    {
        QTemporaryDir root;
        QString leftJournal;
        {
            JournalSession ended(root.path());
            leftJournal = ended.newJournalPath();
            QVERIFY(writeJournal(leftJournal, fullEntry()).ok);
        }
        QVERIFY(QFile::exists(leftJournal)); // a folder with a journal is kept

        JournalSession first(root.path());
        const JournalListing claimed = first.claimOrphans();
        QCOMPARE(claimed.journals.size(), 1);
        QCOMPARE(claimed.journals.at(0).path, leftJournal);
        QVERIFY(claimed.journals.at(0).entry == fullEntry());

        JournalSession second(root.path());
        QCOMPARE(second.claimOrphans().journals.size(), 0);

        // Recovered: the journal is removed, and releasing removes the emptied folder.
        QVERIFY(removeJournal(leftJournal));
        first.releaseOrphans();
        QVERIFY(!QFileInfo::exists(QFileInfo(leftJournal).path()));
    }

    void removesItsOwnFolderWhenNothingIsLeft()
    {
        QTemporaryDir root;
        QString folder;
        {
            JournalSession session(root.path());
            folder = session.folder();
            QVERIFY(QFileInfo(folder).isDir());
            const QString path = session.newJournalPath();
            QVERIFY(writeJournal(path, fullEntry()).ok);
            QVERIFY(removeJournal(path));
        }
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
