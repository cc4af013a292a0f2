// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/decoder.h"

#include "core/text/mojibake.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <uchardet.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <optional>

namespace pw {
namespace {

// A class, not a helper function taking the text: lupdate files the strings under this
// context only when it sees DecoderText::tr() called on it.
class DecoderText {
    Q_DECLARE_TR_FUNCTIONS(pw::Decoder)
};

class Uchardet {
public:
    Uchardet() : m_handle(uchardet_new()) {}
    ~Uchardet()
    {
        if (m_handle)
            uchardet_delete(m_handle);
    }
    Uchardet(const Uchardet &) = delete;
    Uchardet &operator=(const Uchardet &) = delete;

    // The charset name uchardet reports ("WINDOWS-1252", "SHIFT_JIS", ...), or empty.
    // uchardet reads about 8 MB/s, so a big file is sampled: only blocks that hold non-ASCII
    // bytes say anything about the charset, and a couple of megabytes of them are plenty.
    QByteArray detect(QByteArrayView bytes)
    {
        if (!m_handle)
            return {};
        uchardet_reset(m_handle);
        constexpr qsizetype Block = 4096;
        constexpr qsizetype Budget = 2 * 1024 * 1024;
        qsizetype fed = 0;
        for (qsizetype start = 0; start < bytes.size() && fed < Budget; start += Block) {
            const QByteArrayView block = bytes.sliced(start, std::min(Block, bytes.size() - start));
            if (bytes.size() > Budget &&
                std::all_of(block.begin(), block.end(), [](char c) { return uchar(c) < 0x80; }))
                continue;
            if (uchardet_handle_data(m_handle, block.data(), size_t(block.size())) != 0)
                return {};
            fed += block.size();
        }
        uchardet_data_end(m_handle);
        return QByteArray(uchardet_get_charset(m_handle));
    }

private:
    uchardet_t m_handle;
};

class Iconv {
public:
    Iconv(const char *to, const char *from) : m_handle(iconv_open(to, from)) {}
    ~Iconv()
    {
        if (isValid())
            iconv_close(m_handle);
    }
    Iconv(const Iconv &) = delete;
    Iconv &operator=(const Iconv &) = delete;

    bool isValid() const { return m_handle != reinterpret_cast<iconv_t>(-1); }
    size_t convert(char **in, size_t *inLeft, char **out, size_t *outLeft)
    {
        return iconv(m_handle, in, inLeft, out, outLeft);
    }

private:
    iconv_t m_handle;
};

struct Decoded {
    QString text;
    QString encoding;
    int invalid = 0;
    qsizetype firstInvalid = -1; // byte offset in the file
    qsizetype firstInvalidLine = 0;
};

qsizetype lineAt(QByteArrayView bytes, qsizetype offset)
{
    return std::count(bytes.begin(), bytes.begin() + offset, '\n') + 1;
}

void noteInvalid(Decoded &d, qsizetype offset)
{
    if (d.invalid++ == 0)
        d.firstInvalid = offset;
}

// No NUL bytes, and not more than one byte in twenty a control character other than the
// usual whitespace, ESC (ISO-2022 charsets) and SUB (DOS end of file).
bool looksBinary(QByteArrayView bytes)
{
    if (std::memchr(bytes.data(), 0, size_t(bytes.size())))
        return true;
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto b = uchar(c);
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' &&
            b != 0x1A && b != 0x1B)
            ++controls;
    }
    return controls * 20 > bytes.size();
}

// UTF-16 saved without a BOM (some Windows tools do that): where the text is mostly Latin
// script, one byte of nearly every code unit is zero, always on the same side. Gives the byte
// order (true: big-endian), or nothing when the bytes do not look like that.
std::optional<bool> bomlessUtf16IsBigEndian(QByteArrayView bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qsizetype units = std::min<qsizetype>(bytes.size() / 2, 4096);
    qsizetype zeroFirst = 0;
    qsizetype zeroSecond = 0;
    for (qsizetype i = 0; i < units; ++i) {
        const bool first = bytes[2 * i] == 0;
        const bool second = bytes[2 * i + 1] == 0;
        if (first && second) // U+0000 is no text
            return std::nullopt;
        zeroFirst += first;
        zeroSecond += second;
    }
    const auto mostly = [units](qsizetype n) { return n * 10 >= units * 7; };
    const auto rarely = [units](qsizetype n) { return n * 20 <= units; };
    if (mostly(zeroSecond) && rarely(zeroFirst))
        return false;
    if (mostly(zeroFirst) && rarely(zeroSecond))
        return true;
    return std::nullopt;
}

// One step of UTF-8 decoding. An ill-formed sequence is consumed as its maximal subpart (the
// lead byte and the continuation bytes that were still possible), which is what Unicode and
// WHATWG recommend: one U+FFFD for a truncated "E2 80", not two.
struct Utf8Step {
    int length;
    char32_t codePoint;
    bool valid;
};

