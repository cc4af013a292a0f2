// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The find/replace bar over a real editor under Xvfb.
#include "gui/editor/find_replace_bar.h"
#include "gui/editor/markdown_editor.h"

#include <QAction>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QtTest>

using namespace pw::gui;

class TestFindReplace : public QObject {
    Q_OBJECT

    QWidget *m_window = nullptr;
    MarkdownEditor *m_editor = nullptr;
    FindReplaceBar *m_bar = nullptr;

    QString selection() const { return m_editor->textCursor().selectedText(); }
    int selectionStart() const { return m_editor->textCursor().selectionStart(); }

private slots:
    void init()
    {
        m_window = new QWidget;
        auto *layout = new QVBoxLayout(m_window);
        m_editor = new MarkdownEditor(m_window);
        m_bar = new FindReplaceBar(m_editor, m_window);
        layout->addWidget(m_editor);
        layout->addWidget(m_bar);
        m_window->resize(900, 600);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        m_editor->setFocus();
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void ctrlFOpensAndEscCloses()
    {
        m_editor->setPlainText(QStringLiteral("alpha beta alpha"));
        QVERIFY(!m_bar->isVisible());
        QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_bar->isVisible());
        QVERIFY(m_bar->searchField()->hasFocus());
        QVERIFY(!m_bar->replaceField()->isVisible());

        QTest::keyClicks(m_bar->searchField(), QStringLiteral("alpha"));
        QCOMPARE(selection(), QStringLiteral("alpha"));
        QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
        // Every match is highlighted in the editor.
        QCOMPARE(m_editor->selectionLayer(MarkdownEditor::SelectionLayer::SearchMatches).size(), 2);

        QTest::keyClick(m_bar->searchField(), Qt::Key_Return);
        QCOMPARE(selectionStart(), 11);
        QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 2"));
        QTest::keyClick(m_bar->searchField(), Qt::Key_Return);
        QCOMPARE(selectionStart(), 0); // wraps around
        QTest::keyClick(m_bar->searchField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(selectionStart(), 11);

        QTest::keyClick(m_bar->searchField(), Qt::Key_Escape);
        QVERIFY(!m_bar->isVisible());
        QVERIFY(m_editor->hasFocus());
        QVERIFY(m_editor->selectionLayer(MarkdownEditor::SelectionLayer::SearchMatches).isEmpty());

        // F3 from the editor goes on with the last search.
        QTest::keyClick(m_editor, Qt::Key_F3);
        QCOMPARE(selectionStart(), 0);
        QTest::keyClick(m_editor, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(selectionStart(), 11);
    }

    void replaceShortcutShowsTheReplaceRow()
    {
        m_editor->setPlainText(QStringLiteral("x"));
        const QKeySequence replace = m_bar->replaceAction()->shortcut();
        QVERIFY(!replace.isEmpty());
        QTest::keySequence(m_editor, replace);
        QVERIFY(m_bar->isVisible());
        QVERIFY(m_bar->replaceField()->isVisible());
    }

    void selectionSeedsTheSearch()
    {
        m_editor->setPlainText(QStringLiteral("find me here"));
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(5);
        cursor.setPosition(7, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
        m_bar->showFind();
        QCOMPARE(m_bar->searchText(), QStringLiteral("me"));
    }

    void matchCaseAndWholeWords()
    {
        m_editor->setPlainText(QStringLiteral("Word word sword words word."));
        m_bar->showFind();
        m_bar->setSearchText(QStringLiteral("word"));
        QCOMPARE(m_bar->matchCount(), 5);
        m_bar->setCaseSensitive(true);
        QCOMPARE(m_bar->matchCount(), 4);
        m_bar->setWholeWords(true);
        QCOMPARE(m_bar->matchCount(), 2); // "word" and "word."
        m_bar->setCaseSensitive(false);
        QCOMPARE(m_bar->matchCount(), 3);
        QCOMPARE(m_bar->statusText(), QStringLiteral("3 matches"));
    }

    void noMatchesIsSaid()
    {
        m_editor->setPlainText(QStringLiteral("nothing to see"));
        m_bar->showFind();
        m_bar->setSearchText(QStringLiteral("zebra"));
        QCOMPARE(m_bar->matchCount(), 0);
        QVERIFY(!m_bar->findNext());
        QCOMPARE(m_bar->statusText(), QStringLiteral("No matches"));
    }

    void regexWithCapturesInTheReplacement()
    {
        m_editor->setPlainText(QStringLiteral("Date: 2024-05-17 and 2023-12-01."));
        m_bar->showReplace();
        m_bar->setRegularExpression(true);
        m_bar->setSearchText(QStringLiteral(R"((\d{4})-(\d\d)-(\d\d))"));
        QCOMPARE(m_bar->matchCount(), 2);
        m_bar->setReplaceText(QStringLiteral(R"(\3/\2/\1)"));
        QVERIFY(m_bar->findNext());
        QVERIFY(m_bar->replaceCurrent());
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("Date: 17/05/2024 and 2023-12-01."));
        // Replace moved on to the next match.
        QCOMPARE(selection(), QStringLiteral("2023-12-01"));
    }

    void literalSearchTakesRegexCharactersLiterally()
    {
        m_editor->setPlainText(QStringLiteral("a.b axb (c)"));
        m_bar->showFind();
        m_bar->setSearchText(QStringLiteral("a.b"));
        QCOMPARE(m_bar->matchCount(), 1);
        m_bar->setSearchText(QStringLiteral("(c)"));
        QCOMPARE(m_bar->matchCount(), 1);
        m_bar->setRegularExpression(true);
        m_bar->setSearchText(QStringLiteral("a.b"));
        QCOMPARE(m_bar->matchCount(), 2);
    }

    void replaceAllIsOneUndoStep()
    {
        const QString original = QStringLiteral("- cat\n- Cat\n- dog\n- cat food");
        m_editor->setPlainText(original);
        m_bar->showReplace();
        m_bar->setSearchText(QStringLiteral("cat"));
        m_bar->setReplaceText(QStringLiteral("bird"));
        QCOMPARE(m_bar->replaceAll(), 3);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("- bird\n- bird\n- dog\n- bird food"));
        QCOMPARE(m_bar->matchCount(), 0);
        m_editor->undo();
        QCOMPARE(m_editor->toPlainText(), original);
    }

    void replaceAllWithRegexAcrossLines()
    {
        m_editor->setPlainText(QStringLiteral("# One\n## Two\ntext # not"));
        m_bar->showReplace();
        m_bar->setRegularExpression(true);
        m_bar->setSearchText(QStringLiteral("^(#+) (.*)$"));
        m_bar->setReplaceText(QStringLiteral(R"(\1 \2!)"));
        QCOMPARE(m_bar->replaceAll(), 2);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("# One!\n## Two!\ntext # not"));
    }

