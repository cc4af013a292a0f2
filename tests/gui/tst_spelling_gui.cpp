// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_test_main.h"

#include "core/spelling/personal_dictionary.h"
#include "core/spelling/post_language.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/spelling/document_spelling.h"
#include "gui/spelling/editor_spelling.h"
#include "gui/spelling/spelling_bar.h"
#include "gui/view/document_view.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QTextDocument>

using namespace pw;
using namespace pw::gui;

namespace {

QList<QTextEdit::ExtraSelection> underlines(const DocumentView &view)
{
    return view.editor()->selectionLayer(MarkdownEditor::SelectionLayer::Spelling);
}

QStringList underlinedWords(const DocumentView &view)
{
    QStringList words;
    for (const auto &selection : underlines(view))
        words.append(selection.cursor.selectedText());
    return words;
}

// Right-clicks the body at `position` and returns the menu that opened.
QMenu *rightClick(DocumentView &view, int position)
{
    MarkdownEditor *editor = view.editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(position);
    const QPoint at = editor->cursorRect(cursor).center() + QPoint(2, 0);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, editor->viewport()->mapToGlobal(at));
    QApplication::sendEvent(editor->viewport(), &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

} // namespace

class TestSpellingGui : public QObject {
    Q_OBJECT

private slots:
    void underlineAndSuggestion()
    {
        Document document;
        DocumentView view(&document);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.document()->bodyDocument()->setPlainText(
            QStringLiteral("The parts are seperated here, not in `seperated` code.\n"));
        QTRY_COMPARE(underlinedWords(view), QStringList{"seperated"});
        const QTextEdit::ExtraSelection underline = underlines(view).first();
        QCOMPARE(underline.cursor.selectionStart(), 14);
        QCOMPARE(underline.format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        QCOMPARE(underline.format.underlineColor().red() > 200, true);

        QMenu *menu = rightClick(view, 16);
        QVERIFY(menu);
        const QList<QAction *> actions = menu->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first()->text(), QStringLiteral("separated"));
        QStringList texts;
        for (QAction *action : actions)
            texts.append(action->text());
        QVERIFY2(texts.contains(QStringLiteral("Add “seperated” to Dictionary")),
                 qPrintable(texts.join('|')));
        QVERIFY(texts.contains(QStringLiteral("Ignore All in This Document")));
        actions.first()->trigger();
        menu->close();

        QCOMPARE(view.document()->bodyDocument()->toPlainText(),
                 QStringLiteral("The parts are separated here, not in `seperated` code.\n"));
        QCOMPARE(underlinedWords(view), QStringList{});
        // And after the re-check of the edited line: still nothing (code is not checked).
        QTest::qWait(600);
        QTRY_VERIFY(!document.spelling()->isRunning());
        QCOMPARE(underlinedWords(view), QStringList{});
    }

    void underlinesFollowKeyboardScrolling()
    {
        // Only the lines around the visible ones are underlined; jumping far with the
        // keyboard brings the underlines of where the text went.
        Document document;
        DocumentView view(&document);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString text;
        for (int i = 0; i < 1000; ++i)
            text += QStringLiteral("Line %1 is spelled well.\n").arg(i);
        text += QStringLiteral("The last line is seperated.\n");
        view.document()->bodyDocument()->setPlainText(text);
        QTRY_VERIFY(!document.spelling()->isRunning());
        QCOMPARE(underlinedWords(view), QStringList{});
        QTest::keyClick(view.editor(), Qt::Key_End, Qt::ControlModifier);
        QVERIFY(view.topLine() > 900);
        QTRY_COMPARE(underlinedWords(view), QStringList{"seperated"});
    }

    void rightClickElsewhereKeepsEditorMenu()
    {
        Document document;
        DocumentView view(&document);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.document()->bodyDocument()->setPlainText(QStringLiteral("Fine words seperated."));
        QTRY_COMPARE(underlinedWords(view), QStringList{"seperated"});
        QVERIFY(!view.spelling()->createContextMenu(1, &view)->actions().first()->text().contains(
            QStringLiteral("separated")));
    }

