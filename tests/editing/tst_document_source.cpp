// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A document saves over the text it read: an edited field changes its line only, the next
// save compares with what is then on disk, and a document recovered from the journal still
// edits the file in place while the file is the one the journal was taken from.
#include "core/io/journal.h"
#include "gui/document/document.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pw;
using namespace pw::gui;

namespace {

// A Jekyll post with CRLF line ends, a comment and a block list.
const QByteArray original = "---\r\nlayout: post\r\ntitle: 'Winter compost'\r\n# a comment\r\n"
                            "tags:\r\n  - compost\r\n---\r\n\r\nA heap in winter.";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDocumentSource : public QObject {
    Q_OBJECT

private slots:
    void savesEditsInPlaceTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, original));
        Document document;
        QVERIFY(document.load(path).isEmpty());
        QVERIFY(document.saveAs(path, document.format()).ok);
        QCOMPARE(readAll(path), original);

        Post metadata = document.metadata();
        metadata.title = QStringLiteral("Winter compost stays warm");
        document.setMetadata(metadata);
        QVERIFY(document.saveAs(path, document.format()).ok);
        QByteArray expected = original;
        expected.replace("'Winter compost'", "'Winter compost stays warm'");
        QCOMPARE(readAll(path), expected);

        metadata = document.metadata();
        metadata.tags << QStringLiteral("winter");
        document.setMetadata(metadata);
        QVERIFY(document.saveAs(path, document.format()).ok);
        expected.replace("  - compost\r\n", "  - compost\r\n  - winter\r\n");
        QCOMPARE(readAll(path), expected);
    }

    void recoveredDocumentEditsTheFileInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeAll(path, original));
        Document before;
        QVERIFY(before.load(path).isEmpty());
        Post metadata = before.metadata();
        metadata.title = QStringLiteral("Recovered");
        before.setMetadata(metadata);
        // Through the journal's bytes, as after a crash: the source is not stored there.
        const JournalReadResult journal =
            readJournalBytes(writeJournalBytes(before.journalEntry()));
        QVERIFY2(journal.entry, qPrintable(journal.error));

        Document after;
        after.restore(*journal.entry);
        QVERIFY(after.saveAs(path, after.format()).ok);
        QByteArray expected = original;
        expected.replace("'Winter compost'", "'Recovered'");
        QCOMPARE(readAll(path), expected);
    }
};

QTEST_MAIN(TestDocumentSource)
#include "tst_document_source.moc"
