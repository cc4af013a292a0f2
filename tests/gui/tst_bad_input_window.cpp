// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile files opened in the real editor window: each is refused with a message that names
// the file and says what is wrong, and the document already open keeps every unsaved word.
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>

using namespace pw;
using namespace pw::gui;

namespace {

// Answers the next modal message box with OK and remembers its text.
void answerNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        for (int i = 0; i < 500; ++i) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text() + QLatin1Char('\n') + box->informativeText();
                // For looking at by eye: PW_SCREENSHOT_DIR=/tmp/shots ./tst_bad_input_window
                if (const QString shots = qEnvironmentVariable("PW_SCREENSHOT_DIR");
                    !shots.isEmpty())
                    box->window()->grab().save(
                        shots + QStringLiteral("/bad-input-%1.png")
                                    .arg(QString::fromLatin1(QTest::currentDataTag())));
                box->button(QMessageBox::Ok)->click();
                return;
            }
            QTest::qWait(20);
        }
    });
}

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

class TestBadInputWindow : public QObject {
    Q_OBJECT
private slots:
    void refusedFilesLeaveTheOpenDocumentAlone_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << "empty.md" << QByteArray() << "empty";
        QTest::newRow("binary") << "photo.jpg"
                                << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11) +
                                       QByteArray(8192, '\0')
                                << "binary";
        QTest::newRow("JSON nested 100k deep")
            << "deep.json" << repeated("[", 100000) + repeated("]", 100000) << "line";
        QTest::newRow("front matter that is not YAML")
            << "broken.md" << QByteArray("---\ntitle: A post\ntags: [one, two\n---\nBody.\n")
            << "line";
    }
    void refusedFilesLeaveTheOpenDocumentAlone()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClicks(window.currentView()->editor(), QStringLiteral("Unsaved words stay."));
        const Post before = window.currentView()->document()->post();
        QCOMPARE(before.body, QStringLiteral("Unsaved words stay."));

        QString message;
        answerNextMessageBox(&message);
        QVERIFY(!window.openFile(file.fileName()));
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentView()->document()->post(), before);
        QVERIFY(window.isWindowModified());
        // Let the window close without asking to save.
        window.currentView()->document()->bodyDocument()->setModified(false);
    }
};

PW_GUI_TEST_MAIN(TestBadInputWindow)

#include "tst_bad_input_window.moc"
