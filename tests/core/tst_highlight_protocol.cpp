// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The frames spoken with postwright-highlighter (app/highlighter/PROTOCOL.md): requests come
// out byte for byte as the protocol lays them down, responses written by hand from it decode
// to the right values, and anything truncated, oversized or padded is rejected rather than
// read past its end. No helper needed.
#include "core/highlight/highlight_protocol.h"

#include <QTest>

using namespace pw;
namespace hp = pw::highlight_protocol;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int value : values)
        out.append(char(value));
    return out;
}

// Kind 1, id 7, "GitHub Light", "py", "é\n", as PROTOCOL.md lays them down: u8 kind, u32 id,
// str8 theme, str8 language, utf16 code; all little-endian.
QByteArray highlightRequestPayload()
{
    return bytes({1, 7, 0, 0, 0, 12, 0}) + QByteArray("GitHub Light") + bytes({2, 0}) +
           QByteArray("py") + bytes({2, 0, 0, 0, 0xe9, 0, 0x0a, 0});
}

// Id 7, status 0, "Python", one span: offset 0, length 3, #d73a49 opaque, no background,
// bold, text style 1 (Keyword).
QByteArray highlightResponsePayload()
{
    return bytes({7, 0, 0, 0, 0, 6, 0}) + QByteArray("Python") +
           bytes({1,    0,    0,    0,    0, 0, 0, 0, 3, 0, 0, 0,
                  0x49, 0x3a, 0xd7, 0xff, 0, 0, 0, 0, 1, 1, 0, 0});
}

// Id 9, status 0, background #ffffff, two styles: Normal (0) #24292e, Keyword (1) italic.
QByteArray themeResponsePayload()
{
    return bytes({9, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 2, 0, 0, 0}) +
           bytes({0, 0, 0, 0, 0, 0, 0, 0, 0x2e, 0x29, 0x24, 0xff, 0, 0, 0, 0, 0, 0, 0, 0}) +
           bytes({1, 0, 0, 0, 0, 0, 0, 0, 0x49, 0x3a, 0xd7, 0xff, 0, 0, 0, 0, 2, 1, 0, 0});
}

QByteArray withHeader(const QByteArray &payload)
{
    const quint32 size = quint32(payload.size());
    return bytes(
               {int(size & 0xff), int(size >> 8 & 0xff), int(size >> 16 & 0xff), int(size >> 24)}) +
           payload;
}

} // namespace

class TestHighlightProtocol : public QObject {
    Q_OBJECT
private slots:
    void highlightRequestIsLaidDownAsSpecified()
    {
        const auto frame =
            hp::encodeRequest({hp::Kind::Highlight, 7, QStringLiteral("GitHub Light"),
                               QStringLiteral("py"), QStringLiteral("\u00e9\n")});
        QVERIFY(frame);
        QCOMPARE(frame->left(4), bytes({31, 0, 0, 0}));
        QCOMPARE(*frame, withHeader(highlightRequestPayload()));
    }

    void themeRequestHasNoLanguageOrCode()
    {
        const auto frame =
            hp::encodeRequest({hp::Kind::Theme, 0x01020304, QStringLiteral("Nord"),
                               QStringLiteral("ignored"), QStringLiteral("ignored")});
        QVERIFY(frame);
        QCOMPARE(*frame, withHeader(bytes({2, 4, 3, 2, 1, 4, 0}) + QByteArray("Nord")));
    }

    void namesAreUtf8()
    {
        const auto frame =
            hp::encodeRequest({hp::Kind::Theme, 1, QStringLiteral("\u00c4"), {}, {}});
        QVERIFY(frame);
        QCOMPARE(frame->mid(4 + 5), bytes({2, 0, 0xc3, 0x84}));
    }

    void namesOverSixtyFourKilobytesCannotBeSent()
    {
        const QString longName(70000, QLatin1Char('x'));
        QVERIFY(!hp::encodeRequest({hp::Kind::Theme, 1, longName, {}, {}}));
        QVERIFY(!hp::encodeRequest(
            {hp::Kind::Highlight, 1, QStringLiteral("Nord"), longName, QStringLiteral("x")}));
        QVERIFY(hp::encodeRequest({hp::Kind::Theme, 1, QString(65535, QLatin1Char('x')), {}, {}}));
    }

