// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML that leaves the window colours fenced code as Preferences say ("Code colours in
// HTML"): File → Export → As HTML writes what `postwright convert --to html --code-colours`
// writes, byte for byte, in each style; Copy as HTML gives classes without a stylesheet.
#include "cli/cli_run.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/settings/settings.h"
#include "gui/view/document_view.h"
#include "gui/window/copy_html_action.h"
#include "gui/window/export_actions.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QClipboard>
#include <QFileDialog>
#include <QMimeData>
#include <QStatusBar>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

const QString kBody = QStringLiteral("Some Python:\n\n```python\ndef area(r):\n"
                                     "    return 3.14 * r * r\n```\n");

// The helper CTest names; without it the window (which looks beside the test) and the
// program (which finds the build's helper beside itself) would colour differently.
bool haveHelper()
{
    return !qEnvironmentVariable("POSTWRIGHT_HIGHLIGHTER").isEmpty();
}

void chooseCodeColours(MainWindow &window, const QString &style)
{
    AppSettings values = window.settings()->values();
    values.codeColours = style;
    window.settings()->change(values);
}

// Runs File → Export → As HTML, answering its file dialog with `path`.
void exportThroughTheDialog(MainWindow &window, const QString &path)
{
    QTimer::singleShot(0, [path] {
        if (!QTest::qWaitFor(
                [] { return qobject_cast<QFileDialog *>(QApplication::activeModalWidget()); }))
            return;
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, through QDialog
    });
    window.exportActions()->exportHtml();
}

} // namespace

class TestCodeColoursGui : public QObject {
    Q_OBJECT
private slots:
    void exportFollowsPreferencesAndEqualsConvert_data()
    {
        QTest::addColumn<QString>("style");
        QTest::addColumn<QByteArray>("marker"); // what only that style writes
        QTest::newRow("inline") << QStringLiteral("inline")
                                << QByteArray("<span style=\"color:#d73a49\">def</span>");
        QTest::newRow("classes") << QStringLiteral("classes")
                                 << QByteArray("<span class=\"hl-keyword\">def</span>");
        QTest::newRow("none") << QStringLiteral("none")
                              << QByteArray("<pre><code class=\"language-python\">def area");
    }
    void exportFollowsPreferencesAndEqualsConvert()
    {
        if (!haveHelper())
            QSKIP("POSTWRIGHT_HIGHLIGHTER is not set: this build has no colouring helper");
        QFETCH(QString, style);
        QFETCH(QByteArray, marker);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("code.md"));
        {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("---\ntitle: Code\ndescription: One block.\n---\n" + kBody.toUtf8());
        }
        MainWindow window;
        QVERIFY(window.openFile(input));
        chooseCodeColours(window, style);

        const QString exported = dir.filePath(QStringLiteral("exported.html"));
        exportThroughTheDialog(window, exported);
        QVERIFY2(QFile::exists(exported), "the export dialog was not answered");
        const QByteArray page = fileBytes(exported);
        QVERIFY2(page.contains(marker), page.constData());

        const CliRun run =
            runPostwright({"convert", input, "--to", "html", "--code-colours", style});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(page, run.out);
    }

    // With classes, neither flavour carries a stylesheet: the CMS's theme styles them.
    void copyAsHtmlFollowsPreferences()
    {
        if (!haveHelper())
            QSKIP("POSTWRIGHT_HIGHLIGHTER is not set: this build has no colouring helper");
        MainWindow window;
        window.currentView()->editor()->setPlainText(kBody);
        CopyHtmlAction copy(window.documentTabs(), window.settings(), window.statusBar());

        chooseCodeColours(window, QStringLiteral("classes"));
        copy.copyFrom(window.currentView());
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        QVERIFY(data);
        QString html = data->html();
        QVERIFY2(html.contains(QStringLiteral("<span class=\"hl-keyword\">def</span> area(r):")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<style")));
        QVERIFY(!html.contains(QStringLiteral("color:")));
        QVERIFY(!data->text().contains(QStringLiteral("<style")));
        QVERIFY(data->text().contains(QStringLiteral("<span class=\"hl-keyword\">def</span>")));

        chooseCodeColours(window, QStringLiteral("inline"));
        copy.copyFrom(window.currentView());
        html = QGuiApplication::clipboard()->mimeData()->html();
        QVERIFY2(html.contains(QStringLiteral("<span style=\"color:#d73a49\">def</span>")),
                 qPrintable(html));
        QVERIFY(html.contains(
            QStringLiteral("<pre style=\"background-color:#ffffff;color:#24292e\">")));

        chooseCodeColours(window, QStringLiteral("none"));
        copy.copyFrom(window.currentView());
        html = QGuiApplication::clipboard()->mimeData()->html();
        QVERIFY2(html.contains(QStringLiteral("<pre><code class=\"language-python\">def area(r):")),
                 qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<span")));
    }
};

PW_GUI_TEST_MAIN(TestCodeColoursGui)
#include "tst_code_colours_export.moc"
