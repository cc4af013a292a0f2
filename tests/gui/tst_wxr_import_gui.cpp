// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import… of a WordPress export (WXR) in the window under Xvfb: the picker lists the
// posts and pages of the real export tests/data/wxr/site-all.xml (counted against
// expected.json, which WordPress's own API wrote), filters, leaves the password-protected post
// unticked, opens two picked posts as two tabs with their review, writes many into a folder and
// shows it, shows a bad file's error opening nothing, and Cancel while reading opens nothing.
#include "gui/dialogs/wxr_import_dialog.h"
#include "gui/document/document.h"
#include "gui/gui_test_support.h"
#include "gui/import/wxr_post_list.h"
#include "gui/panels/import_review_panel.h"
#include "gui/panels/site_folder_view.h"
#include "gui/settings/theme.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui/window/site_actions.h"
#include "gui_test_main.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace pw;
using namespace pw::gui;

namespace {

QString wxrData(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/wxr/") + name;
}

QJsonArray expectedItems()
{
    QFile file(wxrData(QStringLiteral("expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no expected.json");
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("items"))
        .toArray();
}

QString expectedTitle(qint64 id)
{
    for (const QJsonValue &value : expectedItems()) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
            return value.toObject().value(QStringLiteral("title")).toString();
    }
    return {};
}

// The picker the window opened for an export.
WxrImportDialog *picker(const MainWindow &window)
{
    const QList<WxrImportDialog *> dialogs = window.findChildren<WxrImportDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.constLast();
}

int rowOf(const WxrPostList *list, qint64 id)
{
    for (int row = 0; row < list->rowCount(); ++row) {
        if (list->item(row).id == id)
            return row;
    }
    return -1;
}

void tick(WxrPostList *list, qint64 id, bool on)
{
    list->setData(list->index(rowOf(list, id), WxrPostList::TitleColumn),
                  on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

// An export of many copies of site-all.xml's items, big enough that reading it takes a while.
QString bigExport(const QTemporaryDir &dir)
{
    QFile source(wxrData(QStringLiteral("site-all.xml")));
    if (!source.open(QIODevice::ReadOnly))
        qFatal("no site-all.xml");
    const QByteArray all = source.readAll();
    const qsizetype first = all.indexOf("<item>");
    const qsizetype end = all.lastIndexOf("</channel>");
    const QByteArray items = all.mid(first, end - first);
    QFile out(dir.filePath(QStringLiteral("big.xml")));
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    out.write(all.left(first));
    for (int i = 0; i < 600; ++i)
        out.write(items);
    out.write(all.mid(end));
    return out.fileName();
}

} // namespace

class TestWxrImportGui : public QObject {
    Q_OBJECT
private slots:
    void listsFiltersAndImportsTwoPosts()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(wxrData(QStringLiteral("site-all.xml"))));
        WxrImportDialog *dialog = picker(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 20000);
        QVERIFY(!dialog->hasFailed());
        // The window was not touched: the export is no post of its own.
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.currentView()->document()->importedFrom().isEmpty());

        const QJsonArray items = expectedItems();
        WxrPostList *list = dialog->list();
        QCOMPARE(list->rowCount(), items.size());
        QCOMPARE(dialog->table()->model()->rowCount(), items.size());
        int pages = 0;
        for (const QJsonValue &item : items)
            pages += item.toObject().value(QStringLiteral("type")).toString() == u"page";
        // WordPress's own counts: 35 posts, 3 pages (expected.json) and 6 attachments.
        QCOMPARE(list->contentsText(), QStringLiteral("Posts: %1 · Pages: %2 · Attachments: 6")
                                           .arg(items.size() - pages)
                                           .arg(pages));

