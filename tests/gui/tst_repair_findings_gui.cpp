// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Findings list shows each mojibake repair of the opened file, and activating one selects
// the repaired characters in the editor, also after edits moved them.
#include "gui/editor/markdown_editor.h"
#include "gui/panels/findings_view.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>

using namespace pw;
using namespace pw::gui;

namespace {

QList<int> repairRows(const FindingsView *view)
{
    QList<int> rows;
    for (int i = 0; i < view->findings().size(); ++i) {
        if (view->findings().at(i).id == QLatin1String("encoding.repaired.at"))
            rows.append(i);
    }
    return rows;
}

// Activates a row the way the user does: a double click on it.
void activate(FindingsView *view, int row)
{
    QListWidgetItem *item = view->item(row);
    view->scrollToItem(item);
    const QPoint centre = view->visualItemRect(item).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
}

// Where line `line` (1-based) of the editor's text starts.
int lineStart(const MarkdownEditor *editor, int line)
{
    return editor->document()->findBlockByNumber(line - 1).position();
}

} // namespace

class TestRepairFindingsGui : public QObject {
    Q_OBJECT

private slots:
    void seed001ListsAndSelectsEachRepair()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001.md"));
        QVERIFY(QFile::copy(pw::test::seed("001"), path));

        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        FindingsView *view = window.findingsView();
        QVERIFY(view);

        // 12 repairs, listed with the summary of the decoder and the analysis's findings.
        QTRY_COMPARE_WITH_TIMEOUT(repairRows(view).size(), 12, 10000);
        QTRY_VERIFY(std::any_of(view->findings().begin(), view->findings().end(),
                                [](const Finding &f) { return f.id == "title.missing"; }));
        QVERIFY(std::any_of(view->findings().begin(), view->findings().end(),
                            [](const Finding &f) { return f.id == "encoding.repaired"; }));
        QCOMPARE(view->count(), view->findings().size());

        // The sixth repair is the first ⁉ of "#### Django Or Flask⁉️⁉️" on line 40: "####
        // Django Or Flask" is 20 characters.
        MarkdownEditor *editor = window.currentView()->editor();
        int row = repairRows(view).at(5);
        QVERIFY2(view->item(row)->text().contains(QStringLiteral("(line 40)")),
                 qPrintable(view->item(row)->text()));
        activate(view, row);
        QTRY_COMPARE(editor->textCursor().selectedText(), QStringLiteral("⁉"));
        QCOMPARE(editor->textCursor().selectionStart(), lineStart(editor, 40) + 20);

        // The 🙂 of "### Thanks For Reading! 🙂❤️" (line 34, after 24 characters): two
        // units.
        activate(view, repairRows(view).at(0));
        QTRY_COMPARE(editor->textCursor().selectedText(), QStringLiteral("🙂"));
        QCOMPARE(editor->textCursor().selectionStart(), lineStart(editor, 34) + 24);

        // Text typed at the start moves every repair; the list still selects the right place.
        QTextCursor start(editor->document());
        start.insertText(QStringLiteral("New first line.\n"));
        QCOMPARE(repairRows(view).size(), 12);
        activate(view, repairRows(view).at(5));
        QTRY_COMPARE(editor->textCursor().selectionStart(), lineStart(editor, 41) + 20);
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("⁉"));

        // Deleting a repaired character removes its row at once.
        QTextCursor selected = editor->textCursor();
        selected.removeSelectedText();
        QCOMPARE(repairRows(view).size(), 11);
        QCOMPARE(view->count(), view->findings().size());
    }

    void cleanFileListsNoRepairs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("002.md"));
        QVERIFY(QFile::copy(pw::test::seed("002"), path));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.findingsView()->findings().isEmpty(), 10000);
        QVERIFY(repairRows(window.findingsView()).isEmpty());
    }
};

PW_GUI_TEST_MAIN(TestRepairFindingsGui)
#include "tst_repair_findings_gui.moc"
