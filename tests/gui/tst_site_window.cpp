// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_profile.h"
#include "gui/document/document.h"
#include "gui/document/site_lookup.h"
#include "gui/panels/category_picker.h"
#include "gui/panels/findings_view.h"
#include "gui/panels/metadata_panel.h"
#include "gui/panels/search_snippet_view.h"
#include "gui/panels/tag_completer.h"
#include "gui/panels/site_folder_view.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "gui/window/site_actions.h"
#include "gui_test_main.h"

#include <QAbstractItemView>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

constexpr int kTimeout = 20000;

// A copy of a site folder of the test corpus (tests/data/sites), so nothing the window does
// touches the corpus.
QString copySite(const QTemporaryDir &dir, const QString &site)
{
    const QString from = QStringLiteral(PW_TEST_DATA_DIR "/sites/") + site;
    const QString to = dir.filePath(site);
    QDir(from).mkpath(to);
    for (const QString &relative :
         QDir(from).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString source = from + QLatin1Char('/') + relative;
        if (QFileInfo(source).isDir()) {
            QDir().mkpath(to + QLatin1Char('/') + relative);
            for (const QString &file : QDir(source).entryList(QDir::Files))
                QFile::copy(source + QLatin1Char('/') + file,
                            to + QLatin1Char('/') + relative + QLatin1Char('/') + file);
        } else {
            QFile::copy(source, to + QLatin1Char('/') + relative);
        }
    }
    return to;
}

// A Jekyll site whose posts use tags more and less often; returns the post to open.
QString writeTaggedSite(const QTemporaryDir &dir)
{
    QDir(dir.path()).mkpath(QStringLiteral("blog/_posts"));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(QStringLiteral("blog/") + name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    };
    write(QStringLiteral("_config.yml"), "title: Ops notes\nurl: \"https://ops.example.org\"\n");
    const QByteArray tagsOf[] = {"Kubernetes, kafka, docker", "Kubernetes, kafka",
                                 "Kubernetes, kustomize", "docker"};
    for (int i = 0; i < 4; ++i)
        write(QStringLiteral("_posts/2024-01-0%1-note-%1.md").arg(i + 1),
              "---\ntitle: \"Note number " + QByteArray::number(i + 1) + "\"\ntags: [" + tagsOf[i] +
                  "]\n---\nText.\n");
    return write(QStringLiteral("_posts/2024-02-01-mine.md"),
                 "---\ntitle: \"My post about containers\"\ntags: [docker]\n---\nText.\n");
}

QStringList completions(QCompleter *completer)
{
    QStringList shown;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
        shown << completer->completionModel()->index(row, 0).data().toString();
    return shown;
}

QStringList findingIds(const Document *document)
{
    QStringList ids;
    if (const SnapshotPtr snapshot = document->snapshot())
        for (const Finding &finding : snapshot->findings)
            ids << finding.id;
    return ids;
}

} // namespace

