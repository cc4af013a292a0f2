// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// postwright-highlighter (app/highlighter) spoken to over its pipe, frames written and read by
// hand from app/highlighter/PROTOCOL.md (independent of the client in core/highlight).
// Expected colours are those kate-syntax-highlighter 5.103 writes for the same input
// (`kate-syntax-highlighter -s Python -t "GitHub Light" -f html`), read off by eye.
// tests/CMakeLists.txt sets POSTWRIGHT_HIGHLIGHTER where the build has the helper.

#include "highlighter_wire.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace pw::test::highlighter;

QString helperProgram()
{
    return qEnvironmentVariable("POSTWRIGHT_HIGHLIGHTER");
}

// The span covering `text` where it first occurs in `code`, exactly.
std::optional<Span> spanOf(const Reply &reply, const QString &code, const QString &text)
{
    const qsizetype at = code.indexOf(text);
    for (const Span &span : reply.spans) {
        if (span.offset == quint32(at) && span.length == quint32(text.size()))
            return span;
    }
    return std::nullopt;
}

bool covered(const Reply &reply, qsizetype position)
{
    for (const Span &span : reply.spans) {
        if (position >= qsizetype(span.offset) && position < qsizetype(span.offset + span.length))
            return true;
    }
    return false;
}

// GitHub Light, as kate-syntax-highlighter's HTML shows it.
constexpr quint32 githubText = 0xff24292e;
constexpr quint32 githubKeyword = 0xffd73a49;
constexpr quint32 githubString = 0xff032f62;
constexpr quint32 githubComment = 0xff6a737d;
constexpr quint32 githubNumber = 0xff005cc5;

} // namespace

