// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's Markdown edit commands on a bare QTextDocument, without the editor.
// Expected texts are what a writer would type by hand to get the same Markdown; positions
// were counted by hand.
#include "core/import/wordpress_import.h"
#include "core/markdown/analysis.h"
#include "gui/editor/markdown_commands.h"
#include "gui/editor/raw_text.h"
#include "test_support.h"

#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace pw;
using namespace pw::gui;
using markdown::InlineMarkup;

class TestMarkdownCommands : public QObject {
    Q_OBJECT

    QTextDocument *m_document = nullptr;

    // A fresh document with nothing to undo.
    void load(const QString &text) { m_document->setPlainText(text); }
    QString text() const { return m_document->toPlainText(); }
    bool canUndo() const { return m_document->isUndoAvailable(); }

    QTextCursor cursorAt(int position) const
    {
        QTextCursor cursor(m_document);
        cursor.setPosition(position);
        return cursor;
    }

    QTextCursor cursorAtEnd() const
    {
        QTextCursor cursor(m_document);
        cursor.movePosition(QTextCursor::End);
        return cursor;
    }

    QTextCursor selecting(const QString &needle) const
    {
        const int at = int(text().indexOf(needle));
        if (at < 0)
            qFatal("not in the text: %s", qPrintable(needle));
        QTextCursor cursor(m_document);
        cursor.setPosition(at);
        cursor.setPosition(at + int(needle.size()), QTextCursor::KeepAnchor);
        return cursor;
    }

    // One undo step brings back `original` and leaves nothing more to undo. (The document
    // counts the commands inside an edit block one by one, so availableUndoSteps() cannot tell.)
    void verifyOneUndoStep(const QString &original)
    {
        QVERIFY(canUndo());
        m_document->undo();
        QCOMPARE(text(), original);
        QVERIFY(!m_document->isUndoAvailable());
    }

    // Types `typed` at the cursor a character at a time, as the editor does after each key.
    void typeWithFenceAlignment(QTextCursor &cursor, const QString &typed)
    {
        for (const QChar c : typed) {
            cursor.insertText(QString(c));
            markdown::alignClosingFence(cursor);
        }
    }

    // The body's HTML as the preview renders it, without the source positions.
    static QString rendered(const QString &body)
    {
        Post post;
        post.body = body;
        const SnapshotPtr snapshot = analyzePost(post, {}, 1);
        QString html;
        for (const PreviewBlock &block : snapshot->blocks)
            html += block.html;
        static const QRegularExpression sourcePos(QStringLiteral(" data-sourcepos=\"[^\"]*\""));
        return html.remove(sourcePos);
    }

private slots:
    void init() { m_document = new QTextDocument; }
    void cleanup()
    {
        delete m_document;
        m_document = nullptr;
    }

    // Inline markup

