// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A document whose post lives on a WordPress site says so in its tab and in the status bar;
// a local one does not. No site is contacted: the marks come from the front matter alone.
#include "gui/document/document.h"
#include "gui/panels/remote_status_label.h"
#include "gui/view/document_view.h"
#include "gui/window/document_tabs.h"
#include "gui/window/main_window.h"
#include "gui/window/panel_docks.h"
#include "gui_test_main.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextCursor>

using namespace pw;
using namespace pw::gui;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

// As an Open from Site or a publish leaves the front matter.
const QByteArray kRemotePost = "---\n"
                               "title: \"Notes from the bakery\"\n"
                               "wordpress_site: \"https://example.com\"\n"
                               "wordpress_id: 123\n"
                               "wordpress_status: \"draft\"\n"
                               "wordpress_modified_gmt: \"2026-12-01T10:00:00\"\n"
                               "link: \"https://example.com/?p=123\"\n"
                               "---\n"
                               "Body text.\n";

const QByteArray kLocalPost = "---\ntitle: \"Only on this disk\"\n---\nBody text.\n";

} // namespace

class TestRemoteMarks : public QObject {
    Q_OBJECT
private slots:
    void tabAndStatusBarShowWhereThePostLives()
    {
        QTemporaryDir dir;
        const QString remotePath = writeFile(dir, QStringLiteral("bakery.md"), kRemotePost);
        const QString localPath = writeFile(dir, QStringLiteral("local.md"), kLocalPost);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(remotePath));
        DocumentTabs *tabs = window.documentTabs();
        RemoteStatusLabel *status = window.panels()->remoteStatus();
        QCOMPARE(status->parentWidget(), window.statusBar());

        const int remoteTab = tabs->currentIndex();
        QCOMPARE(tabs->tabText(remoteTab), QStringLiteral("bakery.md"));
        const QString tip = tabs->tabToolTip(remoteTab);
        QVERIFY2(tip.contains(QStringLiteral("On example.com · Draft · post 123")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(remotePath), qPrintable(tip));
        QVERIFY(!tabs->tabIcon(remoteTab).isNull());

        QVERIFY(status->isVisibleTo(&window));
        QCOMPARE(status->plainText(),
                 QStringLiteral("Draft on example.com — Publish updates it (Ctrl+Shift+P)"));
        // The place is a link to the post.
        QVERIFY2(status->text().contains(QStringLiteral("<a href=\"https://example.com/?p=123\">"
                                                        "Draft on example.com</a>")),
                 qPrintable(status->text()));
        QVERIFY(status->openExternalLinks());

        // A local file: no mark anywhere.
        QVERIFY(window.openFile(localPath));
        const int localTab = tabs->currentIndex();
        QVERIFY(localTab != remoteTab);
        QVERIFY(tabs->tabIcon(localTab).isNull());
        QCOMPARE(tabs->tabToolTip(localTab), localPath);
        QVERIFY(!status->isVisibleTo(&window));
        QVERIFY(!status->mark());

        // Back to the site's post: the status bar follows the current tab.
        tabs->setCurrentIndex(remoteTab);
        QVERIFY(status->isVisibleTo(&window));
        QCOMPARE(status->mark()->id, 123);
    }

    void modifiedMarkerStaysBesideTheSiteMark()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bakery.md"), kRemotePost);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        DocumentTabs *tabs = window.documentTabs();
        const int tab = tabs->currentIndex();
        QTextCursor cursor(window.currentView()->document()->bodyDocument());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("More."));
        QTRY_COMPARE(tabs->tabText(tab), QStringLiteral("bakery.md •"));
        QVERIFY(!tabs->tabIcon(tab).isNull());
        QVERIFY(tabs->tabToolTip(tab).contains(QStringLiteral("post 123")));
    }

    void aPublishThatRecordsANewStatusShowsAtOnce()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bakery.md"), kRemotePost);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(path));
        Document *document = window.currentView()->document();
        // What PublishJob's withRemote records after publishing: the new status.
        Post metadata = document->metadata();
        for (ExtraField &extra : metadata.extras) {
            if (extra.key == extra_key::wordpressStatus)
                extra.yaml = QStringLiteral("\"publish\"");
        }
        document->setMetadata(metadata);
        RemoteStatusLabel *status = window.panels()->remoteStatus();
        QCOMPARE(status->plainText(),
                 QStringLiteral("Published on example.com — Publish updates it (Ctrl+Shift+P)"));
        DocumentTabs *tabs = window.documentTabs();
        QVERIFY(tabs->tabToolTip(tabs->currentIndex())
                    .contains(QStringLiteral("On example.com · Published · post 123")));

        // Another shortcut for Publish is named in the hint.
        status->setPublishShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
        QCOMPARE(status->plainText(),
                 QStringLiteral("Published on example.com — Publish updates it (Ctrl+Alt+U)"));

        // A document that stops recording its site loses the marks.
        metadata.extras.clear();
        document->setMetadata(metadata);
        QVERIFY(!status->isVisibleTo(&window));
        QVERIFY(tabs->tabIcon(tabs->currentIndex()).isNull());
    }
};

PW_GUI_TEST_MAIN(TestRemoteMarks)
#include "tst_remote_marks.moc"
