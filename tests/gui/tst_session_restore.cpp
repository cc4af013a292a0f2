// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Session restore: the files open at quit come back in the next window, in tab order, with
// the current tab, the cursor and the scroll position where they were; files that are gone
// are named in the status bar, never in a dialog; the setting turns it off.
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/preview/preview_page.h"
#include "gui/preview/preview_view.h"
#include "gui/session/session_store.h"
#include "gui/settings/app_settings.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QCursor>
#include <QDir>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

// Long enough to scroll at any window size, with short lines that never wrap.
QByteArray longPost(const char *title)
{
    QByteArray text = QByteArray("---\ntitle: ") + title + "\ndescription: A post.\n---\n";
    for (int i = 0; i < 400; ++i)
        text += "Line " + QByteArray::number(i) + " of the post.\n\n";
    return text;
}

QStringList openPaths(const MainWindow &window)
{
    QStringList paths;
    for (DocumentView *view : window.views())
        paths << view->document()->filePath();
    return paths;
}

// Puts the cursor on `cursorLine` and `topLine` at the top, as a user scrolling would.
void placeAt(DocumentView *view, int cursorLine, int topLine)
{
    QTextDocument *body = view->document()->bodyDocument();
    view->editor()->setTextCursor(QTextCursor(body->findBlockByNumber(cursorLine)));
    view->editor()->verticalScrollBar()->setValue(
        body->findBlockByNumber(topLine).firstLineNumber());
}

// The first source line the preview shows.
int previewTopLine(DocumentView *view)
{
    if (!view->preview()->isReady())
        return -1;
    return evaluate(view->preview()->page(), QStringLiteral("window.pwPreview.topLine()")).toInt();
}

void setReopenSession(bool on)
{
    AppSettings settings = AppSettings::load();
    settings.reopenSession = on;
    settings.save();
}

// Notes and closes any modal dialog that shows up while `run` runs: restoring a session
// must not ask anything.
bool showsNoDialog(const std::function<void()> &run)
{
    bool dialog = false;
    QTimer::singleShot(0, [&dialog] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialog = true;
            modal->close();
        }
    });
    run();
    QCoreApplication::processEvents();
    return !dialog;
}

} // namespace

