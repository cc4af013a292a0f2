// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/mojibake.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <vector>

// How the repair decides (the "unambiguous" rule).
//
// UTF-8 read as a single-byte charset turns every multi-byte character into a run of 2-4
// non-ASCII characters, one per byte. So we look at maximal runs of characters that each map to
// a byte >= 0x80 in the suspected charset, turn the run back into those bytes, and look for
// well-formed UTF-8 sequences (lead byte + the right number of continuation bytes, no overlongs,
// no surrogates). The bytes come from the charset's own decoder (Qt/ICU), not from a hand table.
//
// Being well-formed is not enough: ordinary text makes well-formed pairs by accident. "Â£" is
// C2 A3 (a pound sign), «CAFÉ» ends in C9 BB, French "été »" with a no-break space is E9 A0 BB,
// and in Mac Roman "l’été" contains D5 8E. So we first collect *evidence* for each charset
// and repair nothing unless the evidence is good enough, and then only in the better charset
// (one charset per document: a document is mis-decoded one way, not two):
//   - a 3- or 4-byte sequence counts 2 (it alone is enough), unless one of its characters is a
//     no-break space (French typography puts one after an accented letter before "»") or all
//     its continuation characters are punctuation ("café…”" is E9 85 94). Real mojibake of a 3-
//     or 4-byte character always has a symbol or letter in it: "â€™", "â„¢", "ðŸ˜€", "ä¸­".
//     A mis-decoded BOM ("ï»¿") at the very start also counts.
//   - a run that holds two or more sequences without a no-break space counts 2: accidental
//     pairs do not come back to back, mis-decoded Cyrillic, Greek or Hebrew words do.
//   - a lone 2-byte sequence counts 1 only when it gives a Latin letter (U+00C0-U+017F) and
//     touches a letter ("cafÃ©", "trÃ¨s"). A lone "Ã©" or "Â£" between spaces counts nothing.
// Evidence comes only from runs whose bytes decode completely, with no byte left over. A
// charset is used when its evidence reaches 2, so one "cafÃ©" alone is left as it is (too
// easily a quotation or an accident) and two such words are repaired. Ties go to 1252.
// Then every well-formed sequence in that charset is repaired, weak ones too ("Â£" next to
// "weâ€™ll" is mojibake too). Consequence: a text that only quotes "Â£" or "Ã©" on purpose
// stays as it is, but once a text has real mojibake, a deliberate "Â£" in it is repaired as
// well; we accept that.
// Only sequences that decode to real characters count: not C0/C1 controls, surrogates, private
// use or unassigned code points (except unassigned code points in planes 1-3, where new emoji
// land before Qt's Unicode tables know them).
//
// Text mis-decoded twice ("Ã¢â‚¬â„¢" for ’) is repaired by running the repair again with the
// same charset, at most three passes in all, each pass weighing its own evidence. Because the
// middle layer of double mojibake can hold C1 controls (”'s 0x9D byte reads as U+009D in
// 1252), a sequence may decode to a C1 control when the sequence itself already contains one:
// the text is broken there anyway, and the next pass finishes the job.