        // Password-protected "Members only" (14) starts unticked and says why.
        const QModelIndex members = list->index(rowOf(list, 14), WxrPostList::TitleColumn);
        QCOMPARE(members.data().toString(), QStringLiteral("Members only"));
        QCOMPARE(members.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(members.data(Qt::ToolTipRole).toString().contains(u"Password-protected"));
        QVERIFY(!list->checkedIds().contains(14));

        // Filters, through the widgets.
        dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(QStringLiteral("page")));
        QCOMPARE(dialog->table()->model()->rowCount(), pages);
        dialog->typeBox()->setCurrentIndex(0);
        dialog->statusBox()->setCurrentIndex(
            dialog->statusBox()->findData(QStringLiteral("pending")));
        QCOMPARE(dialog->table()->model()->rowCount(), 1);
        QCOMPARE(dialog->table()->model()->index(0, 0).data().toString(),
                 QStringLiteral("Status: pending review"));
        QCOMPARE(dialog->table()->model()->index(0, WxrPostList::StatusColumn).data().toString(),
                 QStringLiteral("Pending Review"));
        dialog->statusBox()->setCurrentIndex(0);
        QTest::keyClicks(dialog->searchField(), QStringLiteral("jurgen"));
        const int byJuergen = dialog->table()->model()->rowCount();
        QVERIFY(byJuergen >= 1);
        for (int row = 0; row < byJuergen; ++row)
            QCOMPARE(dialog->table()->model()->index(row, WxrPostList::AuthorColumn).data(),
                     QVariant(QStringLiteral("Jürgen Müller")));
        dialog->searchField()->clear();
        QCOMPARE(dialog->table()->model()->rowCount(), items.size());

        // Many picked: Import would write into a folder.
        QVERIFY(dialog->importButton()->text().contains(u"Folder"));
        // Select None, then two posts.
        QPushButton *none = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            none = button->text() == QStringLiteral("Select &None") ? button : none;
        QVERIFY(none);
        none->click();
        QCOMPARE(list->checkedCount(), 0);
        QVERIFY(!dialog->importButton()->isEnabled());
        tick(list, 12, true);
        tick(list, 22, true);
        QVERIFY(dialog->importButton()->isEnabled());
        QVERIFY(!dialog->importButton()->text().contains(u"Folder"));

