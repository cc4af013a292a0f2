// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving never loses text, and files changed by other programs are noticed: a save into a
// read-only folder and onto a full filesystem (real mounts where the test may make them, an
// injected write error otherwise) keeps the text and shows why; an external change reloads
// an unmodified document and asks for a modified one; a deletion is reported; a save over a
// file that changed since it was read asks first. Set PW_SCREENSHOT_DIR to keep PNGs of the
// prompts.
#include "core/io/post_file.h"
#include "core/seo/seo_analysis.h"
#include "gui/document/document.h"
#include "gui/document/file_watch.h"
#include "gui/editor/markdown_editor.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>

#include <unistd.h>

using namespace pw;
using namespace pw::gui;

namespace {

// Answers the next message box by clicking the button whose label contains `buttonText`
// (or the standard `button`), remembering what it said and, with PW_SCREENSHOT_DIR set,
// keeping a picture of it. Polls from a timer rather than a waiting loop: a box opened by
// the file watcher runs its own event loop, which must be the one that finds it. Stops when
// it goes out of scope, so an unanswered one never answers the next test's box.
class Answer {
public:
    explicit Answer(const QString &buttonText, const QString &screenshot = {},
                    QMessageBox::StandardButton button = QMessageBox::NoButton)
    {
        m_poll.setInterval(20);
        QObject::connect(&m_poll, &QTimer::timeout, [=, this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            m_poll.stop();
            shown = true;
            text = box->text() + QLatin1Char('\n') + box->informativeText();
            const QString folder = qEnvironmentVariable("PW_SCREENSHOT_DIR");
            if (!folder.isEmpty() && !screenshot.isEmpty())
                box->grab().save(QDir(folder).filePath(screenshot));
            QAbstractButton *target =
                button != QMessageBox::NoButton ? box->button(button) : nullptr;
            for (QAbstractButton *candidate : box->buttons()) {
                if (!target && candidate->text().remove(QLatin1Char('&')).contains(buttonText))
                    target = candidate;
            }
            if (target)
                target->click();
        });
        m_poll.start();
    }

