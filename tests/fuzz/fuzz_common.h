// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up for the libFuzzer harnesses: one QCoreApplication (translations and Qt
// resources need it) and a quiet message handler, so a fuzzer's output is its own.
#include "fuzz_targets.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

// Defines libFuzzer's entry point for one of the functions in fuzz_targets.h.
#define PW_FUZZ_TARGET(function)                                                                   \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)                        \
    {                                                                                              \
        pw::fuzz::ensureApplication();                                                             \
        pw::fuzz::function(                                                                        \
            QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));       \
        return 0;                                                                                  \
    }

namespace pw::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "pw-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        // Lives for the whole process: libFuzzer never returns from its loop normally.
        new QCoreApplication(argc, argv);
    }
}

} // namespace pw::fuzz