        QPointer<WxrImportDialog> guard(dialog);
        // Enter imports.
        dialog->activateWindow();
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 30000);
        QTRY_COMPARE(window.tabs()->count(), 2); // the untouched new document made way
        QStringList titles;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            auto *view = qobject_cast<DocumentView *>(window.tabs()->widget(i));
            QVERIFY(view);
            titles << view->document()->metadata().title;
            QCOMPARE(view->document()->importedFrom(),
                     QFileInfo(wxrData(QStringLiteral("site-all.xml"))).absoluteFilePath());
            QVERIFY(view->document()->filePath().isEmpty());
            QVERIFY(view->document()->isModified());
        }
        titles.sort();
        QStringList want{expectedTitle(12), expectedTitle(22)};
        want.sort();
        QCOMPARE(titles, want);

        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("importReviewDock"));
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(window.importReview()->hasImport());
        const QString review = window.importReview()->reviewText();
        QVERIFY2(review.contains(QStringLiteral("Imported from site-all.xml")), qPrintable(review));
        // The current post is one of the two; its review names its slug.
        const QString slug = window.currentView()->document()->metadata().title == expectedTitle(12)
                                 ? QStringLiteral("cafe-culture-a-teaser")
                                 : QStringLiteral("post-with-yoast-seo-meta");
        QVERIFY2(review.contains(slug), qPrintable(review));
    }

    void manyPostsGoIntoAFolderThatIsShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(wxrData(QStringLiteral("site-all.xml"))));
        WxrImportDialog *dialog = picker(window);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 20000);
        const int picked = dialog->list()->checkedCount();
        QVERIFY(picked > WxrImportDialog::kMaxTabs);
        QTemporaryDir out;
        QSignalSpy finished(dialog, &WxrImportDialog::importFinished);
        dialog->importInto(out.path());
        QVERIFY(finished.wait(30000));
        QVERIFY2(!dialog->hasFailed(), qPrintable(dialog->messageLabel()->text()));
        const QStringList files = QDir(out.path()).entryList({QStringLiteral("*.md")}, QDir::Files);
        QCOMPARE(files.size(), picked);
        // Two drafts share a title and a derived slug: neither overwrote the other.
        QVERIFY(files.contains(QStringLiteral("a-draft-with-a-shared-title.md")));
        QVERIFY(files.contains(QStringLiteral("a-draft-with-a-shared-title-2.md")));
        QVERIFY(!files.contains(QStringLiteral("members-only.md"))); // not picked
        QVERIFY2(dialog->summaryLabel()->text().contains(QDir::toNativeSeparators(out.path())),
                 qPrintable(dialog->summaryLabel()->text()));
        // The folder is shown, as after a pull; no tab was opened.
        auto *folderDock = window.findChild<QDockWidget *>(QStringLiteral("siteFolderDock"));
        QVERIFY(folderDock);
        QTRY_VERIFY(folderDock->isVisible());
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(dialog->openFolderButton()->isVisible());
        dialog->close();
    }

    void badFileSaysWhyAndOpensNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("truncated") << "bad/truncated.xml";
        QTest::newRow("entities") << "bad/entities.xml";
        QTest::newRow("deep") << "bad/deep.xml";
        QTest::newRow("rss feed") << "bad/rss-feed.xml";
    }

    void badFileSaysWhyAndOpensNothing()
    {
        QFETCH(QString, file);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(wxrData(file)));
        WxrImportDialog *dialog = picker(window);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 20000);
        QVERIFY(dialog->hasFailed());
        QVERIFY(dialog->messageLabel()->isVisible());
        const QString message = dialog->messageLabel()->text();
        QVERIFY(message.size() > 10);
        qInfo().noquote() << file << "→" << message;
        QCOMPARE(dialog->list()->rowCount(), 0);
        QVERIFY(!dialog->table()->isVisible()); // no empty list to puzzle over
        QVERIFY(!dialog->importButton()->isEnabled());
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.currentView()->document()->importedFrom().isEmpty());
        QVERIFY(window.currentView()->document()->bodyDocument()->isEmpty());
        // Escape closes it.
        QPointer<WxrImportDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
    }

    void cancelWhileReadingOpensNothing()
    {
        QTemporaryDir dir;
        const QString big = bigExport(dir);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Named as a text file: recognised by its content all the same.
        const QString renamed = dir.filePath(QStringLiteral("old-blog.txt"));
        QVERIFY(QFile::rename(big, renamed));
        QVERIFY(window.openFile(renamed));
        QPointer<WxrImportDialog> dialog = picker(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isReading());
        QVERIFY(dialog->cancelButton()->isVisible());
        QTRY_VERIFY(dialog->progressBar()->value() > 0); // the window keeps painting meanwhile
        QVERIFY2(dialog->isReading(), "the export was read before Cancel: make it bigger");
        dialog->cancelButton()->click();
        QTRY_VERIFY(dialog.isNull());
        QTest::qWait(300);
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.currentView()->document()->importedFrom().isEmpty());
        QVERIFY(window.currentView()->document()->bodyDocument()->isEmpty());
    }

    void cancelWhileImportingOpensNothing()
    {
        QTemporaryDir dir;
        const QString big = bigExport(dir);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(big));
        QPointer<WxrImportDialog> dialog = picker(window);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 60000);
        QVERIFY(!dialog->hasFailed());
        dialog->filter()->setShownChecked(false);
        tick(dialog->list(), 12, true);
        QSignalSpy finished(dialog.data(), &WxrImportDialog::importFinished);
        dialog->importButton()->click();
        QVERIFY(dialog->isImporting());
        QVERIFY(dialog->cancelButton()->isVisible());
        QVERIFY(!dialog->importButton()->isVisible());
        dialog->cancelButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog->isImporting() == false, "still importing");
        QVERIFY2(dialog->summaryLabel()->text().contains(u"Cancelled"),
                 qPrintable(dialog->summaryLabel()->text()));
        QTest::qWait(300);
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.currentView()->document()->importedFrom().isEmpty());
        // Still there to pick again.
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->importButton()->isEnabled());
    }

    // Not a test: the user guide's pictures, light and dark, when PW_SCREENSHOT_DIR is set.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("PW_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("PW_SCREENSHOT_DIR is not set");
        for (const bool dark : {false, true}) {
            applyTheme(*qApp, dark ? Theme::Dark : Theme::Light);
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openFile(wxrData(QStringLiteral("site-all.xml"))));
            WxrImportDialog *dialog = picker(window);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isReading(), 20000);
            // The password-protected post in view, unticked, with its mark.
            QAbstractItemModel *shown = dialog->table()->model();
            for (int row = 0; row < shown->rowCount(); ++row) {
                if (shown->index(row, 0).data(WxrPostList::IdRole).toLongLong() == 14) {
                    dialog->table()->scrollTo(shown->index(row, 0),
                                              QAbstractItemView::PositionAtCenter);
                    dialog->table()->selectRow(row);
                }
            }
            QTest::qWait(500);
            const QString path = QDir(folder).filePath(dark ? QStringLiteral("wxr-import-dark.png")
                                                            : QStringLiteral("wxr-import.png"));
            QVERIFY(dialog->grab().toImage().save(path, "PNG", 0));
            dialog->close();
        }
        applyTheme(*qApp, Theme::Light);
    }
};

PW_GUI_TEST_MAIN(TestWxrImportGui)
#include "tst_wxr_import_gui.moc"
