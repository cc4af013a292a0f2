// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Keyboard Shortcuts lists the menu actions that have shortcuts, read from the real
// menu bar, and filters as the user types.
#include "gui/dialogs/shortcuts_dialog.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>

using namespace pw;
using namespace pw::gui;

class TestShortcutsDialog : public QObject {
    Q_OBJECT
private slots:
    void listsMenuShortcutsAndSearches()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QAction *open = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->text() == QStringLiteral("&Keyboard Shortcuts"))
                    open = action;
            }
        }
        QVERIFY(open);
        open->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        const QStringList rows = dialog->visibleRows();
        QVERIFY2(rows.contains(QStringLiteral("Bold\tCtrl+B")), qPrintable(rows.join('\n')));
        QVERIFY(rows.contains(QStringLiteral("Save\tCtrl+S")));
        QVERIFY(rows.contains(QStringLiteral("Find\tCtrl+F"))); // from a submenu
        // Actions without a shortcut are not listed.
        for (const QString &row : rows)
            QVERIFY2(!row.endsWith(QLatin1Char('\t')), qPrintable(row));

        QTest::keyClicks(dialog->searchField(), QStringLiteral("ctrl+b"));
        QVERIFY(dialog->visibleRows().contains(QStringLiteral("Bold\tCtrl+B")));
        for (const QString &row : dialog->visibleRows())
            QVERIFY2(row.contains(QStringLiteral("Ctrl+B"), Qt::CaseInsensitive), qPrintable(row));
        dialog->searchField()->clear();
        QTest::keyClicks(dialog->searchField(), QStringLiteral("save"));
        QVERIFY(dialog->visibleRows().contains(QStringLiteral("Save\tCtrl+S")));
        QVERIFY(!dialog->visibleRows().contains(QStringLiteral("Bold\tCtrl+B")));
        dialog->searchField()->clear();
        QCOMPARE(dialog->visibleRows(), rows);
        dialog->close();
    }
};

PW_GUI_TEST_MAIN(TestShortcutsDialog)
#include "tst_shortcuts_dialog.moc"
