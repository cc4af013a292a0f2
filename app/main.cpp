// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"
#include "core/i18n/translations.h"
#include "gui/preview/preview_view.h"
#include "gui/preview/web_engine_setup.h"
#include "gui/settings/theme.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <utility>

#include <unistd.h>

static void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("postwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));
}

static QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// POSTWRIGHT_TRACE_STARTUP=1 prints when the window is first shown and when the preview first
// shows the post, as CLOCK_MONOTONIC milliseconds, so a benchmark can time start-up from the
// outside (tests/bench/bench_editor.cpp).
static void traceStartup(pw::gui::MainWindow &window)
{
    if (!qEnvironmentVariableIsSet("POSTWRIGHT_TRACE_STARTUP"))
        return;
    const auto trace = [](const char *what) {
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::fprintf(stderr, "postwright-trace %s %.1f\n", what,
                     double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6);
        std::fflush(stderr);
    };
    QTimer::singleShot(0, &window, [trace] { trace("window-shown"); });
    if (pw::gui::DocumentView *view = window.currentView()) {
        QObject::connect(view->preview(), &pw::gui::PreviewView::revisionApplied, &window,
                         [trace, done = false](quint64) mutable {
                             if (!std::exchange(done, true))
                                 trace("preview-painted");
                         });
    }
}

int main(int argc, char **argv)
{
    setApplicationIdentity();
    if (pw::cli::isCommandLineInvocation(argumentList(argc, argv))) {
        QCoreApplication app(argc, argv);
        // --json output is for programs: its messages stay English whatever the locale (only
        // the English plural forms are installed, as for an English system).
        if (app.arguments().contains(QStringLiteral("--json")))
            pw::installTranslations(app, QLocale(QLocale::English));
        else
            pw::installTranslations(app);
        return pw::cli::runCommandLine(app.arguments());
    }

    // Chromium refuses to start as root with its sandbox on. The preview runs no content
    // script (it is locked down by CSP), so for root we start it without the sandbox rather
    // than not at all.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    pw::gui::prepareWebEngine();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Postwright"));
    // Ties windows to the installed .desktop file (Wayland app id) and takes its themed icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.postwright.Postwright"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.postwright.Postwright")));
    pw::installTranslations(app);
    pw::gui::applyTheme(app, pw::gui::savedTheme());

    pw::gui::MainWindow window;
    window.show();
    // Recovery first: a recovered document is then not reopened from the session as well.
    window.offerRecovery();
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty())
        window.restoreSession();
    for (const QString &path : files)
        window.openFile(path);
    traceStartup(window);
    return app.exec();
}
