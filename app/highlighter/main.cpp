// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// postwright-highlighter: KSyntaxHighlighting for Postwright in a process of its own, because
// Debian 12 has the library for Qt 5 only and Qt 5 and Qt 6 cannot share a process. Speaks
// PROTOCOL.md on stdin/stdout; not meant to be run by hand.

#include "frame_io.h"
#include "language_resolver.h"
#include "protocol.h"
#include "responder.h"

#include <KSyntaxHighlighting/Repository>
#include <ksyntaxhighlighting_version.h>

#include <QCoreApplication>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

enum ExitCode { Done = 0, ProtocolError = 1, UsageError = 2 };

// Syntax and theme files under XDG data directories would override or add to the compiled-in
// definitions (and the library's translations are looked up there too). The client already
// points both variables nowhere; doing it here as well keeps the helper's answers the same
// whoever starts it. A path below /dev/null can never be a directory.
void ignoreDataDirectories()
{
    qputenv("XDG_DATA_HOME", "/dev/null/postwright-highlighter");
    qputenv("XDG_DATA_DIRS", "/dev/null/postwright-highlighter");
}

void complain(const char *what)
{
    std::fprintf(stderr, "postwright-highlighter: %s\n", what);
}

int serve(const KSyntaxHighlighting::Repository &repository)
{
    pw::helper::FrameReader reader(STDIN_FILENO);
    pw::helper::Responder responder(repository);
    QByteArray payload;
    for (;;) {
        switch (reader.next(payload)) {
        case pw::helper::FrameReader::Result::Frame:
            break;
        case pw::helper::FrameReader::Result::End:
            return Done;
        case pw::helper::FrameReader::Result::Truncated:
            complain("input ended inside a frame");
            return ProtocolError;
        case pw::helper::FrameReader::Result::Oversized:
            complain("frame over 64 MiB");
            return ProtocolError;
        case pw::helper::FrameReader::Result::Failed:
            complain("cannot read the input");
            return ProtocolError;
        }
        const std::optional<pw::helper::Request> request = pw::helper::decodeRequest(payload);
        if (!request) {
            // Answered, then the end: what follows in the stream cannot be trusted.
            pw::helper::writeAll(STDOUT_FILENO,
                                 pw::helper::errorResponse(pw::helper::idOfMalformed(payload),
                                                           pw::helper::Status::Malformed));
            complain("malformed request");
            return ProtocolError;
        }
        if (!pw::helper::writeAll(STDOUT_FILENO, responder.respond(*request))) {
            complain("cannot write the response");
            return ProtocolError;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    ignoreDataDirectories();
    // A client that goes away is an end like any other, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments == QStringList{QStringLiteral("--version")}) {
        std::printf("postwright-highlighter %s (KSyntaxHighlighting %s)\n", POSTWRIGHT_VERSION,
                    SyntaxHighlighting_VERSION_STRING);
        return Done;
    }
    // For the tests: every alias with the definition it names.
    if (arguments == QStringList{QStringLiteral("--list-aliases")}) {
        for (const pw::LanguageResolver::Alias &alias : pw::LanguageResolver::aliases())
            std::printf("%s\t%s\n", alias.word, alias.definition);
        return Done;
    }
    if (!arguments.isEmpty()) {
        complain("usage: postwright-highlighter [--version | --list-aliases]; "
                 "requests on stdin as app/highlighter/PROTOCOL.md describes");
        return UsageError;
    }

    const KSyntaxHighlighting::Repository repository;
    return serve(repository);
}