    void invalidRegexIsAnErrorNotACrash()
    {
        m_editor->setPlainText(QStringLiteral("(unbalanced"));
        m_bar->showReplace();
        m_bar->setRegularExpression(true);
        m_bar->setSearchText(QStringLiteral("(unbalanced"));
        QVERIFY(!m_bar->isPatternValid());
        QCOMPARE(m_bar->matchCount(), 0);
        QCOMPARE(m_bar->statusText(), QStringLiteral("Invalid pattern"));
        QVERIFY(!m_bar->findNext());
        QCOMPARE(m_bar->replaceAll(), 0);
        QCOMPARE(m_editor->toPlainText(), QStringLiteral("(unbalanced"));
    }

    void emptyMatchesAreSkipped()
    {
        m_editor->setPlainText(QStringLiteral("ab\ncd"));
        m_bar->showFind();
        m_bar->setRegularExpression(true);
        m_bar->setSearchText(QStringLiteral("x*"));
        QCOMPARE(m_bar->matchCount(), 0);
        QVERIFY(!m_bar->findNext());
    }

    void matchesFollowEdits()
    {
        m_editor->setPlainText(QStringLiteral("one"));
        m_bar->showFind();
        m_bar->setSearchText(QStringLiteral("two"));
        QCOMPARE(m_bar->matchCount(), 0);
        QTextCursor cursor = m_editor->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral(" two two"));
        QCOMPARE(m_bar->matchCount(), 2);
        QTRY_COMPARE(m_editor->selectionLayer(MarkdownEditor::SelectionLayer::SearchMatches).size(),
                     2);
    }
};

QTEST_MAIN(TestFindReplace)
#include "tst_find_replace.moc"
