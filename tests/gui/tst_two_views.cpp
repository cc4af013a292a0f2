// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Two views of one document (View → New View of This Post): both edit the same text, the
// document analyses once per edit for both, and each view has its own cursor and preview.
#include "gui/document/analysis_scheduler.h"
#include "gui/document/document.h"
#include "gui/document/document_manager.h"
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/file_commands.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace pw;
using namespace pw::gui;
using pw::test::seed;

namespace {

// Seed 000 in a scratch folder, so a test may change it.
QString scratchSeed(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("post.txt"));
    QFile::copy(seed("000"), path);
    return path;
}

QAction *newViewAction(const MainWindow &window)
{
    return window.findChild<QAction *>(QStringLiteral("newViewAction"));
}

} // namespace

class TestTwoViews : public QObject {
    Q_OBJECT

private slots:
    void anEditInOneViewShowsInTheOtherWithOneAnalysis()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(scratchSeed(dir)));
        DocumentView *first = window.currentView();
        Document *document = first->document();
        QTRY_VERIFY(document->snapshot());
        QTRY_COMPARE(first->preview()->appliedRevision(), document->snapshot()->revision);

        QVERIFY(newViewAction(window));
        newViewAction(window)->trigger();
        QCOMPARE(window.tabs()->count(), 2);
        DocumentView *second = window.currentView();
        QVERIFY(second != first);
        QCOMPARE(second->document(), document);
        QCOMPARE(window.documents()->documents().size(), 1);
        QCOMPARE(second->editor()->toPlainText(), first->editor()->toPlainText());
        // The new view shows the analysis the document already had, without a new run.
        QTRY_COMPARE(second->preview()->appliedRevision(), document->snapshot()->revision);

        // Type into the first view, at the end of its first line.
        window.tabs()->setCurrentWidget(first);
        first->editor()->setFocus();
        QTextCursor cursor(document->bodyDocument()->firstBlock());
        cursor.movePosition(QTextCursor::EndOfBlock);
        first->editor()->setTextCursor(cursor);
        const int typedAt = cursor.position();
        const quint64 before = document->snapshot()->revision;
        QSignalSpy analyses(document->analysis(), &AnalysisScheduler::snapshotReady);
        QTest::keyClicks(first->editor(), QStringLiteral("X"));

        QCOMPARE(second->editor()->document()->firstBlock().text().right(1), QStringLiteral("X"));
        QTRY_COMPARE(analyses.size(), 1);
        QCOMPARE(document->snapshot()->revision, before + 1);
        QTRY_COMPARE(first->preview()->appliedRevision(), before + 1);
        QTRY_COMPARE(second->preview()->appliedRevision(), before + 1);
        // Nothing else is analysed once both views have shown it.
        QTest::qWait(300);
        QCOMPARE(analyses.size(), 1);

        // Each view keeps its own cursor; one undo reverts the edit in both.
        QCOMPARE(first->editor()->textCursor().position(), typedAt + 1);
        QVERIFY(second->editor()->textCursor().position() !=
                first->editor()->textCursor().position());
        first->editor()->undo();
        QVERIFY(second->editor()->document()->firstBlock().text().right(1) != QStringLiteral("X"));
    }

    void closingOneViewKeepsTheDocumentOpen()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(scratchSeed(dir)));
        Document *document = window.currentView()->document();
        newViewAction(window)->trigger();
        DocumentView *second = window.currentView();

        // Modified, yet closing the second view asks nothing: the first still shows it.
        QTest::keyClicks(second->editor(), QStringLiteral("Y"));
        QVERIFY(document->isModified());
        QVERIFY(window.fileCommands()->closeView(second));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.documents()->documents(), QList<Document *>({document}));
        QCOMPARE(window.currentView()->document(), document);
        QVERIFY(window.currentView()->editor()->toPlainText().contains(QLatin1Char('Y')));

        // Opening the file again shows the open document instead of a copy.
        QVERIFY(window.openFile(document->filePath()));
        QCOMPARE(window.tabs()->count(), 1);

        // Closing the last view asks, and Discard closes the document.
        QString question;
        pw::test::answerNextMessageBox(QMessageBox::Discard, &question);
        QVERIFY(window.fileCommands()->closeView(window.currentView()));
        QVERIFY(question.contains(QStringLiteral("post.txt")));
        QCOMPARE(window.documents()->documents().size(), 1); // the new empty one
        QVERIFY(window.currentView()->isPristine());
    }

    // Ctrl+Page Down / Ctrl+Page Up (and Ctrl+Tab / Ctrl+Shift+Tab) go round the tabs from
    // the editor, where the writer is; the new tab's editor has the focus.
    void keyboardSwitchesTabs()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(scratchSeed(dir)));
        newViewAction(window)->trigger();
        newViewAction(window)->trigger();
        QCOMPARE(window.tabs()->count(), 3);
        QCOMPARE(window.tabs()->currentIndex(), 2);
        const auto press = [&](int key, Qt::KeyboardModifiers modifiers) {
            QTest::keyClick(window.currentView()->editor(), Qt::Key(key), modifiers);
        };
        QTRY_VERIFY(window.currentView()->editor()->hasFocus());
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QTRY_VERIFY(window.currentView()->editor()->hasFocus());
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 1);
        press(Qt::Key_PageUp, Qt::ControlModifier);
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 2);
        press(Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.tabs()->currentIndex(), 2);
        // Nothing was typed on the way.
        QVERIFY(!window.currentView()->document()->isModified());
    }
};

PW_GUI_TEST_MAIN(TestTwoViews)
#include "tst_two_views.moc"
