// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Pull Site… against the real test WordPress, under Xvfb: ~230 posts of this test
// (found by a marker only they carry) pulled through the dialog with progress, pulled again
// without a write, a pull cancelled early that leaves only complete files and goes on when run
// again, the window's event loop turning all along; then the folder as a site
// (SiteFolderView): titles, statuses, the filter and opening a file.
#include "core/formats/post_reader.h"
#include "core/post.h"
#include "core/site/site_profile.h"
#include "core/wordpress/wp_client.h"
#include "gui/dialogs/pull_site_dialog.h"
#include "gui/gui_test_main.h"
#include "gui/panels/site_folder_view.h"
#include "gui/sites/site_accounts.h"
#include "site/wp_test_env.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace pw;
using namespace pw::gui;

namespace {

constexpr int kTimeout = 30000;
constexpr int kPosts = 230; // three pages of 100

// Watches the GUI thread while a pull runs: a 10 ms timer's ticks, and the longest time
// between two of them.
class TickWatch {
public:
    TickWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start(10);
    }
    qint64 longestGapMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

// The dialog's text with "post(s)" read as the plural: until lupdate has added the new
// strings to the English plural forms, Qt shows the source text.
QString plain(QString text)
{
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything in a pull's folder, hidden entries too, and the WordPress id each post file names
// (0 when it is not a readable post).
struct FolderContent {
    QStringList others;
    QHash<QString, qint64> posts; // file name -> id
    bool siteMarked = false;      // postwright.toml, which a pull writes (markPulledSite)
};

FolderContent folderContent(const QString &path)
{
    FolderContent content;
    for (const QFileInfo &entry : QDir(path).entryInfoList(QDir::AllEntries | QDir::Hidden |
                                                           QDir::System | QDir::NoDotAndDotDot)) {
        if (entry.fileName() == postwrightConfigName) {
            content.siteMarked = true;
            continue;
        }
        if (!entry.isFile() || entry.suffix() != QLatin1String("md")) {
            content.others << entry.fileName();
            continue;
        }
        const PostReadResult read = readPostBytes(fileBytes(entry.filePath()));
        const qint64 id =
            read.post ? extraValue(*read.post, extra_key::wordpressId).toLongLong() : 0;
        if (id <= 0)
            content.others << entry.fileName();
        else
            content.posts.insert(entry.fileName(), id);
    }
    return content;
}

} // namespace

class TestPullSite : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pullsAndPullsAgain();
    void cancelStopsPromptlyAndResumes();
    void closingCancels();
    void folderWithOtherFilesIsNoted();
    void folderOpensAsSite();

private:
    PullSiteDialog *openDialog(const QString &folder);
    // Presses Pull and waits for the end, watching the event loop; the progress values seen.
    QList<int> pullAndWait(PullSiteDialog &dialog, qint64 *longestGap = nullptr);

    test::WpTestEnv m_env;
    SiteAccounts *m_accounts = nullptr;
    QString m_marker;
    QSet<qint64> m_ids;
    QTemporaryDir m_folders;
};

