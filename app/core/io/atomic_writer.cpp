#include "io/atomic_writer.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace pw {

namespace {
class AtomicWriterText {
    Q_DECLARE_TR_FUNCTIONS(pw::AtomicWriter)
};
} // namespace

WriteResult writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    WriteResult result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = AtomicWriterText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    if (file.write(bytes) != bytes.size()) {
        result.error = AtomicWriterText::tr("%1: writing failed: %2").arg(path, file.errorString());
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = AtomicWriterText::tr("%1: saving failed: %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace pw
