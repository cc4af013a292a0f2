// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the built postwright binary as a user would: the way into the program for every CLI
// test. PW_BINARY is defined for each test by tests/CMakeLists.txt.
#include <QProcess>
#include <QStringList>

namespace pw::test {

struct CliRun {
    bool finished = false; // false: still running after the timeout (then killed)
    bool crashed = false;  // a signal or a timeout, not an exit
    int exitCode = -1;     // -1 when it crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runPostwright(
    const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
    int timeoutMs = 240000, const QString &workingDirectory = QString())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(PW_BINARY), arguments);
    CliRun run;
    run.finished = process.waitForFinished(timeoutMs);
    run.crashed = !run.finished || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace pw::test
