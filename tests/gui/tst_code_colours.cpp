// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fenced code coloured by language in the real window: the editor's formats and the preview's
// computed colours in the light and the dark theme, the helper killed in the middle of a
// session, and a window without a helper. Colours are GitHub Light's and GitHub Dark's as
// `kate-syntax-highlighter -f html` writes them for the same code.
#include "core/highlight/code_highlighter.h"
#include "core/highlight/helper_backend.h"
#include "core/highlight/highlighter_location.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/preview/preview_view.h"
#include "gui/settings/theme.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QElapsedTimer>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QWebEngineView>

#include <signal.h>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

constexpr int kTimeout = 60000; // the first WebEngine start under Xvfb on two cores is slow

const QString kBody = QStringLiteral("Some prose first.\n"           // 0
                                     "\n"                            // 1
                                     "```python\n"                   // 2
                                     "def greet(name):\n"            // 3
                                     "    return \"hello\"\n"        // 4
                                     "```\n"                         // 5
                                     "\n"                            // 6
                                     "```cpp\n"                      // 7
                                     "int x = 0; // the answer\n"    // 8
                                     "```\n");                       // 9

// The foreground the editor shows at a line and column, or an invalid colour.
QColor editorColour(MarkdownEditor *editor, int line, int column)
{
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start <= column && column < range.start + range.length &&
            range.format.hasProperty(QTextFormat::ForegroundBrush))
            return range.format.foreground().color();
    }
    return {};
}

QString previewColour(MainWindow &window, const QString &selector)
{
    return evaluate(window.currentView()->preview()->webView()->page(),
                    QStringLiteral("(() => { const e = document.querySelector('%1');"
                                   " return e ? getComputedStyle(e).color : 'none'; })()")
                        .arg(selector))
        .toString();
}

void prepare(MainWindow &window, const QString &body)
{
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    MarkdownEditor *editor = window.currentView()->editor();
    editor->setPlainText(body);
    editor->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return window.currentView()->preview()->isReady(); }, kTimeout));
}

qint64 helperPid(MainWindow &window)
{
    const auto &highlighter = window.currentView()->document()->analysisContext().code.highlighter;
    const auto *backend =
        highlighter ? dynamic_cast<const HelperProcessBackend *>(highlighter->backend()) : nullptr;
    return backend ? backend->helperPid() : 0;
}

} // namespace

