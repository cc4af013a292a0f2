// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real editor window (run it under Xvfb) and prints what a writer feels:
//   - GUI-thread time per keystroke: from the key event until the event loop is idle again;
//   - GUI-thread CPU per edit: everything the GUI thread spends on one edit, including
//     applying the snapshot (highlighter, preview patch, findings, status bar) later on;
//   - edit-to-preview latency: from the key until the page confirms the patch;
//   - start-up of the real binary to its first shown window and first painted preview.
// On seed 000 and on a generated ~200 KB post. Prints medians and p95; asserts nothing.
//
//   xvfb-run -a env QTWEBENGINE_DISABLE_SANDBOX=1 <build>/tests/bench_editor

#include "bench_support.h"
#include "editor_cursor.h"
#include "core/i18n/translations.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/preview/preview_view.h"
#include "gui/preview/web_engine_setup.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <cstdio>
#include <ctime>

using namespace pw;
using namespace pw::bench;
using namespace pw::gui;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

void measureTyping(const char *name, const QString &path)
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(path)) {
        std::printf("%s: could not open %s\n", name, qPrintable(path));
        return;
    }
    DocumentView *view = window.currentView();
    PreviewView *preview = view->preview();
    if (!waitFor([&] { return preview->isReady() && preview->appliedRevision() > 0; }, 60000)) {
        std::printf("%s: the preview never showed the post\n", name);
        return;
    }
    MarkdownEditor *editor = view->editor();
    editor->setFocus();
    placeCursorMidPost(editor);
    QTest::qWait(500);

    constexpr int keys = 60;
    std::vector<double> keystroke, cpuPerEdit, editToPreview;
    for (int i = 0; i < keys + 5; ++i) {
        const quint64 applied = preview->appliedRevision();
        const double cpu0 = threadCpuMs();
        const double t0 = wallMs();
        QTest::keyClick(editor, char('a' + i % 26));
        QCoreApplication::processEvents();
        const double t1 = wallMs();
        const bool patched = waitFor([&] { return preview->appliedRevision() > applied; });
        const double t2 = wallMs();
        QTest::qWait(30); // let the last repaint and bookkeeping settle inside this edit
        const double cpu1 = threadCpuMs();
        if (i < 5 || !patched) // warm-up
            continue;
        keystroke.push_back(t1 - t0);
        editToPreview.push_back(t2 - t0);
        cpuPerEdit.push_back(cpu1 - cpu0);
    }

    // A fast typist: keys 40 ms apart without waiting for the preview; analyses coalesce.
    std::vector<double> burst;
    for (int i = 0; i < keys; ++i) {
        const double t0 = wallMs();
        QTest::keyClick(editor, char('a' + i % 26));
        QCoreApplication::processEvents();
        burst.push_back(wallMs() - t0);
        QTest::qWait(40);
    }
    const Figures k = percentiles(keystroke);
    const Figures c = percentiles(cpuPerEdit);
    const Figures e = percentiles(editToPreview);
    const Figures b = percentiles(burst);
    std::printf("%-10s %6d lines | keystroke median %5.2f ms p95 %5.2f | burst keystroke median "
                "%5.2f p95 %5.2f | GUI CPU per edit median %5.2f p95 %5.2f | edit-to-preview "
                "median %6.1f ms p95 %6.1f  (page loads: %d)\n",
                name, editor->document()->blockCount(), k.median, k.p95, b.median, b.p95,
                c.median, c.p95, e.median, e.p95, preview->pageLoadCount());
    view->document()->bodyDocument()->setModified(false);
}

void measureStartup(const QString &path)
{
    constexpr int runs = 6; // the first is cold (caches, fonts); the others are warm
    std::vector<double> window, preview;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("POSTWRIGHT_TRACE_STARTUP"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        const double launched = wallMs();
        process.start(QStringLiteral(PW_BINARY), {path});
        double shown = 0, painted = 0;
        QByteArray buffer;
        waitFor([&] {
            buffer += process.readAllStandardError();
            for (const QByteArray &line : buffer.split('\n')) {
                const QList<QByteArray> words = line.split(' ');
                if (words.size() == 3 && words[0] == "postwright-trace") {
                    (words[1] == "window-shown" ? shown : painted) = words[2].toDouble();
                }
            }
            return painted > 0;
        }, 60000);
        process.kill();
        process.waitForFinished();
        if (shown == 0 || painted == 0) {
            std::printf("start-up run %d: no trace (%s)\n", run, buffer.left(300).constData());
            continue;
        }
        std::printf("start-up run %d%s: window %6.0f ms, preview painted %6.0f ms\n", run,
                    run == 0 ? " (cold)" : "", shown - launched, painted - launched);
        if (run > 0) {
            window.push_back(shown - launched);
            preview.push_back(painted - launched);
        }
    }
    if (window.empty())
        return;
    const Figures w = percentiles(window);
    const Figures p = percentiles(preview);
    std::printf("start-up (warm, %zu runs) | to window median %5.0f ms p95 %5.0f | to painted "
                "preview median %5.0f ms p95 %5.0f\n",
                window.size(), w.median, w.p95, p.median, p.p95);
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
    installTranslations(app, QLocale(QLocale::English));

    const QString seed = pw::test::seed("000");
    const QString big = home.filePath(QStringLiteral("generated-200k.md"));
    QFile file(big);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(generatedBody(200 * 1024).toUtf8());
    file.close();

    measureTyping("seed 000", seed);
    measureTyping("200 KB", big);
    measureStartup(seed);
    return 0;
}