    void boldWrapsAndUnwrapsTheSelection()
    {
        load(QStringLiteral("hello world"));
        QTextCursor cursor = selecting(QStringLiteral("world"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("hello **world**"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("world"));

        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("hello world"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("world"));
    }

    void boldSelectedWithItsMarkersIsUnwrapped()
    {
        load(QStringLiteral("a **b** c"));
        QTextCursor cursor = selecting(QStringLiteral("**b**"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("a b c"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("b"));
    }

    void selectionSpanningWordsIsWrappedAsOne()
    {
        const QString original = QStringLiteral("The quick brown fox");
        load(original);
        QTextCursor cursor = selecting(QStringLiteral("quick brown"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("The **quick brown** fox"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("quick brown"));
        verifyOneUndoStep(original);
    }

    void markersHugTheWordsNotTheSpaces()
    {
        // "** hello **" is no emphasis in Markdown.
        load(QStringLiteral("say hello there"));
        QTextCursor cursor = selecting(QStringLiteral(" hello "));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("say **hello** there"));
    }

    void onlySpacesSelectedChangesNothing()
    {
        load(QStringLiteral("a   b"));
        QTextCursor cursor = selecting(QStringLiteral("   "));
        QVERIFY(!markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("a   b"));
        QVERIFY(!canUndo());
    }

    void withoutSelectionTheWordAtTheCursorIsTaken()
    {
        load(QStringLiteral("hello world"));
        QTextCursor cursor = cursorAt(2);
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("**hello** world"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("hello"));

        // An apostrophe belongs to the word.
        load(QStringLiteral("it's fine"));
        cursor = cursorAt(1);
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Emphasis));
        QCOMPARE(text(), QStringLiteral("*it's* fine"));
    }

    void withoutSelectionOrWordAnEmptyPairOpens()
    {
        const QString original = QStringLiteral("x ");
        load(original);
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("x ****"));
        QVERIFY(!cursor.hasSelection());
        QCOMPARE(cursor.position(), 4); // between the pairs
        cursor.insertText(QStringLiteral("new"));
        QCOMPARE(text(), QStringLiteral("x **new**"));
    }

    void italicDoesNotMistakeBoldForItself()
    {
        load(QStringLiteral("a **b** c"));
        QTextCursor cursor = selecting(QStringLiteral("b"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Emphasis));
        QCOMPARE(text(), QStringLiteral("a ***b*** c"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("b"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Emphasis));
        QCOMPARE(text(), QStringLiteral("a **b** c"));
    }

    void italicUnwrapsEitherMarker()
    {
        load(QStringLiteral("an _old_ style"));
        QTextCursor cursor = selecting(QStringLiteral("_old_"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Emphasis));
        QCOMPARE(text(), QStringLiteral("an old style"));

        load(QStringLiteral("an *old* style"));
        cursor = selecting(QStringLiteral("old"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Emphasis));
        QCOMPARE(text(), QStringLiteral("an old style"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("old"));
    }

    void strikethroughOnAndOff()
    {
        const QString original = QStringLiteral("run make now");
        load(original);
        QTextCursor cursor = selecting(QStringLiteral("now"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strikethrough));
        QCOMPARE(text(), QStringLiteral("run make ~~now~~"));
        verifyOneUndoStep(original);

        load(QStringLiteral("run make ~~now~~"));
        cursor = selecting(QStringLiteral("now"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strikethrough));
        QCOMPARE(text(), original);
    }

    void inlineCodeOnAndOff()
    {
        load(QStringLiteral("run make now"));
        QTextCursor cursor = selecting(QStringLiteral("make"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Code));
        QCOMPARE(text(), QStringLiteral("run `make` now"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("make"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Code));
        QCOMPARE(text(), QStringLiteral("run make now"));

        // Selected with its backticks.
        load(QStringLiteral("use `git` here"));
        cursor = selecting(QStringLiteral("`git`"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Code));
        QCOMPARE(text(), QStringLiteral("use git here"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("git"));
    }

    void inlineMarkupOnALaterLine()
    {
        const QString original = QStringLiteral("# Notes\n\nBuy milk today.");
        load(original);
        QTextCursor cursor = selecting(QStringLiteral("milk"));
        QVERIFY(markdown::toggleInlineMarkup(cursor, InlineMarkup::Strong));
        QCOMPARE(text(), QStringLiteral("# Notes\n\nBuy **milk** today."));
        verifyOneUndoStep(original);
    }

    // Headings

    void headingLevelsSetReplaceAndToggle()
    {
        load(QStringLiteral("Title\nbody"));
        QTextCursor cursor = cursorAt(2); // "Ti|tle"
        markdown::setHeadingLevel(cursor, 2);
        QCOMPARE(text(), QStringLiteral("## Title\nbody"));
        QCOMPARE(cursor.position(), 5); // still "Ti|tle"
        markdown::setHeadingLevel(cursor, 1);
        QCOMPARE(text(), QStringLiteral("# Title\nbody"));
        QCOMPARE(cursor.position(), 4);
        markdown::setHeadingLevel(cursor, 1); // the same level again: back to a paragraph
        QCOMPARE(text(), QStringLiteral("Title\nbody"));
        markdown::setHeadingLevel(cursor, 6);
        QCOMPARE(text(), QStringLiteral("###### Title\nbody"));
        markdown::setHeadingLevel(cursor, 0);
        QCOMPARE(text(), QStringLiteral("Title\nbody"));
        markdown::setHeadingLevel(cursor, 0); // a paragraph stays one
        QCOMPARE(text(), QStringLiteral("Title\nbody"));
    }

    void cursorLandsAfterANewMarker()
    {
        load(QStringLiteral("Title"));
        QTextCursor cursor = cursorAt(0);
        markdown::setHeadingLevel(cursor, 3);
        QCOMPARE(text(), QStringLiteral("### Title"));
        QCOMPARE(cursor.position(), 4);
        markdown::setHeadingLevel(cursor, 2);
        QCOMPARE(cursor.position(), 3);
        cursor.insertText(QStringLiteral("My "));
        QCOMPARE(text(), QStringLiteral("## My Title"));
    }

    void headingReplacesAnyMarkerSpacing()
    {
        // "#   Spaced" is a level-1 heading "Spaced"; "#hashtag" is no heading at all.
        load(QStringLiteral("#   Spaced"));
        QTextCursor cursor = cursorAtEnd();
        markdown::setHeadingLevel(cursor, 2);
        QCOMPARE(text(), QStringLiteral("## Spaced"));

        load(QStringLiteral("#hashtag"));
        cursor = cursorAtEnd();
        markdown::setHeadingLevel(cursor, 1);
        QCOMPARE(text(), QStringLiteral("# #hashtag"));

        load(QStringLiteral("x"));
        cursor = cursorAtEnd();
        markdown::setHeadingLevel(cursor, 9); // there are six levels
        QCOMPARE(text(), QStringLiteral("###### x"));
    }

    void headingOnEveryLineOfASelection()
    {
        const QString original = QStringLiteral("One\n\nTwo\nThree");
        load(original);
        QTextCursor cursor(m_document);
        cursor.setPosition(1);                          // "O|ne"
        cursor.setPosition(7, QTextCursor::KeepAnchor); // "Tw|o"
        markdown::setHeadingLevel(cursor, 2);
        // The blank line between them stays blank: an empty "## " would be an empty heading.
        QCOMPARE(text(), QStringLiteral("## One\n\n## Two\nThree"));
        QVERIFY(cursor.hasSelection());
        verifyOneUndoStep(original);
    }

    void selectionEndingAtALineStartLeavesThatLine()
    {
        load(QStringLiteral("One\nTwo\nThree"));
        QTextCursor cursor(m_document);
        cursor.setPosition(0);
        cursor.setPosition(4, QTextCursor::KeepAnchor); // "One\n", up to the start of "Two"
        markdown::setHeadingLevel(cursor, 1);
        QCOMPARE(text(), QStringLiteral("# One\nTwo\nThree"));
    }

    void levelEveryLineHasTogglesThemAllOff()
    {
        load(QStringLiteral("## A\n## B"));
        QTextCursor cursor(m_document);
        cursor.select(QTextCursor::Document);
        markdown::setHeadingLevel(cursor, 2);
        QCOMPARE(text(), QStringLiteral("A\nB"));

        // Unless one of them is not at that level yet.
        load(QStringLiteral("## A\nB"));
        cursor = QTextCursor(m_document);
        cursor.select(QTextCursor::Document);
        markdown::setHeadingLevel(cursor, 2);
        QCOMPARE(text(), QStringLiteral("## A\n## B"));

        load(QStringLiteral("# A\n### B"));
        cursor = QTextCursor(m_document);
        cursor.select(QTextCursor::Document);
        markdown::setHeadingLevel(cursor, 0);
        QCOMPARE(text(), QStringLiteral("A\nB"));
    }

    // Enter

    void enterContinuesTheBlock_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("continued");
        QTest::newRow("dash") << "- one"
                              << "- one\n- ";
        QTest::newRow("star") << "* one"
                              << "* one\n* ";
        QTest::newRow("plus") << "+ one"
                              << "+ one\n+ ";
        QTest::newRow("ordered") << "1. one"
                                 << "1. one\n2. ";
        QTest::newRow("ordered paren") << "1) one"
                                       << "1) one\n2) ";
        QTest::newRow("ordered 9") << "9. nine"
                                   << "9. nine\n10. ";
        QTest::newRow("ordered 41") << "41. x"
                                    << "41. x\n42. ";
        QTest::newRow("task open") << "- [ ] todo"
                                   << "- [ ] todo\n- [ ] ";
        QTest::newRow("task done") << "- [x] done"
                                   << "- [x] done\n- [ ] ";
        QTest::newRow("task done upper") << "* [X] done"
                                         << "* [X] done\n* [ ] ";
        QTest::newRow("nested") << "  - inner"
                                << "  - inner\n  - ";
        QTest::newRow("wide spacing") << "-   wide"
                                      << "-   wide\n-   ";
        QTest::newRow("quote") << "> said"
                               << "> said\n> ";
        QTest::newRow("quote without space") << ">said"
                                             << ">said\n> ";
        QTest::newRow("nested quote") << "> > deep"
                                      << "> > deep\n> > ";
        QTest::newRow("quoted list") << "> - item"
                                     << "> - item\n> - ";
        QTest::newRow("indented code") << "    code"
                                       << "    code\n    ";
    }

    void enterContinuesTheBlock()
    {
        QFETCH(QString, line);
        QFETCH(QString, continued);
        load(line);
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(markdown::continueBlockOnEnter(cursor));
        QCOMPARE(text(), continued);
        QCOMPARE(cursor.position(), int(continued.size())); // ready to type the item
        verifyOneUndoStep(line);
    }

    void enterOnAPlainLineIsLeftToTheEditor()
    {
        load(QStringLiteral("words"));
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(!markdown::continueBlockOnEnter(cursor));
        QCOMPARE(text(), QStringLiteral("words"));
        QVERIFY(!canUndo());
    }

    void enterInsideTheMarkerOrOnASelectionIsLeftToTheEditor()
    {
        load(QStringLiteral("- one"));
        QTextCursor cursor = cursorAt(1); // "-| one"
        QVERIFY(!markdown::continueBlockOnEnter(cursor));
        cursor = selecting(QStringLiteral("one"));
        QVERIFY(!markdown::continueBlockOnEnter(cursor));
        QCOMPARE(text(), QStringLiteral("- one"));
    }

    void enterInTheMiddleOfAnItemSplitsIt()
    {
        load(QStringLiteral("- one two"));
        QTextCursor cursor = cursorAt(5); // "- one| two"
        QVERIFY(markdown::continueBlockOnEnter(cursor));
        QCOMPARE(text(), QStringLiteral("- one\n- two"));
        QCOMPARE(cursor.position(), 8); // "- |two"

        load(QStringLiteral("3. first second"));
        cursor = cursorAt(8); // "3. first| second"
        QVERIFY(markdown::continueBlockOnEnter(cursor));
        QCOMPARE(text(), QStringLiteral("3. first\n4. second"));
    }

    void enterOnAnEmptyItemEndsTheList_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("ended");
        // The item's line becomes the blank line that ends the list, and the writer goes on
        // below it: right under the item, the words would join the item's paragraph.
        QTest::newRow("dash") << "- one\n- "
                              << "- one\n\n";
        QTest::newRow("star") << "* one\n* "
                              << "* one\n\n";
        QTest::newRow("ordered") << "1. one\n2. "
                                 << "1. one\n\n";
        QTest::newRow("task") << "- [ ] a\n- [ ] "
                              << "- [ ] a\n\n";
        QTest::newRow("trailing spaces") << "- one\n-   "
                                         << "- one\n\n";
        QTest::newRow("nested") << "- a\n  - b\n  - "
                                << "- a\n  - b\n\n";
        // A blank line is there already: the item's line is only emptied.
        QTest::newRow("loose list") << "- one\n\n- "
                                    << "- one\n\n";
        QTest::newRow("first line") << "- "
                                    << "";
        // The list ends, the quote around it goes on, past a blank quote line.
        QTest::newRow("quoted list") << "> - a\n> - "
                                     << "> - a\n>\n> ";
        QTest::newRow("loose quoted list") << "> - a\n>\n> - "
                                           << "> - a\n>\n> ";
        // An empty quote line ends the quote.
        QTest::newRow("quote") << "> quote\n> "
                               << "> quote\n\n";
        QTest::newRow("nested quote") << "> > deep\n> > "
                                      << "> > deep\n\n";
    }

    void enterOnAnEmptyItemEndsTheList()
    {
        QFETCH(QString, lines);
        QFETCH(QString, ended);
        load(lines);
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(markdown::continueBlockOnEnter(cursor));
        QCOMPARE(text(), ended);
        QCOMPARE(cursor.position(), int(ended.size()));
        verifyOneUndoStep(lines);
    }

    // What the writer types after ending a list or quote is a paragraph of its own, outside
    // the list and the quote, as cmark-gfm reads it.
    void textAfterAnEndedBlockIsAParagraph_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("html");
        QTest::newRow("list") << "- one\n- "
                              << "<ul>\n<li>one</li>\n</ul>\n<p>After.</p>\n";
        QTest::newRow("ordered") << "1. one\n2. "
                                 << "<ol>\n<li>one</li>\n</ol>\n<p>After.</p>\n";
        QTest::newRow("nested") << "- a\n  - b\n  - "
                                << "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n"
                                   "<p>After.</p>\n";
        QTest::newRow("quoted list")
            << "> - a\n> - "
            << "<blockquote>\n<ul>\n<li>a</li>\n</ul>\n<p>After.</p>\n</blockquote>\n";
        QTest::newRow("quote") << "> quote\n> "
                               << "<blockquote>\n<p>quote</p>\n</blockquote>\n<p>After.</p>\n";
    }

    void textAfterAnEndedBlockIsAParagraph()
    {
        QFETCH(QString, lines);
        QFETCH(QString, html);
        load(lines);
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(markdown::continueBlockOnEnter(cursor));
        cursor.insertText(QStringLiteral("After."));
        QCOMPARE(rendered(text()), html);
    }

    void numberedItemsCountUpAsYouType()
    {
        load(QString());
        QTextCursor cursor(m_document);
        cursor.insertText(QStringLiteral("1. one"));
        QVERIFY(markdown::continueBlockOnEnter(cursor));
        cursor.insertText(QStringLiteral("two"));
        QVERIFY(markdown::continueBlockOnEnter(cursor));
        cursor.insertText(QStringLiteral("three"));
        QCOMPARE(text(), QStringLiteral("1. one\n2. two\n3. three"));
    }

    // Closing fences

    // Enter keeps the indentation of code; the closing fence typed on such a line goes to
    // the opening fence's column, where it closes the block.
    void typedClosingFenceGoesToTheOpeningFence_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("result");
        QTest::newRow("backticks") << "```python\nif x:\n    y = 1\n    "
                                   << "```"
                                   << "```python\nif x:\n    y = 1\n```";
        QTest::newRow("tildes") << "~~~\n    a\n    "
                                << "~~~"
                                << "~~~\n    a\n~~~";
        QTest::newRow("longer fence") << "````\n    a\n        "
                                      << "````"
                                      << "````\n    a\n````";
        QTest::newRow("indented fence") << "  ```\n  if x:\n      y\n      "
                                        << "```"
                                        << "  ```\n  if x:\n      y\n  ```";
        QTest::newRow("in a list item") << "- item\n\n  ```\n  if x:\n      y\n      "
                                        << "```"
                                        << "- item\n\n  ```\n  if x:\n      y\n  ```";
        QTest::newRow("opened on the item's line") << "1. ```\n   if x:\n       y\n       "
                                                   << "```"
                                                   << "1. ```\n   if x:\n       y\n   ```";
        QTest::newRow("in a quote") << "> ```\n> if x:\n>     y\n>     "
                                    << "```"
                                    << "> ```\n> if x:\n>     y\n> ```";
        QTest::newRow("tab indented") << "```\n\tx\n\t"
                                      << "```"
                                      << "```\n\tx\n```";
    }

    void typedClosingFenceGoesToTheOpeningFence()
    {
        QFETCH(QString, lines);
        QFETCH(QString, typed);
        QFETCH(QString, result);
        load(lines);
        QTextCursor cursor = cursorAtEnd();
        typeWithFenceAlignment(cursor, typed);
        QCOMPARE(text(), result);
        QCOMPARE(cursor.position(), int(result.size()));

        // The block is closed: what follows it is not code.
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(QStringLiteral("After."));
        QVERIFY2(rendered(text()).endsWith(QStringLiteral("<p>After.</p>\n")) ||
                     rendered(text()).endsWith(QStringLiteral("<p>After.</p>\n</blockquote>\n")),
                 qPrintable(rendered(text())));
    }

    void typedFenceStaysWhereItIsOtherwise_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::addColumn<QString>("typed");
        // Not inside a fenced block: indented code, or a fence being opened.
        QTest::newRow("indented code") << "text\n\n    code\n    "
                                       << "```";
        QTest::newRow("opening fence") << "text\n\n"
                                       << "```";
        QTest::newRow("opening in a list") << "- item\n\n  "
                                           << "```";
        QTest::newRow("after a closed block") << "```\na\n```\n\n    "
                                              << "```";
        // Fewer markers than the opening fence, or the other marker: code, not a fence.
        QTest::newRow("too short") << "````\n    a\n    "
                                   << "```";
        QTest::newRow("other marker") << "```\n    a\n    "
                                      << "~~~";
        // Within three spaces the fence closes the block where it is.
        QTest::newRow("closes already") << "```\n  a\n  "
                                        << "```";
        // More than markers on the line: not a closing fence.
        QTest::newRow("info string") << "```\n    a\n    "
                                     << "`` `";
    }

    void typedFenceStaysWhereItIsOtherwise()
    {
        QFETCH(QString, lines);
        QFETCH(QString, typed);
        load(lines);
        QTextCursor cursor = cursorAtEnd();
        typeWithFenceAlignment(cursor, typed);
        QCOMPARE(text(), lines + typed);
    }

    void fenceMoveIsItsOwnUndoStep()
    {
        load(QStringLiteral("```\n    a\n    ``"));
        QTextCursor cursor = cursorAtEnd();
        cursor.insertText(QStringLiteral("`"));
        QVERIFY(markdown::alignClosingFence(cursor));
        QCOMPARE(text(), QStringLiteral("```\n    a\n```"));
        // A writer who meant the indented line (Markdown about Markdown) gets it back.
        m_document->undo();
        QCOMPARE(text(), QStringLiteral("```\n    a\n    ```"));
    }

    void fenceIsAlignedOnlyAtTheEndOfTheLine()
    {
        load(QStringLiteral("```\n    a\n    ```"));
        QTextCursor cursor = cursorAt(int(text().size()) - 1);
        QVERIFY(!markdown::alignClosingFence(cursor));
        cursor = selecting(QStringLiteral("    ```"));
        QVERIFY(!markdown::alignClosingFence(cursor));
        QCOMPARE(text(), QStringLiteral("```\n    a\n    ```"));
    }

    // Tab and Shift+Tab

    void indentNestsUnderTheParentsText()
    {
        const QString original = QStringLiteral("- one\n- two");
        load(original);
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(markdown::indentListItem(cursor));
        QCOMPARE(text(), QStringLiteral("- one\n  - two"));
        QCOMPARE(cursor.position(), 13); // still after "two"
        verifyOneUndoStep(original);
    }

    void indentWidthIsTheMarkerWidth_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("nested");
        QTest::newRow("dash") << "- x"
                              << "  - x";
        QTest::newRow("ordered") << "1. x"
                                 << "   1. x";
        QTest::newRow("ordered 10") << "10. x"
                                    << "    10. x";
        QTest::newRow("task") << "- [ ] x"
                              << "  - [ ] x";
        QTest::newRow("already nested") << "  - x"
                                        << "    - x";
    }