Utf8Step utf8Step(const uchar *b, qsizetype n, qsizetype p)
{
    const uchar lead = b[p];
    if (lead < 0x80)
        return {1, lead, true};
    int need = 0;
    char32_t cp = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        cp = lead & 0x0F;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        cp = lead & 0x07;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return {1, 0, false};
    }
    for (int k = 1; k <= need; ++k) {
        if (p + k >= n || b[p + k] < low || b[p + k] > high)
            return {k, 0, false};
        cp = (cp << 6) | (b[p + k] & 0x3F);
        low = 0x80;
        high = 0xBF;
    }
    return {need + 1, cp, true};
}

struct Utf8Scan {
    qsizetype invalid = 0;
    qsizetype multiByte = 0; // well-formed non-ASCII sequences
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan s;
    const auto *b = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype p = 0;
    while (p < n) {
        if (b[p] < 0x80) {
            ++p;
            continue;
        }
        const Utf8Step step = utf8Step(b, n, p);
        if (step.valid)
            ++s.multiByte;
        else
            ++s.invalid;
        p += step.length;
    }
    return s;
}

// UTF-8 with each ill-formed subpart replaced by U+FFFD. `base` is where `bytes` starts in
// the file (after a BOM), so offsets are file offsets.
Decoded decodeUtf8Lenient(QByteArrayView bytes, QByteArrayView file, qsizetype base)
{
    Decoded d;
    d.encoding = QStringLiteral("UTF-8");
    const auto *b = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    // Never more UTF-16 units than bytes: a 4-byte sequence gives a surrogate pair.
    d.text.resize(n);
    auto *out = reinterpret_cast<char16_t *>(d.text.data());
    char16_t *const begin = out;
    qsizetype p = 0;
    while (p < n) {
        if (b[p] < 0x80) {
            *out++ = b[p++];
            continue;
        }
        const Utf8Step step = utf8Step(b, n, p);
        if (!step.valid) {
            noteInvalid(d, base + p);
            *out++ = QChar::ReplacementCharacter;
        } else if (QChar::requiresSurrogates(step.codePoint)) {
            *out++ = QChar::highSurrogate(step.codePoint);
            *out++ = QChar::lowSurrogate(step.codePoint);
        } else {
            *out++ = char16_t(step.codePoint);
        }
        p += step.length;
    }
    d.text.truncate(out - begin);
    if (d.invalid > 0)
        d.firstInvalidLine = lineAt(file, d.firstInvalid);
    return d;
}

Decoded decodeUtf8(QByteArrayView bytes, QByteArrayView file, qsizetype base)
{
    if (scanUtf8(bytes).invalid > 0)
        return decodeUtf8Lenient(bytes, file, base);
    Decoded d;
    d.encoding = QStringLiteral("UTF-8");
    d.text = QString::fromUtf8(bytes);
    return d;
}

// Done by hand because QStringDecoder's UTF-16 passes unpaired surrogates through unreported.
Decoded decodeUtf16(QByteArrayView bytes, bool bigEndian, qsizetype base)
{
    Decoded d;
    d.encoding = bigEndian ? QStringLiteral("UTF-16BE") : QStringLiteral("UTF-16LE");
    const auto *b = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype units = bytes.size() / 2;
    auto unitAt = [&](qsizetype i) -> char16_t {
        return bigEndian ? char16_t(b[2 * i] << 8 | b[2 * i + 1])
                         : char16_t(b[2 * i + 1] << 8 | b[2 * i]);
    };
    d.text.resize(units + (bytes.size() % 2));
    auto *out = reinterpret_cast<char16_t *>(d.text.data());
    char16_t *const begin = out;
    qsizetype lines = 1;
    auto bad = [&](qsizetype byteOffset) {
        if (d.invalid == 0)
            d.firstInvalidLine = lines;
        noteInvalid(d, base + byteOffset);
        *out++ = QChar::ReplacementCharacter;
    };
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = unitAt(i);
        if (QChar::isHighSurrogate(u) && i + 1 < units && QChar::isLowSurrogate(unitAt(i + 1))) {
            *out++ = u;
            *out++ = unitAt(++i);
        } else if (QChar::isSurrogate(u)) {
            bad(2 * i);
        } else {
            if (u == u'\n')
                ++lines;
            *out++ = u;
        }
    }
    if (bytes.size() % 2)
        bad(bytes.size() - 1);
    d.text.truncate(out - begin);
    return d;
}