class TestSiteWindow : public QObject {
    Q_OBJECT

private slots:
    // A Jekyll post opens as its site publishes it: the search result shows the site's own
    // address and URL rule, the categories are the site's, and a category only this post
    // uses is new on the site, not an error against the generator's 60.
    void postInASiteFolderIsJudgedAsItsSiteReadsIt()
    {
        QTemporaryDir dir;
        const QString site = copySite(dir, QStringLiteral("jekyll-site"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(site + QStringLiteral("/_posts/2024-03-05-hello-jekyll.md")));
        Document *document = window.currentView()->document();
        QTRY_VERIFY_WITH_TIMEOUT(document->analysisContext().site, kTimeout);
        QCOMPARE(siteKindName(document->analysisContext().site->kind), QStringLiteral("jekyll"));

        // Jekyll's default "date" permalinks under url + baseurl from _config.yml.
        SearchSnippetView *snippet = window.metadataPanel()->snippetView();
        QCOMPARE(snippet->urlText(),
                 QStringLiteral("jekyll.example.org › blog › release › 2024 › 03 › 05 › "
                                "hello-jekyll.html"));

        // No slug in the front matter: Jekyll publishes it under the file's name.
        QCOMPARE(window.metadataPanel()->slugEdit()->text(), QStringLiteral("hello-jekyll"));

        // The checklist holds the categories the site's other posts use.
        CategoryPicker *picker = window.metadataPanel()->categoryPicker();
        QStringList offered;
        for (int i = 0; i < picker->checklist()->count(); ++i)
            offered << picker->checklist()->item(i)->text();
        QCOMPARE(offered, QStringList({QStringLiteral("testing")}));
        bool saysNew = false;
        for (const QLabel *label : picker->findChildren<QLabel *>())
            saysNew |= label->text() == QStringLiteral("“release” is new on this site");
        QVERIFY(saysNew);

        QTRY_VERIFY_WITH_TIMEOUT(document->snapshot() && document->snapshot()->revision > 0,
                                 kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(document).contains(QStringLiteral("category.new")),
                                 kTimeout);
        QVERIFY2(!findingIds(document).contains(QStringLiteral("category.unknown")),
                 qPrintable(findingIds(document).join(u',')));
        QVERIFY(!hasErrors(document->snapshot()->findings));
    }

    // Typing the start of a tag the site uses offers it, the most used first, whatever the
    // case typed; taking it completes that tag and keeps the ones before it.
    void tagsFieldCompletesTheSitesTags()
    {
        QTemporaryDir dir;
        const QString post = writeTaggedSite(dir);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(post));
        Document *document = window.currentView()->document();
        QTRY_VERIFY_WITH_TIMEOUT(document->analysisContext().site, kTimeout);
        MetadataPanel *panel = window.metadataPanel();
        QLineEdit *tags = panel->tagsEdit();
        QCOMPARE(tags->completer(), panel->tagCompleter());
        // Besides this post: Kubernetes in 3 posts, docker and kafka in 2 (alphabetical),
        // kustomize in 1.
        QCOMPARE(panel->tagCompleter()->tags(),
                 QStringList({QStringLiteral("Kubernetes"), QStringLiteral("docker"),
                              QStringLiteral("kafka"), QStringLiteral("kustomize")}));

        // The popup only follows typing in the active window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        tags->setFocus();
        QTRY_VERIFY(tags->hasFocus());
        tags->end(false);
        QTest::keyClicks(tags, QStringLiteral(", k"));
        QAbstractItemView *popup = tags->completer()->popup();
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kTimeout);
        QCOMPARE(completions(tags->completer()),
                 QStringList({QStringLiteral("Kubernetes"), QStringLiteral("kafka"),
                              QStringLiteral("kustomize")}));
        QTest::keyClick(tags, Qt::Key_U);
        QTRY_COMPARE(completions(tags->completer()),
                     QStringList({QStringLiteral("Kubernetes"), QStringLiteral("kustomize")}));
        QVERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(!popup->isVisible());
        QCOMPARE(tags->text(), QStringLiteral("docker, Kubernetes"));
        QCOMPARE(document->metadata().tags,
                 QStringList({QStringLiteral("docker"), QStringLiteral("Kubernetes")}));

        // A third tag, typed without a space after the comma.
        QTest::keyClicks(tags, QStringLiteral(",KA"));
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), kTimeout);
        QCOMPARE(completions(tags->completer()), QStringList({QStringLiteral("kafka")}));
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(tags->text(), QStringLiteral("docker, Kubernetes, kafka"));
        QCOMPARE(document->metadata().tags,
                 QStringList({QStringLiteral("docker"), QStringLiteral("Kubernetes"),
                              QStringLiteral("kafka")}));
    }

    // A post outside any site is judged as before: the generator's whitelist, example.com.
    void postOutsideASiteKeepsTheWhitelist()
    {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        QFile file(post);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: A post of no site at all\ncategories: [release]\n---\n\nText.\n");
        file.close();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(post));
        Document *document = window.currentView()->document();
        QTRY_VERIFY_WITH_TIMEOUT(!document->siteLookup()->isRunning(), kTimeout);
        QVERIFY(!document->analysisContext().site);
        QCOMPARE(window.metadataPanel()->categoryPicker()->checklist()->count(), 60);
        // No site, no tags to complete from.
        QVERIFY(window.metadataPanel()->tagCompleter()->tags().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(findingIds(document).contains(QStringLiteral("category.unknown")),
                                 kTimeout);
    }

    // The Site Folder panel a pull or Open Folder showed comes back after a restart, where it
    // was; closed by the user, it stays closed; a folder deleted since brings no empty panel.
    void siteFolderPanelComesBackAfterARestart()
    {
        QTemporaryDir dir;
        const QString folder = copySite(dir, QStringLiteral("jekyll-site"));
        const auto dockOf = [](const MainWindow &window) {
            return window.findChild<QDockWidget *>(QStringLiteral("siteFolderDock"));
        };
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.siteActions()->showFolder(folder);
            QVERIFY(window.close());
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.siteActions()->folderView());
            QCOMPARE(window.siteActions()->folderView()->folder(), folder);
            QVERIFY(dockOf(window) && dockOf(window)->isVisible());
            dockOf(window)->close();
            QVERIFY(window.close());
        }
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(dockOf(window) && !dockOf(window)->isVisible());
            QVERIFY(window.close());
        }
        QVERIFY(QDir(folder).removeRecursively());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!dockOf(window));
    }
};

PW_GUI_TEST_MAIN(TestSiteWindow)
#include "tst_site_window.moc"
