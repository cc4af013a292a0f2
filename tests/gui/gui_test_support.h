#pragma once

// Helpers for tests that drive the real window: its menus, modal message boxes and the
// preview's page.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QWebEnginePage>
#include <QtTest>

namespace pw::test {

// Answers the next modal message box with `button` and remembers its text.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        for (int i = 0; i < 200; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (text)
                    *text = box->text();
                box->button(button)->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

// The action with this text (mnemonic included) in one of the window's menus, or null.
inline QAction *menuAction(const QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

// Runs a script in the page and waits for its value ("<timeout>" after 10 s).
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return QStringLiteral("<timeout>");
    return result;
}

} // namespace pw::test
