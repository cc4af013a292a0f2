// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outline dock: headings of the current tab, nested by level; a click moves the editor
// cursor to the heading's line and scrolls the preview there.
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/panels/outline_view.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QTabWidget>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace pw;
using namespace pw::gui;

using namespace pw::test;

namespace {

QString longBody()
{
    QString paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += QStringLiteral("Some words to fill the page and make it scroll a lot. ");
    QString body = QStringLiteral("# Intro\n\n");
    for (int part = 1; part <= 6; ++part) {
        body += QStringLiteral("## Part %1\n\n").arg(part);
        for (int i = 0; i < 4; ++i)
            body += paragraph + QStringLiteral("\n\n");
        body += QStringLiteral("### Detail %1 *emphasis*\n\n").arg(part);
        body += paragraph + QStringLiteral("\n\n");
    }
    return body;
}

QTreeWidgetItem *findItem(OutlineView *outline, const QString &text)
{
    const QList<QTreeWidgetItem *> items =
        outline->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? nullptr : items.constFirst();
}

} // namespace

class TestOutlineView : public QObject {
    Q_OBJECT
private slots:
    void nestsHeadingsByLevel()
    {
        OutlineView outline;
        outline.setOutline({{1, QStringLiteral("Top"), 0},
                            {3, QStringLiteral("Deep"), 2},
                            {2, QStringLiteral("Middle"), 4},
                            {1, QStringLiteral("Second top"), 6}});
        QCOMPARE(outline.topLevelItemCount(), 2);
        QTreeWidgetItem *top = outline.topLevelItem(0);
        QCOMPARE(top->text(0), QStringLiteral("Top"));
        QCOMPARE(top->childCount(), 2); // an H3 straight under an H1 still nests under it
        QCOMPARE(top->child(0)->text(0), QStringLiteral("Deep"));
        QCOMPARE(top->child(1)->text(0), QStringLiteral("Middle"));
        QCOMPARE(outline.topLevelItem(1)->text(0), QStringLiteral("Second top"));
    }

    // Typing in a heading changes that heading's item only: the tree keeps its items, the
    // selection and where it was scrolled. A change of levels builds it again.
    void editedHeadingsChangeInPlace()
    {
        OutlineView outline;
        const QList<OutlineEntry> before{{1, QStringLiteral("Top"), 0},
                                         {2, QStringLiteral("Middle"), 2},
                                         {2, QStringLiteral("Other"), 4}};
        outline.setOutline(before);
        QTreeWidgetItem *middle = outline.topLevelItem(0)->child(0);
        outline.setCurrentItem(middle);

        QList<OutlineEntry> typed = before;
        typed[1].text = QStringLiteral("Middlex");
        typed[2].line = 5; // a line added above it
        outline.setOutline(typed);
        QCOMPARE(outline.outline(), typed);
        QCOMPARE(outline.topLevelItem(0)->child(0), middle);
        QCOMPARE(middle->text(0), QStringLiteral("Middlex"));
        QCOMPARE(outline.currentItem(), middle);
        QTreeWidgetItem *other = outline.topLevelItem(0)->child(1);
        QCOMPARE(other->text(0), QStringLiteral("Other"));
        QCOMPARE(other->data(0, Qt::UserRole + 1).toInt(), 5);
        QCOMPARE(other->toolTip(0), QStringLiteral("Heading 2, line 6"));

        // "## Other" became "# Other": a new top-level heading.
        typed[2].level = 1;
        outline.setOutline(typed);
        QCOMPARE(outline.topLevelItemCount(), 2);
        QCOMPARE(outline.topLevelItem(1)->text(0), QStringLiteral("Other"));
        QCOMPARE(outline.topLevelItem(0)->childCount(), 1);
    }

    void followsTheCurrentTabAndJumpsOnClick()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OutlineView *outline = window.outlineView();
        QVERIFY(outline);

        DocumentView *first = window.currentView();
        first->editor()->setPlainText(longBody());
        QTRY_VERIFY_WITH_TIMEOUT(findItem(outline, QStringLiteral("Detail 6 emphasis")), 10000);
        QCOMPARE(outline->topLevelItemCount(), 1);
        QCOMPARE(outline->topLevelItem(0)->text(0), QStringLiteral("Intro"));
        QCOMPARE(outline->topLevelItem(0)->childCount(), 6);

        // Wait for the preview to show the text, then click the last part's heading.
        QWebEnginePage *page = first->preview()->webView()->page();
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.body.innerText"))
                                     .toString()
                                     .contains(QStringLiteral("Detail 6")),
                                 15000);
        QTreeWidgetItem *part6 = findItem(outline, QStringLiteral("Part 6"));
        QVERIFY(part6);
        outline->scrollToItem(part6);
        QTest::mouseClick(outline->viewport(), Qt::LeftButton, {},
                          outline->visualItemRect(part6).center());
        const int expectedLine = longBody()
                                     .left(longBody().indexOf(QStringLiteral("## Part 6")))
                                     .count(QLatin1Char('\n'));
        QCOMPARE(first->editor()->textCursor().blockNumber(), expectedLine);
        QVERIFY(
            first->editor()->textCursor().block().text().startsWith(QStringLiteral("## Part 6")));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("window.scrollY")).toDouble() > 100,
                                 10000);

        // A second tab brings its own outline; going back brings the first one back.
        window.newDocument();
        window.currentView()->editor()->setPlainText(QStringLiteral("# Other\n\ntext\n"));
        QTRY_COMPARE_WITH_TIMEOUT(outline->topLevelItemCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(outline->topLevelItem(0)->text(0), QStringLiteral("Other"),
                                  10000);
        window.tabs()->setCurrentWidget(first);
        QTRY_VERIFY_WITH_TIMEOUT(findItem(outline, QStringLiteral("Part 6")), 10000);
    }
};

PW_GUI_TEST_MAIN(TestOutlineView)
#include "tst_outline_view.moc"
