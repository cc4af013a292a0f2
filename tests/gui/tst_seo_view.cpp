// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SEO tab in the real window under Xvfb: keyphrase into the document's front matter,
// scores and checks from the snapshot, a check's ranges marked in the editor. Set
// PW_SCREENSHOT_DIR to keep a PNG of the tab on seed 000.
#include "core/seo/seo_analysis.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/panels/seo_view.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTextDocument>

using namespace pw;
using namespace pw::gui;

using namespace pw::test;

namespace {

const SeoCheck *checkById(const SeoView *view, const QString &id)
{
    for (const SeoCheck &check : view->report().checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

} // namespace

class TestSeoView : public QObject {
    Q_OBJECT
private slots:
    // A report that differs only where the tab shows nothing (a check's ranges, which move
    // with every key typed above them) leaves the list as it is; other words replace it, a
    // moment after the report came.
    void listIsLaidOutOnlyWhenItsWordsChange()
    {
        SeoView seo;
        seo.resize(400, 600);
        seo.show();
        QVERIFY(QTest::qWaitForWindowExposed(&seo));
        SeoReport report;
        report.seoScore = 60;
        report.readabilityScore = 90;
        SeoCheck length;
        length.id = QStringLiteral("textLength");
        length.rating = SeoRating::Good;
        length.title = QStringLiteral("Text length");
        length.message = QStringLiteral("564 words. Good job!");
        length.ranges = {TextRange{10, 20}};
        report.checks = {length};
        seo.setReport(report);
        QTRY_COMPARE(seo.report(), report);
        QVERIFY(seo.checkList()->toPlainText().contains(QStringLiteral("564 words")));

        QSignalSpy laidOut(seo.checkList()->document(), &QTextDocument::contentsChanged);
        report.checks[0].ranges = {TextRange{11, 20}};
        seo.setReport(report);
        QCOMPARE(seo.report().checks.at(0).ranges.at(0).start, qsizetype(10)); // after a moment
        QTRY_COMPARE(seo.report(), report);
        QCOMPARE(laidOut.size(), 0);

        report.checks[0].message = QStringLiteral("565 words. Good job!");
        seo.setReport(report);
        QTRY_VERIFY(seo.checkList()->toPlainText().contains(QStringLiteral("565 words")));
        QVERIFY(laidOut.size() > 0);
    }

    void keyphraseDrivesTheChecksOnSeed000()
    {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(seed("000")));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("seoDock"));
        QVERIFY(dock);
        dock->raise();
        // Give the tab the height a writer would drag it to, for the screenshot.
        window.resizeDocks({window.findChild<QDockWidget *>(QStringLiteral("metadataDock")), dock},
                           {300, 600}, Qt::Vertical);
        SeoView *seo = window.seoView();

        // Seed 000 has no keyphrase of its own.
        QTRY_VERIFY_WITH_TIMEOUT(checkById(seo, QStringLiteral("keyphraseLength")), 10000);
        QCOMPARE(checkById(seo, QStringLiteral("keyphraseLength"))->rating, SeoRating::Bad);
        QVERIFY(seo->keyphraseEdit()->text().isEmpty());

        QTest::keyClicks(seo->keyphraseEdit(), QStringLiteral("Django vs Flask"));
        Document *document = window.currentView()->document();
        QCOMPARE(seoSettings(document->metadata()).keyphrase, QStringLiteral("Django vs Flask"));
        QVERIFY(document->isModified());
        QTRY_COMPARE_WITH_TIMEOUT(seo->report().keyphrase, QStringLiteral("Django vs Flask"),
                                  10000);

        // What a writer reads for seed 000 (checked against the text by eye): the title opens
        // with the phrase; the body never says "vs", so density and introduction are bad; the
        // post has no images or links; 564 words.
        QCOMPARE(checkById(seo, QStringLiteral("keyphraseInSEOTitle"))->rating, SeoRating::Good);
        QCOMPARE(checkById(seo, QStringLiteral("keyphraseDensity"))->rating, SeoRating::Bad);
        QCOMPARE(checkById(seo, QStringLiteral("introductionKeyword"))->rating, SeoRating::Bad);
        QCOMPARE(checkById(seo, QStringLiteral("images"))->rating, SeoRating::Bad);
        QCOMPARE(checkById(seo, QStringLiteral("textLength"))->rating, SeoRating::Good);
        QVERIFY(
            checkById(seo, QStringLiteral("textLength"))->message.contains(QStringLiteral("564")));
        QCOMPARE(seo->report().seoScore, 60); // Yoast's oracle gives 60 as well

        // The list: SEO then readability, bad before good within each.
        const QList<SeoCheck> &checks = seo->report().checks;
        for (qsizetype i = 1; i < checks.size(); ++i) {
            QVERIFY(checks.at(i - 1).group <= checks.at(i).group);
            if (checks.at(i - 1).group == checks.at(i).group)
                QVERIFY(checks.at(i - 1).rating <= checks.at(i).rating);
        }
        QVERIFY(seo->checkList()->toPlainText().contains(
            QStringLiteral("Keyphrase density\nFound 0 times in 564 words")));

        if (const QByteArray dir = qgetenv("PW_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(
                QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("seo-tab-seed000.png"))));

        // Activating "Keyphrase in subheadings" marks the H2s and H3s without the keyphrase.
        const SeoCheck *subheadings = checkById(seo, QStringLiteral("subheadingsKeyword"));
        QCOMPARE(subheadings->ranges.size(), 7);
        seo->activateCheck(int(subheadings - checks.constData()));
        MarkdownEditor *editor = window.currentView()->editor();
        const auto marks = editor->selectionLayer(MarkdownEditor::SelectionLayer::Finding);
        QCOMPARE(marks.size(), 7);
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("## Django"));
    }
};

PW_GUI_TEST_MAIN(TestSeoView)
#include "tst_seo_view.moc"