class TestCodeColours : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("POSTWRIGHT_HIGHLIGHTER") && !codeColouringInProcess())
            QSKIP("this build has no highlighter helper (POSTWRIGHT_HIGHLIGHTER is unset)");
        // A killed helper is back within a fraction of a second, not the default 0.5 s.
        qputenv("POSTWRIGHT_HIGHLIGHT_BACKOFF_MS", "100");
        applyTheme(*qApp, Theme::Light);
    }

    void editorAndPreviewInBothThemes()
    {
        MainWindow window;
        prepare(window, kBody);
        MarkdownEditor *editor = window.currentView()->editor();
        QVERIFY(QTest::qWaitFor([&] { return editorColour(editor, 3, 0) == QColor(0xd73a49); },
                                kTimeout));
        QCOMPARE(editorColour(editor, 4, 11), QColor(0x032f62)); // "hello"
        QCOMPARE(editorColour(editor, 8, 11), QColor(0x6a737d)); // // the answer
        // Code keeps the editor's monospace: colour is added, not a new font.
        QVERIFY(QTest::qWaitFor(
            [&] { return previewColour(window, "pre code span") == "rgb(215, 58, 73)"; }, kTimeout));
        QCOMPARE(previewColour(window, "code.language-cpp span:last-child"),
                 QStringLiteral("rgb(106, 115, 125)"));
        // The caption says what the block was coloured as.
        QCOMPARE(evaluate(window.currentView()->preview()->webView()->page(),
                          "getComputedStyle(document.querySelector('pre'), '::before').content")
                     .toString(),
                 QStringLiteral("\"Python\""));

        applyTheme(*qApp, Theme::Dark);
        QVERIFY(QTest::qWaitFor([&] { return editorColour(editor, 3, 0) == QColor(0xf97583); },
                                kTimeout));
        QCOMPARE(editorColour(editor, 4, 11), QColor(0x9ecbff));
        QVERIFY(QTest::qWaitFor(
            [&] { return previewColour(window, "pre code span") == "rgb(249, 117, 131)"; },
            kTimeout));
        applyTheme(*qApp, Theme::Light);
        QVERIFY(QTest::qWaitFor([&] { return editorColour(editor, 3, 0) == QColor(0xd73a49); },
                                kTimeout));
    }

    void helperKilledMidSession()
    {
        if (codeColouringInProcess())
            QSKIP("this build colours in process: there is no helper to kill");
        MainWindow window;
        prepare(window, kBody);
        MarkdownEditor *editor = window.currentView()->editor();
        QVERIFY(QTest::qWaitFor([&] { return editorColour(editor, 3, 0) == QColor(0xd73a49); },
                                kTimeout));
        const qint64 first = helperPid(window);
        QVERIFY(first > 0);
        QCOMPARE(::kill(pid_t(first), SIGKILL), 0);

        // Type into the Python block at once: no key waits for the dead helper.
        QTextCursor cursor(editor->document()->findBlockByNumber(4));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor->setTextCursor(cursor);
        const QString typed = QStringLiteral(" + name");
        QElapsedTimer slowest;
        qint64 worst = 0;
        for (const QChar c : typed) {
            slowest.start();
            QTest::keyClick(editor, c.toLatin1());
            QCoreApplication::processEvents();
            worst = qMax(worst, slowest.elapsed());
        }
        QVERIFY2(worst < 1000, qPrintable(QString::number(worst)));
        QCOMPARE(editor->document()->findBlockByNumber(4).text(),
                 QStringLiteral("    return \"hello\" + name"));

        // Colour comes back on the edited block, from a new helper.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SnapshotPtr snapshot = window.currentView()->document()->snapshot();
                return snapshot && snapshot->body.contains(typed) &&
                       editorColour(editor, 4, 4) == QColor(0xd73a49); // return
            },
            kTimeout));
        const qint64 second = helperPid(window);
        QVERIFY(second > 0);
        QVERIFY(second != first);
        QCOMPARE(window.currentView()->document()->snapshot()->body.section(QLatin1Char('\n'), 4, 4),
                 QStringLiteral("    return \"hello\" + name"));
    }

    void withoutHelperCodeIsPlainAndOneNoticeSaysWhy()
    {
        if (codeColouringInProcess())
            QSKIP("this build colours in process: there is no helper to miss");
        const QByteArray saved = qgetenv("POSTWRIGHT_HIGHLIGHTER");
        qputenv("POSTWRIGHT_HIGHLIGHTER", "/nonexistent/postwright-highlighter");
        MainWindow window;
        qputenv("POSTWRIGHT_HIGHLIGHTER", saved);
        QString notice;
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&notice](const QString &message) {
                    if (message.startsWith(QLatin1String("Code blocks are shown without colours")))
                        notice = message;
                });
        prepare(window, kBody);
        QVERIFY(QTest::qWaitFor([&] { return !notice.isEmpty(); }, kTimeout));
        QVERIFY2(notice.contains(QLatin1String("/nonexistent/postwright-highlighter")),
                 qPrintable(notice));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return evaluate(window.currentView()->preview()->webView()->page(),
                                "document.querySelectorAll('pre code').length")
                           .toInt() == 2;
            },
            kTimeout));
        QCOMPARE(evaluate(window.currentView()->preview()->webView()->page(),
                          "document.querySelectorAll('pre code span').length")
                     .toInt(),
                 0);
        QVERIFY(!editorColour(window.currentView()->editor(), 3, 0).isValid() ||
                editorColour(window.currentView()->editor(), 3, 0) != QColor(0xd73a49));

        // Said once: more typing brings no second notice.
        notice.clear();
        QTest::keyClicks(window.currentView()->editor(), QStringLiteral("more"));
        QTest::qWait(500);
        QVERIFY(notice.isEmpty());
    }
};

PW_GUI_TEST_MAIN(TestCodeColours)
#include "tst_code_colours.moc"