void TestPullSite::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
    QVERIFY(m_folders.isValid());
    m_accounts = new SiteAccounts(this);
    // Unique, so tests running at the same time against the same WordPress never see ours.
    m_marker = QStringLiteral("pull%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    const QUrl site = m_env.url("pretty");

    const test::WpUser admin = m_env.user("pretty", "admin");
    wp::Client client;
    client.setApiRoot(QUrl(site.toString() + QStringLiteral("/wp-json/")));
    client.setCredentials(admin.name, admin.applicationPassword);
    // Two requests in flight: the test server has two workers.
    const QStringList statuses{QStringLiteral("publish"), QStringLiteral("draft"),
                               QStringLiteral("pending"), QStringLiteral("private")};
    QElapsedTimer clock;
    clock.start();
    int next = 0;
    int inFlight = 0;
    QStringList failures;
    std::function<void()> sendNext = [&] {
        if (next >= kPosts)
            return;
        const int i = next++;
        ++inFlight;
        wp::Call *call = client.send(
            "POST", QStringLiteral("/wp/v2/posts"),
            {{QStringLiteral("title"),
              QStringLiteral("%1 post %2: a \"pulled\" post").arg(m_marker).arg(i)},
             {QStringLiteral("status"), statuses.at(i % statuses.size())},
             {QStringLiteral("content"),
              QStringLiteral("<p>First paragraph of post %1.</p><h2>A heading</h2><p>Second, "
                             "with <em>emphasis</em>.</p>")
                  .arg(i)}});
        const auto done = [&, call] {
            const QJsonObject answer = call->response().json.object();
            if (answer.contains(QLatin1String("id")))
                m_ids.insert(answer.value(QLatin1String("id")).toInteger());
            else
                failures << call->response().message;
            call->deleteLater();
            --inFlight;
            sendNext();
        };
        if (call->isFinished())
            QTimer::singleShot(0, done);
        else
            connect(call, &wp::Call::finished, done);
    };
    sendNext();
    sendNext();
    QTRY_VERIFY_WITH_TIMEOUT(next >= kPosts && inFlight == 0, 300000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(m_ids.size(), kPosts);
    qInfo("created %d posts in %lld ms", kPosts, clock.elapsed());

    const test::WpUser editor = m_env.user("pretty", "editor");
    wp::SiteRecord record;
    record.name = QStringLiteral("blog");
    record.address = site;
    record.apiRoot = QUrl(site.toString() + QStringLiteral("/wp-json/"));
    record.user = editor.name;
    bool added = false;
    m_accounts->add(record, editor.applicationPassword,
                    [&added](const QString &) { added = true; });
    QTRY_VERIFY_WITH_TIMEOUT(added, kTimeout);
    QVERIFY(m_accounts->find(record.name).has_value());
}

PullSiteDialog *TestPullSite::openDialog(const QString &folder)
{
    auto *dialog = new PullSiteDialog(m_accounts);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->chooseSite(QStringLiteral("blog"));
    dialog->setSearch(m_marker);
    dialog->setFolder(folder);
    dialog->show();
    return dialog;
}

QList<int> TestPullSite::pullAndWait(PullSiteDialog &dialog, qint64 *longestGap)
{
    QList<int> values;
    const QMetaObject::Connection watch =
        connect(dialog.progressBar(), &QProgressBar::valueChanged, this,
                [&values](int value) { values.append(value); });
    QSignalSpy finished(&dialog, &PullSiteDialog::pullFinished);
    TickWatch ticks;
    QTest::mouseClick(dialog.pullButton(), Qt::LeftButton);
    [&] { QVERIFY(finished.wait(120000)); }();
    disconnect(watch);
    if (longestGap)
        *longestGap = ticks.longestGapMs();
    qInfo("pull: %d ticks of 10 ms, longest gap between two %lld ms", ticks.ticks(),
          ticks.longestGapMs());
    return values;
}

void TestPullSite::pullsAndPullsAgain()
{
    const QString folder = m_folders.filePath(QStringLiteral("whole"));
    std::unique_ptr<PullSiteDialog> dialog(openDialog(folder));
    QCOMPARE(dialog->folderField()->text(), folder);
    QVERIFY(dialog->pullButton()->isEnabled());

    qint64 gap = 0;
    const QList<int> values = pullAndWait(*dialog, &gap);
    QVERIFY2(plain(dialog->summaryLabel()->text())
                 .startsWith(QStringLiteral("Pulled %1 posts into").arg(kPosts)),
             qPrintable(plain(dialog->summaryLabel()->text())));
    // The bar moved post by post, not in one jump at the end.
    QVERIFY2(values.size() > 10, qPrintable(QString::number(values.size())));
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QCOMPARE(values.last(), kPosts);
    QCOMPARE(dialog->progressBar()->maximum(), kPosts);
    QCOMPARE(plain(dialog->progressLabel()->text()), QStringLiteral("%1 of %1 posts").arg(kPosts));
    QVERIFY(!dialog->isPulling());
    QVERIFY(dialog->openFolderButton()->isVisible());
    // Not asserted: a loaded machine stretches it. It is reported for the record.
    qInfo("longest GUI-thread gap during the pull: %lld ms", gap);

    const FolderContent first = folderContent(folder);
    QVERIFY2(first.others.isEmpty(), qPrintable(first.others.join(QLatin1Char(' '))));
    QVERIFY(first.siteMarked); // the folder opens as the WordPress site
    QCOMPARE(first.posts.size(), kPosts);
    QCOMPARE(QSet<qint64>(first.posts.cbegin(), first.posts.cend()), m_ids);
    // What one of them holds: title, status and body as on the site.
    const QString some = first.posts.key(*m_ids.cbegin());
    const PostReadResult read = readPostBytes(fileBytes(QDir(folder).filePath(some)));
    QVERIFY(read.post);
    QVERIFY2(read.post->title.startsWith(m_marker + QStringLiteral(" post ")),
             qPrintable(read.post->title));
    QVERIFY(read.post->body.contains(QLatin1String("Second, with *emphasis*.")));
    QVERIFY(!extraValue(*read.post, extra_key::wordpressStatus).isEmpty());

    QSignalSpy opened(dialog.get(), &PullSiteDialog::openFolderRequested);
    QTest::mouseClick(dialog->openFolderButton(), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), folder);

    // Again: nothing changed on the site, so nothing is written.
    QHash<QString, QByteArray> before;
    for (auto it = first.posts.cbegin(); it != first.posts.cend(); ++it)
        before.insert(it.key(), fileBytes(QDir(folder).filePath(it.key())));
    pullAndWait(*dialog);
    const QString summary = plain(dialog->summaryLabel()->text());
    QVERIFY2(summary.startsWith(QStringLiteral("Pulled 0 posts into")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("%1 posts unchanged since the last pull").arg(kPosts)),
             qPrintable(summary));
    const FolderContent second = folderContent(folder);
    QCOMPARE(second.posts, first.posts);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(fileBytes(QDir(folder).filePath(it.key())) == it.value(), qPrintable(it.key()));
}

