// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Images into a post in the real window: a PNG dropped from a file manager on the editor of a
// saved post (through the real alt-text dialog), several at once, pasted image data, a
// copied image file, an untitled post, Format → Insert Image, Cancel; other files dropped
// still open as posts.
// Set PW_SCREENSHOT_DIR to keep a PNG of the dialog.
#include "gui/document/document.h"
#include "gui/editor/image_inserter.h"
#include "gui/editor/markdown_editor.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "gui_test_support.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTextBlock>

using namespace pw;
using namespace pw::gui;

namespace {

QString writePng(const QString &path, QRgb colour)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    if (!image.save(path, "png"))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

// Drops `files` on `target` at `at`, as a file manager does: enter, move, drop. Qt hands the
// drag to the first widget up from `target` that takes it. Returns whether one did.
bool dropFiles(QWidget *target, const QStringList &files, QPoint at)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls << QUrl::fromLocalFile(file);
    data.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return enter.isAccepted() && drop.isAccepted();
}

// Drops `files` on the editor at the start of `line`.
bool dropFiles(MarkdownEditor *editor, const QStringList &files, int line)
{
    const QTextCursor cursor(editor->document()->findBlockByNumber(line));
    return dropFiles(editor->viewport(), files, editor->cursorRect(cursor).center() + QPoint(1, 0));
}

// Answers the next ImageAltDialog: sets the alt text (unless null), the copy option (when
// shown), and presses Insert or Cancel. Polls from a timer: the dialog runs its own loop.
class DialogAnswer {
public:
    DialogAnswer(std::optional<QString> alt, bool copy, bool accept, const QString &screenshot = {})
    {
        m_poll.setInterval(20);
        QObject::connect(&m_poll, &QTimer::timeout, [=, this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QLatin1String("imageAltDialog") ||
                !modal->isVisible())
                return;
            auto *edit = modal->findChild<QLineEdit *>(QStringLiteral("altTextEdit"));
            if (!edit)
                return;
            ++shown;
            suggested << edit->text();
            if (alt)
                edit->setText(*alt);
            if (auto *check = modal->findChild<QCheckBox *>(QStringLiteral("copyNextToPost"))) {
                offeredCopy = true;
                check->setChecked(copy);
            }
            const QString folder = qEnvironmentVariable("PW_SCREENSHOT_DIR");
            if (!folder.isEmpty() && !screenshot.isEmpty())
                modal->grab().save(QDir(folder).filePath(screenshot));
            QMetaObject::invokeMethod(modal, accept ? "accept" : "reject", Qt::QueuedConnection);
        });
        m_poll.start();
    }

    int shown = 0;
    QStringList suggested;
    bool offeredCopy = false;

private:
    QTimer m_poll;
};

} // namespace

