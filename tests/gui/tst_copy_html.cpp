// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Copy as HTML in the real window: Edit → Copy as HTML (menu and Ctrl+Shift+C) and copying a
// selection out of the preview in the dark theme, each read back from the clipboard as the
// program pasted into would read it.
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/panels/metadata_panel.h"
#include "gui/preview/preview_view.h"
#include "gui/settings/theme.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QClipboard>
#include <QLineEdit>
#include <QMimeData>
#include <QStatusBar>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

constexpr int kTimeout = 60000; // the first WebEngine start under Xvfb on two cores is slow

const QString kBody = QStringLiteral("Intro with **bold** text.\n\n"
                                     "## Second section\n\n"
                                     "More words and a [link](https://example.com/a).\n");

QString clipboardHtml()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data ? data->html() : QString();
}

QString clipboardText()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    return data ? data->text() : QString();
}

// A shown window whose current post has `body` and a title, with the editor focused.
void prepare(MainWindow &window, const QString &body)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Post metadata = window.currentView()->document()->metadata();
    metadata.title = QStringLiteral("The Post Title");
    window.currentView()->document()->setMetadata(metadata);
    MarkdownEditor *editor = window.currentView()->editor();
    editor->setPlainText(body);
    editor->setFocus();
    QVERIFY(QTest::qWaitFor([editor] { return editor->hasFocus(); }));
}

} // namespace

class TestCopyHtml : public QObject {
    Q_OBJECT
private slots:
    void editMenuOffersCopyAsHtmlAfterCopy()
    {
        MainWindow window;
        QAction *copyHtml = menuAction(window, QStringLiteral("Copy as &HTML"));
        QVERIFY(copyHtml);
        QCOMPARE(copyHtml->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        // Next to Copy in the Edit menu.
        bool found = false;
        for (QAction *menu : window.menuBar()->actions()) {
            const QList<QAction *> actions = menu->menu()->actions();
            const qsizetype at = actions.indexOf(copyHtml);
            if (at > 0) {
                found = true;
                QCOMPARE(menu->text(), QStringLiteral("&Edit"));
                QCOMPARE(actions.at(at - 1)->text(), QStringLiteral("&Copy"));
            }
        }
        QVERIFY(found);
    }

    void shortcutCopiesTheSelectionAsHtml()
    {
        MainWindow window;
        prepare(window, kBody);
        if (QTest::currentTestFailed())
            return;
        MarkdownEditor *editor = window.currentView()->editor();
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(int(kBody.indexOf(QStringLiteral("## Second"))));
        cursor.setPosition(int(kBody.size()), QTextCursor::KeepAnchor);
        editor->setTextCursor(cursor);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));

        QTest::keyClick(editor, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

        const QString html =
            QStringLiteral("<h2>Second section</h2>\n"
                           "<p>More words and a <a href=\"https://example.com/a\">link</a>.</p>\n");
        QCOMPARE(clipboardHtml(), QStringLiteral("<meta charset=\"utf-8\">") + html);
        // A plain text field (a CMS's HTML view) gets the HTML source.
        QCOMPARE(clipboardText(), html);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Copied the selection as HTML"));
        // The selection and the text are as they were.
        QVERIFY(editor->textCursor().hasSelection());
        QCOMPARE(editor->toPlainText(), kBody);
    }

