// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Focus mode: full screen with only the editor in a ~72-character column; leaving (Esc or
// the shortcut) brings back the docks, the previews and the window exactly as they were.
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/focus_mode.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

// Which docks are shown, by object name: the layout the user arranged.
QStringList visibleDocks(const MainWindow &window)
{
    QStringList names;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            names << dock->objectName();
    }
    names.sort();
    return names;
}

} // namespace

class TestFocusMode : public QObject {
    Q_OBJECT
private slots:
    void shortcutsDoNotClash()
    {
        MainWindow window;
        QAction *focus = menuAction(window, QStringLiteral("&Focus Mode"));
        QVERIFY(focus);
        QCOMPARE(focus->shortcuts(),
                 QList<QKeySequence>({QKeySequence(Qt::Key_F11), QKeySequence("Ctrl+Shift+F")}));
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action == focus)
                    continue;
                for (const QKeySequence &key : focus->shortcuts())
                    QVERIFY2(!action->shortcuts().contains(key), qPrintable(action->text()));
            }
        }
    }

    void entersAndLeavesRestoringTheLayout()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        DocumentView *first = window.currentView();
        first->editor()->setMaximumTextWidth(0);
        window.newDocument();
        DocumentView *second = window.currentView();
        second->editor()->setMaximumTextWidth(90);
        second->preview()->hide(); // the user had closed this preview
        window.findChild<QDockWidget *>(QStringLiteral("findingsDock"))->hide();
        const QStringList docksBefore = visibleDocks(window);
        QVERIFY(docksBefore.contains(QStringLiteral("metadataDock")));
        QVERIFY(!docksBefore.contains(QStringLiteral("findingsDock")));
        const Qt::WindowStates stateBefore = window.windowState();
        const QRect geometryBefore = window.geometry();
        QVERIFY(!(stateBefore & Qt::WindowFullScreen));

        // The shortcut enters focus mode.
        second->editor()->setFocus();
        QTest::keyClick(second->editor(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.focusMode()->isActive());
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QVERIFY(visibleDocks(window).isEmpty());
        QVERIFY(window.menuBar()->isVisible());
        QCOMPARE(second->editor()->maximumTextWidth(), FocusMode::TextWidth);
        QCOMPARE(first->editor()->maximumTextWidth(), FocusMode::TextWidth);
        QVERIFY(!second->preview()->isVisibleTo(second));
        QVERIFY(!first->preview()->isVisibleTo(first));
        QVERIFY(menuAction(window, QStringLiteral("&Focus Mode"))->isChecked());

        // A tab opened while focused is focused too, and restored with the rest.
        window.newDocument();
        DocumentView *third = window.currentView();
        QCOMPARE(third->editor()->maximumTextWidth(), FocusMode::TextWidth);
        QVERIFY(!third->preview()->isVisibleTo(third));

        // Esc leaves, and everything is back as it was.
        third->editor()->setFocus();
        QTest::keyClick(third->editor(), Qt::Key_Escape);
        QVERIFY(!window.focusMode()->isActive());
        QVERIFY(!menuAction(window, QStringLiteral("&Focus Mode"))->isChecked());
        QCOMPARE(window.windowState(), stateBefore);
        QTRY_COMPARE(window.geometry(), geometryBefore);
        QTRY_COMPARE(visibleDocks(window), docksBefore);
        QCOMPARE(first->editor()->maximumTextWidth(), 0);
        QCOMPARE(second->editor()->maximumTextWidth(), 90);
        QCOMPARE(third->editor()->maximumTextWidth(), 0);
        QVERIFY(first->preview()->isVisibleTo(first));
        QVERIFY(!second->preview()->isVisibleTo(second));
        QVERIFY(third->preview()->isVisibleTo(third));

        // F11 toggles both ways.
        QTest::keyClick(third->editor(), Qt::Key_F11);
        QVERIFY(window.focusMode()->isActive());
        QTest::keyClick(third->editor(), Qt::Key_F11);
        QVERIFY(!window.focusMode()->isActive());
        QTRY_COMPARE(visibleDocks(window), docksBefore);
    }
};

PW_GUI_TEST_MAIN(TestFocusMode)
#include "tst_focus_mode.moc"
