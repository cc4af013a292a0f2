// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling figures (prints them; asserts nothing about time). Build in Release and run under
// Xvfb with QTWEBENGINE_DISABLE_SANDBOX=1:
//   - words per second the checker gets through: the generated ~200 KB post's prose with a
//     fresh checker (its word cache fills as it goes), and distinct words straight from
//     hunspell with no cache;
//   - GUI-thread time per keystroke in a DocumentView on that post with spelling on and off;
//   - GUI-thread time to apply one spelling run's result (per edit, after the snapshot);
//   - time from putting the post into a fresh view to the first underline, and to the end of
//     the full check.

#include "bench_support.h"
#include "core/markdown/analysis.h"
#include "core/spelling/spell_checker.h"
#include "core/spelling/word_tokenizer.h"
#include "gui/document/analysis_scheduler.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/preview/document_scheme_handler.h"
#include "gui/preview/web_engine_setup.h"
#include "gui/spelling/document_spelling.h"
#include "gui/view/document_view.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <cstdio>
#include <ctime>

using namespace pw;
using namespace pw::bench;
using namespace pw::gui;

namespace {

std::shared_ptr<SpellChecker> english()
{
    SpellCheckerOptions options;
    options.language = QStringLiteral("en_US");
    QString error;
    auto checker = SpellChecker::create(options, &error);
    if (!checker)
        std::printf("no checker: %s\n", qPrintable(error));
    return checker;
}

QStringList distinctSeedWords()
{
    QSet<QString> words;
    for (const char *name :
         {"000_d4cc03b9dd3ed685.txt", "001_ada6a916db1acfd5.txt", "002_fb58dd368dcebf89.txt",
          "003_4b872c0eb13f5ddf.txt", "004_9439437d6f122021.txt"}) {
        QFile file(QStringLiteral(PW_SEEDS_DIR "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const WordToken &token : tokenizeWords(text, {{0, text.size()}}))
            words.insert(token.word);
    }
    return words.values();
}

void measureChecker(const QString &body)
{
    Post post;
    post.body = body;
    const SnapshotPtr snapshot = analyzePost(post, {}, 1);
    const qsizetype words = tokenizeWords(body, snapshot->proseRanges).size();
    std::vector<double> ms;
    int flagged = 0;
    for (int run = 0; run < 5; ++run) {
        auto checker = english();
        QElapsedTimer timer;
        timer.start();
        flagged = int(checker->check(body, snapshot->proseRanges).size());
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const Figures f = percentiles(ms);
    std::printf("checker, fresh per run: %lld words in %.1f ms median (%.0f words/s), %d flagged\n",
                qint64(words), f.median, double(words) / f.median * 1000.0, flagged);

    const QStringList distinct = distinctSeedWords();
    auto checker = english();
    QElapsedTimer timer;
    timer.start();
    int correct = 0;
    for (const QString &word : distinct)
        correct += checker->isCorrect(word) ? 1 : 0; // each is a cache miss
    const double lookup = double(timer.nsecsElapsed()) / 1e6;
    std::printf("hunspell, distinct seed words (no cache hits): %lld words in %.1f ms (%.0f "
                "words/s), %d correct\n",
                qint64(distinct.size()), lookup, double(distinct.size()) / lookup * 1000.0,
                correct);
    timer.restart();
    int unknown = 0;
    for (const QString &word : distinct) {
        if (!checker->isCorrect(word)) {
            checker->suggestions(word);
            ++unknown;
        }
    }
    std::printf("suggestions (what a right-click costs): %.1f ms per unknown word, over %d\n",
                double(timer.nsecsElapsed()) / 1e6 / std::max(unknown, 1), unknown);
}

int underlineCount(DocumentView &view)
{
    return int(view.editor()->selectionLayer(MarkdownEditor::SelectionLayer::Spelling).size());
}

void measureOpening(const QString &body)
{
    std::vector<double> first, done;
    int marks = 0;
    for (int run = 0; run < 5; ++run) {
        Document document;
        DocumentView view(&document);
        view.resize(1400, 900);
        view.show();
        (void)QTest::qWaitForWindowExposed(&view);
        const double t0 = wallMs();
        view.document()->bodyDocument()->setPlainText(body);
        view.document()->analysis()->refreshNow();
        (void)QTest::qWaitFor([&] { return underlineCount(view) > 0; }, 60000);
        const double t1 = wallMs();
        (void)QTest::qWaitFor([&] { return !document.spelling()->isRunning(); }, 60000);
        const double t2 = wallMs();
        first.push_back(t1 - t0);
        done.push_back(t2 - t0);
        marks = underlineCount(view);
    }
    const Figures f = percentiles(first);
    const Figures d = percentiles(done);
    std::printf("open 200 KB post: first underline median %.0f ms (p95 %.0f), full check done "
                "median %.0f ms (p95 %.0f), %d underlines\n",
                f.median, f.p95, d.median, d.p95, marks);
}

void measureTyping(const QString &body, bool spelling)
{
    Document document;
    DocumentView view(&document);
    view.resize(1400, 900);
    view.show();
    (void)QTest::qWaitForWindowExposed(&view);
    document.spelling()->setEnabled(spelling);
    view.document()->bodyDocument()->setPlainText(body);
    view.document()->analysis()->refreshNow();
    (void)QTest::qWaitFor([&] { return !document.spelling()->isRunning(); }, 60000);
    MarkdownEditor *editor = view.editor();
    editor->setFocus();
    QTextBlock block = editor->document()->findBlockByNumber(editor->document()->blockCount() / 2);
    while (block.isValid() && block.text().size() < 200)
        block = block.next();
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    QTest::qWait(300);

    std::vector<double> keystroke, keystrokeCpu, apply;
    for (int i = 0; i < 85; ++i) {
        const double c0 = threadCpuMs();
        const double t0 = wallMs();
        QTest::keyClick(editor, i % 6 == 5 ? ' ' : char('a' + i % 26));
        QCoreApplication::processEvents();
        const double t1 = wallMs();
        const double c1 = threadCpuMs();
        if (i >= 5) {
            keystroke.push_back(t1 - t0);
            keystrokeCpu.push_back(c1 - c0);
        }
        // Wait for the analysis and spelling run of this edit; time the GUI-thread part
        // of applying its result.
        const quint64 before =
            view.document()->analysis()->latest() ? view.document()->analysis()->latest()->revision : 0;
        (void)QTest::qWaitFor(
            [&] {
                return view.document()->analysis()->latest() && view.document()->analysis()->latest()->revision > before;
            },
            5000);
        (void)QTest::qWaitFor([&] { return !document.spelling()->isRunning(); }, 5000);
        if (spelling && i >= 5)
            apply.push_back(document.spelling()->lastApplyMs());
    }
    const Figures k = percentiles(keystroke);
    const Figures kc = percentiles(keystrokeCpu);
    std::printf("keystroke on the 200 KB post, spelling %s: GUI-thread CPU median %.2f ms, p95 "
                "%.2f ms (wall median %.2f, p95 %.2f)",
                spelling ? "on " : "off", kc.median, kc.p95, k.median, k.p95);
    if (spelling) {
        const Figures a = percentiles(apply);
        std::printf(" | applying a spelling result (GUI thread, per edit): median %.2f ms, p95 "
                    "%.2f ms, %d underlines",
                    a.median, a.p95, underlineCount(view));
    }
    std::printf("\n");
    view.document()->bodyDocument()->setModified(false);
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    prepareWebEngine();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("postwright-bench"));

    const QString body = generatedBody(200 * 1024);
    std::printf("generated post: %lld bytes, %d lines\n", qint64(body.toUtf8().size()),
                int(body.count(QLatin1Char('\n'))));
    measureChecker(body);
    measureOpening(body);
    measureTyping(body, true);
    measureTyping(body, false);
    return 0;
}