    bool shown = false;
    QString text; // the box's text and informative text

private:
    QTimer m_poll;
};

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool runCommand(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

// A tmpfs mounted for one test and unmounted after it.
class Mount {
public:
    bool mount(const QString &where, const QString &options)
    {
        if (geteuid() != 0)
            return false;
        m_where = where;
        m_mounted = runCommand(QStringLiteral("mount"),
                               {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                options, QStringLiteral("pw-test"), where});
        return m_mounted;
    }
    bool remountReadOnly()
    {
        return runCommand(QStringLiteral("mount"),
                          {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_where});
    }
    ~Mount()
    {
        if (m_mounted)
            runCommand(QStringLiteral("umount"), {m_where});
    }

private:
    QString m_where;
    bool m_mounted = false;
};

const QByteArray kPost = "---\ntitle: Watched post\n---\n\nFirst paragraph.\n\nSecond paragraph.\n";

} // namespace

class TestSaving : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        // Closing without a close event: nothing asks, the journals go with the documents.
        m_window.reset();
        m_dir.reset();
    }

    void saveIntoReadOnlyFolderKeepsTheText()
    {
        const QString folder = m_dir->filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        Mount mount;
        const bool mounted = mount.mount(folder, QStringLiteral("size=1m"));
        const QString path = writeFile(QDir(folder).filePath(QStringLiteral("post.md")), kPost);
        if (mounted) {
            QVERIFY(mount.remountReadOnly());
        } else {
            if (geteuid() == 0)
                QSKIP("root ignores folder permissions and mount is not allowed here");
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        }
        QVERIFY(m_window->openFile(path));
        typeAtEnd(QStringLiteral("\n\nNew words that must not be lost."));
        const QString text = view()->editor()->toPlainText();

        Answer answer(QString(), QStringLiteral("save-read-only.png"), QMessageBox::Cancel);
        QVERIFY(!m_window->save());
        QVERIFY(answer.shown);
        QVERIFY2(answer.text.contains(path), qPrintable(answer.text));
        // QSaveFile refuses up front ("is not writable") or fails making its temporary file
        // ("Permission denied").
        QVERIFY2(answer.text.contains(QStringLiteral("not writable")) ||
                     answer.text.contains(QStringLiteral("Permission denied")),
                 qPrintable(answer.text));
        QVERIFY2(answer.text.contains(QStringLiteral("Your text is still here")),
                 qPrintable(answer.text));
        QCOMPARE(view()->editor()->toPlainText(), text);
        QVERIFY(view()->document()->isModified());
        QCOMPARE(readBytes(path), kPost);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }

    void saveOntoFullFilesystemKeepsTheText()
    {
        const QString folder = m_dir->filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(folder));
        Mount mount;
        const bool mounted = mount.mount(folder, QStringLiteral("size=64k"));
        const QString path = writeFile(QDir(folder).filePath(QStringLiteral("post.md")), kPost);
        QVERIFY(m_window->openFile(path));
        if (!mounted) {
            // Where no filesystem can be mounted, the document's writer fails the way
            // QSaveFile does on a full disk.
            view()->document()->setWriter([](const QString &target, const QByteArray &) {
                return WriteResult{
                    false,
                    QStringLiteral("%1: writing failed: No space left on device").arg(target)};
            });
        }
        // 200 KB of text cannot fit in 64 KB.
        QString big;
        for (int i = 0; i < 4000; ++i)
            big += QStringLiteral("Paragraph %1 of a long post that fills the disk.\n").arg(i);
        typeAtEnd(big);
        const QString text = view()->editor()->toPlainText();

        Answer answer(QString(), QStringLiteral("save-disk-full.png"), QMessageBox::Cancel);
        QVERIFY(!m_window->save());
        QVERIFY(answer.shown);
        QVERIFY2(answer.text.contains(QStringLiteral("No space left on device")),
                 qPrintable(answer.text));
        QVERIFY2(answer.text.contains(path), qPrintable(answer.text));
        QCOMPARE(view()->editor()->toPlainText(), text);
        QVERIFY(view()->document()->isModified());
        // The old file is whole, and QSaveFile left no partial temporary file behind.
        QCOMPARE(readBytes(path), kPost);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("post.md")});
    }

    void externalChangeReloadsAnUnmodifiedDocument()
    {
        const QString path = writeFile(m_dir->filePath(QStringLiteral("post.md")), kPost);
        QVERIFY(m_window->openFile(path));
        // The cursor in the second paragraph, after "Second ".
        QTextCursor cursor = view()->editor()->textCursor();
        const int second =
            view()->editor()->toPlainText().indexOf(QStringLiteral("paragraph."), 20);
        cursor.setPosition(second);
        view()->editor()->setTextCursor(cursor);

        Answer answer(QStringLiteral("Reload"));
        // Another program appends a paragraph and retitles the post.
        writeFile(path, "---\ntitle: Changed elsewhere\n---\n\nFirst paragraph.\n\nSecond "
                        "paragraph.\n\nThird, added by another program.\n");
        QTRY_COMPARE(view()->document()->metadata().title, QStringLiteral("Changed elsewhere"));
        QCOMPARE(view()->editor()->toPlainText(),
                 QStringLiteral("First paragraph.\n\nSecond paragraph.\n\nThird, added by "
                                "another program."));
        QVERIFY(!view()->document()->isModified());
        QCOMPARE(view()->editor()->textCursor().position(), second); // still after "Second "
        QTest::qWait(FileWatch::settleMs * 2);
        QVERIFY2(!answer.shown, "an unmodified document reloads without asking");
        // The reload can be undone, like any edit.
        view()->editor()->undo();
        QCOMPARE(view()->editor()->toPlainText(),
                 QStringLiteral("First paragraph.\n\nSecond paragraph."));
    }

    void ownSavesAreNotExternalChanges()
    {
        const QString path = writeFile(m_dir->filePath(QStringLiteral("post.md")), kPost);
        QVERIFY(m_window->openFile(path));
        Answer answer(QStringLiteral("Keep"));
        for (int i = 0; i < 3; ++i) {
            typeAtEnd(QStringLiteral("\n\nSaved edit %1.").arg(i));
            QVERIFY(m_window->save());
            QTest::qWait(FileWatch::settleMs * 2);
        }
        QVERIFY2(!answer.shown, qPrintable(answer.text));
        QVERIFY(!view()->document()->isModified());
        QVERIFY(readPostFile(path).post->body.endsWith(QStringLiteral("Saved edit 2.")));

        // The save replaced the file (a rename), and the new one is still watched.
        writeFile(path, "---\ntitle: After our saves\n---\n\nOther text.\n");
        QTRY_COMPARE(view()->editor()->toPlainText(), QStringLiteral("Other text."));
        QVERIFY(!answer.shown);
    }

    void externalChangeToAModifiedDocumentAsks()
    {
        const QString path = writeFile(m_dir->filePath(QStringLiteral("post.md")), kPost);
        QVERIFY(m_window->openFile(path));
        typeAtEnd(QStringLiteral("\n\nMine."));
        const QString mine = view()->editor()->toPlainText();

        Answer keep(QStringLiteral("Keep Mine"), QStringLiteral("file-changed.png"));
        writeFile(path, "---\ntitle: Theirs\n---\n\nTheir text.\n");
        QTRY_VERIFY(keep.shown);
        QVERIFY2(keep.text.contains(QStringLiteral("was changed by another program")),
                 qPrintable(keep.text));
        QCOMPARE(view()->editor()->toPlainText(), mine);
        QVERIFY(view()->document()->isModified());
        // Told and kept: saving does not ask again, and writes ours.
        {
            Answer none(QStringLiteral("Cancel"));
            QVERIFY(m_window->save());
            QVERIFY(!none.shown);
        }
        QCOMPARE(readPostFile(path).post->body, mine);
        QCOMPARE(readPostFile(path).post->title, QStringLiteral("Watched post"));

        // The other answer: theirs replaces ours.
        typeAtEnd(QStringLiteral("\n\nMore of mine."));
        Answer reload(QStringLiteral("Reload"));
        writeFile(path, "---\ntitle: Theirs again\n---\n\nTheir second text.\n");
        QTRY_VERIFY(reload.shown);
        QTRY_COMPARE(view()->editor()->toPlainText(), QStringLiteral("Their second text."));
        QCOMPARE(view()->document()->metadata().title, QStringLiteral("Theirs again"));
        QVERIFY(!view()->document()->isModified());
    }

    void deletionIsReported()
    {
        const QString path = writeFile(m_dir->filePath(QStringLiteral("post.md")), kPost);
        QVERIFY(m_window->openFile(path));
        QVERIFY(!view()->document()->isModified());
        const QString text = view()->editor()->toPlainText();
        Answer answer(QStringLiteral("OK"), QStringLiteral("file-deleted.png"), QMessageBox::Ok);
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY(answer.shown);
        QVERIFY2(answer.text.contains(QStringLiteral("deleted or moved")), qPrintable(answer.text));
        QCOMPARE(view()->editor()->toPlainText(), text);
        QVERIFY(view()->document()->isModified()); // so closing asks to save
        // Saving puts it back without asking: there is nothing to overwrite.
        {
            Answer none(QStringLiteral("Cancel"));
            QVERIFY(m_window->save());
            QVERIFY(!none.shown);
        }
        QCOMPARE(readPostFile(path).post->body, text);
    }

    void savingOverAFileChangedSinceItWasReadAsks()
    {
        const QString path = writeFile(m_dir->filePath(QStringLiteral("post.md")), kPost);
        QVERIFY(m_window->openFile(path));
        typeAtEnd(QStringLiteral("\n\nMine."));
        const QByteArray theirs = "---\ntitle: Theirs\n---\n\nWritten meanwhile.\n";
        // Saved before the watcher has looked (its settle delay has not passed).
        writeFile(path, theirs);
        Answer cancel(QStringLiteral("Cancel"), QStringLiteral("save-over-changed.png"));
        QVERIFY(!m_window->save());
        QVERIFY(cancel.shown);
        QVERIFY2(cancel.text.contains(QStringLiteral("changed by another program since you "
                                                     "opened it")),
                 qPrintable(cancel.text));
        QCOMPARE(readBytes(path), theirs);
        QVERIFY(view()->document()->isModified());

        Answer replace(QStringLiteral("Replace"));
        QVERIFY(m_window->save());
        QVERIFY(replace.shown);
        QVERIFY(readPostFile(path).post->body.endsWith(QStringLiteral("Mine.")));
        QVERIFY(!view()->document()->isModified());
    }

    void aFieldTheFormatCannotHoldIsNotDroppedSilently()
    {
        // A generator post (no transcript around it) with a focus keyphrase set in the SEO tab.
        const QByteArray generator = "TITLE: Sourdough\nMETA_DESCRIPTION: Bread\nTAGS: bread\n"
                                     "CATEGORIES: Food\n\nKnead it.\n\n-EndOFText-\n";
        const QString path = writeFile(m_dir->filePath(QStringLiteral("bread.txt")), generator);
        QVERIFY(m_window->openFile(path));
        Document *document = view()->document();
        Post metadata = document->metadata();
        setSeoSettings(metadata, QStringLiteral("sourdough starter"), QString());
        document->setMetadata(metadata);

        {
            Answer cancel(QStringLiteral("Cancel"), QStringLiteral("save-lost-fields.png"));
            QVERIFY(!m_window->save());
            QVERIFY(cancel.shown);
            QVERIFY2(cancel.text.contains(QStringLiteral("no place for: focus keyphrase")),
                     qPrintable(cancel.text));
        }
        QCOMPARE(readBytes(path), generator);
        QVERIFY(document->isModified());

        Answer drop(QStringLiteral("Save Without Them"));
        QVERIFY(m_window->save());
        QVERIFY(drop.shown);
        QVERIFY(!document->isModified());
        QVERIFY(!readBytes(path).contains("sourdough starter")); // as the writer chose
    }

    void savingATranscriptAsksBeforeKeepingOnlyThePost()
    {
        const QByteArray transcript = pw::test::seedBytes("000");
        const QString path = writeFile(m_dir->filePath(QStringLiteral("transcript.txt")), transcript);
        QVERIFY(m_window->openFile(path));
        Document *document = view()->document();
        QVERIFY(document->fileHoldsMoreThanPost());
        typeAtEnd(QStringLiteral("\n\nOne more line."));
        {
            Answer cancel(QStringLiteral("Cancel"), QStringLiteral("save-transcript.png"));
            QVERIFY(!m_window->save());
            QVERIFY(cancel.shown);
            QVERIFY2(cancel.text.contains(QStringLiteral("holds more than the post")),
                     qPrintable(cancel.text));
        }
        QCOMPARE(readBytes(path), transcript); // 6,492 bytes, prompt and all

        {
            Answer replace(QStringLiteral("Replace File"));
            QVERIFY(m_window->save());
            QVERIFY(replace.shown);
        }
        QVERIFY(readBytes(path).size() < transcript.size());
        QVERIFY(!document->fileHoldsMoreThanPost());
        // Now the file is the post: the next save asks nothing.
        typeAtEnd(QStringLiteral(" And another."));
        Answer none(QStringLiteral("Cancel"));
        QVERIFY(m_window->save());
        QVERIFY(!none.shown);
    }

private:
    DocumentView *view() const { return m_window->currentView(); }

    void typeAtEnd(const QString &text)
    {
        QTextCursor cursor = view()->editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        view()->editor()->setTextCursor(cursor);
        view()->editor()->insertPlainText(text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

PW_GUI_TEST_MAIN(TestSaving)
#include "tst_saving.moc"