void TestPullSite::cancelStopsPromptlyAndResumes()
{
    const QString folder = m_folders.filePath(QStringLiteral("cancelled"));
    std::unique_ptr<PullSiteDialog> dialog(openDialog(folder));
    QSignalSpy finished(dialog.get(), &PullSiteDialog::pullFinished);
    // Cancel as soon as the first post is in.
    QElapsedTimer clock;
    qint64 cancelledAt = -1;
    connect(dialog->progressBar(), &QProgressBar::valueChanged, dialog.get(), [&](int value) {
        if (value >= 1 && cancelledAt < 0) {
            cancelledAt = clock.elapsed();
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        }
    });
    TickWatch ticks;
    clock.start();
    QTest::mouseClick(dialog->pullButton(), Qt::LeftButton);
    QVERIFY(dialog->isPulling());
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(finished.wait(120000));
    const qint64 stoppedAfter = clock.elapsed() - cancelledAt;
    qInfo("cancelled at %lld ms; the pull ended %lld ms later; longest GUI gap %lld ms",
          cancelledAt, stoppedAfter, ticks.longestGapMs());
    QVERIFY(cancelledAt >= 0);
    QVERIFY2(stoppedAfter < 10000, qPrintable(QString::number(stoppedAfter))); // not at the end
    QVERIFY(!dialog->isPulling());
    const QString summary = plain(dialog->summaryLabel()->text());
    QVERIFY2(summary.startsWith(QStringLiteral("Cancelled:")), qPrintable(summary));

    // Only complete post files: no temporary file, nothing half written.
    const FolderContent partial = folderContent(folder);
    QVERIFY2(partial.others.isEmpty(), qPrintable(partial.others.join(QLatin1Char(' '))));
    QVERIFY(!partial.posts.isEmpty());
    QVERIFY2(partial.posts.size() < kPosts, qPrintable(QString::number(partial.posts.size())));
    qInfo("%lld of %d posts written before the pull stopped", qlonglong(partial.posts.size()),
          kPosts);
    for (const qint64 id : partial.posts)
        QVERIFY(m_ids.contains(id));

    // Again: it goes on from there, leaving what the first run wrote alone.
    pullAndWait(*dialog);
    const QString again = plain(dialog->summaryLabel()->text());
    QVERIFY2(
        again.startsWith(QStringLiteral("Pulled %1 posts into").arg(kPosts - partial.posts.size())),
        qPrintable(again));
    QVERIFY2(again.contains(QStringLiteral("%1 posts unchanged").arg(partial.posts.size())) ||
                 (partial.posts.size() == 1 && again.contains(QStringLiteral("1 post unchanged"))),
             qPrintable(again));
    const FolderContent complete = folderContent(folder);
    QVERIFY2(complete.others.isEmpty(), qPrintable(complete.others.join(QLatin1Char(' '))));
    QCOMPARE(QSet<qint64>(complete.posts.cbegin(), complete.posts.cend()), m_ids);
    QCOMPARE(complete.posts.size(), kPosts);
}

