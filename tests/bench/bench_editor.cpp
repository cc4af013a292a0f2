// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real editor window (run it under Xvfb) and prints what a writer feels:
//   - GUI-thread time per keystroke: from the key event until the event loop is idle again;
//   - GUI-thread CPU per edit: everything the GUI thread spends on one edit, including
//     applying the snapshot (highlighter, preview patch, findings, status bar) later on;
//   - edit-to-preview latency: from the key until the page confirms the first analysis that
//     has the key in it;
//   - start-up of the real binary to its first shown window and first painted preview.
// On seed 000, on a generated ~200 KB post and on a post with 30 code blocks in five
// languages (typing in its prose, and inside one of its code blocks). Prints medians and p95
// and whether the snapshot's code blocks are coloured; asserts nothing.
//
//   xvfb-run -a env QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--disable-gpu
//       <build>/tests/bench_editor
// PW_BENCH_ONLY=seed,big,code,startup runs some of the parts.

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
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

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

// Runs the event loop until `done` or the timeout, blocking in it as the application does,
// and looks at `done` again whenever one of the signals given to wakeOn() comes.
// QTest::qWaitFor sleeps 10 ms between passes without handling events, so every step of an
// edit that needs the GUI thread (the debounce timer, the snapshot, the page's answer) waited
// up to 10 ms more than in the application: edit-to-preview measured the bench's sleeps.
class Waiter {
public:
    template <typename Sender, typename Signal> void wakeOn(const Sender *sender, Signal signal)
    {
        QObject::connect(sender, signal, &m_loop, [this] {
            if (m_done && m_done())
                m_loop.quit();
        });
    }
    bool wait(const std::function<bool()> &done, int timeoutMs = 20000)
    {
        if (done())
            return true;
        m_done = done;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        timeout.start(timeoutMs);
        m_loop.exec();
        m_done = nullptr;
        return done();
    }

private:
    QEventLoop m_loop;
    std::function<bool()> m_done;
};

void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

bool isFence(const QString &line)
{
    return line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~"));
}

// Where the cursor goes before typing.
enum class Place {
    MidPost,  // placeCursorMidPost: what the seed and 200 KB figures always used
    MidProse, // the end of the first prose paragraph from the middle on (not in a code block)
    MidCode,  // the end of a line inside the first code block from the middle on
};

void placeCursor(MarkdownEditor *editor, Place place)
{
    if (place == Place::MidPost) {
        placeCursorMidPost(editor);
        return;
    }
    const int middle = editor->document()->blockCount() / 2;
    bool inFence = false;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (isFence(text)) {
            inFence = !inFence;
            continue;
        }
        if (block.blockNumber() < middle || text.size() < 30)
            continue;
        const bool prose = !inFence && text.at(0).isLetter();
        if ((place == Place::MidProse && prose) || (place == Place::MidCode && inFence)) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock);
            editor->setTextCursor(cursor);
            return;
        }
    }
}

// What the snapshot says of code colouring: how many of its code blocks carry coloured spans
// in the preview HTML (cmark alone writes none inside <pre>).
QString codeColouring(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return QStringLiteral("no snapshot");
    int code = 0, coloured = 0;
    for (const PreviewBlock &block : snapshot->blocks) {
        const qsizetype pre = block.html.indexOf(QLatin1String("<pre"));
        if (pre < 0)
            continue;
        ++code;
        coloured += block.html.indexOf(QLatin1String("<span"), pre) >= 0;
    }
    if (code == 0)
        return QStringLiteral("no code blocks");
    return coloured == 0
               ? QStringLiteral("code colouring: none (%1 code blocks, no coloured spans)")
                     .arg(code)
               : QStringLiteral("code colouring: %1 of %2 code blocks coloured")
                     .arg(coloured)
                     .arg(code);
}