// Where a Qt (ICU) decoder first reports an error. Chunked so that finding it stays linear:
// decode in blocks until the error flag comes up, then redo that block byte by byte. For
// multi-byte charsets ICU may notice one byte after the bad one; good enough for a message.
qsizetype firstQtError(QByteArrayView bytes, const QByteArray &name)
{
    // decode() returns a lazy proxy: only turning it into a QString runs the decoder.
    auto feed = [](QStringDecoder &decoder, QByteArrayView part) {
        const QString ignored = decoder.decode(part);
        Q_UNUSED(ignored)
    };
    constexpr qsizetype Block = 4096;
    QStringDecoder probe(name.constData());
    qsizetype start = 0;
    for (; start < bytes.size(); start += Block) {
        feed(probe, bytes.sliced(start, std::min(Block, bytes.size() - start)));
        if (probe.hasError())
            break;
    }
    if (start >= bytes.size())
        return bytes.size() - 1; // only an incomplete sequence at the end
    QStringDecoder exact(name.constData());
    feed(exact, bytes.first(start));
    for (qsizetype i = start; i < bytes.size(); ++i) {
        feed(exact, bytes.sliced(i, 1));
        if (exact.hasError())
            return i;
    }
    return start;
}

std::optional<Decoded> decodeWithQt(QByteArrayView bytes, const QByteArray &name)
{
    QStringDecoder decoder(name.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    Decoded d;
    d.text = decoder.decode(bytes);
    const char *canonical = decoder.name();
    d.encoding = QString::fromLatin1(canonical && *canonical ? QByteArray(canonical) : name);
    if (decoder.hasError()) {
        // ICU substitutes SUB (U+001A) for bytes it cannot map, and U+FFFD for some malformed
        // sequences. Count the SUBs the input did not hold itself, and turn them into U+FFFD
        // unless the input held some (then we cannot tell which are which).
        const qsizetype subsIn = std::count(bytes.begin(), bytes.end(), '\x1a');
        const qsizetype subsOut = d.text.count(QChar(0x1A));
        const qsizetype replacements = d.text.count(QChar::ReplacementCharacter);
        if (subsIn == 0)
            d.text.replace(QChar(0x1A), QChar::ReplacementCharacter);
        d.invalid = int(std::max<qsizetype>(1, replacements + subsOut - subsIn));
        d.firstInvalid = firstQtError(bytes, name);
        d.firstInvalidLine = lineAt(bytes, d.firstInvalid);
    }
    return d;
}

// For the few charsets uchardet names that Qt's ICU build does not know (VISCII, ISO-8859-16,
// GEORGIAN-PS, ...): glibc iconv.
std::optional<Decoded> decodeWithIconv(QByteArrayView bytes, const QByteArray &name)
{
    Iconv cd("UTF-8", name.constData());
    if (!cd.isValid())
        return std::nullopt;
    Decoded d;
    d.encoding = QString::fromLatin1(name);
    QByteArray utf8;
    utf8.resize(bytes.size() + bytes.size() / 2 + 64);
    qsizetype used = 0;
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    auto reserve = [&](qsizetype extra) {
        if (utf8.size() - used < extra)
            utf8.resize(std::max(utf8.size() * 2, used + extra));
    };
    while (inLeft > 0) {
        char *out = utf8.data() + used;
        size_t outLeft = size_t(utf8.size() - used);
        const size_t r = cd.convert(&in, &inLeft, &out, &outLeft);
        used = out - utf8.data();
        if (r != size_t(-1))
            continue;
        if (errno == E2BIG) {
            reserve(utf8.size());
        } else if (errno == EILSEQ || errno == EINVAL) {
            noteInvalid(d, in - bytes.data());
            reserve(3);
            std::memcpy(utf8.data() + used, "\xEF\xBF\xBD", 3);
            used += 3;
            ++in;
            --inLeft;
        } else {
            break;
        }
    }
    // Stateful charsets (ISO-2022-*) may still owe a shift back to the initial state.
    while (true) {
        char *out = utf8.data() + used;
        size_t outLeft = size_t(utf8.size() - used);
        const size_t r = cd.convert(nullptr, nullptr, &out, &outLeft);
        used = out - utf8.data();
        if (r == size_t(-1) && errno == E2BIG) {
            reserve(utf8.size());
            continue;
        }
        break;
    }
    utf8.truncate(used);
    d.text = QString::fromUtf8(utf8);
    if (d.invalid > 0)
        d.firstInvalidLine = lineAt(bytes, d.firstInvalid);
    return d;
}

bool hasC1Bytes(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto b = uchar(c);
        return b >= 0x80 && b <= 0x9F;
    });
}

Decoded decodeLegacy(QByteArrayView bytes, QByteArray name)
{
    // Text labelled or detected as Latin-1 with bytes in 0x80-0x9F is 1252 (as browsers agree).
    if (name.compare("ISO-8859-1", Qt::CaseInsensitive) == 0 && hasC1Bytes(bytes))
        name = "windows-1252";
    if (auto d = decodeWithQt(bytes, name))
        return *d;
    if (auto d = decodeWithIconv(bytes, name))
        return *d;
    return decodeUtf8Lenient(bytes, bytes, 0);
}

} // namespace

