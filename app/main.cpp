#include "command_line.h"
#include "document_scheme_handler.h"
#include "i18n/translations.h"
#include "main_window.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

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

int main(int argc, char **argv)
{
    setApplicationIdentity();
    if (pw::cli::isCommandLineInvocation(argumentList(argc, argv))) {
        QCoreApplication app(argc, argv);
        pw::installTranslations(app);
        return pw::cli::runCommandLine(app.arguments());
    }

    // Chromium refuses to start as root with its sandbox on. The preview runs no content
    // script (it is locked down by CSP), so for root we start it without the sandbox rather
    // than not at all.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    pw::gui::registerPreviewSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Postwright"));
    pw::installTranslations(app);

    pw::gui::MainWindow window;
    window.show();
    for (const QString &path : app.arguments().mid(1))
        window.openFile(path);
    return app.exec();
}