class TestHighlighterHelper : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        if (qEnvironmentVariableIsEmpty("POSTWRIGHT_HIGHLIGHTER"))
            QSKIP("This build has no postwright-highlighter (POSTWRIGHT_HIGHLIGHTER is unset)");
    }

    void versionNamesTheLibrary()
    {
        QProcess process;
        process.start(helperProgram(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(timeoutMs));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(QLatin1String("postwright-highlighter ")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("KSyntaxHighlighting 5.")) ||
                     out.contains(QLatin1String("KSyntaxHighlighting 6.")),
                 qPrintable(out));
    }

    void pythonKeyword()
    {
        Helper helper(helperProgram());
        QVERIFY(helper.started());
        const QString code = QStringLiteral("def greet(name):\n    return name");
        const auto reply = helper.highlight(QStringLiteral("py"), code);
        QVERIFY(reply);
        QCOMPARE(reply->status, quint8(0));
        QCOMPARE(reply->name, QStringLiteral("Python"));
        const auto def = spanOf(*reply, code, QStringLiteral("def"));
        QVERIFY(def);
        QCOMPARE(def->foreground, githubKeyword);
        QCOMPARE(def->background, 0u);
        QCOMPARE(def->flags, quint8(0)); // GitHub Light colours keywords, no bold
        const auto ret = spanOf(*reply, code, QStringLiteral("return"));
        QVERIFY(ret);
        QCOMPARE(ret->foreground, githubKeyword);
        // "greet(name):" is normal text: nothing is sent for it.
        QVERIFY(!covered(*reply, code.indexOf(QLatin1String("greet"))));

        // Breeze Light shows keywords in bold without a colour of their own.
        const auto breeze = helper.highlight(QStringLiteral("py"), code, "Breeze Light");
        QVERIFY(breeze);
        QCOMPARE(breeze->status, quint8(0));
        const auto boldDef = spanOf(*breeze, code, QStringLiteral("def"));
        QVERIFY(boldDef);
        QCOMPARE(boldDef->flags, quint8(Bold));
        QCOMPARE(boldDef->foreground, 0u);
        QCOMPARE(helper.finish(), 0);
    }

    void cppComment()
    {
        Helper helper(helperProgram());
        const QString code = QStringLiteral("int x = 1; // note\n");
        const auto reply = helper.highlight(QStringLiteral("c++"), code);
        QVERIFY(reply);
        QCOMPARE(reply->status, quint8(0));
        QCOMPARE(reply->name, QStringLiteral("C++"));
        const auto comment = spanOf(*reply, code, QStringLiteral("// note"));
        QVERIFY(comment);
        QCOMPARE(comment->foreground, githubComment);
        const auto type = spanOf(*reply, code, QStringLiteral("int"));
        QVERIFY(type);
        QCOMPARE(type->foreground, githubKeyword);
        const auto number = spanOf(*reply, code, QStringLiteral("1"));
        QVERIFY(number);
        QCOMPARE(number->foreground, githubNumber);
    }

    void pythonString()
    {
        Helper helper(helperProgram());
        const QString code = QStringLiteral("s = 'abc'  # note");
        const auto reply = helper.highlight(QStringLiteral("python"), code);
        QVERIFY(reply);
        const auto string = spanOf(*reply, code, QStringLiteral("'abc'"));
        QVERIFY(string);
        QCOMPARE(string->foreground, githubString);
        QCOMPARE(string->textStyle, quint8(12)); // Theme::String
        const auto comment = spanOf(*reply, code, QStringLiteral("# note"));
        QVERIFY(comment);
        QCOMPARE(comment->foreground, githubComment);
        QCOMPARE(comment->textStyle, quint8(21)); // Theme::Comment
    }

    // The offsets are UTF-16 units: an emoji is two, and the spans after it land on the
    // right characters of the Qt string.
    void nonAsciiOffsets()
    {
        Helper helper(helperProgram());
        const QString code = QStringLiteral("s = \"é😀ß\"  # ünïcode 😀\nn = 42");
        const auto reply = helper.highlight(QStringLiteral("py"), code);
        QVERIFY(reply);
        QCOMPARE(reply->status, quint8(0));
        const auto string = spanOf(*reply, code, QStringLiteral("\"é😀ß\""));
        QVERIFY(string);
        QCOMPARE(string->length, 6u); // quotes, é, two units for the emoji, ß
        QCOMPARE(string->foreground, githubString);
        const auto comment = spanOf(*reply, code, QStringLiteral("# ünïcode 😀"));
        QVERIFY(comment);
        QCOMPARE(comment->foreground, githubComment);
        const auto number = spanOf(*reply, code, QStringLiteral("42"));
        QVERIFY(number);
        QCOMPARE(number->foreground, githubNumber);
    }

    // A triple-quoted string's middle line is a string only if the state of the line before
    // is carried over.
    void stateCarriesAcrossLines()
    {
        Helper helper(helperProgram());
        const QString code = QStringLiteral("x = \"\"\"first\nsecond line\nend\"\"\"\ny = 2");
        const auto reply = helper.highlight(QStringLiteral("py"), code);
        QVERIFY(reply);
        const auto middle = spanOf(*reply, code, QStringLiteral("second line"));
        QVERIFY(middle);
        QCOMPARE(middle->foreground, githubString);
        const auto last = spanOf(*reply, code, QStringLiteral("end\"\"\""));
        QVERIFY(last);
        QCOMPARE(last->foreground, githubString);
        // After the string: code again.
        QVERIFY(!covered(*reply, code.indexOf(QLatin1Char('y'))));
        const auto number = spanOf(*reply, code, QStringLiteral("2"));
        QVERIFY(number);
        QCOMPARE(number->foreground, githubNumber);

        // Each block starts afresh: an unterminated string does not leak into the next one.
        const auto open = helper.highlight(QStringLiteral("py"), QStringLiteral("x = \"\"\"open"));
        QVERIFY(open);
        const QString next = QStringLiteral("plain = 1");
        const auto after = helper.highlight(QStringLiteral("py"), next);
        QVERIFY(after);
        QVERIFY(!covered(*after, 0));
    }

    void spansAreOrderedDisjointAndMerged()
    {
        Helper helper(helperProgram());
        QString code;
        for (int i = 0; i < 20; ++i)
            code += QStringLiteral("for i in range(%1):  # loop %1\n    print(\"n\", i * 2.5)\n")
                        .arg(i);
        const auto reply = helper.highlight(QStringLiteral("py"), code);
        QVERIFY(reply);
        QVERIFY(reply->spans.size() > 40);
        quint32 end = 0;
        const Span *previous = nullptr;
        for (const Span &span : reply->spans) {
            QVERIFY(span.length > 0);
            QVERIFY(span.offset >= end);
            QVERIFY(span.offset + span.length <= quint32(code.size()));
            QVERIFY(span.foreground != 0 || span.background != 0 || span.flags != 0);
            if (previous && previous->offset + previous->length == span.offset) {
                QVERIFY2(previous->foreground != span.foreground ||
                             previous->background != span.background ||
                             previous->flags != span.flags || previous->textStyle != span.textStyle,
                         "adjacent runs with the same look were not merged");
            }
            end = span.offset + span.length;
            previous = &span;
        }
    }

    // Blog snippets leave out "<?php"; they are coloured as PHP all the same.
    void phpWithoutOpeningTag()
    {
        Helper helper(helperProgram());
        const QString code = QStringLiteral("echo \"hi\";\n$x = 1; // c");
        const auto reply = helper.highlight(QStringLiteral("php"), code);
        QVERIFY(reply);
        QCOMPARE(reply->name, QStringLiteral("PHP (HTML)"));
        const auto string = spanOf(*reply, code, QStringLiteral("\"hi\""));
        QVERIFY(string);
        QCOMPARE(string->foreground, githubString);
        const auto comment = spanOf(*reply, code, QStringLiteral("// c"));
        QVERIFY(comment);
        QCOMPARE(comment->foreground, githubComment);
    }

    void unknownLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("made up") << QStringLiteral("no-such-language");
        QTest::newRow("plain text") << QStringLiteral("text");
        QTest::newRow("output") << QStringLiteral("output");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("empty") << QString();
        QTest::newRow("a path") << QStringLiteral("../../etc/passwd");
    }
    void unknownLanguage()
    {
        QFETCH(QString, language);
        Helper helper(helperProgram());
        const auto reply = helper.ask(
            Highlight, highlightRequest(77, "GitHub Light", language, QStringLiteral("x = 1")));
        QVERIFY(reply);
        QCOMPARE(reply->id, 77u);
        QCOMPARE(reply->status, quint8(1));
        QVERIFY(reply->spans.isEmpty());
        QCOMPARE(helper.finish(), 0); // an unknown language is an answer, not an error
    }

    void unknownTheme()
    {
        Helper helper(helperProgram());
        const auto highlight =
            helper.ask(Highlight, highlightRequest(5, "No Such Theme", QStringLiteral("py"),
                                                   QStringLiteral("x")));
        QVERIFY(highlight);
        QCOMPARE(highlight->id, 5u);
        QCOMPARE(highlight->status, quint8(2));
        // Theme names are exact: Repository::theme() would fall back to the default theme.
        const auto wrongCase = helper.ask(Theme, themeRequest(6, "github light"));
        QVERIFY(wrongCase);
        QCOMPARE(wrongCase->id, 6u);
        QCOMPARE(wrongCase->status, quint8(2));
        QCOMPARE(helper.finish(), 0);
    }

    void themeStyles()
    {
        Helper helper(helperProgram());
        const auto github = helper.ask(Theme, themeRequest(1, "GitHub Light"));
        QVERIFY(github);
        QCOMPARE(github->status, quint8(0));
        QCOMPARE(github->background, 0xffffffffu);
        QCOMPARE(github->spans.size(), 31); // Theme::Normal ... Theme::Others
        for (int i = 0; i < github->spans.size(); ++i) {
            QCOMPARE(github->spans[i].offset, quint32(i));
            QCOMPARE(github->spans[i].length, 0u);
            QCOMPARE(github->spans[i].textStyle, quint8(i));
        }
        QCOMPARE(github->spans[0].foreground, githubText);
        QCOMPARE(github->spans[1].foreground, githubKeyword);  // Keyword
        QCOMPARE(github->spans[12].foreground, githubString);  // String
        QCOMPARE(github->spans[21].foreground, githubComment); // Comment

        const auto breeze = helper.ask(Theme, themeRequest(2, "Breeze Dark"));
        QVERIFY(breeze);
        QCOMPARE(breeze->status, quint8(0));
        QCOMPARE(breeze->background, 0xff232629u);
        QCOMPARE(breeze->spans.size(), 31);
        QCOMPARE(breeze->spans[0].foreground, 0xffcfcfc2u);
        QCOMPARE(breeze->spans[1].flags & Bold, int(Bold)); // Keyword is bold in Breeze
        QCOMPARE(helper.finish(), 0);
    }

    void languageNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("definition");
        const auto row = [](const char *language, const char *definition) {
            QTest::newRow(language) << QString::fromUtf8(language) << QString::fromUtf8(definition);
        };
        row("py", "Python");
        row("js", "JavaScript");
        row("ts", "TypeScript");
        row("sh", "Bash");
        row("shell", "Bash");
        row("bash", "Bash");
        row("console", "Bash");
        row("c++", "C++");
        row("cpp", "C++");
        row("C++", "C++");
        row("yml", "YAML");
        row("html", "HTML");
        row("json", "JSON");
        row("dockerfile", "Dockerfile");
        row("Dockerfile", "Dockerfile");
        row("sql", "SQL");
        row("jsx", "JavaScript React (JSX)");
        row("tsx", "TypeScript React (TSX)");
        row("c#", "C#");
        row("objective-c", "Objective-C");
        // Pandoc and generator spellings around the name
        row("{.python}", "Python");
        row("{.python .numberLines}", "Python");
        row(".py", "Python");
        row("{r, echo=FALSE}", "R Script");
        row("js{1,3-5}", "JavaScript");
        row("  Python  extra words", "Python");
        // not in the alias table: definition names in any case, then file names
        row("Julia", "Julia");
        row("CMAKE", "CMake");
        row("rkt", "Racket");
        row("CMakeLists.txt", "CMake");
        row("Makefile", "Makefile");
    }
    void languageNames()
    {
        QFETCH(QString, language);
        QFETCH(QString, definition);
        Helper helper(helperProgram());
        const auto reply = helper.highlight(language, QStringLiteral("x"));
        QVERIFY(reply);
        QCOMPARE(reply->status, quint8(0));
        QCOMPARE(reply->name, definition);
    }

    // Every entry of the helper's alias table names a definition the library has.
    void everyAliasResolves()
    {
        QProcess list;
        list.start(helperProgram(), {QStringLiteral("--list-aliases")});
        QVERIFY(list.waitForFinished(timeoutMs));
        QCOMPARE(list.exitCode(), 0);
        const QList<QByteArray> lines = list.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(lines.size() >= 150, QByteArray::number(lines.size()).constData());

        Helper helper(helperProgram());
        QStringList failures;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 2);
            const QString alias = QString::fromUtf8(fields[0]);
            const QString definition = QString::fromUtf8(fields[1]);
            const auto reply = helper.highlight(alias, QStringLiteral("x"));
            QVERIFY(reply);
            if (reply->status != 0 || reply->name != definition)
                failures << QStringLiteral("%1 -> %2 (status %3, got '%4')")
                                .arg(alias, definition)
                                .arg(reply->status)
                                .arg(reply->name);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QCOMPARE(helper.finish(), 0);
    }

    // Several requests written at once are answered in order.
    void pipelinedRequests()
    {
        Helper helper(helperProgram());
        helper.send(
            highlightRequest(10, "GitHub Light", QStringLiteral("py"), QStringLiteral("a = 1")) +
            themeRequest(11, "Nord") +
            highlightRequest(12, "GitHub Light", QStringLiteral("nope"), QStringLiteral("x")) +
            highlightRequest(13, "GitHub Light", QStringLiteral("go"),
                             QStringLiteral("package main")));
        const quint8 kinds[] = {Highlight, Theme, Highlight, Highlight};
        const quint8 statuses[] = {0, 0, 1, 0};
        for (int i = 0; i < 4; ++i) {
            const auto payload = helper.receivePayload();
            QVERIFY(payload);
            const auto reply = decodeReply(kinds[i], *payload);
            QVERIFY(reply);
            QCOMPARE(reply->id, quint32(10 + i));
            QCOMPARE(reply->status, statuses[i]);
        }
        QCOMPARE(helper.finish(), 0);
    }

    void endOfInputExitsZero()
    {
        Helper helper(helperProgram());
        QVERIFY(helper.started());
        QCOMPARE(helper.finish(), 0);
    }

    // A frame that is not exactly one request: answered with status 3 and its id, then the
    // helper ends with an error (the stream cannot be trusted after it).
    void malformedRequest_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("answered");
        const QByteArray good =
            highlightRequest(42, "GitHub Light", QStringLiteral("py"), QStringLiteral("x = 1"))
                .mid(4);
        QTest::newRow("unknown kind")
            << frame(QByteArray(1, '\x09') + u32(42) + str8("GitHub Light")) << true;
        QTest::newRow("byte left over") << frame(good + QByteArray(1, 'x')) << true;
        QTest::newRow("code count past the end") << frame(good.left(good.size() - 2)) << true;
        QTest::newRow("huge code count")
            << frame(QByteArray(1, char(Highlight)) + u32(42) + str8("GitHub Light") + str8("py") +
                     u32(0xffffffffu))
            << true;
        QTest::newRow("empty payload") << frame({}) << false;
        QTest::newRow("truncated frame") << u32(100) + QByteArray(10, 'x') << false;
        QTest::newRow("truncated size") << QByteArray(2, '\x05') << false;
        QTest::newRow("over 64 MiB") << u32(64u * 1024 * 1024 + 1) + QByteArray(16, 'x') << false;
    }
    void malformedRequest()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, answered);
        Helper helper(helperProgram());
        helper.send(bytes);
        helper.process().closeWriteChannel();
        if (answered) {
            const auto payload = helper.receivePayload();
            QVERIFY(payload);
            const auto reply = decodeReply(Highlight, *payload);
            QVERIFY(reply);
            QCOMPARE(reply->id, 42u);
            QCOMPARE(reply->status, quint8(3));
        }
        const int exitCode = helper.exitCode();
        QVERIFY2(exitCode > 0, QByteArray::number(exitCode).constData());
    }

    // A syntax file under XDG_DATA_HOME is not loaded, even when the helper is started without
    // the app's environment.
    void userSyntaxFilesAreIgnored()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const QString syntaxDir =
            data.path() + QStringLiteral("/org.kde.syntax-highlighting/syntax");
        QVERIFY(QDir().mkpath(syntaxDir));
        QFile syntax(syntaxDir + QStringLiteral("/postwright-fake.xml"));
        QVERIFY(syntax.open(QIODevice::WriteOnly));
        // (Not a raw string literal: moc 6.4 loses the class after one.)
        syntax.write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE language>\n"
            "<language name=\"PostwrightFake\" section=\"Other\" version=\"1\" "
            "kateversion=\"5.0\" extensions=\"*.pwfake\">\n"
            "  <highlighting>\n"
            "    <contexts><context name=\"Normal\" attribute=\"Normal Text\" "
            "lineEndContext=\"#stay\"/></contexts>\n"
            "    <itemDatas><itemData name=\"Normal Text\" defStyleNum=\"dsNormal\"/></itemDatas>\n"
            "  </highlighting>\n"
            "</language>\n");
        syntax.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        environment.insert(QStringLiteral("XDG_DATA_DIRS"), data.path());
        Helper helper(helperProgram(), environment);
        const auto reply = helper.highlight(QStringLiteral("PostwrightFake"), QStringLiteral("x"));
        QVERIFY(reply);
        QCOMPARE(reply->status, quint8(1));
        const auto python = helper.highlight(QStringLiteral("py"), QStringLiteral("x"));
        QVERIFY(python);
        QCOMPARE(python->status, quint8(0));
        QCOMPARE(helper.finish(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHighlighterHelper)
#include "tst_highlighter_helper.moc"
