// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/highlight/highlighter_location.h"

#include "core/highlight/code_highlighter.h"
#include "core/highlight/helper_backend.h"
#ifdef POSTWRIGHT_IN_PROCESS_COLOURS
#include "core/highlight/in_process_backend.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pw {

namespace {

std::shared_ptr<CodeHighlighter> withoutColours(const QString &reason)
{
    return std::make_shared<CodeHighlighter>(nullptr, reason);
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

bool codeColouringInProcess()
{
#ifdef POSTWRIGHT_IN_PROCESS_COLOURS
    return true;
#else
    return false;
#endif
}

bool codeColouringBuiltIn()
{
#ifdef POSTWRIGHT_NO_CODE_COLOURS
    return false;
#else
    return true;
#endif
}

std::shared_ptr<CodeHighlighter> makeCodeHighlighter()
{
    if (!codeColouringBuiltIn())
        return withoutColours(QCoreApplication::translate(
            "pw::CodeHighlighter",
            "Code blocks are shown without colours: this build of Postwright has no code "
            "colouring."));

#ifdef POSTWRIGHT_IN_PROCESS_COLOURS
    // KF6 in process (in_process_backend.h): no helper is built or looked for. The variable set
    // but empty still turns colouring off; a path in it is ignored, there is no helper to swap.
    if (qEnvironmentVariableIsSet("POSTWRIGHT_HIGHLIGHTER") &&
        qEnvironmentVariableIsEmpty("POSTWRIGHT_HIGHLIGHTER"))
        return withoutColours(
            QCoreApplication::translate("pw::CodeHighlighter",
                                        "Code blocks are shown without colours: colouring "
                                        "is turned off by %1.")
                .arg(QStringLiteral("POSTWRIGHT_HIGHLIGHTER")));
    return std::make_shared<CodeHighlighter>(std::make_unique<InProcessBackend>());
#endif

    const QString variable = QStringLiteral("POSTWRIGHT_HIGHLIGHTER");
    if (qEnvironmentVariableIsSet("POSTWRIGHT_HIGHLIGHTER")) {
        const QString path = qEnvironmentVariable("POSTWRIGHT_HIGHLIGHTER");
        if (path.isEmpty())
            return withoutColours(
                QCoreApplication::translate("pw::CodeHighlighter",
                                            "Code blocks are shown without colours: colouring "
                                            "is turned off by %1.")
                    .arg(variable));
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!isExecutableFile(absolute))
            return withoutColours(
                QCoreApplication::translate(
                    "pw::CodeHighlighter",
                    "Code blocks are shown without colours: the helper %1 (from %2) is not an "
                    "executable file.")
                    .arg(QDir::toNativeSeparators(absolute), variable));
        return std::make_shared<CodeHighlighter>(std::make_unique<HelperProcessBackend>(absolute));
    }

    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QDir here(QCoreApplication::applicationDirPath());
        candidates = {here.filePath(QStringLiteral("postwright-highlighter")),
                      QDir::cleanPath(here.filePath(
                          QStringLiteral("../libexec/postwright/postwright-highlighter")))};
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (isExecutableFile(candidate))
            return std::make_shared<CodeHighlighter>(
                std::make_unique<HelperProcessBackend>(candidate));
    }
    QStringList shown;
    for (const QString &candidate : std::as_const(candidates))
        shown.append(QDir::toNativeSeparators(candidate));
    return withoutColours(
        QCoreApplication::translate("pw::CodeHighlighter",
                                    "Code blocks are shown without colours: the helper "
                                    "postwright-highlighter is not installed (looked for %1).")
            .arg(shown.join(QStringLiteral(", "))));
}

} // namespace pw
