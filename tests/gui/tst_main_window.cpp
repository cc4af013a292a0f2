// Drives the real editor window under Xvfb: open, edit, save, reopen, bad input.
#include "document.h"
#include "main_window.h"
#include "metadata_panel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

QString seed(const char *prefix)
{
    const QDir dir(QStringLiteral(PW_SEEDS_DIR));
    const QStringList matches = dir.entryList({QString::fromLatin1(prefix) + QLatin1Char('*')});
    return matches.isEmpty() ? QString() : dir.filePath(matches.constFirst());
}

// Answers the next modal message box with `button` and remembers its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        for (int i = 0; i < 100; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (text)
                    *text = box->text();
                box->button(button)->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

QStringList findingTexts(const MainWindow &window)
{
    QStringList texts;
    for (int i = 0; i < window.findingsList()->count(); ++i)
        texts << window.findingsList()->item(i)->text();
    return texts;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void opensSeed000IntoEditorAndPanel()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(seed("000")));

        const QString body = window.editor()->toPlainText();
        QVERIFY(body.startsWith(QStringLiteral("Are you trying to choose")));
        QVERIFY(body.contains(QStringLiteral("we’ll")));
        QVERIFY(!body.contains(QStringLiteral("TITLE:")));
        QCOMPARE(window.metadataPanel()->titleEdit()->text(),
                 QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
        QCOMPARE(window.metadataPanel()->categoriesEdit()->text(),
                 QStringLiteral("Tutorials, How-to Guides, Programming and Coding, Web Development Frameworks"));
        QVERIFY(!window.isWindowModified());
        QTRY_VERIFY(findingTexts(window).join('\n').contains(QStringLiteral("603 px")));
    }

    void editingTitleMarksModifiedAndRechecks()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(seed("000")));
        QLineEdit *title = window.metadataPanel()->titleEdit();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Django or Flask?"));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.document()->metadata().title, QStringLiteral("Django or Flask?"));
        QTRY_VERIFY(!findingTexts(window).join('\n').contains(QStringLiteral("603 px")));
    }

    void saveAndReopenKeepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.txt"));
        QVERIFY(QFile::copy(seed("000"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        Post before;
        {
            MainWindow window;
            QVERIFY(window.openFile(path));
            QTest::keyClicks(window.editor(), QStringLiteral("Hello "));
            QVERIFY(window.isWindowModified());
            before = window.document()->post();
            const WriteResult saved = window.document()->saveAs(path, window.document()->format());
            QVERIFY2(saved.ok, qPrintable(saved.error));
            QVERIFY(!window.isWindowModified());
        }
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(reopened.document()->post(), before);
        QVERIFY(reopened.editor()->toPlainText().startsWith(QStringLiteral("Hello Are you")));
    }

    void failedOpenLeavesDocumentUntouched()
    {
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("image.png"));
        QFile file(binary);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4096, '\0'));
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(seed("000")));
        QTest::keyClicks(window.editor(), QStringLiteral("unsaved words "));
        const Post before = window.document()->post();

        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!window.openFile(binary));
        QVERIFY2(message.contains(QStringLiteral("image.png")), qPrintable(message));
        QCOMPARE(window.document()->post(), before);
        QVERIFY(window.isWindowModified());
    }

    void everySeedOpens()
    {
        const QDir dir(QStringLiteral(PW_SEEDS_DIR));
        for (const QString &name : dir.entryList({QStringLiteral("00[0-2]_*.txt")})) {
            MainWindow window;
            QVERIFY2(window.openFile(dir.filePath(name)), qPrintable(name));
            QVERIFY(!window.editor()->toPlainText().isEmpty());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
