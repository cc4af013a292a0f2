// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A document's load findings (the repairs the reader listed) keep pointing at their
// characters while the user edits: moved by edits before them, dropped by edits through them.
#include "core/checks/category_whitelist.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_highlighter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace pw;
using namespace pw::gui;

namespace {

AnalysisContext defaultContext()
{
    return {std::make_shared<const CategoryWhitelist>(CategoryWhitelist::defaults()), nullptr};
}

// The front matter's title and the body hold UTF-8 read as Windows-1252.
const char *const Source = "---\ntitle: Weâ€™ll win\n---\n\n"
                           "# Weâ€™ll win\n\nText, weâ€™ll see. And itâ€™s done.\n";

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
}

QList<Finding> repairs(const Document &document, Field field)
{
    QList<Finding> out;
    for (const Finding &f : document.loadFindings()) {
        if (f.id == QLatin1String("encoding.repaired.at") && f.field == field)
            out.append(f);
    }
    return out;
}

QList<qsizetype> bodyStarts(const Document &document)
{
    QList<qsizetype> starts;
    for (const Finding &f : repairs(document, Field::Body))
        starts.append(f.range.start);
    return starts;
}

void insertAt(Document &document, int position, const QString &text)
{
    QTextCursor cursor(document.bodyDocument());
    cursor.setPosition(position);
    cursor.insertText(text);
}

