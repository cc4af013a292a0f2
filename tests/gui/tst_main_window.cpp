// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real editor window under Xvfb: open, edit, check, fix, save, reopen, bad input.
#include "core/formats/post_reader.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/gui_test_support.h"
#include "gui/panels/category_picker.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/length_meter.h"
#include "gui/panels/metadata_panel.h"
#include "gui/panels/search_snippet_view.h"
#include "gui/panels/status_stats.h"
#include "gui/panels/suggestion_offer.h"
#include "gui/preview/preview_view.h"
#include "gui/view/document_view.h"
#include "gui/window/help_actions.h"
#include "gui/window/main_window.h"
#include "gui_test_main.h"
#include "test_support.h"

#include <QAbstractButton>
#include <QCursor>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace pw;
using namespace pw::gui;

using namespace pw::test;

namespace {

QStringList findingIds(const MainWindow &window)
{
    QStringList ids;
    for (const Finding &finding : window.findingsView()->findings())
        ids << finding.id;
    return ids;
}

QString findingMessages(const MainWindow &window)
{
    QStringList messages;
    for (const Finding &finding : window.findingsView()->findings())
        messages << finding.message;
    return messages.join(QLatin1Char('\n'));
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void newWindowStartsWithOnePristineDocument()
    {
        MainWindow window;
        QCOMPARE(window.tabs()->count(), 1);
        DocumentView *view = window.currentView();
        QVERIFY(view->document()->filePath().isEmpty());
        QVERIFY(!view->document()->bodyDocument()->isModified());
        QVERIFY(!view->document()->isModified());
        QVERIFY(view->document()->bodyDocument()->isEmpty());
        QVERIFY(view->isPristine());
        QVERIFY(!window.isWindowModified());
    }

    void opensSeed000IntoEditorAndPanel()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(seed("000")));
        QCOMPARE(window.tabs()->count(), 1); // the empty new document made way

        DocumentView *view = window.currentView();
        const QString body = view->editor()->toPlainText();
        QVERIFY(body.startsWith(QStringLiteral("Are you trying to choose")));
        QVERIFY(body.contains(QStringLiteral("we’ll")));
        QVERIFY(!body.contains(QStringLiteral("TITLE:")));
        QVERIFY(!body.contains(QStringLiteral("EndOFText")));
        MetadataPanel *panel = window.metadataPanel();
        QCOMPARE(panel->titleEdit()->text(),
                 QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
        QCOMPARE(panel->categoryPicker()->categories(),
                 QStringList({"Tutorials", "How-to Guides", "Programming and Coding",
                              "Web Development Frameworks"}));
        QCOMPARE(panel->slugEdit()->text(),
                 QStringLiteral("django-vs-flask-which-framework-is-better-for-web-development"));
        QVERIFY(!window.isWindowModified());

        QTRY_VERIFY_WITH_TIMEOUT(findingIds(window).contains(QStringLiteral("title.width")), 10000);
        QVERIFY(findingMessages(window).contains(QStringLiteral("603 px")));
        QVERIFY(findingIds(window).contains(QStringLiteral("description.long")));
        // The pixel bar shows the figure, not just a colour.
        QCOMPARE(panel->titleMeter()->value(), 603.0);
        QCOMPARE(panel->titleMeter()->quality(), LengthMeter::Quality::Bad);
        QVERIFY(panel->titleMeter()->text().startsWith(QStringLiteral("603 px")));
        QCOMPARE(panel->descriptionMeter()->value(), 180.0);
        // Status bar counts the body only; the seed body has several hundred words.
        QVERIFY2(window.statusStats()->text().contains(QStringLiteral(" min read")),
                 qPrintable(window.statusStats()->text()));
        // Google cuts the 603 px title: the snippet ends in an ellipsis.
        QVERIFY(panel->snippetView()->titleText().endsWith(QStringLiteral("…")));
    }

