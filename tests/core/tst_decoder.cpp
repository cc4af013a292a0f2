// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/decoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace pw;

namespace {

QByteArray bytes(const char *data, qsizetype size)
{
    return QByteArray(data, size);
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(PW_TEST_DATA_DIR "/text/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const Finding *findingWithId(const DecodedText &d, const QString &id)
{
    for (const Finding &f : d.findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestDecoder : public QObject {
    Q_OBJECT

private slots:
    void plainUtf8();
    void utf8Bom();
    void refused_data();
    void refused();
    void utf16_data();
    void utf16();
    void utf16Invalid();
    void invalidUtf8IsReportedWithLine();
    void truncatedSequenceIsOneReplacement();
    void legacyCharsets_data();
    void legacyCharsets();
    void legacyInvalidBytes();
    void shortLatin1();
    void mojibakeIsRepairedAndReported();
    void misdecodedBomIsDropped();
    void largeInput();
};

void TestDecoder::plainUtf8()
{
    const DecodedText d = decodeText(QByteArray("Crème brûlée, 🙂\n"));
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("Crème brûlée, 🙂\n"));
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QVERIFY(!d.hadBom);
    QCOMPARE(d.invalidSequences, 0);
    QCOMPARE(d.firstInvalidByte, qsizetype(-1));
    QCOMPARE(d.mojibakeRepairs, 0);
    QVERIFY(d.findings.isEmpty());
    QVERIFY(d.error.isEmpty());
}

void TestDecoder::utf8Bom()
{
    const DecodedText d = decodeText(QByteArray("\xEF\xBB\xBF# Title\nté"));
    QVERIFY(d.ok);
    QVERIFY(d.hadBom);
    QCOMPARE(d.text, QStringLiteral("# Title\nté"));
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QVERIFY(d.findings.isEmpty());
}

void TestDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("utf-8 bom only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("utf-16 bom only") << QByteArray("\xFF\xFE");
    QTest::newRow("nul bytes") << bytes("Hello\0World", 11);
    QTest::newRow("png") << bytes(
        "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1F"
        "\x15\xC4\x89",
        33);
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04 some \x05\x06\x07\x08\x0E");
    QTest::newRow("utf-16 holding nul") << bytes("\xFF\xFE\0\0a\0", 6);
}

void TestDecoder::refused()
{
    QFETCH(QByteArray, input);
    const DecodedText d = decodeText(input);
    QVERIFY(!d.ok);
    QVERIFY(!d.error.isEmpty());
}

void TestDecoder::utf16_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    // "hié🙂\n"; 🙂 is U+1F642, the surrogates D83D DE42.
    QTest::newRow("LE") << bytes("\xFF\xFEh\0i\0\xE9\0\x3D\xD8\x42\xDE\n\0", 14)
                        << QStringLiteral("UTF-16LE");
    QTest::newRow("BE") << bytes("\xFE\xFF\0h\0i\0\xE9\xD8\x3D\xDE\x42\0\n", 14)
                        << QStringLiteral("UTF-16BE");
}

void TestDecoder::utf16()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    const DecodedText d = decodeText(input);
    QVERIFY(d.ok);
    QVERIFY(d.hadBom);
    QCOMPARE(d.text, QStringLiteral("hié🙂\n"));
    QCOMPARE(d.encoding, encoding);
    QCOMPARE(d.invalidSequences, 0);
    QCOMPARE(d.findings.size(), 1);
    QCOMPARE(d.findings.front().id, QStringLiteral("encoding.detected"));
    QCOMPARE(d.findings.front().severity, Severity::Info);
    QCOMPARE(d.findings.front().field, Field::File);
    QVERIFY(d.findings.front().message.contains(encoding));
}

void TestDecoder::utf16Invalid()
{
    // "a\n", a lone high surrogate at byte 6, "b".
    DecodedText d = decodeText(bytes("\xFF\xFE"
                                     "a\0\n\0\0\xD8"
                                     "b\0",
                                     10));
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("a\n\uFFFDb"));
    QCOMPARE(d.invalidSequences, 1);
    QCOMPARE(d.firstInvalidByte, qsizetype(6));
    const Finding *f = findingWithId(d, QStringLiteral("encoding.invalid"));
    QVERIFY(f);
    QVERIFY(f->message.contains(QStringLiteral("line 2")));

    // An odd byte at the end.
    d = decodeText(bytes("\xFF\xFE"
                         "a\0b",
                         5));
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("a\uFFFD"));
    QCOMPARE(d.invalidSequences, 1);
    QCOMPARE(d.firstInvalidByte, qsizetype(4));
}

