// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Open from Site… against the real test WordPress, under Xvfb: the list of a site's
// posts fills page by page, the filters narrow it, a post opens in a tab with its metadata,
// its site marks and the import review, and a site that is down leaves a message and a
// usable window.
#include "core/post.h"
#include "core/wordpress/wp_client.h"
#include "gui/dialogs/open_from_site_dialog.h"
#include "gui/document/document.h"
#include "gui/gui_test_main.h"
#include "gui/gui_test_support.h"
#include "gui/panels/import_review_panel.h"
#include "gui/sites/remote_post_list.h"
#include "gui/sites/seo_memory.h"
#include "gui/sites/site_accounts.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"
#include "site/wp_test_env.h"

#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

constexpr int kTimeout = 30000;

QJsonObject send(wp::Client &client, const QString &route, const QJsonObject &body)
{
    wp::Call *call = client.send("POST", route, body);
    QSignalSpy finished(call, &wp::Call::finished);
    if (!call->isFinished())
        finished.wait(kTimeout);
    const QJsonObject answer = call->response().json.object();
    delete call;
    return answer;
}

// The longest the event loop went without turning while `until` was awaited: the window
// answers within that.
qint64 longestStall(const std::function<bool()> &until)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start(5);
    (void)QTest::qWaitFor(until, kTimeout); // the caller checks what it waited for
    return longest;
}

// Screenshots go to PW_SCREENSHOT_DIR when it is set, for a person to look at.
void screenshot(QWidget *widget, const char *name)
{
    const QByteArray dir = qgetenv("PW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + QLatin1String(name));
}

} // namespace

class TestOpenFromSite : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void listFillsPageByPage();
    void dialogFiltersAndOpens();
    void siteDownLeavesTheWindowUsable();

private:
    void addSite(const wp::SiteRecord &site, const QString &password);

    test::WpTestEnv m_env;
    SiteAccounts *m_accounts = nullptr;
    QString m_marker;
    QString m_category;
    QList<qint64> m_ids; // 0-3 published, 4-6 drafts
    QUrl m_site;
};

void TestOpenFromSite::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
    qRegisterMetaType<pw::gui::DocumentView *>();
    m_accounts = new SiteAccounts(this);
    // Unique, so tests running at the same time against the same WordPress never see ours.
    m_marker = QStringLiteral("ofs%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    m_site = m_env.url("pretty");

    const test::WpUser admin = m_env.user("pretty", "admin");
    wp::Client client;
    client.setApiRoot(QUrl(m_site.toString() + QStringLiteral("/wp-json/")));
    client.setCredentials(admin.name, admin.applicationPassword);
    m_category = QStringLiteral("Gardening %1").arg(m_marker); // not in the whitelist
    const QJsonObject category =
        send(client, QStringLiteral("/wp/v2/categories"), {{QStringLiteral("name"), m_category}});
    const qint64 categoryId = category.value(QLatin1String("id")).toInteger();
    QVERIFY2(categoryId > 0, QJsonDocument(category).toJson().constData());
    for (int i = 0; i < 7; ++i) {
        const QJsonObject post = send(
            client, QStringLiteral("/wp/v2/posts"),
            {{QStringLiteral("title"),
              QStringLiteral("%1 post %2: Django's \"quotes\" & more").arg(m_marker).arg(i)},
             {QStringLiteral("status"),
              i < 4 ? QStringLiteral("publish") : QStringLiteral("draft")},
             {QStringLiteral("content"),
              QStringLiteral("<p>First paragraph of post %1.</p><h2>A heading</h2><p>Second.</p>")
                  .arg(i)},
             {QStringLiteral("categories"), QJsonArray{categoryId}},
             {QStringLiteral("meta"),
              QJsonObject{{QStringLiteral("_yoast_wpseo_metadesc"),
                           QStringLiteral("What post %1 says, for search results.").arg(i)}}}});
        QVERIFY2(post.contains(QLatin1String("id")), QJsonDocument(post).toJson().constData());
        m_ids.append(post.value(QLatin1String("id")).toInteger());
    }

    const test::WpUser editor = m_env.user("pretty", "editor");
    wp::SiteRecord site;
    site.name = QStringLiteral("blog");
    site.address = m_site;
    site.apiRoot = QUrl(m_site.toString() + QStringLiteral("/wp-json/"));
    site.user = editor.name;
    addSite(site, editor.applicationPassword);
}