void measureTyping(const char *name, const QString &path, Place place = Place::MidPost)
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
    placeCursor(editor, place);
    runEventLoopFor(500);
    const QString colouring = codeColouring(view->document()->snapshot());

    // The edit is in the preview when the page confirmed the first analysis of the text with
    // the key in it (the body one character longer): a run that was in flight when the key
    // came, or one of unchanged text, does not count.
    Document *document = view->document();
    quint64 target = 0;
    qsizetype lengthBefore = -1;
    QObject::connect(document, &Document::snapshotChanged, &window, [&](const SnapshotPtr &s) {
        if (target == 0 && lengthBefore >= 0 && s->body.size() != lengthBefore)
            target = s->revision;
    });
    Waiter waiter;
    waiter.wakeOn(document, &Document::snapshotChanged);
    waiter.wakeOn(preview, &PreviewView::revisionApplied);

    constexpr int keys = 60;
    std::vector<double> keystroke, cpuPerEdit, editToPreview;
    int missed = 0;
    for (int i = 0; i < keys + 5; ++i) {
        target = 0;
        lengthBefore = document->snapshot()->body.size();
        const double cpu0 = threadCpuMs();
        const double t0 = wallMs();
        QTest::keyClick(editor, char('a' + i % 26));
        QCoreApplication::processEvents();
        const double t1 = wallMs();
        const bool patched =
            waiter.wait([&] { return target != 0 && preview->appliedRevision() >= target; });
        const double t2 = wallMs();
        runEventLoopFor(30); // let the last repaint and bookkeeping settle inside this edit
        const double cpu1 = threadCpuMs();
        missed += !patched;
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
        runEventLoopFor(40);
    }
    lengthBefore = -1;
    const Figures k = percentiles(keystroke);
    const Figures c = percentiles(cpuPerEdit);
    const Figures e = percentiles(editToPreview);
    const Figures b = percentiles(burst);
    std::printf("%-18s %6d lines | keystroke median %5.2f ms p95 %5.2f | burst keystroke median "
                "%5.2f p95 %5.2f | GUI CPU per edit median %5.2f p95 %5.2f | edit-to-preview "
                "median %6.1f ms p95 %6.1f  (page loads: %d; %s%s)\n",
                name, editor->document()->blockCount(), k.median, k.p95, b.median, b.p95, c.median,
                c.p95, e.median, e.p95, preview->pageLoadCount(), qPrintable(colouring),
                missed
                    ? qPrintable(QStringLiteral("; %1 edits never reached the preview").arg(missed))
                    : "");
    std::fflush(stdout);
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
    // The window colours code with the helper beside the postwright binary, as the installed
    // program does; this bench's own folder has none. POSTWRIGHT_HIGHLIGHTER= (empty) turns
    // colouring off.
    if (!qEnvironmentVariableIsSet("POSTWRIGHT_HIGHLIGHTER")) {
        const QString helper = QFileInfo(QStringLiteral(PW_BINARY))
                                   .dir()
                                   .filePath(QStringLiteral("postwright-highlighter"));
        if (QFileInfo(helper).isExecutable())
            qputenv("POSTWRIGHT_HIGHLIGHTER", helper.toLocal8Bit());
    }
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
    const QString code = home.filePath(QStringLiteral("code-30-blocks.md"));
    QFile codeFile(code);
    if (!codeFile.open(QIODevice::WriteOnly))
        return 1;
    codeFile.write(codePostBody().toUtf8());
    codeFile.close();

    // PW_BENCH_ONLY=seed,big,code,startup picks parts (all by default).
    const QStringList only = qEnvironmentVariable("PW_BENCH_ONLY").split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&](const char *part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    if (wanted("seed"))
        measureTyping("seed 000", seed);
    if (wanted("big"))
        measureTyping("200 KB", big);
    if (wanted("code")) {
        measureTyping("code post, prose", code, Place::MidProse);
        measureTyping("code post, in code", code, Place::MidCode);
    }
    if (wanted("startup"))
        measureStartup(seed);
    return 0;
}
