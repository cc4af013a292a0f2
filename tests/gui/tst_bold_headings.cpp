// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bold lines used as headings (seed 004, converted from WordPress): Format → Make Bold Lines
// Headings converts them all as one undo step, the editor's context menu offers one, and the
// findings list applies one finding's suggestion.
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/editor/raw_text.h"
#include "gui/gui_test_support.h"
#include "gui/panels/finding_fixes.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/outline_view.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QContextMenuEvent>
#include <QStatusBar>
#include <QTextBlock>

using namespace pw;
using namespace pw::gui;
using namespace pw::test;

namespace {

constexpr int seedBoldLines = 22; // checked by eye in tests/core/tst_pseudo_headings.cpp

int outlineEntries(OutlineView *outline)
{
    return int(
        outline->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive).size());
}

QList<Finding> boldHeadingFindings(const MainWindow &window)
{
    QList<Finding> found;
    for (const Finding &finding : window.findingsView()->findings()) {
        if (finding.id == QLatin1String("structure.bold_heading"))
            found.append(finding);
    }
    return found;
}

QString bodyText(const MainWindow &window)
{
    return rawText(window.currentView()->document()->bodyDocument());
}

QAction *actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class TestBoldHeadings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Opens a copy of seed 004 and waits for its analysis: the findings list shows a finding
    // per bold line and the outline is empty.
    bool openSeed(MainWindow &window)
    {
        const QString path = writeFile(m_dir, QStringLiteral("004.txt"), seedBytes("004"));
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path))
            return false;
        return QTest::qWaitFor([&] { return boldHeadingFindings(window).size() == seedBoldLines; },
                               10000) &&
               outlineEntries(window.outlineView()) == 0;
    }

private slots:
    void formatMenuConvertsAllAsOneUndoStep()
    {
        MainWindow window;
        QVERIFY(openSeed(window));
        const QString original = bodyText(window);

        QAction *command = menuAction(window, QStringLiteral("Make Bold Lines &Headings"));
        QVERIFY(command);
        command->trigger();
        QVERIFY(bodyText(window).startsWith(QStringLiteral("## Introduction\n\n")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("22")));
        QTRY_COMPARE_WITH_TIMEOUT(outlineEntries(window.outlineView()), seedBoldLines, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(boldHeadingFindings(window).isEmpty(), 10000);

        // One undo brings back every byte.
        window.currentView()->editor()->undo();
        QCOMPARE(bodyText(window), original);
        QTRY_COMPARE_WITH_TIMEOUT(outlineEntries(window.outlineView()), 0, 10000);

        // Run again on the text without bold lines: nothing changes, and the status bar says so.
        window.currentView()->editor()->redo();
        const QString converted = bodyText(window);
        command->trigger();
        QCOMPARE(bodyText(window), converted);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("No bold lines that look like headings."));
    }

    void editorContextMenuOffersOne()
    {
        MainWindow window;
        QVERIFY(openSeed(window));
        const QString original = bodyText(window);
        MarkdownEditor *editor = window.currentView()->editor();

        // The real menu, as a right click on the first line opens it.
        const QRect line = editor->cursorRect(QTextCursor(editor->document()->firstBlock()));
        QContextMenuEvent event(QContextMenuEvent::Mouse, line.center() + QPoint(20, 0),
                                editor->viewport()->mapToGlobal(line.center()));
        QApplication::sendEvent(editor->viewport(), &event);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *offer = actionNamed(menu, QStringLiteral("makeHeadingOffer"));
        QVERIFY(offer);
        QCOMPARE(offer->text(), QStringLiteral("Make “Introduction” a Heading"));
        QCOMPARE(menu->actions().constFirst(), offer);
        offer->trigger();
        menu->close();
        QCOMPARE(editor->document()->firstBlock().text(), QStringLiteral("## Introduction"));
        QCOMPARE(bodyText(window).size(), original.size() - 1);
        editor->undo();
        QCOMPARE(bodyText(window), original);

        // A paragraph of text gets no offer.
        const int text = editor->document()->findBlockByNumber(2).position();
        QMenu *plain = editor->createContextMenu(text);
        QVERIFY(!actionNamed(plain, QStringLiteral("makeHeadingOffer")));
        delete plain;
    }

    void findingsListAppliesTheSuggestion()
    {
        MainWindow window;
        QVERIFY(openSeed(window));
        const QString original = bodyText(window);
        FindingsView *list = window.findingsView();
        auto *fixes = list->findChild<FindingFixes *>();
        QVERIFY(fixes);
        QCOMPARE(list->contextMenuPolicy(), Qt::CustomContextMenu);

        const QList<Finding> before = boldHeadingFindings(window);
        QMenu *menu = fixes->createMenu(before.at(0), list);
        QVERIFY(menu);
        QAction *apply = actionNamed(menu, QStringLiteral("applyFindingAction"));
        QVERIFY(apply);
        QCOMPARE(apply->text(), QStringLiteral("Apply: ## Introduction"));
        QVERIFY(apply->isEnabled());
        apply->trigger();
        delete menu;
        QVERIFY(bodyText(window).startsWith(QStringLiteral("## Introduction\n\n")));

        // Until the analysis catches up, the next finding's range is off by the character the
        // first edit removed: it is not applied to the wrong text.
        if (boldHeadingFindings(window).size() == seedBoldLines) {
            QVERIFY(!fixes->canApply(before.at(1)));
            QVERIFY(!fixes->apply(before.at(1)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(boldHeadingFindings(window).size(), seedBoldLines - 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(outlineEntries(window.outlineView()), 1, 10000);
        const Finding next = boldHeadingFindings(window).at(0);
        QCOMPARE(next.suggestion, QStringLiteral("## Head-to-Head Analysis"));
        QVERIFY(fixes->apply(next));
        QTRY_COMPARE_WITH_TIMEOUT(outlineEntries(window.outlineView()), 2, 10000);

        // Each application is its own undo step.
        MarkdownEditor *editor = window.currentView()->editor();
        editor->undo();
        editor->undo();
        QCOMPARE(bodyText(window), original);

        // A finding without a body range and suggestion gets no menu.
        QVERIFY(!fixes->createMenu({QStringLiteral("title.missing"),
                                    Severity::Error,
                                    Field::Title,
                                    QStringLiteral("No title"),
                                    {},
                                    {}},
                                   list));
    }
};

PW_GUI_TEST_MAIN(TestBoldHeadings)
#include "tst_bold_headings.moc"