    void ignoreAllAndAddToDictionary()
    {
        Document document;
        DocumentView view(&document);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.document()->bodyDocument()->setPlainText(
            QStringLiteral("Frobz and frobz again.\n\nA Quuxly word and Quuxly twice.\n"));
        QTRY_COMPARE(underlinedWords(view), (QStringList{"Frobz", "frobz", "Quuxly", "Quuxly"}));
        document.spelling()->ignoreAll(QStringLiteral("frobz"));
        QCOMPARE(underlinedWords(view), (QStringList{"Frobz", "Quuxly", "Quuxly"}));
        document.spelling()->addToDictionary(QStringLiteral("Quuxly"));
        QCOMPARE(underlinedWords(view), (QStringList{"Frobz"}));
        // Typing elsewhere re-checks: the ignored and added words stay quiet.
        QTextCursor cursor(view.document()->bodyDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("Quuxly once more, frobz.\n"));
        QTest::qWait(600);
        QTRY_VERIFY(!document.spelling()->isRunning());
        QCOMPARE(underlinedWords(view), (QStringList{"Frobz"}));

        QFile file(PersonalDictionary::defaultPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Quuxly\n"));

        // Another document, opened later, knows the word too: the list is shared.
        Document otherDocument;
        DocumentView other(&otherDocument);
        other.document()->bodyDocument()->setPlainText(QStringLiteral("Quuxly and frobz."));
        QTRY_COMPARE(underlinedWords(other), QStringList{"frobz"});
    }

    void languageSwitchRechecksAtOnce()
    {
        Document document;
        DocumentView view(&document);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.document()->bodyDocument()->setPlainText(QStringLiteral("Die Straße ist schön."));
        QTRY_COMPARE(underlinedWords(view), (QStringList{"Straße", "ist", "schön"}));

        auto *bar = view.findChild<SpellingBar *>();
        QVERIFY(bar);
        QComboBox *box = bar->languageBox();
        const int german = box->findData(QStringLiteral("de_DE"));
        QVERIFY(german > 0);
        box->setCurrentIndex(german);
        emit box->activated(german);
        QCOMPARE(postLanguage(view.document()->metadata()), QStringLiteral("de_DE"));
        QCOMPARE(underlinedWords(view), QStringList{}); // the old marks go at once
        QTRY_VERIFY_WITH_TIMEOUT(!document.spelling()->isRunning(), 20000);
        QCOMPARE(underlinedWords(view), QStringList{});
        QCOMPARE(bar->statusLabel()->text(), QStringLiteral("0 possible misspellings"));
    }

    void metadataMisspellingsAreListed()
    {
        Document document;
        DocumentView view(&document);
        Post metadata = view.document()->metadata();
        metadata.title = QStringLiteral("A seperated title");
        metadata.metaDescription = QStringLiteral("The descriptiom.");
        view.document()->setMetadata(metadata);
        view.document()->bodyDocument()->setPlainText(QStringLiteral("Fine body."));
        QTRY_COMPARE(document.spelling()->metadataMisspellings(),
                     (QStringList{"seperated", "descriptiom"}));
        auto *bar = view.findChild<SpellingBar *>();
        QCOMPARE(bar->statusLabel()->text(),
                 QStringLiteral("0 possible misspellings · in title, description or tags: "
                                "seperated, descriptiom"));
        // However long the status, the bar asks for no more room than its fixed parts: a long
        // one once made the editor's pane so wide that the preview collapsed.
        QVERIFY2(bar->minimumSizeHint().width() <
                     bar->statusLabel()->fontMetrics().horizontalAdvance(bar->statusLabel()->text()),
                 qPrintable(QString::number(bar->minimumSizeHint().width())));
        QCOMPARE(bar->statusLabel()->toolTip(), bar->statusLabel()->text());
    }

    void missingDictionaryIsShown()
    {
        Document document;
        DocumentView view(&document);
        document.spelling()->setLanguage(QStringLiteral("xx_YY"));
        view.document()->bodyDocument()->setPlainText(QStringLiteral("Anything."));
        QTRY_VERIFY(!document.spelling()->error().isEmpty());
        QVERIFY(document.spelling()->error().contains(QStringLiteral("hunspell-xx")));
        auto *bar = view.findChild<SpellingBar *>();
        QVERIFY(bar->statusLabel()->text().contains(QStringLiteral("hunspell-xx")));
        QCOMPARE(underlinedWords(view), QStringList{});
    }

    void twoViewsShareOneCheck()
    {
        // The check is the document's: each view only draws it and has its own menu.
        Document document;
        DocumentView first(&document);
        DocumentView second(&document);
        for (DocumentView *view : {&first, &second}) {
            view->resize(1000, 600);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
        }
        QCOMPARE(document.findChildren<DocumentSpelling *>().size(), 1);
        QCOMPARE(first.spelling()->spelling(), document.spelling());
        QCOMPARE(second.spelling()->spelling(), document.spelling());
        QVERIFY(first.spelling() != second.spelling());

        document.bodyDocument()->setPlainText(
            QStringLiteral("The parts are seperated here, and wrnog.\n"));
        QTRY_COMPARE(underlinedWords(first), (QStringList{"seperated", "wrnog"}));
        QTRY_COMPARE(underlinedWords(second), (QStringList{"seperated", "wrnog"}));
        QTRY_VERIFY(!document.spelling()->isRunning());
        for (DocumentView *view : {&first, &second}) {
            QCOMPARE(view->findChild<SpellingBar *>()->statusLabel()->text(),
                     QStringLiteral("2 possible misspellings"));
        }

        // A view opened on a post checked already underlines without waiting for a check.
        DocumentView third(&document);
        QCOMPARE(underlinedWords(third), (QStringList{"seperated", "wrnog"}));

        // A suggestion taken in one view removes the underline from the others at once.
        QMenu *menu = rightClick(second, 16);
        QVERIFY(menu);
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("separated"));
        menu->actions().first()->trigger();
        menu->close();
        QCOMPARE(document.bodyDocument()->toPlainText(),
                 QStringLiteral("The parts are separated here, and wrnog.\n"));
        QCOMPARE(underlinedWords(first), QStringList{"wrnog"});
        QCOMPARE(underlinedWords(second), QStringList{"wrnog"});
        QCOMPARE(underlinedWords(third), QStringList{"wrnog"});
    }
};

PW_GUI_TEST_MAIN(TestSpellingGui)
#include "tst_spelling_gui.moc"
