// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// View → Zoom In / Zoom Out / Reset Zoom and Ctrl+wheel: every editor of the window grows and
// shrinks together, within 6-72 pt, the preview does not, and the zoom outlives a restart.
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/preview/preview_view.h"
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_dialog.h"
#include "gui/view/document_view.h"
#include "gui/window/focus_mode.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBlock>
#include <QWebEngineView>
#include <QWheelEvent>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

QList<qreal> editorSizes(const MainWindow &window)
{
    QList<qreal> sizes;
    for (DocumentView *view : window.views())
        sizes << view->editor()->font().pointSizeF();
    return sizes;
}

QList<qreal> everyEditorAt(const MainWindow &window, qreal size)
{
    return QList<qreal>(window.views().size(), size);
}

void sendCtrlWheel(QWidget *widget, int delta)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

} // namespace

class TestEditorZoom : public QObject {
    Q_OBJECT

    qreal m_base = 0; // the preference's size

    void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        QTest::keyClick(widget, key, modifiers);
        QApplication::processEvents();
    }

private slots:
    void init()
    {
        AppSettings settings = AppSettings::load();
        settings.editorFont = AppSettings::defaultEditorFont();
        settings.editorFont.setPointSize(12);
        settings.editorZoom = 0;
        settings.textWidth = 0;
        settings.save();
        m_base = 12;
    }

    void viewMenuHasTheZoomActions()
    {
        MainWindow window;
        QAction *zoomIn = menuAction(window, QStringLiteral("Zoom &In"));
        QAction *zoomOut = menuAction(window, QStringLiteral("Zoom &Out"));
        QAction *reset = menuAction(window, QStringLiteral("Reset &Zoom"));
        QVERIFY(zoomIn && zoomOut && reset);
        QVERIFY(zoomIn->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Plus)));
        QVERIFY(zoomIn->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
        QVERIFY(zoomOut->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Minus)));
        QVERIFY(reset->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)));
        // No other action of the window, the editors' formatting included, has these keys.
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action == zoomIn || action == zoomOut || action == reset)
                continue;
            for (const QKeySequence &key : action->shortcuts()) {
                QVERIFY2(!zoomIn->shortcuts().contains(key) &&
                             !zoomOut->shortcuts().contains(key) &&
                             !reset->shortcuts().contains(key),
                         qPrintable(action->text() + QLatin1Char(' ') + key.toString()));
            }
        }
    }

    void zoomChangesEveryEditorAndPersists()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("newViewAction")));
        window.findChild<QAction *>(QStringLiteral("newViewAction"))->trigger();
        window.newDocument();
        QCOMPARE(window.views().size(), 3);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base));
        MarkdownEditor *editor = window.currentView()->editor();
        editor->setFocus();
        const qreal previewZoom = window.currentView()->preview()->webView()->zoomFactor();

        press(editor, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 1));
        press(editor, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 2));
        // The document's font is the highlighter's and the layout's.
        QCOMPARE(editor->document()->defaultFont().pointSizeF(), m_base + 2);
        QCOMPARE(window.currentView()->preview()->webView()->zoomFactor(), previewZoom);
        QCOMPARE(AppSettings::load().editorZoom, 2);
        // The preference itself is unchanged.
        QCOMPARE(AppSettings::load().editorFont.pointSizeF(), m_base);

        press(editor, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 1));
        QCOMPARE(AppSettings::load().editorZoom, 1);

        // A view made now starts zoomed, and so does a new window ("restart").
        window.newDocument();
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 1));
        {
            MainWindow again;
            QCOMPARE(editorSizes(again), everyEditorAt(again, m_base + 1));
        }

        // Reset returns to the preference's size.
        editor->setFocus();
        press(editor, Qt::Key_0, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base));
        QCOMPARE(AppSettings::load().editorZoom, 0);
    }

    void ctrl0StaysParagraph()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        menuAction(window, QStringLiteral("Zoom &In"))->trigger();
        MarkdownEditor *editor = window.currentView()->editor();
        editor->setFocus();
        editor->setPlainText(QStringLiteral("## Heading"));
        press(editor, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Heading"));
        QCOMPARE(editor->font().pointSizeF(), m_base + 1);
        editor->document()->setModified(false);
    }

    void ctrlWheelZoomsEveryEditor()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.newDocument();
        QCOMPARE(window.views().size(), 2);
        MarkdownEditor *editor = window.currentView()->editor();
        sendCtrlWheel(editor->viewport(), 120);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 1));
        sendCtrlWheel(editor->viewport(), 240);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 3));
        // A touchpad's small deltas add up to whole steps.
        sendCtrlWheel(editor->viewport(), -60);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 3));
        sendCtrlWheel(editor->viewport(), -60);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 2));
        QCOMPARE(AppSettings::load().editorZoom, 2);
        // Without Ctrl the wheel scrolls, as before.
        QWheelEvent plain(QPointF(5, 5), editor->viewport()->mapToGlobal(QPointF(5, 5)), QPoint(),
                          QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(editor->viewport(), &plain);
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 2));
    }

    void zoomIsBounded()
    {
        MainWindow window;
        QAction *zoomIn = menuAction(window, QStringLiteral("Zoom &In"));
        QAction *zoomOut = menuAction(window, QStringLiteral("Zoom &Out"));
        QAction *reset = menuAction(window, QStringLiteral("Reset &Zoom"));
        QVERIFY(!reset->isEnabled()); // nothing to reset yet
        for (int i = 0; i < 100 && zoomIn->isEnabled(); ++i)
            zoomIn->trigger();
        QCOMPARE(editorSizes(window), everyEditorAt(window, AppSettings::kMaxFontPoints));
        QVERIFY(!zoomIn->isEnabled());
        QVERIFY(reset->isEnabled());
        for (int i = 0; i < 100 && zoomOut->isEnabled(); ++i)
            zoomOut->trigger();
        QCOMPARE(editorSizes(window), everyEditorAt(window, AppSettings::kMinFontPoints));
        QVERIFY(!zoomOut->isEnabled());
        QVERIFY(zoomIn->isEnabled());
        reset->trigger();
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base));
    }

    void preferencesKeepTheZoomUnlessTheFontChanges()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *zoomIn = menuAction(window, QStringLiteral("Zoom &In"));
        zoomIn->trigger();
        zoomIn->trigger();
        QVERIFY(changePreferences(window, [](SettingsDialog *) {}));
        QCOMPARE(editorSizes(window), everyEditorAt(window, m_base + 2));
        QCOMPARE(AppSettings::load().editorZoom, 2);
        // A size chosen in Preferences is the size shown.
        QVERIFY(changePreferences(
            window, [](SettingsDialog *dialog) { dialog->fontSizeBox()->setValue(15); }));
        QCOMPARE(editorSizes(window), everyEditorAt(window, 15));
        QCOMPARE(AppSettings::load().editorZoom, 0);
    }

    void zoomKeepsFocusModesColumn()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *focus = window.findChild<FocusMode *>();
        QVERIFY(focus);
        focus->setActive(true);
        MarkdownEditor *editor = window.currentView()->editor();
        QCOMPARE(editor->maximumTextWidth(), FocusMode::TextWidth);
        menuAction(window, QStringLiteral("Zoom &In"))->trigger();
        QCOMPARE(editor->font().pointSizeF(), m_base + 1);
        QCOMPARE(editor->maximumTextWidth(), FocusMode::TextWidth);
        focus->setActive(false);
        QCOMPARE(editor->maximumTextWidth(), 0);
    }
};

PW_GUI_TEST_MAIN(TestEditorZoom)
#include "tst_editor_zoom.moc"