class TestImageDrop : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    QString m_post;

    MarkdownEditor *editor() const { return m_window->currentView()->editor(); }
    QString body() const { return editor()->toPlainText(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = path(QStringLiteral("site-%1").arg(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(folder));
        m_post = writeText(folder + QStringLiteral("/hello.md"),
                           "---\ntitle: Hello\n---\n# Hello\n\nFirst paragraph.\n\nLast one.\n");
        m_window = new MainWindow;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->openFile(m_post));
        QCOMPARE(m_window->currentView()->document()->filePath(), m_post);
    }

    void cleanup()
    {
        m_window->currentView()->document()->bodyDocument()->setModified(false);
        delete m_window;
        m_window = nullptr;
    }

    void droppedPngBecomesAnImageLinkCopiedNextToThePost()
    {
        const QString picture =
            writePng(path(QStringLiteral("Pictures/team-photo_2.png")), 0xff3366cc);
        const QString before = body();
        DialogAnswer answer(std::nullopt, true, true, QStringLiteral("image-alt-dialog.png"));
        // The line "First paragraph." is line 2 of the body.
        QVERIFY(dropFiles(editor(), {picture}, 2));
        QTRY_COMPARE(answer.shown, 1);
        QCOMPARE(answer.suggested, QStringList{QStringLiteral("team photo 2")});
        QVERIFY(answer.offeredCopy);
        QTRY_VERIFY2(body().contains(QStringLiteral("![team photo 2](team-photo_2.png)First")),
                     qPrintable(body()));
        const QString copy = QFileInfo(m_post).dir().filePath(QStringLiteral("team-photo_2.png"));
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(QImage(copy), QImage(picture));
        // The drop did not open the image as a post.
        QCOMPARE(m_window->tabs()->count(), 1);
        // One undo step takes it back.
        editor()->undo();
        QCOMPARE(body(), before);
    }

    void droppedWithoutCopyLinksWhereTheImageIs()
    {
        const QString picture =
            writePng(path(QStringLiteral("Pictures/My Photo (1).png")), 0xff00aa00);
        DialogAnswer answer(QStringLiteral("A green square"), false, true);
        QVERIFY(dropFiles(editor(), {picture}, 4));
        QTRY_VERIFY2(body().contains(
                         QStringLiteral("![A green square](../Pictures/My%20Photo%20%281%29.png)")),
                     qPrintable(body()));
        QVERIFY(!QFileInfo::exists(
            QFileInfo(m_post).dir().filePath(QStringLiteral("My Photo (1).png"))));
    }

    void severalImagesGoOneLineEach()
    {
        const QString folder = QFileInfo(m_post).absolutePath();
        // Inside the post's folder already: nothing to copy, nothing offered.
        const QString a = writePng(folder + QStringLiteral("/images/a.png"), 0xffff0000);
        const QString b = writePng(folder + QStringLiteral("/b.webp.png"), 0xff0000ff);
        DialogAnswer answer(std::nullopt, true, true);
        QVERIFY(dropFiles(editor(), {a, b}, 4));
        QTRY_VERIFY2(
            body().contains(QStringLiteral("![a](images/a.png)\n![b webp](b.webp.png)\nLast one.")),
            qPrintable(body()));
        QCOMPARE(answer.shown, 2);
        QVERIFY(!answer.offeredCopy);
        editor()->undo();
        QVERIFY(!body().contains(QStringLiteral("![")));
    }

    void cancelInsertsNothing()
    {
        const QString picture =
            writePng(path(QStringLiteral("Pictures/cancelled.png")), 0xff123456);
        const QString before = body();
        DialogAnswer answer(std::nullopt, true, false);
        QVERIFY(dropFiles(editor(), {picture}, 2));
        QTRY_COMPARE(answer.shown, 1);
        QTest::qWait(100);
        QCOMPARE(body(), before);
        QVERIFY(
            !QFileInfo::exists(QFileInfo(m_post).dir().filePath(QStringLiteral("cancelled.png"))));
    }

    void droppedOnAnUntitledPostLinksTheAbsolutePath()
    {
        m_window->newDocument();
        const QString picture =
            writePng(path(QStringLiteral("Pictures/untitled one.png")), 0xff224466);
        DialogAnswer answer(std::nullopt, true, true);
        QVERIFY(dropFiles(editor(), {picture}, 0));
        QTRY_VERIFY2(body() == QStringLiteral("![untitled one](%1)")
                                   .arg(QString(picture).replace(u' ', QStringLiteral("%20"))),
                     qPrintable(body()));
        QVERIFY(!answer.offeredCopy); // no folder to copy to
    }

    void imageDroppedOnThePreviewGoesIntoThePost()
    {
        const QString picture = writePng(path(QStringLiteral("Pictures/beside.png")), 0xff778899);
        editor()->imageInserter()->setAsk([](const ImageQuestion &question) {
            return std::optional<ImageAnswer>(ImageAnswer{question.suggestedAlt, false});
        });
        editor()->moveCursor(QTextCursor::End);
        QWidget *preview = m_window->currentView()->preview();
        QVERIFY(dropFiles(preview, {picture}, preview->rect().center()));
        QTRY_VERIFY2(body().endsWith(QStringLiteral("Last one.![beside](../Pictures/beside.png)")),
                     qPrintable(body()));
        QCOMPARE(m_window->tabs()->count(), 1);
    }

    void otherFilesDroppedOnTheWindowStillOpenAsPosts()
    {
        const QString other = writeText(path(QStringLiteral("other.md")), "# Other post\n");
        QWidget *preview = m_window->currentView()->preview();
        QVERIFY(dropFiles(preview, {other}, preview->rect().center()));
        QTRY_COMPARE(m_window->tabs()->count(), 2);
        QCOMPARE(m_window->currentView()->document()->filePath(), other);
    }

    void pastedImageDataIsSavedNextToThePost()
    {
        ImageInserter *inserter = editor()->imageInserter();
        int asked = 0;
        inserter->setAsk([&](const ImageQuestion &question) -> std::optional<ImageAnswer> {
            ++asked;
            if (question.pastedImage.isNull() || !question.imagePath.isEmpty())
                return std::nullopt;
            return ImageAnswer{QStringLiteral("Sales chart, 2026"), false};
        });
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(0xffcc8800);
        QApplication::clipboard()->setImage(image);
        QTextCursor cursor = editor()->textCursor();
        cursor.movePosition(QTextCursor::End);
        editor()->setTextCursor(cursor);
        editor()->paste();
        QTRY_VERIFY2(
            body().endsWith(QStringLiteral("Last one.![Sales chart, 2026](sales-chart-2026.png)")),
            qPrintable(body()));
        QCOMPARE(asked, 1);
        const QString written =
            QFileInfo(m_post).dir().filePath(QStringLiteral("sales-chart-2026.png"));
        QCOMPARE(QImage(written).convertToFormat(QImage::Format_RGB32), image);
    }

    void pasteIntoAnUntitledPostAsksWhereThePngGoes()
    {
        m_window->newDocument();
        QVERIFY(m_window->currentView()->document()->filePath().isEmpty());
        ImageInserter *inserter = editor()->imageInserter();
        inserter->setAsk([](const ImageQuestion &question) -> std::optional<ImageAnswer> {
            if (!question.pastedIntoUntitled || question.offerCopy)
                return std::nullopt;
            return ImageAnswer{QStringLiteral("Whiteboard"), false};
        });
        QString suggested;
        const QString chosen = path(QStringLiteral("chosen folder/board.png"));
        QDir().mkpath(QFileInfo(chosen).absolutePath());
        inserter->setChoosePngPath([&](const QString &suggestion) {
            suggested = suggestion;
            return chosen;
        });
        QImage image(20, 20, QImage::Format_RGB32);
        image.fill(0xff0088cc);
        QApplication::clipboard()->setImage(image);
        editor()->paste();
        QTRY_VERIFY2(body().contains(QStringLiteral("![Whiteboard](") +
                                     QString(chosen).replace(u' ', QStringLiteral("%20")) + u')'),
                     qPrintable(body()));
        QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("whiteboard.png"));
        QVERIFY(QFileInfo::exists(chosen));
    }

    void copiedImageFilePastesLikeADrop()
    {
        const QString picture = writePng(path(QStringLiteral("Pictures/copied.png")), 0xff445566);
        editor()->imageInserter()->setAsk([](const ImageQuestion &question) {
            return std::optional<ImageAnswer>(
                ImageAnswer{question.suggestedAlt, question.offerCopy});
        });
        auto *data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(picture)});
        data->setText(picture); // file managers offer the path as text too
        QApplication::clipboard()->setMimeData(data);
        editor()->moveCursor(QTextCursor::Start);
        editor()->paste();
        QTRY_VERIFY2(body().startsWith(QStringLiteral("![copied](copied.png)")),
                     qPrintable(body()));
        QVERIFY(QFileInfo::exists(QFileInfo(m_post).dir().filePath(QStringLiteral("copied.png"))));
    }

    void insertImageCommandInTheFormatMenu()
    {
        const QString picture = writePng(path(QStringLiteral("Pictures/menu.png")), 0xff998877);
        const QString notImage =
            writeText(path(QStringLiteral("Pictures/notes.png")), "plain text\n");
        QAction *action = test::menuAction(*m_window, QStringLiteral("Insert I&mage…"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        QString startFolder;
        editor()->imageInserter()->setChooseImages([&](const QString &folder) {
            startFolder = folder;
            return QStringList{picture};
        });
        editor()->imageInserter()->setAsk([](const ImageQuestion &question) {
            return std::optional<ImageAnswer>(ImageAnswer{question.suggestedAlt, false});
        });
        editor()->moveCursor(QTextCursor::End);
        action->trigger();
        QVERIFY2(body().endsWith(QStringLiteral("![menu](../Pictures/menu.png)")),
                 qPrintable(body()));
        QCOMPARE(startFolder, QFileInfo(m_post).absolutePath());

        // A chosen file that is not an image is refused with a word, not linked.
        editor()->imageInserter()->setChooseImages(
            [&](const QString &) { return QStringList{notImage}; });
        const QString before = body();
        QString said;
        test::answerNextMessageBox(QMessageBox::Ok, &said);
        action->trigger();
        QCOMPARE(body(), before);
        QVERIFY2(said.contains(QStringLiteral("notes.png")), qPrintable(said));
    }
};

PW_GUI_TEST_MAIN(TestImageDrop)
#include "tst_image_drop.moc"
