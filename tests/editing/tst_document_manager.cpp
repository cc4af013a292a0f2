// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The document manager without a window: it makes, finds, reads and closes documents, and the
// analysis context it gives them is shared with worker threads by ownership, not by convention.
#include "core/checks/category_whitelist.h"
#include "gui/document/analysis_scheduler.h"
#include "gui/document/document.h"
#include "gui/document/document_manager.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace pw;
using namespace pw::gui;
using pw::test::seed;

namespace {

AnalysisContext defaultContext()
{
    return {std::make_shared<const CategoryWhitelist>(CategoryWhitelist::defaults()), nullptr};
}

QStringList findingIds(const Document *document)
{
    QStringList ids;
    if (const SnapshotPtr snapshot = document->snapshot()) {
        for (const Finding &finding : snapshot->findings)
            ids << finding.id;
    }
    return ids;
}

} // namespace

class TestDocumentManager : public QObject {
    Q_OBJECT

private slots:
    void createsFindsAndClosesDocuments()
    {
        DocumentManager manager(defaultContext());
        QSignalSpy created(&manager, &DocumentManager::documentCreated);
        QSignalSpy closing(&manager, &DocumentManager::documentAboutToClose);

        Document *first = manager.createDocument();
        Document *second = manager.createDocument();
        QCOMPARE(created.size(), 2);
        QCOMPARE(manager.documents(), QList<Document *>({first, second}));
        QVERIFY(first->filePath().isEmpty());
        QVERIFY(first->bodyDocument()->isEmpty());
        // Untitled documents are never found by a path, not even an empty one.
        QCOMPARE(manager.findDocument(QString()), nullptr);

        QPointer<Document> gone = first;
        manager.closeDocument(first);
        QCOMPARE(closing.size(), 1);
        QCOMPARE(closing.at(0).at(0).value<Document *>(), first); // the address it had
        QVERIFY(gone.isNull()); // deleted at once: nothing may show it any longer
        QCOMPARE(manager.documents(), QList<Document *>({second}));
        manager.closeDocument(first); // closing twice does nothing
        QCOMPARE(closing.size(), 1);
    }