void removeAt(Document &document, int position, int length)
{
    QTextCursor cursor(document.bodyDocument());
    cursor.setPosition(position);
    cursor.setPosition(position + length, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

} // namespace

class TestLoadFindings : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("post.md"));
        QVERIFY(writeFile(m_path, QString::fromUtf8(Source)));
    }

    void loadedRangesPointAtTheRepairs()
    {
        Document document(defaultContext());
        QSignalSpy changed(&document, &Document::loadFindingsChanged);
        QVERIFY(document.load(m_path).isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(document.post().body,
                 QStringLiteral("# We’ll win\n\nText, we’ll see. And it’s done."));
        // "# We" is 4; "# We’ll win\n\n" is 13 and "Text, we" 8: 21; "Text, we’ll see. And it"
        // is 23: 36.
        QCOMPARE(bodyStarts(document), QList<qsizetype>({4, 21, 36}));
        const QList<Finding> title = repairs(document, Field::Title);
        QCOMPARE(title.size(), 1);
        QCOMPARE(title.front().range, (TextRange{2, 1}));
    }

    void editsBeforeMoveEditsAfterLeave()
    {
        Document document(defaultContext());
        QVERIFY(document.load(m_path).isEmpty());
        QSignalSpy changed(&document, &Document::loadFindingsChanged);

        insertAt(document, 0, QStringLiteral("Intro\n"));
        QCOMPARE(bodyStarts(document), QList<qsizetype>({10, 27, 42}));
        QCOMPARE(changed.size(), 1);

        // Between the first and the second: only the later ones move.
        insertAt(document, 12, QStringLiteral("XY"));
        QCOMPARE(bodyStarts(document), QList<qsizetype>({10, 29, 44}));

        // Right after a repaired character, and at the end: nothing moves.
        changed.clear();
        insertAt(document, 11, QString());
        insertAt(document, document.bodyDocument()->characterCount() - 1, QStringLiteral("!"));
        QCOMPARE(bodyStarts(document), QList<qsizetype>({10, 29, 44}));
        QCOMPARE(changed.size(), 0);

        // Typing right before a repaired character moves it.
        insertAt(document, 44, QStringLiteral("z"));
        QCOMPARE(bodyStarts(document), QList<qsizetype>({10, 29, 45}));
        for (const Finding &f : repairs(document, Field::Body))
            QCOMPARE(document.post().body.mid(f.range.start, f.range.length), QStringLiteral("’"));
    }

    void editsThroughDrop()
    {
        Document document(defaultContext());
        QVERIFY(document.load(m_path).isEmpty());
        QSignalSpy changed(&document, &Document::loadFindingsChanged);

        // Deleting the second ’: it is gone, the third moves back by one.
        removeAt(document, 21, 1);
        QCOMPARE(bodyStarts(document), QList<qsizetype>({4, 35}));
        QCOMPARE(changed.size(), 1);

        // Typing over "We’ll" with "We'll" (same length, other text): gone too.
        QTextCursor cursor(document.bodyDocument());
        cursor.setPosition(2);
        cursor.setPosition(7, QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("We'll"));
        QCOMPARE(bodyStarts(document), QList<qsizetype>({35}));

        // The summary has no range and stays whatever happens to the text.
        const QList<Finding> all = document.loadFindings();
        QVERIFY(std::any_of(all.begin(), all.end(),
                            [](const Finding &f) { return f.id == "encoding.repaired"; }));
    }

    void recolouringAndSameTextKeepThem()
    {
        Document document(defaultContext());
        QVERIFY(document.load(m_path).isEmpty());
        QSignalSpy changed(&document, &Document::loadFindingsChanged);
        document.highlighter()->rehighlight();
        // Replacing "we’ll" with the same characters (as a replace-all would).
        QTextCursor cursor(document.bodyDocument());
        cursor.setPosition(19);
        cursor.setPosition(24, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), QStringLiteral("we’ll"));
        cursor.insertText(QStringLiteral("we’ll"));
        QCOMPARE(bodyStarts(document), QList<qsizetype>({4, 21, 36}));
        QCOMPARE(changed.size(), 0);
    }

    void metadataEdits()
    {
        Document document(defaultContext());
        QVERIFY(document.load(m_path).isEmpty());
        QSignalSpy changed(&document, &Document::loadFindingsChanged);
        Post metadata = document.metadata();
        metadata.title = QStringLiteral("We’ll win again");
        document.setMetadata(metadata);
        QCOMPARE(repairs(document, Field::Title).size(), 1);
        QCOMPARE(changed.size(), 0);
        metadata.title = QStringLiteral("We will win");
        document.setMetadata(metadata);
        QVERIFY(repairs(document, Field::Title).isEmpty());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bodyStarts(document), QList<qsizetype>({4, 21, 36}));
    }

    // Reloading replaces the body by an edit; the new file's ranges must not move with it.
    void reloadTakesTheNewRanges()
    {
        Document document(defaultContext());
        QVERIFY(document.load(m_path).isEmpty());
        QVERIFY(writeFile(m_path,
                          QStringLiteral("Added line.\n\n") +
                              QString::fromUtf8(Source).replace(
                                  QStringLiteral("---\ntitle: Weâ€™ll win\n---\n\n"), QString())));
        QVERIFY(document.reload().isEmpty());
        QCOMPARE(document.post().body,
                 QStringLiteral("Added line.\n\n# We’ll win\n\nText, we’ll see. And it’s done."));
        QCOMPARE(bodyStarts(document), QList<qsizetype>({17, 34, 49}));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Save As starts beside the file a post was imported from; a post opened from a site
    // (its source is the site's name, not a path) gets no folder of the working directory's.
    void importedPostSuggestsAPlaceToSave()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("export.json"));
        QVERIFY(writeFile(source, QStringLiteral("{}")));
        Post post;
        post.title = QStringLiteral("From a file");
        post.slug = QStringLiteral("from-a-file");
        Document fromFile(defaultContext());
        fromFile.loadImported(post, {}, source);
        QCOMPARE(fromFile.suggestedFileName(), dir.filePath(QStringLiteral("from-a-file.md")));
        QCOMPARE(fromFile.importedFrom(), source);

        post.slug = QStringLiteral("from-a-site");
        Document fromSite(defaultContext());
        fromSite.loadImported(post, {}, QStringLiteral("blog.example.org"));
        QCOMPARE(fromSite.suggestedFileName(), QStringLiteral("from-a-site.md"));
        QCOMPARE(fromSite.importedFrom(), QStringLiteral("blog.example.org"));
        QCOMPARE(fromSite.displayName(), QStringLiteral("from-a-site.md (imported)"));
    }
};

QTEST_MAIN(TestLoadFindings)
#include "tst_load_findings.moc"