void TestOpenFromSite::addSite(const wp::SiteRecord &site, const QString &password)
{
    bool done = false;
    m_accounts->add(site, password, [&done](const QString &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY(m_accounts->find(site.name).has_value());
}

void TestOpenFromSite::listFillsPageByPage()
{
    RemotePostList list;
    std::unique_ptr<wp::Client> client;
    bool connected = false;
    m_accounts->connectTo(QStringLiteral("blog"),
                          [&](std::unique_ptr<wp::Client> c, const QString &error) {
                              QVERIFY2(c, qPrintable(error));
                              client = std::move(c);
                              connected = true;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(connected, kTimeout);
    QVERIFY(client);
    list.setSite(std::move(client), m_site);
    list.setPageSize(3);
    // Filters change quicker than the site answers: only the last query's rows arrive.
    list.setSearch(QStringLiteral("no such words %1").arg(m_marker));
    list.setSearch(m_marker);
    QVERIFY(list.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!list.isBusy(), kTimeout);
    QVERIFY2(list.error().isEmpty(), qPrintable(list.error()));
    QCOMPARE(list.totalCount(), 7);
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.loadedPages(), 1);
    QVERIFY(list.canFetchMore({}));

    list.fetchMore({});
    QVERIFY(!list.canFetchMore({})); // one page at a time
    QTRY_VERIFY_WITH_TIMEOUT(!list.isBusy(), kTimeout);
    QCOMPARE(list.rowCount(), 6);
    list.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!list.isBusy(), kTimeout);
    QCOMPARE(list.rowCount(), 7);
    QVERIFY(!list.canFetchMore({}));

    // Newest first by default; every post once, with its title as the writer typed it.
    QSet<qint64> ids;
    for (int i = 0; i < list.rowCount(); ++i)
        ids.insert(list.row(i).id);
    QCOMPARE(ids, QSet<qint64>(m_ids.cbegin(), m_ids.cend()));
    QCOMPARE(list.row(0).id, m_ids.last());
    QCOMPARE(list.data(list.index(0, RemotePostList::TitleColumn)).toString(),
             QStringLiteral("%1 post 6: Django's \"quotes\" & more").arg(m_marker));
    QCOMPARE(list.data(list.index(0, RemotePostList::StatusColumn)).toString(),
             QStringLiteral("Draft"));
    QVERIFY(list.row(0).date.isValid());
    QVERIFY(list.row(0).modified.isValid());
    // The authors' names come from one look at /wp/v2/users.
    QTRY_COMPARE_WITH_TIMEOUT(list.data(list.index(0, RemotePostList::AuthorColumn)).toString(),
                              QStringLiteral("admin"), kTimeout);

    // The status filter narrows, on the server.
    list.setStatus(QStringLiteral("draft"));
    QTRY_VERIFY_WITH_TIMEOUT(!list.isBusy(), kTimeout);
    QCOMPARE(list.totalCount(), 3);
    QCOMPARE(list.rowCount(), 3);
    QVERIFY(!list.canFetchMore({}));
    for (int i = 0; i < list.rowCount(); ++i)
        QCOMPARE(list.row(i).status, QStringLiteral("draft"));

    // Ordered by the server, oldest title first.
    list.setStatus(QStringLiteral("publish"));
    list.sort(RemotePostList::TitleColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!list.isBusy(), kTimeout);
    QCOMPARE(list.rowCount(), 3);
    QCOMPARE(list.row(0).id, m_ids.at(0));
    // A column the server cannot sort by changes nothing.
    list.sort(RemotePostList::StatusColumn, Qt::AscendingOrder);
    QVERIFY(!list.isBusy());
    QCOMPARE(list.sortColumn(), RemotePostList::TitleColumn);
}

void TestOpenFromSite::dialogFiltersAndOpens()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    OpenFromSiteDialog dialog(m_accounts, window.fileCommands(), &window);
    dialog.posts()->setPageSize(3);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.siteBox()->currentText(), QStringLiteral("blog"));

    // Typing searches after a pause; the table asks for more pages until it is full.
    QTest::keyClicks(dialog.searchField(), m_marker);
    QElapsedTimer clock;
    clock.start();
    const qint64 stall = longestStall([&] {
        return !dialog.isBusy() && dialog.posts()->search() == m_marker &&
               dialog.posts()->rowCount() == 7;
    });
    QCOMPARE(dialog.posts()->rowCount(), 7);
    QVERIFY(dialog.posts()->loadedPages() >= 3); // three pages of 3, 3 and 1
    qInfo("7 posts in pages of 3 listed after %lld ms; the event loop stalled at most %lld ms",
          clock.elapsed(), stall);
    QVERIFY(dialog.messageLabel()->isHidden());

    // Status: drafts only.
    dialog.statusBox()->setCurrentIndex(dialog.statusBox()->findData(QStringLiteral("draft")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.posts()->totalCount() == 3, kTimeout);
    QCOMPARE(dialog.table()->model()->rowCount(), 3);
    dialog.statusBox()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.posts()->rowCount() == 7, kTimeout);

    // Category: the site's, by name.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.categoryBox()->findText(m_category) > 0, kTimeout);
    dialog.categoryBox()->setCurrentIndex(dialog.categoryBox()->findText(m_category));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.posts()->totalCount() == 7, kTimeout);

    // Open post 2 with Enter.
    int row = -1;
    for (int i = 0; i < dialog.posts()->rowCount(); ++i) {
        if (dialog.posts()->row(i).id == m_ids.at(2))
            row = i;
    }
    QVERIFY(row >= 0);
    dialog.table()->setFocus();
    dialog.table()->selectRow(row);
    QVERIFY(dialog.openButton()->isEnabled());
    QSignalSpy opened(&dialog, &OpenFromSiteDialog::postOpened);
    QTest::keyClick(dialog.table(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeout);
    QCOMPARE(window.tabs()->count(), 1); // the untouched new document made way

    Document *document = window.currentView()->document();
    const Post &post = document->metadata();
    QCOMPARE(post.title, QStringLiteral("%1 post 2: Django's \"quotes\" & more").arg(m_marker));
    QCOMPARE(post.categories, QStringList{m_category});
    QCOMPARE(post.metaDescription, QStringLiteral("What post 2 says, for search results."));
    QCOMPARE(QUrl(extraValue(post, extra_key::wordpressSite)).adjusted(QUrl::StripTrailingSlash),
             m_site.adjusted(QUrl::StripTrailingSlash));
    QCOMPARE(extraValue(post, extra_key::wordpressId), QString::number(m_ids.at(2)));
    QCOMPARE(extraValue(post, extra_key::wordpressStatus), QStringLiteral("publish"));
    QVERIFY(!extraValue(post, extra_key::wordpressModified).isEmpty());
    QVERIFY(document->bodyDocument()->toPlainText().contains(QStringLiteral("## A heading")));

    // The import review shows, with what needs attention: a category not in the whitelist.
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("importReviewDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    QVERIFY(window.importReview()->hasImport());
    const QString review = window.importReview()->reviewText();
    QVERIFY2(review.contains(QStringLiteral("Imported from blog #%1").arg(m_ids.at(2))),
             qPrintable(review));
    QVERIFY2(review.contains(QStringLiteral("%1 (not in the list)").arg(m_category.toLower())) ||
                 review.contains(QStringLiteral("%1 (not in the list)").arg(m_category)),
             qPrintable(review));

    // Its SEO state is remembered and shows in the list.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.seoMemory()->state(m_site, m_ids.at(2)).has_value(), kTimeout);
    screenshot(&dialog, "open-from-site.png");
    screenshot(&window, "open-from-site-window.png");
    const SeoMemory::State state = *dialog.seoMemory()->state(m_site, m_ids.at(2));
    QVERIFY(state.warnings + state.errors > 0); // the category at least
    QCOMPARE(state.seoScore, -1);               // no keyphrase: no score, as in Yoast
    QCOMPARE(dialog.posts()->data(dialog.posts()->index(row, RemotePostList::SeoColumn)).toString(),
             SeoMemory::describe(state));
    SeoMemory reread(SiteAccounts::dataFolder());
    QVERIFY(reread.state(m_site, m_ids.at(2)).has_value());

    // Opened again (double click): the tab that is open is shown, no second one.
    document->setMetadata([&] {
        Post edited = post;
        edited.title += QStringLiteral(" (edited)");
        return edited;
    }());
    window.newDocument();
    QCOMPARE(window.tabs()->count(), 2);
    const QRect cell = dialog.table()->visualRect(dialog.posts()->index(row, 0));
    QSignalSpy dbl(dialog.table(), &QAbstractItemView::doubleClicked);
    // As a user double-clicks: a click, then the second press that makes it a double click.
    QTest::mouseClick(dialog.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(dialog.table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(dbl.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, kTimeout);
    QCOMPARE(window.tabs()->count(), 2);
    QCOMPARE(window.currentView()->document(), document);
    QVERIFY(document->metadata().title.endsWith(QStringLiteral(" (edited)")));

    // Two at once: two more tabs.
    dialog.table()->clearSelection();
    for (int i = 0; i < dialog.posts()->rowCount(); ++i) {
        const qint64 id = dialog.posts()->row(i).id;
        if (id == m_ids.at(4) || id == m_ids.at(5))
            dialog.table()->selectionModel()->select(dialog.posts()->index(i, 0),
                                                     QItemSelectionModel::Select |
                                                         QItemSelectionModel::Rows);
    }
    dialog.openButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 4, kTimeout);
    QCOMPARE(window.tabs()->count(), 4);
}

void TestOpenFromSite::siteDownLeavesTheWindowUsable()
{
    // A port nobody listens on.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    wp::SiteRecord down;
    down.name = QStringLiteral("down");
    down.address = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    down.apiRoot = QUrl(QStringLiteral("http://127.0.0.1:%1/wp-json/").arg(port));
    down.user = QStringLiteral("editor");
    addSite(down, QStringLiteral("aaaa bbbb cccc dddd eeee ffff"));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    OpenFromSiteDialog dialog(m_accounts, window.fileCommands(), &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.chooseSite(QStringLiteral("down"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.messageLabel()->isVisible(), kTimeout);
    const QString message = dialog.messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
    screenshot(&dialog, "open-from-site-down.png");
    QVERIFY(!dialog.isBusy());
    QCOMPARE(dialog.posts()->rowCount(), 0);
    QVERIFY(!dialog.posts()->canFetchMore({})); // no retrying without end
    QVERIFY(!dialog.openButton()->isEnabled());

    // The window goes on: a new document, and the good site lists again.
    window.newDocument();
    QCOMPARE(window.tabs()->count(), 2);
    dialog.chooseSite(QStringLiteral("blog"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && dialog.posts()->rowCount() > 0, kTimeout);
    QVERIFY(dialog.messageLabel()->isHidden());

    bool removed = false;
    m_accounts->remove(QStringLiteral("down"), [&removed](const QString &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, kTimeout);
    // The site is gone from the dialog's choice too.
    QCOMPARE(dialog.siteBox()->findText(QStringLiteral("down")), -1);
}

PW_GUI_TEST_MAIN(TestOpenFromSite)
#include "tst_open_from_site.moc"