class TestSessionRestore : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        SessionStore::clear();
        setReopenSession(true);
    }

    void reopensDocumentsWhereTheyWereLeft()
    {
        QTemporaryDir dir;
        const QString first = writeFile(dir, QStringLiteral("first.md"), longPost("First"));
        const QString second = writeFile(dir, QStringLiteral("second.md"), longPost("Second"));
        const QString untitledText = QStringLiteral("Unsaved words, kept by the crash journal.");
        int firstCursor = 0, firstTop = 0, secondCursor = 0, secondTop = 0;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openFile(first));
            QVERIFY(window.openFile(second));
            DocumentView *firstView = window.views().at(0);
            DocumentView *secondView = window.views().at(1);
            QTRY_VERIFY(secondView->editor()->verticalScrollBar()->maximum() > 300);
            // The second tab: scrolled away from its cursor.
            placeAt(secondView, 12, 250);
            secondCursor = secondView->editor()->textCursor().position();
            secondTop = secondView->topLine();
            QCOMPARE(secondTop, 250);
            window.tabs()->setCurrentWidget(firstView);
            QTRY_VERIFY(firstView->editor()->verticalScrollBar()->maximum() > 300);
            placeAt(firstView, 330, 320);
            firstCursor = firstView->editor()->textCursor().position();
            firstTop = firstView->topLine();
            QCOMPARE(firstTop, 320);
            // An untitled document is not part of the session, modified or not.
            window.newDocument();
            window.currentView()->editor()->setPlainText(untitledText);
            window.currentView()->document()->bodyDocument()->setModified(false);
            window.tabs()->setCurrentWidget(firstView);
            QVERIFY(window.close());
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The pointer rests on the preview, as it may at start-up: the editor follows the
        // preview's scrolling then, and the preview's first, still empty page must not pull
        // the restored editor back to the top.
        // (The new tabs lay out as the untitled one does.)
        QWidget *emptyPreview = window.currentView()->preview();
        QCursor::setPos(emptyPreview->mapToGlobal(emptyPreview->rect().center()));
        QTRY_VERIFY(emptyPreview->underMouse());
        QVERIFY(showsNoDialog([&] { window.restoreSession(); }));
        QCOMPARE(openPaths(window), QStringList({first, second}));
        QCOMPARE(window.tabs()->currentIndex(), 0);
        DocumentView *firstView = window.views().at(0);
        DocumentView *secondView = window.views().at(1);
        QCOMPARE(firstView->editor()->textCursor().position(), firstCursor);
        QCOMPARE(secondView->editor()->textCursor().position(), secondCursor);
        QVERIFY(firstView->preview()->underMouse());
        // The preview follows the editor once its page holds the post.
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(previewTopLine(firstView) - firstTop) <= 2, 20000);
        QCOMPARE(firstView->topLine(), firstTop);
        window.tabs()->setCurrentWidget(secondView);
        QVERIFY(secondView->preview()->underMouse());
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(previewTopLine(secondView) - secondTop) <= 2, 20000);
        QCOMPARE(secondView->topLine(), secondTop);
        QCOMPARE(secondView->editor()->textCursor().position(), secondCursor);
        for (DocumentView *view : window.views())
            QVERIFY(!view->document()->isModified());
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
    }

    void restoresBeforeTheWindowIsShown()
    {
        // Restored while hidden (the editor has no size yet, and the cursor is off screen):
        // showing the window keeps the place.
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("post.md"), longPost("Post"));
        int cursor = 0;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openFile(path));
            DocumentView *view = window.currentView();
            QTRY_VERIFY(view->editor()->verticalScrollBar()->maximum() > 300);
            placeAt(view, 12, 250);
            QCOMPARE(view->topLine(), 250);
            cursor = view->editor()->textCursor().position();
            QVERIFY(window.close());
        }
        MainWindow window;
        window.restoreSession();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DocumentView *view = window.currentView();
        QCOMPARE(view->document()->filePath(), path);
        QCOMPARE(view->editor()->textCursor().position(), cursor);
        QCOMPARE(view->topLine(), 250);
    }

    void filesThatAreGoneAreNamedNotAsked()
    {
        QTemporaryDir dir;
        const QString kept = writeFile(dir, QStringLiteral("kept.md"), longPost("Kept"));
        const QString gone = writeFile(dir, QStringLiteral("gone.md"), longPost("Gone"));
        const QString broken = writeFile(dir, QStringLiteral("broken.md"), longPost("Broken"));
        {
            MainWindow window;
            QVERIFY(window.openFile(gone));
            QVERIFY(window.openFile(kept));
            QVERIFY(window.openFile(broken));
            window.tabs()->setCurrentIndex(0); // the gone one was current
            QVERIFY(window.close());
        }
        QVERIFY(QFile::remove(gone));
        // Still there, but cannot be read as a post.
        QVERIFY(QFile::remove(broken));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("broken.md")));

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(showsNoDialog([&] { window.restoreSession(); }));
        QCOMPARE(openPaths(window), QStringList({kept}));
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("gone.md")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("broken.md")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("kept.md")), qPrintable(message));
    }

    void settingOffReopensNothing()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("post.md"), longPost("Post"));
        setReopenSession(false);
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            QVERIFY(window.close());
        }
        {
            MainWindow window;
            window.restoreSession();
            QCOMPARE(window.tabs()->count(), 1);
            QVERIFY(window.currentView()->isPristine());
        }
        // Nothing was kept either: turning it on again does not bring back an old session.
        QVERIFY(SessionStore::load().documents.isEmpty());
        setReopenSession(true);
        MainWindow window;
        window.restoreSession();
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.currentView()->isPristine());
    }

    void aDocumentAlreadyOpenIsNotOpenedTwice()
    {
        // As after crash recovery: the recovered text of a session file is open already.
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("post.md"), longPost("Post"));
        const QString other = writeFile(dir, QStringLiteral("other.md"), longPost("Other"));
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            QVERIFY(window.openFile(other));
            QVERIFY(window.close());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        QTextCursor all(window.currentView()->document()->bodyDocument());
        all.select(QTextCursor::Document);
        all.insertText(QStringLiteral("Recovered text."));
        window.restoreSession();
        QCOMPARE(openPaths(window), QStringList({path, other}));
        QCOMPARE(window.views().at(0)->document()->bodyDocument()->toPlainText(),
                 QStringLiteral("Recovered text."));
        QVERIFY(window.views().at(0)->document()->isModified());
    }

    void storeRoundTrip()
    {
        Session session;
        session.documents = {{QStringLiteral("/tmp/a.md"), 10, 3},
                             {QStringLiteral("/tmp/b.md"), 0, 0}};
        session.current = 1;
        SessionStore::save(session);
        QCOMPARE(SessionStore::load(), session);
        // A shorter session leaves nothing of the longer one behind.
        session.documents.removeLast();
        session.current = 0;
        SessionStore::save(session);
        QCOMPARE(SessionStore::load(), session);
        SessionStore::clear();
        QCOMPARE(SessionStore::load(), Session());
    }
};

PW_GUI_TEST_MAIN(TestSessionRestore)
#include "tst_session_restore.moc"
