// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for tests that drive the real window: its menus, modal message boxes and the
// preview's page.
#include "gui/settings/settings_dialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QWebEnginePage>
#include <functional>
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

// Opens Edit → Preferences as the user does, lets `change` edit the dialog, and presses OK.
inline bool changePreferences(const QMainWindow &window,
                              const std::function<void(pw::gui::SettingsDialog *)> &change)
{
    QAction *preferences = menuAction(window, QStringLiteral("Pre&ferences…"));
    if (!preferences)
        return false;
    bool accepted = false;
    QTimer::singleShot(0, [&] {
        if (!QTest::qWaitFor([] {
                return qobject_cast<pw::gui::SettingsDialog *>(QApplication::activeModalWidget());
            }))
            return;
        auto *dialog = qobject_cast<pw::gui::SettingsDialog *>(QApplication::activeModalWidget());
        change(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        accepted = true;
    });
    preferences->trigger();
    return accepted;
}

} // namespace pw::test
