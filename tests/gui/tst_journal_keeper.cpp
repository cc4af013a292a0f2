// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash journals inside the real window: taken shortly after edits stop and while typing
// goes on, exact in text and metadata, gone when the document is saved or discarded; and the
// recovery dialog at start, which restores a journal exactly into a modified document.
// Set PW_SCREENSHOT_DIR to keep a PNG of the dialog.
#include "core/io/disk_state.h"
#include "core/io/journal.h"
#include "core/io/journal_session.h"
#include "gui/dialogs/recovery_dialog.h"
#include "gui/document/document.h"
#include "gui/document/journal_keeper.h"
#include "gui/editor/markdown_editor.h"
#include "gui/session/crash_recovery.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace pw;
using namespace pw::gui;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

QList<JournalFile> ownJournals(MainWindow &window)
{
    return listJournals(window.crashRecovery()->session().folder()).journals;
}

// The row of the recovery dialog that shows `name`, and a button on it.
QPushButton *rowButton(RecoveryDialog *dialog, const QString &name, const QString &button)
{
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text() != name)
            continue;
        for (QPushButton *candidate : label->parentWidget()->findChildren<QPushButton *>()) {
            if (candidate->text() == button)
                return candidate;
        }
    }
    return nullptr;
}

QString dialogText(RecoveryDialog *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestJournalKeeper : public QObject {
    Q_OBJECT
private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup()
    {
        QDir(CrashRecovery::defaultRoot()).removeRecursively();
        m_dir.reset();
    }

    void journalFollowsEditsExactly()
    {
        MainWindow window;
        window.show();
        const QString path = writeFile(m_dir->filePath(QStringLiteral("post.md")),
                                       "---\ntitle: Before\n---\n\nBody text.\n");
        QVERIFY(window.openFile(path));
        Document *document = window.currentView()->document();
        QCOMPARE(ownJournals(window).size(), 0); // unmodified: nothing to keep

        Post metadata = document->metadata();
        metadata.title = QStringLiteral("After — with “quotes”");
        metadata.extras = {{QStringLiteral("date"), QStringLiteral("2024-03-01")}};
        document->setMetadata(metadata);
        QTextCursor cursor(document->bodyDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("\n\nA new paragraph 🚀."));

        QTRY_COMPARE(ownJournals(window).size(), 1);
        const JournalEntry entry = ownJournals(window).constFirst().entry;
        QCOMPARE(entry.post.body, QStringLiteral("Body text.\n\nA new paragraph 🚀."));
        QCOMPARE(entry.post.title, QStringLiteral("After — with “quotes”"));
        QCOMPARE(entry.post.extras.size(), 1);
        QCOMPARE(entry.post.extras.constFirst().yaml, QStringLiteral("2024-03-01"));
        QCOMPARE(entry.filePath, QFileInfo(path).absoluteFilePath());
        QCOMPARE(entry.format, PostFormat::MarkdownFrontMatter);
        QCOMPARE(compareWithDisk(path, entry.diskHash), DiskState::Same);

        // Saved: the journal goes.
        QVERIFY(window.save());
        QTRY_COMPARE(ownJournals(window).size(), 0);
    }

    // QTextDocument::toPlainText() turns no-break spaces into spaces and line separators
    // into line breaks: the journal and the saved file must keep them as typed.
    void keepsEveryCharacterAsTyped()
    {
        MainWindow window;
        window.show();
        const QString text =
            QStringLiteral("10\u00a0km, «\u202fFrench\u202f»\u2028soft break\nend");
        window.currentView()->editor()->insertPlainText(text);
        QCOMPARE(window.currentView()->document()->post().body, text);
        QTRY_COMPARE(ownJournals(window).size(), 1);
        QCOMPARE(ownJournals(window).constFirst().entry.post.body, text);
    }

    // While typing goes on without a pause, the journal is still taken every few seconds.
    void journalIsTakenWhileTypingGoesOn()
    {
        MainWindow window;
        window.show();
        JournalKeeper *keeper = window.currentView()->document()->findChild<JournalKeeper *>();
        QVERIFY(keeper);
        int written = 0;
        connect(keeper, &JournalKeeper::written, this, [&](const WriteResult &result) {
            QVERIFY(result.ok);
            ++written;
        });
        // A keystroke every 100 ms for 1.5 x the longest delay: never a one-second pause.
        QTextCursor cursor(window.currentView()->document()->bodyDocument());
        for (int elapsed = 0; elapsed < JournalKeeper::maxDelayMs * 3 / 2; elapsed += 100) {
            cursor.insertText(QStringLiteral("x"));
            QTest::qWait(100);
        }
        QVERIFY2(written >= 1, "no journal while typing went on");
        QTRY_COMPARE(ownJournals(window).size(), 1);
        QTRY_COMPARE(ownJournals(window).constFirst().entry.post.body,
                     window.currentView()->editor()->toPlainText());
    }

    void journalGoesWhenTheDocumentIsDiscarded()
    {
        MainWindow window;
        window.show();
        window.newDocument();
        window.currentView()->editor()->insertPlainText(QStringLiteral("Throw me away."));
        QTRY_COMPARE(ownJournals(window).size(), 1);
        QTimer::singleShot(0, [] {
            for (int i = 0; i < 200; ++i) {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    box->button(QMessageBox::Discard)->click();
                    return;
                }
                QTest::qWait(20);
            }
        });
        emit window.tabs()->tabCloseRequested(window.tabs()->currentIndex());
        QTRY_COMPARE(ownJournals(window).size(), 0);
        QCOMPARE(window.tabs()->count(), 1);
    }

    void undoingBackToTheSavedTextRemovesTheJournal()
    {
        MainWindow window;
        window.show();
        window.currentView()->editor()->insertPlainText(QStringLiteral("typed"));
        QTRY_COMPARE(ownJournals(window).size(), 1);
        window.currentView()->editor()->undo();
        QVERIFY(!window.currentView()->document()->isModified());
        QTRY_COMPARE(ownJournals(window).size(), 0);
    }

    void recoveryDialogRestoresExactly()
    {
        // What a killed editor left: a folder of journals whose lock is gone.
        const QString filePath = writeFile(m_dir->filePath(QStringLiteral("changed.md")),
                                           "---\ntitle: On disk now\n---\n\nNewer text.\n");
        JournalEntry changed;
        changed.post.title = QStringLiteral("A post whose file moved on");
        changed.post.body = QStringLiteral("Older text with my edits.");
        changed.filePath = filePath;
        changed.diskHash = contentHash("what the file held when the editor read it");
        changed.savedAt = QDateTime::currentDateTimeUtc().addSecs(-600);

        JournalEntry untitled;
        untitled.post.title = QStringLiteral("Untitled draft");
        untitled.post.metaDescription = QStringLiteral("A description.");
        untitled.post.slug = QString(); // follows the title
        untitled.post.tags = {QStringLiteral("a"), QStringLiteral("b")};
        untitled.post.categories = {QStringLiteral("News")};
        untitled.post.topic = QStringLiteral("topic");
        untitled.post.body = QStringLiteral("# Draft\n\nFirst line of the draft.\n\n  indented "
                                            "\ttab\n\n\nlast line without newline");
        untitled.post.extras = {{QStringLiteral("z"), QStringLiteral("1")},
                                {QStringLiteral("a"), QStringLiteral("[x, y]")}};
        untitled.format = PostFormat::Generator;
        untitled.savedAt = QDateTime::currentDateTimeUtc().addSecs(-300);

        JournalEntry unwanted;
        unwanted.post.body = QStringLiteral("Nobody wants this.");
        unwanted.savedAt = QDateTime::currentDateTimeUtc().addSecs(-60);

        QString changedJournal, untitledJournal, unwantedJournal;
        {
            JournalSession killed(CrashRecovery::defaultRoot());
            changedJournal = killed.newJournalPath();
            untitledJournal = killed.newJournalPath();
            unwantedJournal = killed.newJournalPath();
            QVERIFY(writeJournal(changedJournal, changed).ok);
            QVERIFY(writeJournal(untitledJournal, untitled).ok);
            QVERIFY(writeJournal(unwantedJournal, unwanted).ok);
            writeFile(QDir(killed.folder()).filePath(QStringLiteral("broken") + journalSuffix()),
                      "{\"postwright-journal\": 1, \"saved_at\": ");
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString shown;
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTest::qWait(300);
            const QString folder = qEnvironmentVariable("PW_SCREENSHOT_DIR");
            if (!folder.isEmpty())
                dialog->grab().save(QDir(folder).filePath(QStringLiteral("recovery-dialog.png")));
            shown = dialogText(dialog);
            QCOMPARE(dialog->pendingCount(), 3);
            rowButton(dialog, QStringLiteral("Untitled draft"), QStringLiteral("Recover"))->click();
            rowButton(dialog, QStringLiteral("Untitled"), QStringLiteral("Discard"))->click();
            QCOMPARE(dialog->pendingCount(), 1);
            dialog->reject(); // Decide Later for the last one
        });
        window.offerRecovery();

        // What the dialog said.
        QVERIFY2(shown.contains(filePath), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("untitled, never saved")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("The file on disk changed since")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("First line of the draft.")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("· 3 words")),
                 qPrintable(shown)); // "Nobody wants this."
        QVERIFY2(shown.contains(QStringLiteral("Skipped 1 journal that could not be read")),
                 qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("broken") + journalSuffix()), qPrintable(shown));

        // The recovered document took the place of the empty one, exactly, and unsaved.
        QCOMPARE(window.tabs()->count(), 1);
        Document *document = window.currentView()->document();
        QCOMPARE(document->post(), untitled.post);
        QCOMPARE(document->filePath(), QString());
        QCOMPARE(document->format(), PostFormat::Generator);
        QVERIFY(document->isModified());

        // Its own journal replaces the old one; the discarded one is gone; the undecided
        // one stays for next time.
        QTRY_VERIFY(!QFile::exists(untitledJournal));
        QTRY_VERIFY(!QFile::exists(unwantedJournal));
        QVERIFY(QFile::exists(changedJournal));
        QTRY_COMPARE(ownJournals(window).size(), 1);
        QCOMPARE(ownJournals(window).constFirst().entry.post, untitled.post);
    }

    // A recovered document whose file changed since does not overwrite it unasked.
    void recoveredDocumentAsksBeforeReplacingAChangedFile()
    {
        const QByteArray onDisk = "---\ntitle: On disk now\n---\n\nNewer text.\n";
        const QString filePath = writeFile(m_dir->filePath(QStringLiteral("changed.md")), onDisk);
        JournalEntry changed;
        changed.post.title = QStringLiteral("Mine");
        changed.post.body = QStringLiteral("My text.");
        changed.filePath = filePath;
        changed.diskHash = contentHash("older");
        changed.savedAt = QDateTime::currentDateTimeUtc();
        {
            JournalSession killed(CrashRecovery::defaultRoot());
            QVERIFY(writeJournal(killed.newJournalPath(), changed).ok);
        }
        MainWindow window;
        window.show();
        QTimer::singleShot(0, [] {
            if (auto *dialog = qobject_cast<RecoveryDialog *>(QApplication::activeModalWidget()))
                dialog->recoverAll();
        });
        window.offerRecovery();
        QCOMPARE(window.currentView()->document()->filePath(), filePath);

        QString asked;
        QTimer::singleShot(0, [&] {
            for (int i = 0; i < 200; ++i) {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = box->text();
                    box->button(QMessageBox::Cancel)->click();
                    return;
                }
                QTest::qWait(20);
            }
        });
        QVERIFY(!window.save());
        QVERIFY2(asked.contains(QStringLiteral("changed by another program")), qPrintable(asked));
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), onDisk);
        QVERIFY(window.currentView()->document()->isModified());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

PW_GUI_TEST_MAIN(TestJournalKeeper)
#include "tst_journal_keeper.moc"