namespace pw {
namespace {

constexpr char16_t NoBreakSpace = 0x00A0;

const char16_t *units(const QString &text)
{
    return reinterpret_cast<const char16_t *>(text.constData());
}

// The byte each UTF-16 code unit has in a single-byte charset, for bytes 0x80-0xFF only;
// 0 where the code unit is not such a byte.
struct ByteMap {
    QString name;
    std::vector<quint8> byteOf;
};

ByteMap buildByteMap(const char *name, bool c1Fallback)
{
    ByteMap map;
    map.name = QString::fromLatin1(name);
    map.byteOf.assign(0x10000, 0);
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    QStringEncoder encoder(name, QStringConverter::Flag::Stateless);
    if (decoder.isValid() && encoder.isValid()) {
        for (int b = 0x80; b <= 0xFF; ++b) {
            const char byte = char(b);
            const QString decoded = decoder.decode(QByteArrayView(&byte, 1));
            if (decoded.size() != 1 || decoded.front() == QChar::ReplacementCharacter ||
                decoded.front().unicode() == 0x1A)
                continue;
            // Only characters that round-trip: a best-fit mapping would make false pairs.
            const QByteArray back = encoder.encode(decoded);
            if (back.size() == 1 && quint8(back.front()) == b)
                map.byteOf[decoded.front().unicode()] = quint8(b);
        }
    }
    if (c1Fallback) {
        // Decoders that do not know 0x81, 0x8D, 0x8F, 0x90, 0x9D in 1252 pass them through as
        // U+0081 etc., and Latin-1 decoders do that for all of 0x80-0x9F. A C1 control in text is
        // never meant, so reading it back as its byte is safe.
        for (char16_t c = 0x80; c <= 0x9F; ++c) {
            if (!map.byteOf[c])
                map.byteOf[c] = quint8(c);
        }
    }
    return map;
}

const ByteMap &windows1252()
{
    static const ByteMap map = buildByteMap("windows-1252", true);
    return map;
}

const ByteMap &macRoman()
{
    static const ByteMap map = buildByteMap("macintosh", false);
    return map;
}

// The length (2-4) of the well-formed multi-byte UTF-8 sequence at p, or 0.
int sequenceAt(const std::vector<quint8> &bytes, size_t p, char32_t *codePoint)
{
    const quint8 lead = bytes[p];
    int length = 0;
    char32_t cp = 0;
    quint8 low = 0x80;
    quint8 high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0; // overlong otherwise
        else if (lead == 0xED)
            high = 0x9F; // surrogates otherwise
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF otherwise
    } else {
        return 0;
    }
    if (p + size_t(length) > bytes.size())
        return 0;
    for (int i = 1; i < length; ++i) {
        const quint8 b = bytes[p + size_t(i)];
        if (b < low || b > high)
            return 0;
        low = 0x80;
        high = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
    }
    *codePoint = cp;
    return length;
}

bool isC1(char32_t cp)
{
    return cp >= 0x80 && cp <= 0x9F;
}

// Whether a repaired code point is a character someone could have written.
bool isPlausible(char32_t cp, const char16_t *source, int length)
{
    if (isC1(cp))
        return std::any_of(source, source + length, [](char16_t c) { return isC1(c); });
    if (QChar::isNonCharacter(cp))
        return false;
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
        return false;
    case QChar::Other_NotAssigned:
        return length == 4 && cp < 0x40000;
    default:
        return true;
    }
}

struct Candidate {
    qsizetype start = 0; // UTF-16 index; one code unit per byte
    int length = 0;
    char32_t codePoint = 0;
};

struct Scan {
    std::vector<Candidate> candidates;
    int evidence = 0;
};

// Evidence of one run that decoded completely (see the comment at the top).
int runEvidence(const QString &text, qsizetype runStart, qsizetype runEnd, const Candidate *first,
                const Candidate *last)
{
    const char16_t *u = units(text);
    int evidence = 0;
    int cleanSequences = 0;
    for (const Candidate *c = first; c != last; ++c) {
        const char16_t *chars = u + c->start;
        if (isC1(c->codePoint) ||
            std::find(chars, chars + c->length, NoBreakSpace) != chars + c->length)
            continue;
        ++cleanSequences;
        if (c->length >= 3) {
            const bool allPunctuation = std::all_of(chars + 1, chars + c->length,
                                                    [](char16_t ch) { return QChar::isPunct(ch); });
            if (!allPunctuation || (c->start == 0 && c->codePoint == 0xFEFF))
                evidence += 2;
        } else if (c->codePoint >= 0xC0 && c->codePoint <= 0x17F && QChar::isLetter(c->codePoint)) {
            const bool touchesLetter = (runStart > 0 && QChar::isLetter(u[runStart - 1])) ||
                                       (runEnd < text.size() && QChar::isLetter(u[runEnd]));
            if (touchesLetter)
                evidence += 1;
        }
    }
    if (cleanSequences >= 2)
        evidence = std::max(evidence, 2);
    return evidence;
}

Scan scan(const QString &text, const ByteMap &map)
{
    Scan result;
    const char16_t *u = units(text);
    const qsizetype n = text.size();
    std::vector<quint8> bytes;
    qsizetype i = 0;
    while (i < n) {
        if (!map.byteOf[u[i]]) {
            ++i;
            continue;
        }
        const qsizetype runStart = i;
        bytes.clear();
        while (i < n && map.byteOf[u[i]])
            bytes.push_back(map.byteOf[u[i++]]);
        const size_t firstCandidate = result.candidates.size();
        bool whole = true;
        for (size_t p = 0; p < bytes.size();) {
            char32_t cp = 0;
            const int length = sequenceAt(bytes, p, &cp);
            const qsizetype start = runStart + qsizetype(p);
            if (length > 0 && isPlausible(cp, u + start, length)) {
                result.candidates.push_back({start, length, cp});
                p += size_t(length);
            } else {
                whole = false;
                ++p;
            }
        }
        // A run with bytes left over is only repaired, never evidence: legitimate characters
        // next to the run make accidental sequences likelier.
        if (whole) {
            const Candidate *first = result.candidates.data() + firstCandidate;
            result.evidence += runEvidence(text, runStart, i, first,
                                           result.candidates.data() + result.candidates.size());
        }
    }
    return result;
}