    void opensAPostFileAndFindsItByAnyPathSpelling()
    {
        DocumentManager manager(defaultContext());
        const DocumentManager::OpenResult result = manager.openFile(seed("000"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.documents.size(), 1);
        QVERIFY(!result.imported);
        Document *document = result.documents.constFirst();
        QCOMPARE(document->metadata().title,
                 QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
        QVERIFY(!document->isModified());

        const QFileInfo file(seed("000"));
        const QString roundabout = file.absolutePath() + QStringLiteral("/../") +
                                   file.absoluteDir().dirName() + QLatin1Char('/') +
                                   file.fileName();
        QCOMPARE(manager.findDocument(seed("000")), document);
        QCOMPARE(manager.findDocument(roundabout), document);
    }

    void opensEveryPostOfAWordPressExport()
    {
        // A /wp/v2/posts array of the two REST seeds, and one post whose content is empty.
        QTemporaryDir dir;
        QFile three(seed("003")), four(seed("004"));
        QVERIFY(three.open(QIODevice::ReadOnly) && four.open(QIODevice::ReadOnly));
        const QByteArray array =
            "[" + three.readAll() + "," + four.readAll() +
            R"(,{"slug":"e","title":{"rendered":"E"},"content":{"rendered":""}}])";
        const QString path = pw::test::writeFile(dir, QStringLiteral("posts.json"), array);

        DocumentManager manager(defaultContext());
        const DocumentManager::OpenResult result = manager.openFile(path);
        QVERIFY(result.imported);
        QCOMPARE(result.documents.size(), 2);
        QCOMPARE(result.skipped.size(), 1);
        QVERIFY(result.skipped.constFirst().startsWith(QStringLiteral("Post 3 of 3: ")));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.documents.at(0)->metadata().slug,
                 QStringLiteral("difference-between-django-and-flask"));
        for (const Document *document : result.documents) {
            QCOMPARE(document->importedFrom(), path);
            QVERIFY(document->filePath().isEmpty()); // new and unsaved until the user saves
        }
    }

    void aFileThatCannotBeReadCreatesNothing()
    {
        QTemporaryDir dir;
        DocumentManager manager(defaultContext());
        QSignalSpy created(&manager, &DocumentManager::documentCreated);
        const QString binary = pw::test::writeFile(dir, QStringLiteral("image.md"),
                                                   QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        for (const QString &path : {dir.filePath(QStringLiteral("missing.md")), binary}) {
            const DocumentManager::OpenResult result = manager.openFile(path);
            QVERIFY(result.documents.isEmpty());
            QVERIFY2(!result.error.isEmpty(), qPrintable(path));
        }
        QCOMPARE(created.size(), 0);
        QVERIFY(manager.documents().isEmpty());
    }

    void anotherWhitelistReanalysesEveryDocument()
    {
        QTemporaryDir dir;
        const QString path = pw::test::writeFile(
            dir, QStringLiteral("bread.txt"),
            "TITLE: Sourdough at home\nMETA_DESCRIPTION: x\nTAGS: bread\nCATEGORIES: Baking\n\n"
            "Some body text.\n\n-EndOFText-\n");
        DocumentManager manager(defaultContext());
        Document *document = manager.openFile(path).documents.value(0);
        QVERIFY(document);
        QTRY_VERIFY(findingIds(document).contains(QStringLiteral("category.unknown")));

        QSignalSpy contextChanged(document, &Document::analysisContextChanged);
        manager.setWhitelist(std::make_shared<const CategoryWhitelist>(
            QStringList{QStringLiteral("Baking"), QStringLiteral("Travel")}));
        QCOMPARE(contextChanged.size(), 1);
        QCOMPARE(document->analysisContext().whitelist->categories(),
                 QStringList({QStringLiteral("Baking"), QStringLiteral("Travel")}));
        QTRY_VERIFY(!findingIds(document).contains(QStringLiteral("category.unknown")));

        // The same categories again: nothing to redo.
        manager.setWhitelist(std::make_shared<const CategoryWhitelist>(
            QStringList{QStringLiteral("Baking"), QStringLiteral("Travel")}));
        QCOMPARE(contextChanged.size(), 1);
    }

    void aReplacedWhitelistLivesAsLongAsARunUsesIt()
    {
        // Preferences replace the list while a run may still read the old one on a worker:
        // the run holds it, and once nothing does, it is freed (no list is kept forever).
        auto first = std::make_shared<const CategoryWhitelist>(CategoryWhitelist::defaults());
        std::weak_ptr<const CategoryWhitelist> watch = first;
        DocumentManager manager({first, nullptr});
        first.reset();
        Document *document = manager.createDocument();
        Post metadata;
        metadata.title = QStringLiteral("Long");
        metadata.categories = {QStringLiteral("Web Development")}; // on the built-in list
        document->setMetadata(metadata);
        document->bodyDocument()->setPlainText(QStringLiteral("word ").repeated(40000));
        document->analysis()->refreshNow(); // a long run, started with the first list
        manager.setWhitelist(
            std::make_shared<const CategoryWhitelist>(QStringList{QStringLiteral("Other")}));
        QVERIFY(!watch.expired()); // the document's context no longer has it; the run does
        QTRY_VERIFY(watch.expired());
        // The last run used the new list, on which "Web Development" is unknown.
        QTRY_VERIFY(findingIds(document).contains(QStringLiteral("category.unknown")));
    }

    void closingTheManagerClosesEveryDocumentFirst()
    {
        QList<QPointer<Document>> documents;
        QStringList order;
        {
            DocumentManager manager(defaultContext());
            documents << manager.createDocument() << manager.createDocument();
            connect(&manager, &DocumentManager::documentAboutToClose, this,
                    [&](Document *document) {
                        // Still whole when told: a view can let go of it cleanly.
                        order << QString::number(documents.indexOf(document));
                        QVERIFY(document->bodyDocument());
                    });
        }
        QCOMPARE(order, QStringList({QStringLiteral("1"), QStringLiteral("0")}));
        QVERIFY(documents.at(0).isNull() && documents.at(1).isNull());
    }
};

QTEST_MAIN(TestDocumentManager)
#include "tst_document_manager.moc"
