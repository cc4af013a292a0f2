// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Colouring fenced code through CodeHighlighter: which info strings ask for a language, what
// is cached, and the helper process's life: answers from the real postwright-highlighter
// (POSTWRIGHT_HIGHLIGHTER; those tests skip without it), and stand-in helpers that hang, die,
// talk nonsense or ignore end of input, none of which may hang a caller or leave a process
// behind. Expected colours were read off `kate-syntax-highlighter --stdin -s Python -t THEME
// -f html`.
#include "core/highlight/code_highlighter.h"
#include "core/highlight/helper_backend.h"
#include "core/highlight/highlighter_location.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <functional>
#include <thread>
#include <vector>

using namespace pw;

namespace {

const QString kLight = QStringLiteral("GitHub Light");
const QString kDark = QStringLiteral("GitHub Dark");
const QString kPython = QStringLiteral("def f(x):\n    return x  # hi\n");

// Answers from a function, counting the questions.
class FakeBackend final : public HighlightBackend {
public:
    using Answer = std::function<std::optional<CodeColours>(const QString &language)>;
    explicit FakeBackend(Answer answer) : m_answer(std::move(answer)) {}

    std::optional<CodeColours> highlight(const QString &language, const QString &,
                                         const QString &) override
    {
        ++highlights;
        return m_answer(language);
    }
    std::optional<CodeThemeStyles> themeStyles(const QString &theme) override
    {
        ++themes;
        if (theme != kLight)
            return std::nullopt;
        return CodeThemeStyles{theme, 0xffffffffu, {CodeToken{0, 0, 0xff24292eu}}};
    }
    QString unavailableReason() const override { return {}; }

    std::atomic<int> highlights = 0;
    std::atomic<int> themes = 0;

private:
    Answer m_answer;
};

CodeColours pythonColours()
{
    return CodeColours{QStringLiteral("Python"), {CodeToken{0, 3, 0xffd73a49u}}};
}

// Sets an environment variable for one scope, and puts back what was there.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_was(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_was)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_was;
    QByteArray m_old;
};

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return file.fileName();
}

// A stand-in helper in Python that reads frames as PROTOCOL.md has them and answers each with
// `answer` (a Python expression over `rid`, giving the response payload), then, at end of
// input, does `atEnd`.
QByteArray pythonHelper(const QByteArray &answer, const QByteArray &atEnd = "pass")
{
    return "#!/usr/bin/env python3\n"
           "import struct, sys, time\n"
           "inp, out = sys.stdin.buffer, sys.stdout.buffer\n"
           "while True:\n"
           "    head = inp.read(4)\n"
           "    if len(head) < 4: break\n"
           "    payload = inp.read(struct.unpack('<I', head)[0])\n"
           "    rid = struct.unpack('<I', payload[1:5])[0]\n"
           "    reply = " +
           answer +
           "\n"
           "    out.write(struct.pack('<I', len(reply)) + reply)\n"
           "    out.flush()\n" +
           atEnd + "\n";
}

// Gone for good: not running and reaped (kill() still finds a zombie).
bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == -1 && errno == ESRCH;
}

std::unique_ptr<HelperProcessBackend> helperBackend(const QString &program, int timeoutMs = 2000,
                                                    int backoffMs = 100)
{
    HelperProcessBackend::Options options;
    options.timeoutMs = timeoutMs;
    options.initialBackoffMs = backoffMs;
    return std::make_unique<HelperProcessBackend>(program, options);
}

// The first token of a Python block starting with "def": the keyword.
std::optional<CodeToken> defToken(const CodeColoursPtr &colours)
{
    if (!colours || colours->tokens.isEmpty() || colours->tokens.first().offset != 0 ||
        colours->tokens.first().length != 3)
        return std::nullopt;
    return colours->tokens.first();
}

} // namespace

// QSKIP returns from the function it is in: these must be macros.
#define REQUIRE_HELPER()                                                                           \
    if (m_helper.isEmpty())                                                                        \
    QSKIP("POSTWRIGHT_HIGHLIGHTER is unset: no helper to test against")
#define REQUIRE_PYTHON()                                                                           \
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty())                       \
    QSKIP("python3 is needed for the stand-in helper")

class TestCodeHighlighter : public QObject {
    Q_OBJECT

