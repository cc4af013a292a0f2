// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import in the editor window under Xvfb: File → Import… (without its dialog), the review,
// one tab a post for an export array, a failed import that leaves everything as it was, and
// HTML pasted into the editor arriving as Markdown.
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/panels/import_review_panel.h"
#include "gui/panels/metadata_panel.h"
#include "gui/preview/preview_page.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"

#include <QTemporaryDir>
#include "test_support.h"

#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QWebEnginePage>

using namespace pw;
using namespace pw::gui;

using namespace pw::test;

namespace {

QJsonObject post(const QString &slug, const QString &title, const QString &html)
{
    return {{QStringLiteral("slug"), slug},
            {QStringLiteral("title"), QJsonObject{{QStringLiteral("rendered"), title}}},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("rendered"), html}}}};
}

// Screenshots go to PW_SCREENSHOT_DIR when it is set, for a person to look at.
void screenshot(QWidget *widget, const char *name)
{
    const QByteArray dir = qgetenv("PW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(500);
    widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class TestImportGui : public QObject {
    Q_OBJECT
private slots:
    void importSeed003WithReview()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.importFiles({seed("003")}));
        QCOMPARE(window.tabs()->count(), 1); // the untouched new document made way

        Document *document = window.currentView()->document();
        QCOMPARE(document->metadata().title,
                 QStringLiteral("Difference Between Django and Flask: A Face-Off!"));
        QCOMPARE(document->importedFrom(), QFileInfo(seed("003")).absoluteFilePath());
        QVERIFY(document->filePath().isEmpty());
        QVERIFY(document->isModified());
        QVERIFY(window.tabs()->tabText(0).contains(QStringLiteral("(imported)")));
        QVERIFY(document->bodyDocument()->toPlainText().startsWith(
            QStringLiteral("---\n\n## Highlights\n")));

        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("importReviewDock"));
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        ImportReviewPanel *review = window.importReview();
        QVERIFY(review->hasImport());
        const QString text = review->reviewText();
        QVERIFY2(text.contains(QStringLiteral("Imported from 003_4b872c0eb13f5ddf.txt")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("nothing is saved yet")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("difference-between-django-and-flask")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("from the excerpt")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("web development (not in the list)")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("names rebuilt from the post's CSS classes")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2025-08-05T11:42:59")), qPrintable(text));

        PreviewView *preview = window.currentView()->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->isReady() && preview->appliedRevision() > 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(preview->page(), QStringLiteral("document.querySelector('h2').textContent"))
                .toString(),
            QStringLiteral("Highlights"), 10000);
        screenshot(&window, "import-003.png");

        // One click puts the suggested allowed category in place of "web development".
        const QList<QWidget *> fixes = review->fixButtons();
        QCOMPARE(fixes.size(), 1);
        auto *fix = qobject_cast<QPushButton *>(fixes.constFirst());
        QCOMPARE(fix->text(), QStringLiteral("Use “Web Development Frameworks”"));
        fix->click();
        QTRY_COMPARE(document->metadata().categories,
                     QStringList{QStringLiteral("Web Development Frameworks")});
        QTRY_VERIFY(review->fixButtons().isEmpty());
        QVERIFY(review->reviewText().contains(QStringLiteral("Fixed")));

        // Saved, the review stays: it is the editor's checklist for this post.
        QTemporaryDir dir;
        const QString saved = dir.filePath(QStringLiteral("face-off.md"));
        QVERIFY(document->saveAs(saved, PostFormat::MarkdownFrontMatter).ok);
        QTRY_VERIFY(review->reviewText().contains(QStringLiteral("Saved as face-off.md")));
        QVERIFY(review->hasImport());
        const QString after = review->reviewText();
        QVERIFY2(after.contains(QStringLiteral("Imported from 003_4b872c0eb13f5ddf.txt")),
                 qPrintable(after));
        QVERIFY2(after.contains(QStringLiteral("names rebuilt from the post's CSS classes")),
                 qPrintable(after));
        QVERIFY(!after.contains(QStringLiteral("nothing is saved yet")));
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("face-off.md"));
    }

    void importSeed004Screenshot()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.importFiles({seed("004")}));
        const QString text = window.importReview()->reviewText();
        // Two ids: the English plural form, not the "(s)" of the source text.
        QVERIFY2(text.contains(QStringLiteral("WordPress category ids 602, 705")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no names in the export")), qPrintable(text));
        PreviewView *preview = window.currentView()->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->isReady() && preview->appliedRevision() > 0, 30000);
        // Header-less tables came through as tables.
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(preview->page(), QStringLiteral("document.querySelectorAll('table').length"))
                    .toInt() > 0,
            10000);
        screenshot(&window, "import-004.png");
    }

    void arrayOpensOneTabAPost()
    {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, QStringLiteral("posts.json"),
            QJsonDocument(
                QJsonArray{post(QStringLiteral("first"), QStringLiteral("First post"),
                                QStringLiteral("<p>One</p>")),
                           post(QStringLiteral("second"), QStringLiteral("Second post"),
                                QStringLiteral("<h2>Two</h2>")),
                           post(QStringLiteral("empty"), QStringLiteral("Empty post"), QString())})
                .toJson());
        MainWindow window;
        window.show();
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(window.importFiles({path}));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.views().at(0)->document()->metadata().title, QStringLiteral("First post"));
        QCOMPARE(window.views().at(1)->document()->metadata().title, QStringLiteral("Second post"));
        QCOMPARE(window.views().at(1)->document()->bodyDocument()->toPlainText(),
                 QStringLiteral("## Two"));
        QCOMPARE(window.currentView(), window.views().at(0));
        QVERIFY2(message.contains(QStringLiteral("Post 3 of 3")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The post has no content to import.")),
                 qPrintable(message));
        // The review follows the tab.
        QVERIFY(window.importReview()->reviewText().contains(QStringLiteral("First post")));
        window.tabs()->setCurrentIndex(1);
        QVERIFY(window.importReview()->reviewText().contains(QStringLiteral("Second post")));

        // Dropped files take the same way.
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(window.openFile(path));
        QTRY_COMPARE(window.tabs()->count(), 4);
    }

    void failedImportTouchesNothing()
    {
        QTemporaryDir dir;
        const QString broken =
            writeFile(dir, QStringLiteral("broken.json"),
                      "[{\"slug\": \"x\", \"content\": {\"rendered\": \"<p>a</p>\"}\n"
                      "  \"title\": {\"rendered\": \"T\"}}]\n");
        MainWindow window;
        window.show();
        MarkdownEditor *editor = window.currentView()->editor();
        editor->setPlainText(QStringLiteral("My draft, not saved."));
        Document *document = window.currentView()->document();
        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!window.importFiles({broken}));
        QVERIFY2(message.contains(QStringLiteral("broken.json")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("line 2")), qPrintable(message));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentView()->document(), document);
        QCOMPARE(editor->toPlainText(), QStringLiteral("My draft, not saved."));
        QVERIFY(!window.importReview()->hasImport());

        // A post with no content: nothing opens either.
        const QString empty = writeFile(
            dir, QStringLiteral("empty.json"),
            QJsonDocument(post(QStringLiteral("e"), QStringLiteral("E"), QString())).toJson());
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!window.importFiles({empty}));
        QVERIFY2(message.contains(QStringLiteral("no content")), qPrintable(message));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(editor->toPlainText(), QStringLiteral("My draft, not saved."));
    }

    void pasteHtmlAsMarkdown()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MarkdownEditor *editor = window.currentView()->editor();
        editor->setFocus();
        editor->setPlainText(QStringLiteral("Intro: "));
        editor->moveCursor(QTextCursor::End);

        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral(
            "<html><body><!--StartFragment--><p>Read <strong>the guide</strong> at "
            "<a href=\"https://example.com/guide\" onclick=\"steal()\">example</a>.</p>"
            "<ul><li>one</li><li>two</li></ul><script>alert(1)</script>"
            "<!--EndFragment--></body></html>"));
        mime->setText(QStringLiteral("Read the guide at example.\none\ntwo"));
        QGuiApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(
            editor->toPlainText(),
            QStringLiteral("Intro: Read **the guide** at [example](https://example.com/guide).\n"
                           "\n"
                           "- one\n"
                           "- two"));
        // One undo step takes the whole paste back.
        editor->undo();
        QCOMPARE(editor->toPlainText(), QStringLiteral("Intro: "));

        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->toPlainText(),
                 QStringLiteral("Intro: Read the guide at example.\none\ntwo"));

        // Copying Markdown out of the editor and back keeps it as it was.
        editor->setPlainText(QStringLiteral("Some **bold** and a [link](https://x.org)"));
        editor->selectAll();
        editor->copy();
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasHtml());
        editor->moveCursor(QTextCursor::End);
        editor->insertPlainText(QStringLiteral("\n"));
        editor->paste();
        QCOMPARE(editor->toPlainText(),
                 QStringLiteral("Some **bold** and a [link](https://x.org)\n"
                                "Some **bold** and a [link](https://x.org)"));
    }
};

PW_GUI_TEST_MAIN(TestImportGui)
#include "tst_import_gui.moc"
