// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomic_writer.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cerrno>

namespace pw {

namespace {
class AtomicWriterText {
    Q_DECLARE_TR_FUNCTIONS(pw::AtomicWriter)
};

// The system's reason for a failed step. QFileDevice loses it when flushing its write buffer
// fails (a full disk reads "Unknown error"), but errno, cleared before the step, still has it.
QString reason(const QSaveFile &file, int error)
{
    return error != 0 ? qt_error_string(error) : file.errorString();
}
} // namespace

WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    WriteResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = AtomicWriterText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        result.error =
            AtomicWriterText::tr("%1: writing failed: %2").arg(path, reason(file, errno));
        file.cancelWriting();
        return result;
    }
    errno = 0;
    if (!file.commit()) {
        result.error = AtomicWriterText::tr("%1: saving failed: %2").arg(path, reason(file, errno));
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace pw
