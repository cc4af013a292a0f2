// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The per-document spell check without a display: DocumentSpelling fed with analysis
// snapshots by hand, against the real en_US and de_DE hunspell dictionaries.
#include "core/markdown/analysis.h"
#include "core/spelling/personal_dictionary.h"
#include "core/spelling/post_language.h"
#include "gui/document/document.h"
#include "gui/spelling/document_spelling.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

// What a Document does after each analysis: hand over a snapshot of the post as it is now.
void analyse(Document &document, DocumentSpelling &spelling)
{
    static quint64 revision = 0;
    spelling.setSnapshot(analyzePost(document.post(), {}, ++revision));
}

[[nodiscard]] bool settled(const DocumentSpelling &spelling)
{
    return QTest::qWaitFor([&] { return !spelling.isRunning(); }, 20000);
}

void setBody(Document &document, const QString &body)
{
    document.bodyDocument()->setPlainText(body);
}

SpellingMark mark(int line, int column, const QString &word)
{
    return {line, column, int(word.size()), word};
}

// Marks as "line:column:word", so a failure shows what was found.
QStringList described(const QList<SpellingMark> &marks)
{
    QStringList out;
    for (const SpellingMark &m : marks) {
        out.append(QStringLiteral("%1:%2:%3").arg(m.line).arg(m.column).arg(m.word));
        if (m.length != m.word.size())
            out.last() += QStringLiteral(" (length %1)").arg(m.length);
    }
    return out;
}

QStringList describedSpan(std::span<const SpellingMark> marks)
{
    return described(QList<SpellingMark>(marks.begin(), marks.end()));
}

} // namespace

