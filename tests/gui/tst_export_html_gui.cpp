// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export → As HTML of a post opened in the window writes the same bytes as
// `postwright convert FILE --to html` of the same file.
#include "cli/cli_run.h"
#include "gui/dialogs/html_export_dialog.h"
#include "gui/document/document.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

class TestExportHtmlGui : public QObject {
    Q_OBJECT
private slots:
    void exportEqualsConvert_data()
    {
        QTest::addColumn<QString>("seedPath");
        for (const QString &path : seedPaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }
    void exportEqualsConvert()
    {
        QFETCH(QString, seedPath);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("post.txt"));
        QVERIFY(QFile::copy(seedPath, input));

        MainWindow window;
        QVERIFY(window.openFile(input));
        const QString exported = dir.filePath(QStringLiteral("exported.html"));
        QString error;
        QVERIFY2(writeHtmlExport(exported, window.currentView()->document()->post(), &error),
                 qPrintable(error));

        const QString converted = dir.filePath(QStringLiteral("converted.html"));
        const CliRun run = runPostwright({"convert", input, "--to", "html", "-o", converted});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(fileBytes(converted), fileBytes(exported));
    }
};

PW_GUI_TEST_MAIN(TestExportHtmlGui)
#include "tst_export_html_gui.moc"