QString emptyFileMessage()
{
    return DecoderText::tr("The file is empty.");
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    const QByteArrayView all(bytes);
    Decoded decoded;
    bool legacy = false;
    bool guessed = false;

    if (all.startsWith("\xFF\xFE") || all.startsWith("\xFE\xFF")) {
        result.hadBom = true;
        decoded = decodeUtf16(all.sliced(2), all.startsWith("\xFE\xFF"), 2);
    } else if (const std::optional<bool> bigEndian = bomlessUtf16IsBigEndian(all)) {
        decoded = decodeUtf16(all, *bigEndian, 0);
    } else {
        qsizetype base = 0;
        if (all.startsWith("\xEF\xBB\xBF")) {
            result.hadBom = true;
            base = 3;
        }
        const QByteArrayView body = all.sliced(base);
        if (body.isEmpty()) {
            result.error = emptyFileMessage();
            return result;
        }
        if (looksBinary(body)) {
            result.error =
                DecoderText::tr("The file holds binary data (such as an image), not text.");
            return result;
        }
        const Utf8Scan utf8 = scanUtf8(body);
        // A BOM says UTF-8; so does a text whose non-ASCII bytes are mostly well-formed UTF-8
        // (legacy text hardly ever is), so a few bad bytes in it are errors, not a charset.
        if (utf8.invalid == 0 || result.hadBom || utf8.multiByte > utf8.invalid) {
            decoded = decodeUtf8(body, all, base);
        } else {
            QByteArray charset = Uchardet().detect(body);
            if (charset.compare("UTF-8", Qt::CaseInsensitive) == 0 ||
                charset.compare("ASCII", Qt::CaseInsensitive) == 0) {
                decoded = decodeUtf8Lenient(body, all, base);
            } else {
                if (charset.isEmpty()) {
                    // What browsers assume for unlabelled Western text; every byte decodes.
                    charset = "windows-1252";
                    guessed = true;
                }
                decoded = decodeLegacy(body, charset);
                legacy = true;
            }
        }
    }

    if (decoded.text.contains(QChar(0))) {
        result.error = DecoderText::tr("The file holds binary data (such as an image), not text.");
        return result;
    }

    const MojibakeRepair repair = repairMojibake(decoded.text);
    result.text = repair.text;
    result.repairs = repair.fixes;
    // A BOM that was itself mis-decoded ("ï»¿") comes back as U+FEFF; it is not content, and
    // its repair is not listed (the summary still counts it).
    if (result.text.startsWith(QChar(0xFEFF))) {
        result.text.remove(0, 1);
        result.repairs.removeIf([](const MojibakeFix &fix) { return fix.start == 0; });
        for (MojibakeFix &fix : result.repairs)
            --fix.start;
    }
    if (result.text.isEmpty()) {
        result.error = emptyFileMessage();
        return result;
    }

    result.ok = true;
    result.encoding = decoded.encoding;
    result.invalidSequences = decoded.invalid;
    result.firstInvalidByte = decoded.firstInvalid;
    result.mojibakeRepairs = repair.repairs;

    if (legacy || decoded.encoding.startsWith(QLatin1String("UTF-16"))) {
        Finding f;
        f.id = QStringLiteral("encoding.detected");
        f.severity = Severity::Info;
        f.field = Field::File;
        f.message =
            guessed ? DecoderText::tr("The file is not UTF-8 and its character set could not be "
                                      "detected; it was read as %1.")
                          .arg(decoded.encoding)
                    : DecoderText::tr("The file is not UTF-8; it was read as %1.")
                          .arg(decoded.encoding);
        result.findings.append(f);
    }
    if (decoded.invalid > 0) {
        Finding f;
        f.id = QStringLiteral("encoding.invalid");
        f.severity = Severity::Warning;
        f.field = Field::File;
        // The count goes to translate() as n: lupdate makes that a plural.
        f.message = QCoreApplication::translate("pw::Decoder",
                                                "%n invalid byte sequence(s) replaced by U+FFFD; "
                                                "the first is at byte %1 (line %2).",
                                                nullptr, decoded.invalid)
                        .arg(decoded.firstInvalid)
                        .arg(decoded.firstInvalidLine);
        result.findings.append(f);
    }
    if (repair.repairs > 0) {
        Finding f;
        f.id = QStringLiteral("encoding.repaired");
        f.severity = Severity::Info;
        f.field = Field::File;
        f.message = QCoreApplication::translate(
                        "pw::Decoder",
                        "Repaired %n character sequence(s) of UTF-8 that had been read as %1.",
                        nullptr, repair.repairs)
                        .arg(repair.misreadAs);
        result.findings.append(f);
    }
    return result;
}

} // namespace pw