class TestDocumentSpelling : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The personal dictionary and the default language live here, never in the user's.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
        QCoreApplication::setApplicationName(QStringLiteral("postwright-test"));
        QVERIFY(PersonalDictionary::defaultPath().startsWith(m_home.path()));
    }

    void init() { QFile::remove(PersonalDictionary::defaultPath()); }

    void theDocumentChecksItself()
    {
        // A Document owns one check and feeds it its own analysis snapshots.
        Document document;
        QVERIFY(document.spelling());
        QCOMPARE(document.spelling()->document(), &document);
        QCOMPARE(document.findChildren<DocumentSpelling *>().size(), 1);
        setBody(document, QStringLiteral("A wrnog word.\n"));
        QTRY_COMPARE(described(document.spelling()->marks()), QStringList{"0:2:wrnog"});
    }

    void marksKnownMisspellings()
    {
        Document document;
        DocumentSpelling spelling(&document);
        QCOMPARE(spelling.language(), QStringLiteral("en_US"));
        setBody(document, QStringLiteral("The parts are seperated here.\n"
                                         "\n"
                                         "Second line has a mispelled word and anothr one.\n"));
        analyse(document, spelling);
        QVERIFY(spelling.isRunning());
        QVERIFY(settled(spelling));
        QCOMPARE(spelling.error(), QString());
        QCOMPARE(
            described(spelling.marks()),
            described({mark(0, 14, "seperated"), mark(2, 18, "mispelled"), mark(2, 37, "anothr")}));
        QCOMPARE(spelling.misspellingCount(), 3);
        QCOMPARE(describedSpan(spelling.marksOnLines(1, 3)),
                 (QStringList{"2:18:mispelled", "2:37:anothr"}));
        QCOMPARE(describedSpan(spelling.marksOnLines(1, 2)), QStringList{});
        QCOMPARE(spelling.metadataMisspellings(), QStringList{});
    }

    void checksProseOnly()
    {
        Document document;
        DocumentSpelling spelling(&document);
        setBody(document,
                QStringLiteral("Use `seperated` here, see https://exampel.com/seperated and "
                               "[a link](https://exampel.org/wrnog).\n"
                               "\n"
                               "```\n"
                               "seperated inside a fence\n"
                               "```\n"
                               "\n"
                               "    indentd code blokc\n"
                               "\n"
                               "Only this is wrnog.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"8:13:wrnog"});
    }

    void templateTagsAreNotChecked()
    {
        // cmark reads a Hugo shortcode as text; the check does not.
        Document document;
        DocumentSpelling spelling(&document);
        setBody(document, QStringLiteral("See {{< figure src=\"descriptiom.png\" >}} and "
                                         "@someone on Node.js, $x^2$ is wrnog.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:75:wrnog"});
    }

    void siteWordListOfTheFilesFolder()
    {
        QTemporaryDir site;
        QVERIFY(QDir(site.path()).mkpath(QStringLiteral(".postwright")));
        QVERIFY(QDir(site.path()).mkpath(QStringLiteral("content/posts")));
        QFile words(site.filePath(QStringLiteral(".postwright/words.txt")));
        QVERIFY(words.open(QIODevice::WriteOnly));
        words.write("# shared through git\nZorblax\n");
        words.close();
        const QString path = site.filePath(QStringLiteral("content/posts/p.md"));
        QFile post(path);
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("Zorblax is wrnog.\n");
        post.close();

        Document document;
        QCOMPARE(document.load(path), QString());
        DocumentSpelling spelling(&document);
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:11:wrnog"});
    }

    void editRechecksAndMarksMove()
    {
        Document document;
        DocumentSpelling spelling(&document);
        QSignalSpy marksChanged(&spelling, &DocumentSpelling::marksChanged);
        QSignalSpy statusChanged(&spelling, &DocumentSpelling::statusChanged);
        setBody(document, QStringLiteral("One seperated word.\nAnother line.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:4:seperated"});
        QVERIFY(!marksChanged.isEmpty());
        QCOMPARE(marksChanged.last().at(0).toInt(), 0);
        QVERIFY(marksChanged.last().at(1).toInt() >= 2); // the last piece reaches the end
        QVERIFY(!statusChanged.isEmpty());

        // A line above it: the mark moves down with its word.
        QTextCursor cursor(document.bodyDocument());
        cursor.insertText(QStringLiteral("A new firts line.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), (QStringList{"0:6:firts", "1:4:seperated"}));

        // Fixing the word removes its mark with the next check.
        cursor.setPosition(document.bodyDocument()->findBlockByNumber(1).position() + 4);
        cursor.setPosition(cursor.position() + 9, QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), QStringLiteral("seperated"));
        cursor.insertText(QStringLiteral("separated"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:6:firts"});
        QCOMPARE(spelling.misspellingCount(), 1);
    }

    void replacingTellsViewsAtOnce()
    {
        Document document;
        DocumentSpelling spelling(&document);
        setBody(document, QStringLiteral("Fine.\nThe parts are seperated.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(spelling.suggestions(QStringLiteral("seperated")).value(0),
                 QStringLiteral("separated"));
        QSignalSpy marksChanged(&spelling, &DocumentSpelling::marksChanged);
        QTextCursor word(document.bodyDocument());
        word.setPosition(6 + 14);
        word.setPosition(6 + 23, QTextCursor::KeepAnchor);
        QCOMPARE(word.selectedText(), QStringLiteral("seperated"));
        spelling.replaceMisspelling(word, QStringLiteral("separated"));
        QCOMPARE(document.bodyDocument()->toPlainText(),
                 QStringLiteral("Fine.\nThe parts are separated.\n"));
        QCOMPARE(marksChanged.size(), 1);
        QCOMPARE(marksChanged.first().at(0).toInt(), 1);
        QCOMPARE(marksChanged.first().at(1).toInt(), 2);
        // One undo step brings the old word back.
        document.bodyDocument()->undo();
        QCOMPARE(document.bodyDocument()->toPlainText(),
                 QStringLiteral("Fine.\nThe parts are seperated.\n"));
    }

    void ignoreAllInThisDocument()
    {
        Document document;
        DocumentSpelling spelling(&document);
        Post metadata = document.metadata();
        metadata.title = QStringLiteral("About frobz");
        document.setMetadata(metadata);
        setBody(document, QStringLiteral("Frobz and frobz again.\n\nA Quuxly word.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()),
                 (QStringList{"0:0:Frobz", "0:10:frobz", "2:2:Quuxly"}));
        QCOMPARE(spelling.metadataMisspellings(), QStringList{"frobz"});

        QSignalSpy marksChanged(&spelling, &DocumentSpelling::marksChanged);
        spelling.ignoreAll(QStringLiteral("frobz"));
        // Exact spelling only: the capitalised one stays.
        QCOMPARE(described(spelling.marks()), (QStringList{"0:0:Frobz", "2:2:Quuxly"}));
        QCOMPARE(spelling.misspellingCount(), 2);
        QCOMPARE(spelling.metadataMisspellings(), QStringList{});
        QCOMPARE(marksChanged.size(), 1);

        // Checked again after an edit: still ignored, in the body and in the title.
        QTextCursor cursor(document.bodyDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("More frobz.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), (QStringList{"0:0:Frobz", "2:2:Quuxly"}));
        QCOMPARE(spelling.metadataMisspellings(), QStringList{});

        // Another document does not ignore it.
        Document other;
        DocumentSpelling otherSpelling(&other);
        setBody(other, QStringLiteral("Some frobz.\n"));
        analyse(other, otherSpelling);
        QVERIFY(settled(otherSpelling));
        QCOMPARE(described(otherSpelling.marks()), QStringList{"0:5:frobz"});
    }

    void addToDictionaryIsShared()
    {
        Document document;
        DocumentSpelling spelling(&document);
        setBody(document, QStringLiteral("Quuxly and Blorf.\nQuuxly twice.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()),
                 (QStringList{"0:0:Quuxly", "0:11:Blorf", "1:0:Quuxly"}));

        spelling.addToDictionary(QStringLiteral("Quuxly"));
        QCOMPARE(described(spelling.marks()), QStringList{"0:11:Blorf"}); // at once
        QFile file(PersonalDictionary::defaultPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Quuxly\n"));

        // Lines checked before are not taken from the cache with their old marks.
        QTextCursor cursor(document.bodyDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("Quuxly once more.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:11:Blorf"});

        // A document opened later knows the word from the file.
        Document later;
        DocumentSpelling laterSpelling(&later);
        setBody(later, QStringLiteral("Quuxly and Blorf.\n"));
        analyse(later, laterSpelling);
        QVERIFY(settled(laterSpelling));
        QCOMPARE(described(laterSpelling.marks()), QStringList{"0:11:Blorf"});
    }

    void wordsAddedElsewhereAreTakenUp()
    {
        // Another window or the command line wrote the personal dictionary.
        Document document;
        DocumentSpelling spelling(&document);
        setBody(document, QStringLiteral("Zorblat here.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:0:Zorblat"});
        PersonalDictionary elsewhere;
        QVERIFY(elsewhere.add(QStringLiteral("Zorblat")));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{});
    }

    void languageComesFromThePost()
    {
        Document document;
        Post metadata = document.metadata();
        setPostLanguage(metadata, QStringLiteral("de-DE"));
        document.setMetadata(metadata);
        DocumentSpelling spelling(&document);
        QCOMPARE(spelling.language(), QStringLiteral("de_DE"));
        setBody(document, QStringLiteral("Die Straße ist schön, aber die Strase nicht.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:31:Strase"});

        // Switching stores the language in the post and drops the old marks at once.
        spelling.setLanguage(QStringLiteral("en_US"));
        QCOMPARE(postLanguage(document.metadata()), QStringLiteral("en_US"));
        QCOMPARE(spelling.language(), QStringLiteral("en_US"));
        QCOMPARE(spelling.marks().size(), 0);
        QVERIFY(spelling.isRunning());
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()),
                 (QStringList{"0:4:Straße", "0:11:ist", "0:15:schön", "0:22:aber", "0:31:Strase",
                              "0:38:nicht"}));

        // A change of `lang` in the metadata (the panel, an undo, a reload) is followed.
        metadata = document.metadata();
        setPostLanguage(metadata, QStringLiteral("de_DE"));
        document.setMetadata(metadata);
        QCOMPARE(spelling.language(), QStringLiteral("de_DE"));
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:31:Strase"});
    }

    void metadataMisspellingsAreListed()
    {
        Document document;
        DocumentSpelling spelling(&document);
        Post metadata = document.metadata();
        metadata.title = QStringLiteral("A seperated title");
        metadata.metaDescription = QStringLiteral("The descriptiom.");
        metadata.tags = {QStringLiteral("travel"), QStringLiteral("recipies")};
        document.setMetadata(metadata);
        setBody(document, QStringLiteral("Fine body.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(spelling.metadataMisspellings(),
                 (QStringList{"seperated", "descriptiom", "recipies"}));
        QCOMPARE(spelling.misspellingCount(), 0); // the body's count alone

        // Fixing the title re-checks without a new snapshot of the body.
        QSignalSpy statusChanged(&spelling, &DocumentSpelling::statusChanged);
        metadata.title = QStringLiteral("A separated title");
        document.setMetadata(metadata);
        QVERIFY(settled(spelling));
        QCOMPARE(spelling.metadataMisspellings(), (QStringList{"descriptiom", "recipies"}));
        QVERIFY(!statusChanged.isEmpty());
    }

    void missingDictionaryIsAnError()
    {
        Document document;
        DocumentSpelling spelling(&document);
        setBody(document, QStringLiteral("Anything wrnog.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(spelling.marks().size(), 1);

        QSignalSpy statusChanged(&spelling, &DocumentSpelling::statusChanged);
        spelling.setLanguage(QStringLiteral("xx_YY"));
        QVERIFY(settled(spelling));
        QVERIFY2(spelling.error().contains(QStringLiteral("hunspell-xx")),
                 qPrintable(spelling.error()));
        QVERIFY(!spelling.hasDictionary());
        QCOMPARE(spelling.marks().size(), 0);
        QCOMPARE(spelling.misspellingCount(), 0);
        QCOMPARE(spelling.suggestions(QStringLiteral("wrnog")), QStringList{});
        QVERIFY(!statusChanged.isEmpty());

        // Back to a language that is installed: the error goes.
        spelling.setLanguage(QStringLiteral("en_US"));
        QVERIFY(settled(spelling));
        QCOMPARE(spelling.error(), QString());
        QCOMPARE(described(spelling.marks()), QStringList{"0:9:wrnog"});
    }

    void switchingOffClearsEverything()
    {
        Document document;
        DocumentSpelling spelling(&document);
        Post metadata = document.metadata();
        metadata.title = QStringLiteral("Wrnog title");
        document.setMetadata(metadata);
        setBody(document, QStringLiteral("A wrnog body.\n"));
        analyse(document, spelling);
        QVERIFY(settled(spelling));
        QCOMPARE(spelling.misspellingCount(), 1);

        QSignalSpy statusChanged(&spelling, &DocumentSpelling::statusChanged);
        spelling.setEnabled(false);
        QCOMPARE(statusChanged.size(), 1); // the strip shows nothing now, not the old count
        QVERIFY(!spelling.isRunning());
        QCOMPARE(spelling.marks().size(), 0);
        QCOMPARE(spelling.metadataMisspellings(), QStringList{});
        analyse(document, spelling); // nothing is checked while off
        QVERIFY(!spelling.isRunning());
        QCOMPARE(spelling.marks().size(), 0);

        spelling.setEnabled(true);
        QVERIFY(settled(spelling));
        QCOMPARE(described(spelling.marks()), QStringList{"0:2:wrnog"});
        QCOMPARE(spelling.metadataMisspellings(), QStringList{"Wrnog"});
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestDocumentSpelling)
#include "tst_document_spelling.moc"