void TestPullSite::closingCancels()
{
    const QString folder = m_folders.filePath(QStringLiteral("closed"));
    std::unique_ptr<PullSiteDialog> dialog(openDialog(folder));
    QSignalSpy finished(dialog.get(), &PullSiteDialog::pullFinished);
    QTest::mouseClick(dialog->pullButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() >= 1, kTimeout);
    // Escape: no question, the dialog goes and the pull stops.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPulling(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
    QVERIFY2(plain(dialog->summaryLabel()->text()).startsWith(QStringLiteral("Cancelled:")),
             qPrintable(plain(dialog->summaryLabel()->text())));
    const FolderContent partial = folderContent(folder);
    QVERIFY2(partial.others.isEmpty(), qPrintable(partial.others.join(QLatin1Char(' '))));
    QVERIFY(partial.posts.size() < kPosts);
}

void TestPullSite::folderWithOtherFilesIsNoted()
{
    {
        // Unless one is chosen, the site's name in the user's documents.
        PullSiteDialog fresh(m_accounts);
        fresh.chooseSite(QStringLiteral("blog"));
        QCOMPARE(fresh.folder(),
                 QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                     .filePath(QStringLiteral("blog")));
    }
    const QString folder = m_folders.filePath(QStringLiteral("mixed"));
    QVERIFY(QDir().mkpath(folder));
    std::unique_ptr<PullSiteDialog> dialog(openDialog(folder));
    QVERIFY(dialog->folderNote()->text().isEmpty()); // an empty folder: nothing to say
    {
        QFile photo(QDir(folder).filePath(QStringLiteral("photo.jpg")));
        QVERIFY(photo.open(QIODevice::WriteOnly));
    }
    dialog->setFolder(folder);
    QVERIFY2(dialog->folderNote()->text().contains(QLatin1String("other files")) &&
                 dialog->folderNote()->text().contains(QLatin1String("photo.jpg")),
             qPrintable(dialog->folderNote()->text()));
    // An earlier pull's folder is no warning, only a word on what happens to its files.
    dialog->setFolder(m_folders.filePath(QStringLiteral("whole")));
    QVERIFY2(!dialog->folderNote()->text().contains(QLatin1String("other files")) &&
                 dialog->folderNote()->text().contains(QLatin1String("left alone")),
             qPrintable(dialog->folderNote()->text()));
}

void TestPullSite::folderOpensAsSite()
{
    const QString folder = m_folders.filePath(QStringLiteral("whole"));
    QVERIFY2(folderContent(folder).posts.size() == kPosts, "pullsAndPullsAgain did not run first");
    // A file that is no post of the site shows too, by its name.
    {
        QFile notes(QDir(folder).filePath(QStringLiteral("zz-notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Just some notes.\n");
    }
    SiteFolderView view;
    view.resize(600, 400);
    view.show();
    QSignalSpy read(&view, &SiteFolderView::titlesRead);
    view.setFolder(folder);
    QCOMPARE(view.rows()->rowCount(), kPosts + 1);
    QVERIFY(view.isReading());
    QVERIFY(read.wait(kTimeout));
    QVERIFY(!view.isReading());

    // Titles, not file names; each post with its status.
    int titled = 0;
    for (int row = 0; row < view.rows()->rowCount(); ++row) {
        const QString title =
            view.rows()->index(row, SiteFolderView::TitleColumn).data().toString();
        if (title.startsWith(m_marker + QStringLiteral(" post "))) {
            ++titled;
            QVERIFY(
                !view.rows()->index(row, SiteFolderView::StatusColumn).data().toString().isEmpty());
            QVERIFY(view.rows()
                        ->index(row, SiteFolderView::ModifiedColumn)
                        .data()
                        .toDateTime()
                        .isValid());
        }
    }
    QCOMPARE(titled, kPosts);

    // The filter: post 17 only (of 0-229, "post 17:" matches no other title).
    view.filterField()->setText(QStringLiteral("post 17:"));
    QCOMPARE(view.rows()->rowCount(), 1);
    const QModelIndex only = view.rows()->index(0, SiteFolderView::TitleColumn);
    QVERIFY(only.data().toString().startsWith(m_marker + QStringLiteral(" post 17:")));
    QSignalSpy activated(&view, &SiteFolderView::fileActivated);
    view.view()->setCurrentIndex(only);
    view.view()->setFocus();
    QTest::keyClick(view.view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    const QString path = activated.first().first().toString();
    const PostReadResult post = readPostBytes(fileBytes(path));
    QVERIFY(post.post);
    QCOMPARE(post.post->title, only.data().toString());

    view.filterField()->setText(QStringLiteral("zz-notes"));
    QCOMPARE(view.rows()->rowCount(), 1);
}

PW_GUI_TEST_MAIN(TestPullSite)
#include "tst_pull_site.moc"