    void indentWidthIsTheMarkerWidth()
    {
        QFETCH(QString, line);
        QFETCH(QString, nested);
        load(line);
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(markdown::indentListItem(cursor));
        QCOMPARE(text(), nested);
        QCOMPARE(cursor.position(), int(nested.size()));
    }

    void outdentUndoesIndent()
    {
        load(QStringLiteral("- one\n  - two"));
        QTextCursor cursor = cursorAt(10); // "  - |two"
        QVERIFY(markdown::outdentListItem(cursor));
        QCOMPARE(text(), QStringLiteral("- one\n- two"));
        QCOMPARE(cursor.position(), 8); // "- |two"
        verifyOneUndoStep(QStringLiteral("- one\n  - two"));
    }

    void outdentAtTheLeftEdgeDoesNothingButKeepsTheKey()
    {
        load(QStringLiteral("- one"));
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(markdown::outdentListItem(cursor));
        QCOMPARE(text(), QStringLiteral("- one"));
        QVERIFY(!canUndo());
    }

    void tabOutsideListsIsLeftToTheEditor()
    {
        load(QStringLiteral("plain"));
        QTextCursor cursor = cursorAtEnd();
        QVERIFY(!markdown::indentListItem(cursor));
        QVERIFY(!markdown::outdentListItem(cursor));

        load(QStringLiteral("> - quoted"));
        cursor = cursorAtEnd();
        QVERIFY(!markdown::indentListItem(cursor));

        load(QStringLiteral("- one"));
        cursor = selecting(QStringLiteral("one"));
        QVERIFY(!markdown::indentListItem(cursor));
        QCOMPARE(text(), QStringLiteral("- one"));
        QVERIFY(!canUndo());
    }

