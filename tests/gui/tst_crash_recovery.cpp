// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real editor, killed: start the postwright binary on this test's X display, type into
// it with xdotool (as a user would, no test hooks), wait past the journal interval, SIGKILL
// it, start it again, answer its recovery dialog with the keyboard and check that what was
// typed is back. For a file the check is end to end: the recovered document is saved with
// Ctrl+S and the file read back through the core reader. For an untitled document (which
// could only be saved through a file dialog) the check reads the journal the restarted
// editor takes of the recovered document, through the core journal reader: that journal is
// a copy of the document's own text.
#include "core/io/journal.h"
#include "core/io/post_file.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw;

namespace {

constexpr int kWaitMs = 30000;

QString xdotool()
{
    return QStandardPaths::findExecutable(QStringLiteral("xdotool"));
}

QString run(const QStringList &arguments)
{
    QProcess process;
    process.start(xdotool(), arguments);
    process.waitForFinished(10000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// The visible top-level windows of a process whose title starts with `titleStart`.
QString findWindow(qint64 pid, const QString &titleStart)
{
    const QStringList ids =
        run({QStringLiteral("search"), QStringLiteral("--pid"), QString::number(pid),
             QStringLiteral("--onlyvisible"), QStringLiteral("--name"), QStringLiteral(".")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &id : ids) {
        if (run({QStringLiteral("getwindowname"), id}).startsWith(titleStart))
            return id;
    }
    return {};
}

// The titles of a process's visible windows, for failure messages.
QString windowTitles(qint64 pid)
{
    QStringList titles;
    const QStringList ids =
        run({QStringLiteral("search"), QStringLiteral("--pid"), QString::number(pid),
             QStringLiteral("--onlyvisible"), QStringLiteral("--name"), QStringLiteral(".")})
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &id : ids)
        titles << QLatin1Char('"') + run({QStringLiteral("getwindowname"), id}) + QLatin1Char('"');
    return QStringLiteral("windows of %1: %2").arg(pid).arg(titles.join(QStringLiteral(", ")));
}

QString waitForWindow(qint64 pid, const QString &titleStart)
{
    QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        const QString id = findWindow(pid, titleStart);
        if (!id.isEmpty())
            return id;
        QTest::qWait(200);
    }
    return {};
}

void focus(const QString &window)
{
    run({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
}

void keys(const QString &window, const QStringList &keys)
{
    focus(window);
    run(QStringList{QStringLiteral("key"), QStringLiteral("--clearmodifiers")} + keys);
}

// Types like a user: line breaks as the Return key (xdotool types a bare "\n" as nothing).
void type(const QString &window, const QString &text)
{
    focus(window);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            run({QStringLiteral("key"), QStringLiteral("Return")});
        run({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), lines.at(i)});
    }
}

// Every journal under the journal root, in any instance's folder.
QList<JournalFile> journalsUnder(const QString &root)
{
    QList<JournalFile> all;
    for (const QFileInfo &folder : QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        all.append(listJournals(folder.filePath()).journals);
    return all;
}

QStringList bodiesUnder(const QString &root)
{
    QStringList bodies;
    for (const JournalFile &journal : journalsUnder(root))
        bodies << journal.entry.post.body;
    return bodies;
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("needs an X display (the test runs under xvfb-run)");
        QVERIFY2(!xdotool().isEmpty(), "xdotool is missing: run packaging/install-deps.sh");
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_journalRoot = m_home->filePath(QStringLiteral("data/Postwright/postwright/journal"));
    }

    void cleanup()
    {
        if (m_editor && m_editor->state() != QProcess::NotRunning) {
            m_editor->kill();
            m_editor->waitForFinished(10000);
        }
        m_editor.reset();
    }

    void recoversATypedFileAfterKill9()
    {
        const QString path = m_home->filePath(QStringLiteral("post.md"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("---\ntitle: Hello\ntags: [one, two]\n---\n\nFirst line.\n");
        }
        const PostReadResult original = readPostFile(path);
        QVERIFY2(original.post, qPrintable(original.error));
        const QString typed = QStringLiteral("Typed before the crash, then killed.\nSecond line.");

        startEditor({path});
        const QString window = waitForWindow(m_editor->processId(), QStringLiteral("post.md"));
        QVERIFY2(!window.isEmpty(), "the editor window did not appear");
        keys(window, {QStringLiteral("ctrl+End"), QStringLiteral("Return")});
        type(window, typed);
        const QString expectedBody = original.post->body + QLatin1Char('\n') + typed;

        // The journal follows about a second after typing stops.
        QTRY_COMPARE_WITH_TIMEOUT(bodiesUnder(m_journalRoot), QStringList{expectedBody}, kWaitMs);
        killEditor();
        QCOMPARE(readPostFile(path).post->body, original.post->body); // nothing was saved

        startEditor({});
        const QString dialog =
            waitForWindow(m_editor->processId(), QStringLiteral("Recover Unsaved Documents"));
        QVERIFY2(!dialog.isEmpty(),
                 qPrintable(QStringLiteral("the recovery dialog did not appear; ") +
                            windowTitles(m_editor->processId()) + QStringLiteral("; running: ") +
                            QString::number(m_editor->state() == QProcess::Running)));
        keys(dialog, {QStringLiteral("Return")}); // Recover All is the default button
        // The recovered document is modified: the title shows the mark.
        const QString recovered = waitForWindow(m_editor->processId(), QStringLiteral("post.md*"));
        QVERIFY2(!recovered.isEmpty(), "no modified post.md window after recovery");
        keys(recovered, {QStringLiteral("ctrl+s")});

        QTRY_COMPARE_WITH_TIMEOUT(readPostFile(path).post->body, expectedBody, kWaitMs);
        const PostReadResult saved = readPostFile(path);
        QCOMPARE(saved.post->body, expectedBody);
        QCOMPARE(saved.post->title, QStringLiteral("Hello"));
        QCOMPARE(saved.post->tags, QStringList({QStringLiteral("one"), QStringLiteral("two")}));

        // Saved: no journal is left, neither the killed editor's nor the new one's; and once
        // the editor quits, no instance folder either.
        QTRY_COMPARE_WITH_TIMEOUT(journalsUnder(m_journalRoot).size(), 0, kWaitMs);
        keys(recovered, {QStringLiteral("ctrl+q")});
        QVERIFY(m_editor->waitForFinished(kWaitMs));
        QCOMPARE(m_editor->exitStatus(), QProcess::NormalExit);
        QCOMPARE(QDir(m_journalRoot).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    void recoversAnUntitledDocumentAfterKill9()
    {
        const QString typed = QStringLiteral("An untitled draft, never saved.\nIt must survive.");
        startEditor({});
        const QString window = waitForWindow(m_editor->processId(), QStringLiteral("Untitled"));
        QVERIFY2(!window.isEmpty(), "the editor window did not appear");
        type(window, typed);
        QTRY_COMPARE_WITH_TIMEOUT(bodiesUnder(m_journalRoot), QStringList{typed}, kWaitMs);
        const QString killedJournal = journalsUnder(m_journalRoot).constFirst().path;
        killEditor();

        startEditor({});
        const QString dialog =
            waitForWindow(m_editor->processId(), QStringLiteral("Recover Unsaved Documents"));
        QVERIFY2(!dialog.isEmpty(),
                 qPrintable(QStringLiteral("the recovery dialog did not appear; ") +
                            windowTitles(m_editor->processId()) + QStringLiteral("; running: ") +
                            QString::number(m_editor->state() == QProcess::Running)));
        keys(dialog, {QStringLiteral("Return")});

        // The killed editor's journal goes once the recovered document has its own, which
        // is taken from the document's text.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(killedJournal), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(bodiesUnder(m_journalRoot), QStringList{typed}, kWaitMs);
        const JournalFile own = journalsUnder(m_journalRoot).constFirst();
        QCOMPARE(own.entry.post.body, typed);
        QCOMPARE(own.entry.filePath, QString());
        QVERIFY(own.path != killedJournal);
        QVERIFY(!findWindow(m_editor->processId(), QStringLiteral("Untitled*")).isEmpty());
    }

private:
    void startEditor(const QStringList &arguments)
    {
        m_editor = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        m_editor->setProcessEnvironment(environment);
        m_editor->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_editor->start(QStringLiteral(PW_BINARY), arguments);
        QVERIFY(m_editor->waitForStarted());
    }

    void killEditor()
    {
        m_editor->kill(); // SIGKILL: no destructor, no close event, nothing flushed
        QVERIFY(m_editor->waitForFinished(kWaitMs));
        QCOMPARE(m_editor->exitStatus(), QProcess::CrashExit);
        m_editor.reset(); // reaped, so its PID is gone for the lock check
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_journalRoot;
    std::unique_ptr<QProcess> m_editor;
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