void TestDecoder::invalidUtf8IsReportedWithLine()
{
    // "line one " is 9 bytes, é 2, "\n" 1, "line two " 9: the 0xFF is byte 21, on line 2.
    const DecodedText d =
        decodeText(QByteArray("line one \xC3\xA9\nline two \xFF end, \xC3\xBC and \xC3\xB6\n"));
    QVERIFY(d.ok);
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(d.text, QStringLiteral("line one é\nline two \uFFFD end, ü and ö\n"));
    QCOMPARE(d.invalidSequences, 1);
    QCOMPARE(d.firstInvalidByte, qsizetype(21));
    QCOMPARE(d.findings.size(), 1);
    const Finding &f = d.findings.front();
    QCOMPARE(f.id, QStringLiteral("encoding.invalid"));
    QCOMPARE(f.severity, Severity::Warning);
    QCOMPARE(f.field, Field::File);
    QVERIFY(f.message.contains(QStringLiteral("21")));
    QVERIFY(f.message.contains(QStringLiteral("line 2")));
}

void TestDecoder::truncatedSequenceIsOneReplacement()
{
    // "é é é a" is 10 bytes; then E2 80 (the start of a 3-byte sequence) cut short by "b".
    DecodedText d = decodeText(QByteArray("\xC3\xA9 \xC3\xA9 \xC3\xA9 a\xE2\x80"
                                          "b"));
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("é é é a\uFFFDb"));
    QCOMPARE(d.invalidSequences, 1);
    QCOMPARE(d.firstInvalidByte, qsizetype(10));

    // C0 AF (an overlong "/") is two bad bytes; a 4-byte sequence cut off at the end is one.
    d = decodeText(QByteArray("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 \xC0\xAF \xF0\x9F\x98"));
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("éééé \uFFFD\uFFFD \uFFFD"));
    QCOMPARE(d.invalidSequences, 3);
    QCOMPARE(d.firstInvalidByte, qsizetype(9));
}

void TestDecoder::legacyCharsets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("encoding");
    // Fixtures: the .utf8.txt text, encoded with Python's codecs (VISCII with iconv).
    QTest::newRow("french") << QStringLiteral("french") << QStringLiteral("windows-1252");
    QTest::newRow("czech") << QStringLiteral("czech") << QStringLiteral("ISO-8859-2");
    QTest::newRow("russian") << QStringLiteral("russian") << QStringLiteral("windows-1251");
    QTest::newRow("russian koi8") << QStringLiteral("russian_koi8") << QStringLiteral("KOI8-R");
    QTest::newRow("greek") << QStringLiteral("greek") << QStringLiteral("ISO-8859-7");
    QTest::newRow("japanese") << QStringLiteral("japanese") << QStringLiteral("Shift_JIS");
    // Qt's ICU build does not know VISCII: this one goes through iconv.
    QTest::newRow("vietnamese") << QStringLiteral("vietnamese") << QStringLiteral("VISCII");
}

void TestDecoder::legacyCharsets()
{
    QFETCH(QString, name);
    QFETCH(QString, encoding);
    const QByteArray legacy = readData(name + QLatin1String(".legacy.txt"));
    const QByteArray reference = readData(name + QLatin1String(".utf8.txt"));
    QVERIFY(!legacy.isEmpty());
    QVERIFY(!reference.isEmpty());
    QVERIFY(legacy != reference);

    const DecodedText d = decodeText(legacy);
    QVERIFY(d.ok);
    QCOMPARE(d.encoding.toLower(), encoding.toLower());
    QCOMPARE(d.text, QString::fromUtf8(reference));
    QCOMPARE(d.invalidSequences, 0);
    QCOMPARE(d.mojibakeRepairs, 0);
    QCOMPARE(d.findings.size(), 1);
    QCOMPARE(d.findings.front().id, QStringLiteral("encoding.detected"));
    QCOMPARE(d.findings.front().severity, Severity::Info);
    QVERIFY(d.findings.front().message.contains(d.encoding));
}