    void menuCopiesTheWholeBodyWithoutTheTitle()
    {
        MainWindow window;
        prepare(window, kBody + QStringLiteral("\n<div class=\"note\">\n\n*Tip*\n\n</div>\n"));
        if (QTest::currentTestFailed())
            return;
        menuAction(window, QStringLiteral("Copy as &HTML"))->trigger();
        const QString html = clipboardHtml();
        QVERIFY2(html.contains(QStringLiteral("<p>Intro with <strong>bold</strong> text.</p>\n"
                                              "<h2>Second section</h2>\n")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<div class=\"note\">\n<p><em>Tip</em></p>\n</div>")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("The Post Title")));
        QVERIFY(!html.contains(QStringLiteral("data-sourcepos")));
        QVERIFY(!html.contains(QStringLiteral("style")));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Copied the whole post as HTML (without the title)"));
    }

    void nothingToCopyLeavesTheClipboard()
    {
        MainWindow window;
        prepare(window, QStringLiteral("\n  \n"));
        if (QTest::currentTestFailed())
            return;
        QGuiApplication::clipboard()->setText(QStringLiteral("kept"));
        menuAction(window, QStringLiteral("Copy as &HTML"))->trigger();
        QCOMPARE(clipboardText(), QStringLiteral("kept"));
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Nothing to copy: the post has no text"));
    }

    // Like Cut and Copy, the shortcut is the editor's: in a metadata field it does nothing.
    void shortcutBelongsToTheEditor()
    {
        MainWindow window;
        prepare(window, kBody);
        if (QTest::currentTestFailed())
            return;
        auto *field = window.metadataPanel()->findChild<QLineEdit *>();
        QVERIFY(field);
        field->setFocus();
        QVERIFY(QTest::qWaitFor([field] { return field->hasFocus(); }));
        QGuiApplication::clipboard()->setText(QStringLiteral("kept"));
        QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboardText(), QStringLiteral("kept"));
    }

    // Chromium's own copy writes the theme's computed colours inline: grey on dark in a CMS.
    void previewCopyInTheDarkThemeIsClean()
    {
        applyTheme(*qApp, Theme::Dark);
        MainWindow window;
        prepare(window, kBody);
        if (QTest::currentTestFailed())
            return;
        QWebEnginePage *page = window.currentView()->preview()->webView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(page, QStringLiteral("document.querySelectorAll('#pw-body h2').length"))
                .toInt(),
            1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(page, QStringLiteral("document.documentElement.dataset.theme")).toString(),
            QStringLiteral("dark"), kTimeout);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));

        // Editing commands act on the focused page, as when the user clicked into it.
        QWebEngineView *preview = window.currentView()->preview()->webView();
        preview->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(preview->hasFocus() || preview->focusProxy()->hasFocus(),
                                 kTimeout);
        page->triggerAction(QWebEnginePage::SelectAll);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("window.getSelection().toString()"))
                                     .toString()
                                     .contains(QStringLiteral("Second section")),
                                 kTimeout);
        page->triggerAction(QWebEnginePage::Copy);
        QTRY_VERIFY_WITH_TIMEOUT(clipboardHtml().contains(QStringLiteral("Second section")),
                                 kTimeout);

        const QString html = clipboardHtml();
        QVERIFY2(!html.contains(QStringLiteral("color")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("style=")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("data-")), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("pw-")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<h2>Second section</h2>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<p>Intro with <strong>bold</strong> text.</p>")),
                 qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<a href=\"https://example.com/a\">link</a>")),
                 qPrintable(html));
        // The title the preview shows above the post was selected too, as a plain heading.
        QVERIFY2(html.contains(QStringLiteral("<h1>The Post Title</h1>")), qPrintable(html));
        const QString text = clipboardText();
        QVERIFY2(text.contains(QStringLiteral("Intro with bold text.")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('<')));
        applyTheme(*qApp, Theme::System);
    }

    // The preview reads a local image through its own scheme; a copy names the file.
    void previewCopyNamesLocalImagesByPath()
    {
        MainWindow window;
        prepare(window, QStringLiteral("Before ![A pic](/nowhere/my%20pics/a.png) after.\n"));
        if (QTest::currentTestFailed())
            return;
        QWebEnginePage *page = window.currentView()->preview()->webView()->page();
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(page, QStringLiteral("document.querySelectorAll('#pw-body img').length"))
                .toInt(),
            1, kTimeout);
        QWebEngineView *preview = window.currentView()->preview()->webView();
        preview->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(preview->hasFocus() || preview->focusProxy()->hasFocus(),
                                 kTimeout);
        page->triggerAction(QWebEnginePage::SelectAll);
        QTRY_VERIFY_WITH_TIMEOUT(
            !evaluate(page, QStringLiteral("window.getSelection().isCollapsed")).toBool(),
            kTimeout);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        page->triggerAction(QWebEnginePage::Copy);
        QTRY_VERIFY_WITH_TIMEOUT(clipboardHtml().contains(QStringLiteral("<img")), kTimeout);
        const QString html = clipboardHtml();
        QVERIFY2(html.contains(QStringLiteral("src=\"file:///nowhere/my%20pics/a.png\"")),
                 qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("pw-doc")), qPrintable(html));
    }
};

PW_GUI_TEST_MAIN(TestCopyHtml)
#include "tst_copy_html.moc"
