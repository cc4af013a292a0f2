#pragma once
// Shared set-up for the libFuzzer harnesses: one QCoreApplication (translations and Qt
// resources need it) and a quiet message handler, so a fuzzer's output is its own.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <cstdint>

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

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// Fuzzers hand arbitrary bytes; the readers take text the decoder produced, which is valid
// UTF-16. fromUtf8 gives that, replacing bad sequences as the decoder would.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

} // namespace pw::fuzz