    void highlightResponseDecodes()
    {
        const auto response = hp::decodeResponse(hp::Kind::Highlight, highlightResponsePayload());
        QVERIFY(response);
        QCOMPARE(response->id, 7u);
        QCOMPARE(response->status, hp::Status::Ok);
        QCOMPARE(response->name, QStringLiteral("Python"));
        QCOMPARE(response->spans.size(), 1);
        const CodeToken span = response->spans.first();
        QCOMPARE(span.offset, 0);
        QCOMPARE(span.length, 3);
        QCOMPARE(span.foreground, 0xffd73a49u);
        QCOMPARE(span.background, 0u);
        QCOMPARE(span.flags, quint8(CodeToken::Bold));
        QCOMPARE(span.textStyle, quint8(1));
    }

    void themeResponseDecodes()
    {
        const auto response = hp::decodeResponse(hp::Kind::Theme, themeResponsePayload());
        QVERIFY(response);
        QCOMPARE(response->id, 9u);
        QCOMPARE(response->background, 0xffffffffu);
        QCOMPARE(response->spans.size(), 2);
        QCOMPARE(response->spans[0].foreground, 0xff24292eu);
        QCOMPARE(response->spans[1].offset, 1);
        QCOMPARE(response->spans[1].flags, quint8(CodeToken::Italic));
    }

    void statusWithoutBody()
    {
        const auto unknown = hp::decodeResponse(hp::Kind::Highlight, bytes({3, 0, 0, 0, 1}));
        QVERIFY(unknown);
        QCOMPARE(unknown->status, hp::Status::UnknownLanguage);
        QVERIFY(unknown->name.isEmpty());
        QVERIFY(unknown->spans.isEmpty());
        const auto malformed = hp::decodeResponse(hp::Kind::Theme, bytes({3, 0, 0, 0, 3}));
        QVERIFY(malformed);
        QCOMPARE(malformed->status, hp::Status::Malformed);
        // Only status 0 carries a body.
        QVERIFY(!hp::decodeResponse(hp::Kind::Highlight, bytes({3, 0, 0, 0, 1, 0, 0, 0, 0})));
        QVERIFY(!hp::decodeResponse(hp::Kind::Highlight, bytes({3, 0, 0, 0, 4})));
    }

    void everyTruncationIsRejected()
    {
        const QByteArray highlight = highlightResponsePayload();
        for (qsizetype n = 0; n < highlight.size(); ++n)
            QVERIFY2(!hp::decodeResponse(hp::Kind::Highlight, highlight.left(n)),
                     qPrintable(QString::number(n)));
        const QByteArray theme = themeResponsePayload();
        for (qsizetype n = 0; n < theme.size(); ++n)
            QVERIFY2(!hp::decodeResponse(hp::Kind::Theme, theme.left(n)),
                     qPrintable(QString::number(n)));
        const QByteArray request = highlightRequestPayload();
        for (qsizetype n = 0; n < request.size(); ++n)
            QVERIFY2(!hp::decodeRequest(request.left(n)), qPrintable(QString::number(n)));
    }

    void trailingBytesAreRejected()
    {
        QVERIFY(!hp::decodeResponse(hp::Kind::Highlight, highlightResponsePayload() + '\0'));
        QVERIFY(!hp::decodeResponse(hp::Kind::Theme, themeResponsePayload() + '\0'));
        QVERIFY(!hp::decodeRequest(highlightRequestPayload() + '\0'));
    }

    void hugeCountsAreRejectedWithoutReading()
    {
        // Count 0xffffffff spans, then nothing: rejected, and not by running out of memory.
        QVERIFY(!hp::decodeResponse(hp::Kind::Highlight,
                                    bytes({1, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff})));
        // A million spans announced, one sent.
        QByteArray payload = highlightResponsePayload();
        payload[13 + 2] = char(0x10);
        QVERIFY(!hp::decodeResponse(hp::Kind::Highlight, payload));
        // A span offset beyond an int (id, status, name take 13 bytes, the count 4).
        payload = highlightResponsePayload();
        payload[17 + 3] = char(0x80);
        QVERIFY(!hp::decodeResponse(hp::Kind::Highlight, payload));
        // A code length beyond what follows.
        QByteArray request = highlightRequestPayload();
        request[request.size() - 8] = char(0xff);
        QVERIFY(!hp::decodeRequest(request));
    }