void TestDecoder::legacyInvalidBytes()
{
    // 0xA0 is unassigned in Shift_JIS. Byte 30 is where "無い" ends and "。" (81 42) starts:
    // eight characters of two bytes, then seven.
    QByteArray legacy = readData(QStringLiteral("japanese.legacy.txt"));
    const QByteArray reference = readData(QStringLiteral("japanese.utf8.txt"));
    QVERIFY(!legacy.isEmpty());
    QCOMPARE(legacy.mid(30, 2), QByteArray("\x81\x42"));
    legacy.insert(30, '\xA0');

    const DecodedText d = decodeText(legacy);
    QVERIFY(d.ok);
    QCOMPARE(d.encoding, QStringLiteral("Shift_JIS"));
    QString expected = QString::fromUtf8(reference);
    QVERIFY(expected.contains(QStringLiteral("まだ無い。")));
    expected.replace(QStringLiteral("まだ無い。"), QStringLiteral("まだ無い\uFFFD。"));
    QCOMPARE(d.text, expected);
    QCOMPARE(d.invalidSequences, 1);
    QCOMPARE(d.firstInvalidByte, qsizetype(30));
    QVERIFY(findingWithId(d, QStringLiteral("encoding.detected")));
    const Finding *f = findingWithId(d, QStringLiteral("encoding.invalid"));
    QVERIFY(f);
    QVERIFY(f->message.contains(QStringLiteral("byte 30 (line 1)")));
}

void TestDecoder::shortLatin1()
{
    // Too short for a confident guess; what matters is that é comes out as é.
    const DecodedText d = decodeText(QByteArray("Caf\xE9 cr\xE8me"));
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("Café crème"));
    QCOMPARE(d.invalidSequences, 0);
    QVERIFY(findingWithId(d, QStringLiteral("encoding.detected")));
}

void TestDecoder::mojibakeIsRepairedAndReported()
{
    const DecodedText d = decodeText(QStringLiteral("In this post, weâ€™ll compare").toUtf8());
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("In this post, we’ll compare"));
    QCOMPARE(d.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(d.mojibakeRepairs, 1);
    QCOMPARE(d.findings.size(), 1);
    const Finding &f = d.findings.front();
    QCOMPARE(f.id, QStringLiteral("encoding.repaired"));
    QCOMPARE(f.severity, Severity::Info);
    QCOMPARE(f.field, Field::File);
    QVERIFY(f.message.contains(QStringLiteral("1")));
    QVERIFY(f.message.contains(QStringLiteral("windows-1252")));
}

void TestDecoder::misdecodedBomIsDropped()
{
    // A BOM that went through 1252 once: EF BB BF -> "ï»¿", saved again as UTF-8.
    const DecodedText d = decodeText(QByteArray("\xC3\xAF\xC2\xBB\xC2\xBFHello"));
    QVERIFY(d.ok);
    QCOMPARE(d.text, QStringLiteral("Hello"));
    QCOMPARE(d.mojibakeRepairs, 1);
}

void TestDecoder::largeInput()
{
    // 64 bytes up to the 0xFF: "Plain line with caf" 19, é 2, ", na" 4, ï 2, "ve and we" 9,
    // "â€™" 2+3+3, "ll, plus a bad byte " 20.
    const QByteArray line("Plain line with caf\xC3\xA9, na\xC3\xAFve and we"
                          "\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2"
                          "ll, plus a bad byte \xFF.\n");
    const int lines = 200000; // about 14 MB
    const QByteArray input = line.repeated(lines);
    QElapsedTimer timer;
    timer.start();
    const DecodedText d = decodeText(input);
    qInfo("decoded %lld bytes in %lld ms", qlonglong(input.size()), qlonglong(timer.elapsed()));
    QVERIFY(d.ok);
    QCOMPARE(d.invalidSequences, lines);
    QCOMPARE(d.firstInvalidByte, qsizetype(64));
    QCOMPARE(d.mojibakeRepairs, lines);
    const QString expectedLine =
        QStringLiteral("Plain line with café, naïve and we’ll, plus a bad byte \uFFFD.\n");
    QCOMPARE(d.text.size(), expectedLine.size() * lines);
    QVERIFY(d.text.startsWith(expectedLine));
    QVERIFY(d.text.endsWith(expectedLine));
}

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
