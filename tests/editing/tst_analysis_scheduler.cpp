// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// When a document is analysed: an edit after a pause at once, edits in quick succession in one
// run after the typist pauses, and never because the highlighter coloured the text again.
#include "gui/document/analysis_scheduler.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_highlighter.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace pw;
using namespace pw::gui;

namespace {

// A body long enough for the longest debounce (120 ms): a run that starts well before that
// after an edit did not wait for it.
QString longBody()
{
    QString body;
    while (body.size() < 480'000)
        body += QStringLiteral("A paragraph of plain prose with *some* emphasis in it.\n\n");
    return body;
}

// Waits until the document's analysis has caught up with its text and nothing more is due.
bool settle(Document &document)
{
    const auto caughtUp = [&] {
        const SnapshotPtr snapshot = document.snapshot();
        return snapshot && snapshot->body.size() == document.bodyDocument()->characterCount() - 1;
    };
    if (!QTest::qWaitFor(caughtUp, 20000))
        return false;
    QTest::qWait(AnalysisScheduler::debounceMs(document.bodyDocument()->characterCount()) + 200);
    return caughtUp();
}

void typeAtEnd(Document &document, const QString &text)
{
    QTextCursor cursor(document.bodyDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class TestAnalysisScheduler : public QObject {
    Q_OBJECT

private slots:
    void debounceGrowsWithTheBody()
    {
        QCOMPARE(AnalysisScheduler::debounceMs(0), 15);
        QCOMPARE(AnalysisScheduler::debounceMs(40'000), 25);
        QCOMPARE(AnalysisScheduler::debounceMs(205'000), 66);
        QCOMPARE(AnalysisScheduler::debounceMs(10'000'000), 120);
    }

    void anEditAfterAPauseIsAnalysedAtOnce()
    {
        Document document;
        document.bodyDocument()->setPlainText(longBody());
        QVERIFY(settle(document));
        QCOMPARE(AnalysisScheduler::debounceMs(document.bodyDocument()->characterCount()), 120);

        QSignalSpy started(document.analysis(), &AnalysisScheduler::started);
        typeAtEnd(document, QStringLiteral("x"));
        QCOMPARE(started.size(), 0); // not inside the edit: the command may make more of them
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 100);
        QSignalSpy ready(document.analysis(), &AnalysisScheduler::snapshotReady);
        QVERIFY(ready.wait(20000));
        QCOMPARE(document.snapshot()->revision, started.at(0).at(0).toULongLong());
        QVERIFY(document.snapshot()->body.endsWith(QLatin1Char('x')));
    }

    void quickEditsShareARun()
    {
        Document document;
        document.bodyDocument()->setPlainText(longBody());
        QVERIFY(settle(document));

        QSignalSpy started(document.analysis(), &AnalysisScheduler::started);
        typeAtEnd(document, QStringLiteral("a"));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 100); // after the pause: at once
        // The next keys come while that run is going (or within the debounce): they wait, and
        // all of them go into one more run.
        for (const char *key : {"b", "c", "d"}) {
            typeAtEnd(document, QString::fromLatin1(key));
            QTest::qWait(AnalysisScheduler::afterPauseDelayMs + 5);
        }
        QCOMPARE(started.size(), 1);
        QVERIFY(settle(document));
        QCOMPARE(started.size(), 2);
        QVERIFY(document.snapshot()->body.endsWith(QLatin1String("abcd")));
    }

    void recolouringTheTextIsNoEdit()
    {
        Document document;
        document.bodyDocument()->setPlainText(QStringLiteral(
            "# A heading\n\nSome *emphasis*, `code` and a [link](https://example.org).\n"));
        QVERIFY(settle(document));
        QVERIFY(document.snapshot() && !document.snapshot()->spans.isEmpty());

        QSignalSpy changed(document.bodyDocument(), &QTextDocument::contentsChanged);
        QSignalSpy started(document.analysis(), &AnalysisScheduler::started);
        document.highlighter()->rehighlight();
        // The highlighter's formats count as a change of the contents to QTextDocument...
        QVERIFY(changed.size() > 0);
        // ...but the text is the same: nothing to analyse.
        QTest::qWait(AnalysisScheduler::debounceMs(0) + 200);
        QCOMPARE(started.size(), 0);

        typeAtEnd(document, QStringLiteral("More."));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 5000);
    }
};

QTEST_MAIN(TestAnalysisScheduler)
#include "tst_analysis_scheduler.moc"