    QString m_helper; // the real one, from POSTWRIGHT_HIGHLIGHTER
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_helper = qEnvironmentVariable("POSTWRIGHT_HIGHLIGHTER");
        QVERIFY(m_dir.isValid());
    }

    // --- The info string ---

    void languageWord_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << "python"
                               << "python";
        QTest::newRow("attributes after") << "python title=\"x.py\""
                                          << "python";
        QTest::newRow("spaces around") << "  C++  "
                                       << "C++";
        QTest::newRow("pandoc class") << "{.python}"
                                      << "python";
        QTest::newRow("pandoc classes") << "{.python .numberLines startFrom=\"3\"}"
                                        << "python";
        QTest::newRow("braces") << "{python}"
                                << "python";
        QTest::newRow("r markdown") << "{r, echo=FALSE}"
                                    << "r";
        QTest::newRow("line highlights glued on") << "js{1,3-4}"
                                                  << "js";
        QTest::newRow("vitepress option") << "ts:line-numbers"
                                          << "ts";
        QTest::newRow("nuxt file name") << "js [file.js]"
                                        << "js";
        QTest::newRow("sharp") << "c#"
                               << "c#";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("only spaces") << "   "
                                     << "";
        QTest::newRow("empty braces") << "{}"
                                      << "";
    }

    void languageWord()
    {
        QFETCH(QString, info);
        QFETCH(QString, word);
        QCOMPARE(CodeHighlighter::languageWord(info), word);
    }

    void plainTextWordsAskNothing()
    {
        auto backend =
            std::make_unique<FakeBackend>([](const QString &) { return pythonColours(); });
        FakeBackend *fake = backend.get();
        CodeHighlighter highlighter(std::move(backend));
        for (const char *word : {"text", "TXT", "plain", "plaintext", "none", "output",
                                 "nohighlight", "text title=\"log\"", "", "  "})
            QVERIFY2(!highlighter.colours(QString::fromLatin1(word), kPython, kLight), word);
        QCOMPARE(fake->highlights.load(), 0);
        QVERIFY(highlighter.colours(QStringLiteral("python"), kPython, kLight));
        QCOMPARE(fake->highlights.load(), 1);
    }

    // --- The cache ---

    void sameBlockTwiceAsksOnce()
    {
        auto backend =
            std::make_unique<FakeBackend>([](const QString &) { return pythonColours(); });
        FakeBackend *fake = backend.get();
        CodeHighlighter highlighter(std::move(backend));
        const CodeColoursPtr first = highlighter.colours(QStringLiteral("python"), kPython, kLight);
        const CodeColoursPtr second =
            highlighter.colours(QStringLiteral("python title=\"other\""), kPython, kLight);
        QVERIFY(first);
        QCOMPARE(*first, pythonColours());
        QCOMPARE(second.get(), first.get()); // shared, not copied
        QCOMPARE(fake->highlights.load(), 1);
        QCOMPARE(highlighter.stats().hits, 1);
        QCOMPARE(highlighter.stats().misses, 1);

        // Another theme, word or code is another question.
        highlighter.colours(QStringLiteral("python"), kPython, kDark);
        highlighter.colours(QStringLiteral("py"), kPython, kLight);
        highlighter.colours(QStringLiteral("python"), kPython + QLatin1Char(' '), kLight);
        QCOMPARE(fake->highlights.load(), 4);
        QCOMPARE(highlighter.stats().misses, 4);
    }

    void noAnswerIsNotKept()
    {
        bool up = false;
        auto backend = std::make_unique<FakeBackend>(
            [&](const QString &) { return up ? std::optional(pythonColours()) : std::nullopt; });
        FakeBackend *fake = backend.get();
        CodeHighlighter highlighter(std::move(backend));
        QVERIFY(!highlighter.colours(QStringLiteral("python"), kPython, kLight));
        up = true;
        QVERIFY(highlighter.colours(QStringLiteral("python"), kPython, kLight));
        QCOMPARE(fake->highlights.load(), 2);
    }

    void unknownLanguageIsAnAnswerKeptForTheWord()
    {
        auto backend = std::make_unique<FakeBackend>([](const QString &) { return CodeColours{}; });
        FakeBackend *fake = backend.get();
        CodeHighlighter highlighter(std::move(backend));
        const CodeColoursPtr unknown =
            highlighter.colours(QStringLiteral("pyhton"), kPython, kLight);
        QVERIFY(unknown);
        QVERIFY(unknown->language.isEmpty());
        QVERIFY(unknown->tokens.isEmpty());
        // Whatever the code or theme, the word stays unknown.
        QVERIFY(highlighter.colours(QStringLiteral("pyhton"), QStringLiteral("other"), kDark));
        QCOMPARE(fake->highlights.load(), 1);
    }

    void themeStylesAreKept()
    {
        auto backend =
            std::make_unique<FakeBackend>([](const QString &) { return pythonColours(); });
        FakeBackend *fake = backend.get();
        CodeHighlighter highlighter(std::move(backend));
        const auto styles = highlighter.themeStyles(kLight);
        QVERIFY(styles);
        QCOMPARE(styles->background, 0xffffffffu);
        QCOMPARE(highlighter.themeStyles(kLight), styles);
        QCOMPARE(fake->themes.load(), 1);
        // An unknown theme is asked again (it may be the helper that is down).
        QVERIFY(!highlighter.themeStyles(QStringLiteral("No Such Theme")));
        QVERIFY(!highlighter.themeStyles(QStringLiteral("No Such Theme")));
        QCOMPARE(fake->themes.load(), 3);
    }

    void withoutBackendNothingIsColoured()
    {
        CodeHighlighter highlighter(nullptr, QStringLiteral("because"));
        QVERIFY(!highlighter.hasBackend());
        QVERIFY(!highlighter.colours(QStringLiteral("python"), kPython, kLight));
        QVERIFY(!highlighter.themeStyles(kLight));
        QCOMPARE(highlighter.unavailableReason(), QStringLiteral("because"));
    }

    void cacheStaysWithinItsBudgetAndKeepsWhatIsUsed()
    {
        HighlightCache cache(64 * 1024);
        CodeColours big{QStringLiteral("C"), {}};
        big.tokens.resize(500); // ~10 KB of tokens each
        const QByteArray first =
            HighlightCache::key(kLight, QStringLiteral("c"), QStringLiteral("0"));
        cache.insert(first, std::make_shared<const CodeColours>(big));
        for (int i = 1; i < 40; ++i) {
            QVERIFY(cache.find(first)); // used all along: never the one to go
            cache.insert(HighlightCache::key(kLight, QStringLiteral("c"), QString::number(i)),
                         std::make_shared<const CodeColours>(big));
            QVERIFY(cache.bytes() <= 64 * 1024);
        }
        QVERIFY(cache.find(first));
        QVERIFY(cache.count() >= 5 && cache.count() <= 7);
        QVERIFY(!cache.find(HighlightCache::key(kLight, QStringLiteral("c"), QStringLiteral("1"))));
        // One result over the whole budget is not kept at all.
        big.tokens.resize(5000);
        const QByteArray huge =
            HighlightCache::key(kLight, QStringLiteral("c"), QStringLiteral("x"));
        cache.insert(huge, std::make_shared<const CodeColours>(big));
        QVERIFY(!cache.find(huge));
        QVERIFY(cache.find(first));
    }

    void cacheKeysTellNamesApart()
    {
        QVERIFY(HighlightCache::key(QStringLiteral("ab"), QStringLiteral("c"), kPython) !=
                HighlightCache::key(QStringLiteral("a"), QStringLiteral("bc"), kPython));
        QVERIFY(HighlightCache::key(kLight, QStringLiteral("c"), QStringLiteral("x")) !=
                HighlightCache::key(kLight, QStringLiteral("c"), QStringLiteral("y")));
        QCOMPARE(HighlightCache::key(kLight, QStringLiteral("c"), kPython),
                 HighlightCache::key(kLight, QStringLiteral("c"), QString(kPython)));
    }

    // --- Choosing the helper ---

    void emptyVariableTurnsColouringOff()
    {
        if (!codeColouringBuiltIn())
            QSKIP("this build has no code colouring");
        const ScopedEnv env("POSTWRIGHT_HIGHLIGHTER", "");
        const auto highlighter = makeCodeHighlighter();
        QVERIFY(highlighter);
        QVERIFY(!highlighter->hasBackend());
        QVERIFY2(highlighter->unavailableReason().contains(QLatin1String("turned off")),
                 qPrintable(highlighter->unavailableReason()));
        QVERIFY(!highlighter->colours(QStringLiteral("python"), kPython, kLight));
    }

    void helperPathPointingNowhereSaysWhere()
    {
        if (!codeColouringBuiltIn() || codeColouringInProcess())
            QSKIP("this build has no code colouring helper");
        const ScopedEnv env("POSTWRIGHT_HIGHLIGHTER", "/nonexistent/postwright-highlighter");
        const auto highlighter = makeCodeHighlighter();
        QVERIFY(!highlighter->hasBackend());
        QVERIFY2(highlighter->unavailableReason().contains(
                     QLatin1String("/nonexistent/postwright-highlighter")),
                 qPrintable(highlighter->unavailableReason()));
    }

    void helperThatCannotBeStartedSaysWhy()
    {
        HelperProcessBackend missing(m_dir.filePath(QStringLiteral("missing")));
        QVERIFY(!missing.highlight(QStringLiteral("python"), kPython, kLight));
        QVERIFY2(missing.unavailableReason().contains(m_dir.filePath(QStringLiteral("missing"))),
                 qPrintable(missing.unavailableReason()));
        QVERIFY(missing.unavailableReason().contains(QLatin1String("not found")));

        const QString notExecutable = m_dir.filePath(QStringLiteral("not-executable"));
        QFile file(notExecutable);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        HelperProcessBackend refused(notExecutable);
        QVERIFY(!refused.highlight(QStringLiteral("python"), kPython, kLight));
        QVERIFY2(refused.unavailableReason().contains(QLatin1String("could not be started")),
                 qPrintable(refused.unavailableReason()));
        QVERIFY2(refused.unavailableReason().contains(QLatin1String("ermission denied")),
                 qPrintable(refused.unavailableReason()));
    }

    // --- The real helper ---

    void defIsColouredPerTheme()
    {
        REQUIRE_HELPER();
        const auto highlighter = makeCodeHighlighter();
        QVERIFY2(highlighter->hasBackend(), qPrintable(highlighter->unavailableReason()));
        const auto light =
            defToken(highlighter->colours(QStringLiteral("python"), kPython, kLight));
        const auto dark = defToken(highlighter->colours(QStringLiteral("python"), kPython, kDark));
        QVERIFY(light && dark);
        QCOMPARE(light->foreground, 0xffd73a49u);
        QCOMPARE(dark->foreground, 0xfff97583u);
        QCOMPARE(light->flags & CodeToken::Bold, 0); // GitHub's keywords are not bold...
        const auto breeze = defToken(highlighter->colours(QStringLiteral("python"), kPython,
                                                          QStringLiteral("Breeze Light")));
        QVERIFY(breeze);
        QVERIFY(breeze->flags & CodeToken::Bold); // ...Breeze's are
        QVERIFY(highlighter->unavailableReason().isEmpty());
    }

    void commentIsColouredToo()
    {
        REQUIRE_HELPER();
        const auto highlighter = makeCodeHighlighter();
        const CodeColoursPtr colours =
            highlighter->colours(QStringLiteral("python"), kPython, kLight);
        QVERIFY(colours);
        const qsizetype hash = kPython.indexOf(QLatin1Char('#'));
        const auto comment = std::find_if(colours->tokens.cbegin(), colours->tokens.cend(),
                                          [&](const CodeToken &t) { return t.offset == hash; });
        QVERIFY(comment != colours->tokens.cend());
        QCOMPARE(comment->length, 4); // "# hi"
        QCOMPARE(comment->foreground, 0xff6a737du);
    }

    void aliasesResolve()
    {
        REQUIRE_HELPER();
        const auto highlighter = makeCodeHighlighter();
        const CodeColoursPtr py = highlighter->colours(QStringLiteral("py"), kPython, kLight);
        QVERIFY(py);
        QCOMPARE(py->language, QStringLiteral("Python"));
        QVERIFY(defToken(py));
        const CodeColoursPtr pandoc =
            highlighter->colours(QStringLiteral("{.python}"), kPython, kLight);
        QVERIFY(pandoc);
        QCOMPARE(pandoc->language, QStringLiteral("Python"));
    }

    void unknownLanguageIsNamedNothing()
    {
        REQUIRE_HELPER();
        const auto highlighter = makeCodeHighlighter();
        const CodeColoursPtr typo = highlighter->colours(QStringLiteral("pyhton"), kPython, kLight);
        QVERIFY(typo);
        QVERIFY(typo->language.isEmpty());
        QVERIFY(typo->tokens.isEmpty());
        QVERIFY(!highlighter->colours(QStringLiteral("text"), kPython, kLight));
        QVERIFY(highlighter->unavailableReason().isEmpty());
    }

    void themeStylesFromTheHelper()
    {
        REQUIRE_HELPER();
        const auto highlighter = makeCodeHighlighter();
        const auto light = highlighter->themeStyles(kLight);
        const auto dark = highlighter->themeStyles(kDark);
        QVERIFY(light && dark);
        QCOMPARE(light->theme, kLight);
        QCOMPARE(light->background, 0xffffffffu);
        QCOMPARE(dark->background, 0xff24292eu);
        QVERIFY(light->styles.size() > 21);                 // Normal up to Comment at least
        QCOMPARE(light->styles[0].foreground, 0xff24292eu); // Normal
        QCOMPARE(dark->styles[0].foreground, 0xffe1e4e8u);
        QCOMPARE(light->styles[1].foreground, 0xffd73a49u);  // Keyword
        QCOMPARE(light->styles[21].foreground, 0xff6a737du); // Comment
        QVERIFY(!highlighter->themeStyles(QStringLiteral("No Such Theme")));
    }

    void manyThreadsAtOnce()
    {
        REQUIRE_HELPER();
        const auto highlighter = makeCodeHighlighter();
        constexpr int threads = 4;
        constexpr int requests = 50;
        std::atomic<int> right = 0;
        std::vector<QString> wrong(threads);
        {
            std::vector<std::jthread> workers;
            for (int t = 0; t < threads; ++t) {
                workers.emplace_back([&, t] {
                    for (int i = 0; i < requests; ++i) {
                        // Every fifth block is one another thread asks for too.
                        const int n = i % 5 == 0 ? i : t * 1000 + i;
                        const QString code =
                            QStringLiteral("def f%1(x):\n    return %1  # n\n").arg(n);
                        const QString theme = i % 2 ? kDark : kLight;
                        const auto token =
                            defToken(highlighter->colours(QStringLiteral("python"), code, theme));
                        if (token && token->foreground == (i % 2 ? 0xfff97583u : 0xffd73a49u))
                            ++right;
                        else if (wrong[t].isEmpty())
                            wrong[t] = QStringLiteral("request %1 of thread %2").arg(i).arg(t);
                    }
                });
            }
        }
        for (const QString &w : wrong)
            QVERIFY2(w.isEmpty(), qPrintable(w));
        QCOMPARE(right.load(), threads * requests);
        const CodeHighlighter::Stats stats = highlighter->stats();
        QCOMPARE(stats.hits + stats.misses, threads * requests);
        QVERIFY(stats.hits >= 1); // the shared blocks
    }

    void killedHelperComesBack()
    {
        REQUIRE_HELPER();
        auto backend = helperBackend(m_helper, 2000, 200);
        HelperProcessBackend *helper = backend.get();
        CodeHighlighter highlighter(std::move(backend));
        QVERIFY(highlighter.colours(QStringLiteral("python"), kPython, kLight));
        const qint64 pid = helper->helperPid();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QTest::qWait(50);

        // Every call returns soon, coloured or not, and colours come back after the back-off.
        QElapsedTimer since;
        since.start();
        CodeColoursPtr colours;
        for (int i = 0; !colours && since.elapsed() < 5000; ++i) {
            QElapsedTimer call;
            call.start();
            colours =
                highlighter.colours(QStringLiteral("python"), kPython + QString::number(i), kLight);
            QVERIFY2(call.elapsed() < 2000, qPrintable(QString::number(call.elapsed())));
            if (!colours)
                QTest::qWait(20);
        }
        QVERIFY(defToken(colours));
        QVERIFY(processGone(pid)); // reaped, no zombie
        QVERIFY(helper->helperPid() > 0);
        QVERIFY(helper->helperPid() != pid);
        QVERIFY(highlighter.unavailableReason().isEmpty());
    }

    void killedInTheMiddleOfARequest()
    {
        REQUIRE_HELPER();
        auto backend = helperBackend(m_helper, 2000, 200);
        HelperProcessBackend *helper = backend.get();
        CodeHighlighter highlighter(std::move(backend));
        QVERIFY(highlighter.colours(QStringLiteral("python"), kPython, kLight));
        const qint64 pid = helper->helperPid();
        QString big;
        for (int i = 0; i < 20000; ++i)
            big += QStringLiteral("def f%1(x):\n    return x * %1  # n\n").arg(i);
        std::atomic<bool> done = false;
        qint64 took = -1;
        std::jthread worker([&] {
            QElapsedTimer call;
            call.start();
            highlighter.colours(QStringLiteral("python"), big, kLight); // either outcome
            took = call.elapsed();
            done = true;
        });
        QTest::qWait(30);
        ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 4000);
        worker.join();
        QVERIFY2(took < 4000, qPrintable(QString::number(took)));
        QVERIFY(processGone(pid));
        QTRY_VERIFY_WITH_TIMEOUT(
            highlighter.colours(QStringLiteral("python"), kPython + QLatin1Char(' '), kLight),
            5000);
    }

    void destructorEndsTheHelper()
    {
        REQUIRE_HELPER();
        qint64 pid = 0;
        {
            auto backend = helperBackend(m_helper);
            HelperProcessBackend *helper = backend.get();
            CodeHighlighter highlighter(std::move(backend));
            QVERIFY(highlighter.colours(QStringLiteral("python"), kPython, kLight));
            pid = helper->helperPid();
            QVERIFY(pid > 0);
            QVERIFY(!processGone(pid));
        }
        QVERIFY(processGone(pid));
    }

    // --- Stand-in helpers that misbehave ---

    void hangingHelperTimesOutAndIsKilled()
    {
        if (codeColouringInProcess())
            QSKIP("this build colours in process: there is no helper to hang");
        if (!codeColouringBuiltIn())
            QSKIP("this build has no code colouring");
        const QString script =
            writeScript(m_dir, QStringLiteral("hang"), "#!/bin/sh\nexec sleep 100\n");
        const ScopedEnv helper("POSTWRIGHT_HIGHLIGHTER", QFile::encodeName(script));
        const ScopedEnv timeout("POSTWRIGHT_HIGHLIGHT_TIMEOUT_MS", "300");
        const ScopedEnv backoff("POSTWRIGHT_HIGHLIGHT_BACKOFF_MS", "5000");
        const auto highlighter = makeCodeHighlighter();
        const auto *backend = dynamic_cast<const HelperProcessBackend *>(highlighter->backend());
        QVERIFY(backend);

        // The first request starts the helper; watch for its process id while it waits.
        std::atomic<qint64> pid = 0;
        std::atomic<bool> done = false;
        qint64 took = -1;
        std::jthread worker([&] {
            QElapsedTimer call;
            call.start();
            const CodeColoursPtr colours =
                highlighter->colours(QStringLiteral("python"), kPython, kLight);
            took = colours ? -2 : call.elapsed();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT((pid = backend->helperPid()) > 0 || done, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 3000);
        worker.join();
        QVERIFY2(took >= 280 && took < 1300, qPrintable(QString::number(took)));
        QVERIFY(pid > 0);
        QVERIFY(processGone(pid));
        QCOMPARE(backend->helperPid(), 0);
        QVERIFY2(highlighter->unavailableReason().contains(QLatin1String("did not answer in time")),
                 qPrintable(highlighter->unavailableReason()));
        QVERIFY(highlighter->unavailableReason().contains(script));

        // Backing off: no answer, at once, and no new process.
        QElapsedTimer call;
        call.start();
        QVERIFY(!highlighter->colours(QStringLiteral("python"), kPython, kLight));
        QVERIFY(!highlighter->themeStyles(kLight));
        QVERIFY2(call.elapsed() < 100, qPrintable(QString::number(call.elapsed())));
        QCOMPARE(backend->helperPid(), 0);
    }

    void helperThatDiesBacksOffAndRetries()
    {
        // Counts its starts in a file, then exits without a word.
        const QString starts = m_dir.filePath(QStringLiteral("starts"));
        const QString script =
            writeScript(m_dir, QStringLiteral("die"),
                        "#!/bin/sh\necho start >> '" + QFile::encodeName(starts) + "'\nexit 3\n");
        HelperProcessBackend backend(script, {2000, 100, 30'000});
        QElapsedTimer since;
        since.start();
        while (since.elapsed() < 1000) {
            QElapsedTimer call;
            call.start();
            QVERIFY(!backend.highlight(QStringLiteral("python"), kPython, kLight));
            QVERIFY2(call.elapsed() < 1000, qPrintable(QString::number(call.elapsed())));
            QTest::qWait(10);
        }
        QVERIFY2(backend.unavailableReason().contains(QLatin1String("stopped unexpectedly")),
                 qPrintable(backend.unavailableReason()));
        // Starts at about 0, 0.1, 0.3 and 0.7 s: retried, but not every 10 ms.
        QFile file(starts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const qsizetype count = file.readAll().count("start");
        QVERIFY2(count >= 2 && count <= 5, qPrintable(QString::number(count)));
        QCOMPARE(backend.helperPid(), 0);
    }

    void oversizedAnswerIsRejectedAtOnce()
    {
        // A frame claiming 4 GiB: refused from its size prefix, without waiting for it.
        const QString script =
            writeScript(m_dir, QStringLiteral("oversized"),
                        "#!/bin/sh\nprintf '\\377\\377\\377\\377'\nexec sleep 100\n");
        HelperProcessBackend backend(script, {5000, 1000, 30'000});
        QElapsedTimer call;
        call.start();
        QVERIFY(!backend.highlight(QStringLiteral("python"), kPython, kLight));
        QVERIFY2(call.elapsed() < 2000, qPrintable(QString::number(call.elapsed())));
        QVERIFY2(backend.unavailableReason().contains(QLatin1String("could not read")),
                 qPrintable(backend.unavailableReason()));
        QCOMPARE(backend.helperPid(), 0);
    }

    void answerToAnotherRequestIsRejected()
    {
        REQUIRE_PYTHON();
        const QString script = writeScript(m_dir, QStringLiteral("wrong-id"),
                                           pythonHelper("struct.pack('<IB', rid + 1, 1)"));
        HelperProcessBackend backend(script, {5000, 1000, 30'000});
        QVERIFY(!backend.highlight(QStringLiteral("python"), kPython, kLight));
        QVERIFY2(backend.unavailableReason().contains(QLatin1String("could not read")),
                 qPrintable(backend.unavailableReason()));
    }

    void spansPastTheCodeAreRejected()
    {
        REQUIRE_PYTHON();
        // Status 0, "Python", one span at 100..103 of a shorter block.
        const QString script = writeScript(
            m_dir, QStringLiteral("past-end"),
            pythonHelper(
                "struct.pack('<IBH6sIIIIIBBH', rid, 0, 6, b'Python', 1, 100, 3, 0, 0, 0, 0, "
                "0)"));
        HelperProcessBackend backend(script, {5000, 1000, 30'000});
        QVERIFY(!backend.highlight(QStringLiteral("python"), kPython, kLight));
        QVERIFY(!backend.unavailableReason().isEmpty());
    }

    void helperIgnoringEndOfInputIsKilled()
    {
        REQUIRE_PYTHON();
        // Answers "unknown language" to everything and stays on after its input ends.
        const QString script =
            writeScript(m_dir, QStringLiteral("stays"),
                        pythonHelper("struct.pack('<IB', rid, 1)", "time.sleep(100)"));
        qint64 pid = 0;
        QElapsedTimer ending;
        {
            HelperProcessBackend backend(script, {5000, 1000, 30'000});
            const auto unknown = backend.highlight(QStringLiteral("python"), kPython, kLight);
            QVERIFY(unknown);
            QCOMPARE(*unknown, CodeColours{});
            QVERIFY(backend.unavailableReason().isEmpty());
            pid = backend.helperPid();
            QVERIFY(pid > 0);
            ending.start();
        }
        QVERIFY2(ending.elapsed() >= 150 && ending.elapsed() < 1000,
                 qPrintable(QString::number(ending.elapsed())));
        QVERIFY(processGone(pid));
    }

    void childSeesNoUserSyntaxFiles()
    {
        REQUIRE_PYTHON();
        // Writes its XDG variables where the test can read them, then answers.
        const QString seen = m_dir.filePath(QStringLiteral("seen"));
        const QString answer = writeScript(m_dir, QStringLiteral("answer.py"),
                                           pythonHelper("struct.pack('<IB', rid, 1)"));
        const QString script = writeScript(
            m_dir, QStringLiteral("env"),
            "#!/bin/sh\necho \"$XDG_DATA_HOME $XDG_DATA_DIRS $PW_MARK\" > '" +
                QFile::encodeName(seen) + "'\nexec '" + QFile::encodeName(answer) + "'\n");
        const ScopedEnv home("XDG_DATA_HOME", "/home/somebody/.local/share");
        const ScopedEnv mark("PW_MARK", "inherited");
        HelperProcessBackend backend(script, {5000, 1000, 30'000});
        QVERIFY(backend.highlight(QStringLiteral("python"), kPython, kLight));
        QFile file(seen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), QByteArray("/nonexistent /nonexistent inherited"));
    }
};

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_code_highlighter.moc"
