// Fuzzes decoding (BOMs, UTF-16, uchardet's guesses) and mojibake repair. Raw bytes are the
// point here, so they also go to repairMojibake read as Latin-1, the classic mis-decode.
#include "text/decoder.h"
#include "text/mojibake.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    pw::fuzz::ensureApplication();
    const QByteArray bytes = pw::fuzz::bytes(data, size);
    (void)pw::decodeText(bytes);
    (void)pw::repairMojibake(QString::fromLatin1(bytes));
    (void)pw::repairMojibake(pw::fuzz::text(data, size));
    return 0;
}