    void overlappingOrUnorderedRunsAreRejected()
    {
        hp::Response response{1, hp::Status::Ok, QStringLiteral("C"), 0, {}};
        response.spans = {CodeToken{4, 2}, CodeToken{5, 1}};
        auto frame = hp::encodeResponse(hp::Kind::Highlight, response);
        QVERIFY(frame);
        QVERIFY(!hp::decodeResponse(hp::Kind::Highlight, frame->sliced(4)));
        response.spans = {CodeToken{4, 2}, CodeToken{6, 1}}; // touching is fine
        frame = hp::encodeResponse(hp::Kind::Highlight, response);
        QVERIFY(hp::decodeResponse(hp::Kind::Highlight, frame->sliced(4)));
    }

    void unknownKindIsRejected()
    {
        QByteArray request = highlightRequestPayload();
        request[0] = 3;
        QVERIFY(!hp::decodeRequest(request));
    }

    void roundTrips()
    {
        const hp::Request highlight{hp::Kind::Highlight, 42, QStringLiteral("Breeze Dark"),
                                    QStringLiteral("C++"),
                                    QStringLiteral("int main() {}\n// \u2014 \U0001F600")};
        auto frame = hp::encodeRequest(highlight);
        QVERIFY(frame);
        QCOMPARE(hp::decodeRequest(frame->sliced(4)), highlight);

        const hp::Request theme{hp::Kind::Theme, 43, QStringLiteral("Nord"), {}, {}};
        frame = hp::encodeRequest(theme);
        QVERIFY(frame);
        QCOMPARE(hp::decodeRequest(frame->sliced(4)), theme);

        hp::Response coloured{42, hp::Status::Ok, QStringLiteral("C++"), 0, {}};
        coloured.spans = {CodeToken{0, 3, 0xff0000ffu, 0, CodeToken::Bold, 16},
                          CodeToken{14, 17, 0x80808080u, 0xff102030u,
                                    CodeToken::Italic | CodeToken::StrikeOut, 21}};
        frame = hp::encodeResponse(hp::Kind::Highlight, coloured);
        QVERIFY(frame);
        QCOMPARE(frame->size(), 4 + 4 + 1 + 2 + 3 + 4 + 2 * 20);
        QCOMPARE(hp::decodeResponse(hp::Kind::Highlight, frame->sliced(4)), coloured);

        hp::Response styles{43, hp::Status::Ok, {}, 0xff2e3440u, {}};
        styles.spans = {CodeToken{0, 0, 0xffd8dee9u}, CodeToken{1, 0, 0xff81a1c1u, 0, 1, 1}};
        frame = hp::encodeResponse(hp::Kind::Theme, styles);
        QVERIFY(frame);
        QCOMPARE(hp::decodeResponse(hp::Kind::Theme, frame->sliced(4)), styles);
    }

    void framesAreFoundInAStream()
    {
        using hp::FrameState;
        QCOMPARE(hp::probeFrame(bytes({5, 0, 0})).state, FrameState::Incomplete);
        QCOMPARE(hp::probeFrame(bytes({5, 0, 0, 0, 1, 2, 3, 4})).state, FrameState::Incomplete);
        const hp::FrameProbe complete = hp::probeFrame(bytes({5, 0, 0, 0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(complete.state, FrameState::Complete);
        QCOMPARE(complete.payloadSize, 5);
        // 64 MiB is the most a frame may carry; one byte more and the stream is not trusted.
        QCOMPARE(hp::probeFrame(bytes({0, 0, 0, 4})).state, FrameState::Incomplete);
        QCOMPARE(hp::probeFrame(bytes({1, 0, 0, 4})).state, FrameState::Oversized);
        QCOMPARE(hp::probeFrame(bytes({0xff, 0xff, 0xff, 0xff})).state, FrameState::Oversized);
    }
};

QTEST_APPLESS_MAIN(TestHighlightProtocol)
#include "tst_highlight_protocol.moc"