    void editingTitleUpdatesCountsBarAndFindings()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(seed("000")));
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(window).contains(QStringLiteral("title.width")), 10000);
        QLineEdit *title = window.metadataPanel()->titleEdit();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Django or Flask for Your Next Web Project?"));
        QVERIFY(window.isWindowModified());
        QCOMPARE(window.currentView()->document()->metadata().title,
                 QStringLiteral("Django or Flask for Your Next Web Project?"));
        LengthMeter *meter = window.metadataPanel()->titleMeter();
        QVERIFY(meter->value() < 580);
        QCOMPARE(meter->quality(), LengthMeter::Quality::Good);
        QVERIFY(meter->text().contains(QStringLiteral("42 characters")));
        QTRY_VERIFY_WITH_TIMEOUT(!findingIds(window).contains(QStringLiteral("title.width")), 10000);
        // The slug followed the title: it was never edited.
        QCOMPARE(window.metadataPanel()->slugEdit()->text(),
                 QStringLiteral("django-or-flask-for-your-next-web-project"));
        QVERIFY(window.currentView()->document()->metadata().slug.isEmpty());

        // Once the slug is typed, it no longer follows the title.
        QLineEdit *slug = window.metadataPanel()->slugEdit();
        slug->selectAll();
        QTest::keyClicks(slug, QStringLiteral("django-or-flask"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Something Else Entirely for the Title"));
        QCOMPARE(slug->text(), QStringLiteral("django-or-flask"));
        QCOMPARE(window.currentView()->document()->metadata().slug, QStringLiteral("django-or-flask"));
        QVERIFY(window.metadataPanel()->slugFollowButton()->isVisible());
        window.metadataPanel()->slugFollowButton()->click();
        QCOMPARE(slug->text(), QStringLiteral("something-else-entirely-for-the-title"));
        window.currentView()->document()->bodyDocument()->setModified(false);
    }

    void unknownCategoryShowsErrorAndOneClickFix()
    {
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, "post.txt",
            "TITLE: Choosing a Python Web Framework in 2026: A Guide\n"
            "META_DESCRIPTION: x\nTAGS: python\nCATEGORIES: Tutorials, Web Development\n\n"
            "Some body text.\n\n-EndOFText-\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        CategoryPicker *picker = window.metadataPanel()->categoryPicker();
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(window).contains(QStringLiteral("category.unknown")), 10000);
        QCOMPARE(picker->fixButtons().size(), 1);
        auto *fix = qobject_cast<QPushButton *>(picker->fixButtons().constFirst());
        QVERIFY(fix);
        QVERIFY(fix->text().contains(QStringLiteral("Web Development Frameworks")));
        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_COMPARE(picker->categories(),
                     QStringList({"Tutorials", "Web Development Frameworks"}));
        QCOMPARE(window.currentView()->document()->metadata().categories,
                 QStringList({"Tutorials", "Web Development Frameworks"}));
        QTRY_VERIFY(picker->fixButtons().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!findingIds(window).contains(QStringLiteral("category.unknown")), 10000);

        // Ticking a whitelist entry in the searchable checklist adds it.
        picker->searchEdit()->setText(QStringLiteral("cloud hosting"));
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < picker->checklist()->count(); ++i) {
            if (!picker->checklist()->item(i)->isHidden())
                item = item ? nullptr : picker->checklist()->item(i);
        }
        QVERIFY2(item, "the search should leave exactly one category visible");
        QCOMPARE(item->text(), QStringLiteral("Cloud Hosting and Services"));
        item->setCheckState(Qt::Checked);
        QCOMPARE(window.currentView()->document()->metadata().categories.last(),
                 QStringLiteral("Cloud Hosting and Services"));
    }

    void unknownCategoryWithoutNearMatchOffersOnlyRemoval()
    {
        // "Cooking" is like none of the built-in categories: no "Use “”" button, which would
        // have replaced it with an empty category; removing it is still one click.
        QTemporaryDir dir;
        const QString path = writeFile(
            dir, "post.txt",
            "TITLE: Baking Sourdough Bread at Home, Step by Step\n"
            "META_DESCRIPTION: x\nTAGS: bread\nCATEGORIES: Cooking, Tutorials\n\n"
            "Some body text.\n\n-EndOFText-\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        CategoryPicker *picker = window.metadataPanel()->categoryPicker();
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(window).contains(QStringLiteral("category.unknown")), 10000);
        QVERIFY(picker->fixButtons().isEmpty());
        QToolButton *remove = nullptr;
        for (QToolButton *button : picker->findChildren<QToolButton *>()) {
            if (button->toolTip().contains(QStringLiteral("Cooking")))
                remove = button;
        }
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(picker->categories(), QStringList({"Tutorials"}));
        QTRY_VERIFY_WITH_TIMEOUT(!findingIds(window).contains(QStringLiteral("category.unknown")), 10000);
        window.currentView()->document()->bodyDocument()->setModified(false);
    }

    void saveAndReopenRoundTripsInEveryFormat_data()
    {
        QTest::addColumn<PostFormat>("format");
        QTest::addColumn<QString>("name");
        QTest::newRow("markdown") << PostFormat::MarkdownFrontMatter << "post.md";
        QTest::newRow("generator") << PostFormat::Generator << "post.txt";
        QTest::newRow("json") << PostFormat::PostJson << "post.json";
    }
    void saveAndReopenRoundTripsInEveryFormat()
    {
        QFETCH(PostFormat, format);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        Post before;
        {
            MainWindow window;
            QVERIFY(window.openFile(seed("000")));
            DocumentView *view = window.currentView();
            view->editor()->moveCursor(QTextCursor::Start);
            QTest::keyClicks(view->editor(), QStringLiteral("Hello "));
            QVERIFY(view->document()->isModified());
            before = view->document()->post();
            const WriteResult saved = view->document()->saveAs(path, format);
            QVERIFY2(saved.ok, qPrintable(saved.error));
            QVERIFY(!view->document()->isModified());
            QVERIFY(!window.isWindowModified());
        }
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        Post after = reopened.currentView()->document()->post();
        QCOMPARE(reopened.currentView()->document()->format(), format);
        if (format == PostFormat::PostJson) // JSON stores the slug a reader sees
            after.slug = before.slug.isEmpty() ? QString() : after.slug;
        QCOMPARE(after, before);
        QVERIFY(after.body.startsWith(QStringLiteral("Hello Are you")));
    }

    void failedOpenLeavesDocumentsUntouched()
    {
        QTemporaryDir dir;
        const QString binary =
            writeFile(dir, "image.png", QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4096, '\0'));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(seed("000")));
        QTest::keyClicks(window.currentView()->editor(), QStringLiteral("unsaved words "));
        const Post before = window.currentView()->document()->post();

        QString message;
        answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(!window.openFile(binary));
        QVERIFY2(message.contains(QStringLiteral("image.png")), qPrintable(message));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentView()->document()->post(), before);
        QVERIFY(window.isWindowModified());
        window.currentView()->document()->bodyDocument()->setModified(false);
    }

    void plainMarkdownIsOfferedATitleAndDescription()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(seed("001")));
        Document *document = window.currentView()->document();
        QVERIFY(document->metadata().title.isEmpty());
        MetadataPanel *panel = window.metadataPanel();
        SuggestionOffer *title = panel->titleOffer();
        SuggestionOffer *description = panel->descriptionOffer();
        QTRY_VERIFY(title->isVisible());
        QCOMPARE(title->value(), QStringLiteral("Django vs. Flask: Comparing Python Frameworks"));
        QVERIFY(description->isVisible());
        QVERIFY(description->value().startsWith(QStringLiteral("Which Python framework")));

        title->useButton()->click();
        QCOMPARE(document->metadata().title,
                 QStringLiteral("Django vs. Flask: Comparing Python Frameworks"));
        QCOMPARE(panel->titleEdit()->text(), document->metadata().title);
        QVERIFY(!title->isVisible());
        description->useButton()->click();
        QVERIFY(document->metadata().metaDescription.startsWith(
            QStringLiteral("Which Python framework should you use")));
        QVERIFY(!description->isVisible());
        // Taken, they are the post's: the next analysis offers nothing.
        QTRY_VERIFY(window.currentView()->document()->snapshot()->suggestion ==
                    MetadataSuggestion());
        QVERIFY(!title->isVisible() && !description->isVisible());
        QVERIFY(document->isModified());
        document->bodyDocument()->setModified(false);
    }

    void helpHasTheUserGuideAndAbout()
    {
        MainWindow window;
        QAction *guide = pw::test::menuAction(window, QStringLiteral("&User Guide"));
        QVERIFY(guide);
        QVERIFY(guide->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
        // In a development build, the guide in the sources.
        const QString path = HelpActions::userGuidePath();
        QVERIFY2(path.endsWith(QStringLiteral("docs/user-guide.md")), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("# Postwright user guide"));

        QAction *about = pw::test::menuAction(window, QStringLiteral("&About Postwright"));
        QVERIFY(about);
        QString text;
        pw::test::answerNextMessageBox(QMessageBox::Ok, &text);
        about->trigger();
        QVERIFY2(text.contains(QStringLiteral("GNU General Public License, version 3")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Built with Qt ") + QString::fromLatin1(qVersion())));
    }

    void everySeedOpensAndImportsAreUnsaved()
    {
        MainWindow window;
        const QStringList seeds = pw::test::seedPaths();
        QCOMPARE(seeds.size(), 5);
        for (const QString &path : seeds)
            QVERIFY2(window.openFile(path), qPrintable(path));
        QCOMPARE(window.tabs()->count(), 5);
        for (DocumentView *view : window.views())
            QVERIFY(!view->editor()->toPlainText().isEmpty());
        // The WordPress seeds are imports: new unsaved Markdown documents, never the JSON file.
        Document *imported = window.views().at(3)->document();
        QVERIFY(imported->filePath().isEmpty());
        QVERIFY(imported->isModified());
        QCOMPARE(imported->format(), PostFormat::MarkdownFrontMatter);
        QCOMPARE(imported->metadata().title,
                 QStringLiteral("Difference Between Django and Flask: A Face-Off!"));
        QVERIFY(imported->displayName().contains(QStringLiteral("difference-between-django-and-flask.md")));
        // The panel follows the current tab.
        window.tabs()->setCurrentIndex(0);
        QCOMPARE(window.metadataPanel()->titleEdit()->text(),
                 QStringLiteral("Django vs Flask: Which Framework is Better for Web Development?"));
        window.tabs()->setCurrentIndex(4);
        QCOMPARE(window.metadataPanel()->titleEdit()->text(),
                 QStringLiteral("Unlock the Potential of Flask and Django!"));
        for (DocumentView *view : window.views()) {
            view->document()->bodyDocument()->setModified(false);
            view->document()->setMetadata(view->document()->metadata());
        }
    }

    void typingPatchesThePreviewWithoutReload()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(seed("000")));
        PreviewView *preview = window.currentView()->preview();
        QTRY_VERIFY_WITH_TIMEOUT(preview->isReady() && preview->appliedRevision() > 0, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(preview->webView()->page(), QStringLiteral("document.body.innerText"))
                .toString().contains(QStringLiteral("Which Framework is Better")), 10000);
        const int loads = preview->pageLoadCount();
        QCOMPARE(loads, 1);

        MarkdownEditor *editor = window.currentView()->editor();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("A brand new closing paragraph"));
        QTRY_VERIFY_WITH_TIMEOUT(
            evaluate(preview->webView()->page(), QStringLiteral("document.body.innerText"))
                .toString().contains(QStringLiteral("A brand new closing paragraph")), 10000);
        QCOMPARE(preview->pageLoadCount(), loads);
        window.currentView()->document()->bodyDocument()->setModified(false);
    }

    void previewFollowsTheKeyboard()
    {
        // Page Down scrolls the editor without the scroll bar telling anyone; the preview
        // follows it all the same.
        QTemporaryDir dir;
        QByteArray text = "---\ntitle: Long\n---\n";
        for (int i = 0; i < 300; ++i)
            text += "Paragraph " + QByteArray::number(i) + " of a long post.\n\n";
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(writeFile(dir, "long.md", text)));
        DocumentView *view = window.currentView();
        PreviewView *preview = view->preview();
        // The pointer rests on the preview: the editor then follows what the preview reports,
        // and the preview must report nothing the user did not do there.
        QCursor::setPos(preview->mapToGlobal(preview->rect().center()));
        QTRY_VERIFY(preview->underMouse());
        QTRY_VERIFY_WITH_TIMEOUT(preview->isReady() && preview->appliedRevision() > 0, 30000);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(view->editor(), Qt::Key_PageDown);
        QVERIFY(view->topLine() > 100);
        const auto previewTop = [preview] {
            return evaluate(preview->webView()->page(), QStringLiteral("pwPreview.topLine()")).toInt();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(qAbs(previewTop() - view->topLine()) <= 2,
                                  qPrintable(QStringLiteral("preview %1, editor %2")
                                                 .arg(previewTop())
                                                 .arg(view->topLine())),
                                  10000);
    }

    void activatingAFindingFocusesItsField()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(seed("000")));
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(window).contains(QStringLiteral("description.long")), 10000);
        const QList<Finding> findings = window.findingsView()->findings();
        const auto it = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.id == QLatin1String("description.long");
        });
        QVERIFY(it != findings.end());
        window.activateWindow();
        emit window.findingsView()->findingActivated(*it);
        QTRY_VERIFY(window.metadataPanel()->descriptionEdit()->hasFocus());
    }
};

PW_GUI_TEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