// Replaces the candidates in one pass. `repaired` marks (per UTF-16 unit of the text) which
// characters came from a repair, so repairs over several passes are counted once each.
// `fixes` (the first MaxRecordedFixes repairs) are carried over: a fix whose character a new
// candidate consumes hands its garbled text on to the new fix, so each repair is listed once,
// with the text it had before the first pass.
QString applyRepairs(const QString &text, const std::vector<Candidate> &candidates,
                     std::vector<char> &repaired, QList<MojibakeFix> &fixes)
{
    QString out;
    out.reserve(text.size());
    std::vector<char> marks;
    marks.reserve(size_t(text.size()));
    const bool hadMarks = !repaired.empty();
    qsizetype copied = 0;
    auto copyUpTo = [&](qsizetype end) {
        out.append(QStringView(text).sliced(copied, end - copied));
        if (hadMarks)
            marks.insert(marks.end(), repaired.begin() + copied, repaired.begin() + end);
        else
            marks.resize(marks.size() + size_t(end - copied), 0);
        copied = end;
    };
    QList<MojibakeFix> next;
    next.reserve(std::min(fixes.size() + qsizetype(candidates.size()), MaxRecordedFixes));
    qsizetype f = 0; // the first earlier fix not carried over yet
    // An earlier fix is one character or a surrogate pair; candidates are made of characters
    // that stand for bytes, never surrogates, so a fix lies wholly before a candidate or in it.
    // Fixes come in text order, so once the list is full the rest is later text: skipped.
    auto carryFixesBefore = [&](qsizetype end) {
        for (; f < fixes.size() && fixes.at(f).start < end; ++f) {
            if (next.size() < MaxRecordedFixes) {
                MojibakeFix moved = fixes.at(f);
                moved.start += out.size() - copied; // where text at `copied` lands in `out`
                next.append(std::move(moved));
            }
        }
    };
    for (const Candidate &c : candidates) {
        carryFixesBefore(c.start);
        copyUpTo(c.start);
        const bool recording = next.size() < MaxRecordedFixes;
        MojibakeFix fix;
        for (qsizetype i = c.start; recording && i < c.start + c.length;) {
            if (f < fixes.size() && fixes.at(f).start == i) {
                fix.garbled += fixes.at(f).garbled;
                i += fixes.at(f++).length;
            } else {
                fix.garbled += text.at(i++);
            }
        }
        fix.start = out.size();
        const char32_t cp = c.codePoint;
        if (QChar::requiresSurrogates(cp)) {
            out.append(QChar(QChar::highSurrogate(cp)));
            out.append(QChar(QChar::lowSurrogate(cp)));
            marks.push_back(1);
            marks.push_back(0);
        } else {
            out.append(QChar(char16_t(cp)));
            marks.push_back(1);
        }
        fix.length = out.size() - fix.start;
        if (recording)
            next.append(std::move(fix));
        copied = c.start + c.length;
    }
    carryFixesBefore(text.size());
    copyUpTo(text.size());
    repaired = std::move(marks);
    fixes = std::move(next);
    return out;
}

} // namespace

MojibakeRepair repairMojibake(const QString &text)
{
    MojibakeRepair result;
    result.text = text;

    const ByteMap *charset = nullptr;
    std::vector<char> repaired;
    constexpr int MaxPasses = 3; // mojibake three layers deep is not worth guessing about
    for (int pass = 0; pass < MaxPasses; ++pass) {
        Scan chosen;
        if (!charset) {
            Scan fromWindows = scan(result.text, windows1252());
            Scan fromMac = scan(result.text, macRoman());
            // Ties go to 1252: it is by far the commoner mistake.
            if (fromMac.evidence > fromWindows.evidence) {
                charset = &macRoman();
                chosen = std::move(fromMac);
            } else {
                charset = &windows1252();
                chosen = std::move(fromWindows);
            }
        } else {
            chosen = scan(result.text, *charset);
        }
        if (chosen.evidence < 2 || chosen.candidates.empty())
            break;
        result.text = applyRepairs(result.text, chosen.candidates, repaired, result.fixes);
        result.misreadAs = charset->name;
    }
    result.repairs = int(std::count(repaired.begin(), repaired.end(), 1));
    if (result.repairs == 0)
        result.misreadAs.clear();
    return result;
}

} // namespace pw