    // Links

    void linkWrapsTheSelectionAndSelectsTheAddress()
    {
        const QString original = QStringLiteral("read the docs today");
        load(original);
        QTextCursor cursor = selecting(QStringLiteral("the docs"));
        markdown::insertLink(cursor, QStringLiteral("link text"));
        QCOMPARE(text(), QStringLiteral("read [the docs](url) today"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("url"));
        verifyOneUndoStep(original);
    }

    void wholeLinkSelectedIsUnlinked()
    {
        const QString original = QStringLiteral("read [the docs](https://example.org) today");
        load(original);
        QTextCursor cursor = selecting(QStringLiteral("[the docs](https://example.org)"));
        markdown::insertLink(cursor, QStringLiteral("link text"));
        QCOMPARE(text(), QStringLiteral("read the docs today"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("the docs"));
        verifyOneUndoStep(original);
    }

    void selectedAddressBecomesTheTarget()
    {
        load(QStringLiteral("see https://example.org"));
        QTextCursor cursor = selecting(QStringLiteral("https://example.org"));
        markdown::insertLink(cursor, QStringLiteral("link text"));
        QCOMPARE(text(), QStringLiteral("see [](https://example.org)"));
        QVERIFY(!cursor.hasSelection());
        QCOMPARE(cursor.position(), 5); // inside "[]"
        cursor.insertText(QStringLiteral("Example"));
        QCOMPARE(text(), QStringLiteral("see [Example](https://example.org)"));
    }

    void linkWithoutSelectionSelectsThePlaceholder()
    {
        const QString original = QStringLiteral("see ");
        load(original);
        QTextCursor cursor = cursorAtEnd();
        markdown::insertLink(cursor, QStringLiteral("Linktext"));
        QCOMPARE(text(), QStringLiteral("see [Linktext](url)"));
        QCOMPARE(cursor.selectedText(), QStringLiteral("Linktext"));
        verifyOneUndoStep(original);
    }

    // Bold pseudo-headings (core/markdown/pseudo_headings.h)

    void boldLinesBecomeHeadingsInOneUndoStep()
    {
        const WordPressImport imported = importWordPressJson(test::seedBytes("004"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        const QString original = imported.posts.front().post.body;
        load(original);
        QCOMPARE(markdown::makeBoldLinesHeadings(m_document), 22);
        const QString converted = rawText(m_document);
        QVERIFY(converted.startsWith(QStringLiteral("## Introduction\n\n")));
        QVERIFY(converted.contains(QStringLiteral("\n## Django is when\n")));
        QVERIFY(converted.contains(QStringLiteral("\n## Philosophy\n"))); // was a lone item
        QVERIFY(converted.contains(QStringLiteral("\n- It comes with a built-in"))); // a list
        QVERIFY(!converted.contains(QStringLiteral("\n**Conclusion**\n")));
        // On each line four bold markers (and ten bullets "- ") out and "## " in, and two
        // trailing colons gone.
        QCOMPARE(converted.size(), original.size() - 22 * 4 - 10 * 2 + 22 * 3 - 2);
        // Nothing is left to convert.
        QCOMPARE(markdown::makeBoldLinesHeadings(m_document), 0);
        // One undo step brings back every character, no-break spaces included.
        QVERIFY(canUndo());
        m_document->undo();
        QCOMPARE(rawText(m_document), original);
        QVERIFY(!m_document->isUndoAvailable());
    }

    void noBoldLinesChangeNothing()
    {
        load(QStringLiteral("Text with **bold** inside.\n\n- **Item**\n"));
        QCOMPARE(markdown::makeBoldLinesHeadings(m_document), 0);
        QVERIFY(!canUndo());
    }

    void boldLineHeadingAtAPosition()
    {
        load(QStringLiteral("## Top\n\nText.\n\n**Details:**\n\nMore text.\n"));
        const int line = int(text().indexOf(QStringLiteral("**Details")));
        for (int position : {line, line + 5, line + 12}) {
            const std::optional<PseudoHeading> heading =
                markdown::boldLineHeadingAt(m_document, position);
            QVERIFY(heading);
            QCOMPARE(heading->text, QStringLiteral("Details"));
            QCOMPARE(pseudoHeadingLine(*heading), QStringLiteral("## Details"));
        }
        QVERIFY(!markdown::boldLineHeadingAt(m_document, 0));
        QVERIFY(!markdown::boldLineHeadingAt(m_document, int(text().indexOf(u'M'))));
    }

    void replacementOnlyWhereTheTextIsUnchanged()
    {
        const QString original = QStringLiteral("Text.\n\n**Intro**\n\nMore.\n");
        load(original);
        const TextRange range{7, 9};
        QVERIFY(!markdown::replaceIfUnchanged(m_document, range, QStringLiteral("**Other**"),
                                              QStringLiteral("## Other")));
        QVERIFY(!markdown::replaceIfUnchanged(m_document, {40, 9}, QStringLiteral("**Intro**"),
                                              QStringLiteral("## Intro")));
        QCOMPARE(text(), original);
        QVERIFY(!canUndo());
        QVERIFY(markdown::replaceIfUnchanged(m_document, range, QStringLiteral("**Intro**"),
                                             QStringLiteral("## Intro")));
        QCOMPARE(text(), QStringLiteral("Text.\n\n## Intro\n\nMore.\n"));
        verifyOneUndoStep(original);
    }
};

QTEST_MAIN(TestMarkdownCommands)
#include "tst_markdown_commands.moc"
