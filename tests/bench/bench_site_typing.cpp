// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Typing in the window while it talks to WordPress: GUI-thread time per keystroke on seed 000
// (from the key event until the event loop is idle again, as bench_editor measures it), in
// rounds that alternate between an idle window and one that is, at the same time, pulling a
// site of 250+ posts (SitePull: pages on the GUI thread's network, conversion and files on a
// worker) and publishing a post with three new pictures again and again (PublishJob:
// terms, uploads, the conflict check, the write, the read-back). Also the longest the GUI
// thread went without serving a 5 ms timer in each round. Prints medians and p95; asserts
// nothing. PW_BENCH_TRAFFIC=pull or =publish runs only that one. Run against the test
// WordPress, under Xvfb:
//   tests/services/wordpress.sh start /tmp/wp
//   PW_WP_ENV=/tmp/wp/env.json QTWEBENGINE_DISABLE_SANDBOX=1 xvfb-run -a
//     build/release/tests/bench_site_typing

#include "bench_support.h"
#include "editor_cursor.h"
#include "site/wp_test_env.h"
#include "test_support.h"

#include "core/i18n/translations.h"
#include "core/wordpress/site_pull.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_media_cache.h"
#include "core/wordpress/wp_publish_job.h"
#include "gui/document/document.h"
#include "gui/editor/markdown_editor.h"
#include "gui/preview/preview_view.h"
#include "gui/preview/web_engine_setup.h"
#include "gui/view/document_view.h"
#include "gui/window/main_window.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace pw;
using namespace pw::bench;
using namespace pw::gui;

namespace {

const QString kMarker = QStringLiteral("typingbench");

int postsWithMarker(wp::Client &client)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), kMarker);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    std::unique_ptr<wp::Call> call(client.get(QStringLiteral("/wp/v2/posts"), query));
    QSignalSpy done(call.get(), &wp::Call::finished);
    done.wait(30000);
    return call->response().header("x-wp-total").toInt();
}

void makePosts(wp::Client &client, int from, int to)
{
    for (int i = from; i < to; ++i) {
        std::unique_ptr<wp::Call> call(client.send(
            "POST", QStringLiteral("/wp/v2/posts"),
            {{QStringLiteral("title"), QStringLiteral("%1 post %2").arg(kMarker).arg(i)},
             {QStringLiteral("status"), QStringLiteral("publish")},
             {QStringLiteral("content"), QStringLiteral("<p>%1</p>").arg(section(i))}}));
        QSignalSpy done(call.get(), &wp::Call::finished);
        done.wait(30000);
    }
}

// Keeps a pull and a publish going, each started again as soon as it finishes.
class SiteTraffic {
public:
    SiteTraffic(wp::Client *client, const QUrl &site, const QString &work)
        : m_client(client), m_site(site), m_work(work)
    {
    }

    // Encoding three PNGs takes about 30 ms: done here, before any round, and not in the
    // publish's finished handler on the GUI thread, where it was counted against the window.
    void makePictures(int count)
    {
        QDir().mkpath(QDir(m_work).filePath(QStringLiteral("pictures")));
        m_pictures = count;
        for (int i = 0; i < count; ++i) {
            QImage image(640, 400, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 7 % 360, 200, 40 + i % 200));
            image.save(picture(i));
        }
    }

    // `which`: "pull", "publish" or both (empty).
    void start(const QByteArray &which)
    {
        m_running = true;
        if (which != "publish")
            startPull();
        if (which != "pull")
            startPublish();
    }
    // Waits for both to finish what they are doing.
    void stop()
    {
        m_running = false;
        if (!QTest::qWaitFor([this] { return !m_pull && !m_job; }, 120000))
            std::fprintf(stderr, "the pull or the publish did not finish\n");
    }
    int pulls() const { return m_pulls; }
    int pulledPosts() const { return m_pulledPosts; }
    int publishes() const { return m_publishes; }
    int failures() const { return m_failures; }

private:
    void startPull()
    {
        wp::SitePull::Options options;
        options.query.search = kMarker;
        const QString out = QDir(m_work).filePath(QStringLiteral("pull-%1").arg(m_pulls));
        QDir().mkpath(out);
        options.files.outDir = out;
        m_pull = std::make_unique<wp::SitePull>(m_client, m_site, options);
        QObject::connect(m_pull.get(), &wp::SitePull::finished, m_pull.get(), [this] {
            ++m_pulls;
            m_pulledPosts += m_pull->result().written;
            if (!m_pull->result().errors.isEmpty() && m_failures++ == 0)
                std::fprintf(stderr, "pull failed: %s\n",
                             qPrintable(m_pull->result().errors.join(QLatin1Char('\n'))));
            m_pull.release()->deleteLater();
            if (m_running)
                startPull();
        });
        m_pull->start();
    }

    // A picture of its own for each upload: the cache must not know it.
    QString picture(int i) const
    {
        if (i >= m_pictures)
            std::fprintf(stderr, "more publishes than pictures: raise makePictures()\n");
        return QDir(m_work).filePath(QStringLiteral("pictures/%1.png").arg(i % m_pictures));
    }

    void startPublish()
    {
        // New pictures each time, so each publish uploads three: the heaviest case.
        const QString dir = QDir(m_work).filePath(QStringLiteral("publish-%1").arg(m_publishes));
        QDir().mkpath(dir);
        Post post;
        post.title = QStringLiteral("%1 published %2").arg(kMarker).arg(m_publishes);
        post.metaDescription = QStringLiteral("A post published while someone types.");
        post.categories = {QStringLiteral("Tutorials")};
        post.tags = {QStringLiteral("bench")};
        post.body = section(m_publishes) + section(m_publishes + 1);
        // The sections' chart images stand for pictures elsewhere on the web.
        post.body.replace(QLatin1String("](img/chart-"),
                          QLatin1String("](https://example.org/img/chart-"));
        for (int image = 0; image < 3; ++image) {
            QFile::copy(picture(m_publishes * 3 + image),
                        QDir(dir).filePath(QStringLiteral("picture-%1.png").arg(image)));
            post.body += QStringLiteral("\n\n![Picture %1](picture-%1.png)\n").arg(image);
        }
        m_cache = std::make_unique<wp::MediaCache>(QDir(dir).filePath(QStringLiteral("cache")),
                                                   m_site.toString());
        m_job = std::make_unique<wp::PublishJob>(m_client, m_cache.get(), nullptr);
        QObject::connect(m_job.get(), &wp::PublishJob::finished, m_job.get(), [this] {
            ++m_publishes;
            if (m_job->result().outcome != wp::PublishResult::Outcome::Published) {
                if (m_failures++ == 0)
                    std::fprintf(stderr, "publish failed: %s\n",
                                 qPrintable(m_job->result().message));
            }
            m_job.release()->deleteLater();
            if (m_running)
                startPublish();
        });
        wp::PublishOptions options;
        options.siteAddress = m_site;
        m_job->start(post, QDir(dir).filePath(QStringLiteral("post.md")),
                     QUuid::createUuid().toString(QUuid::WithoutBraces), options);
    }

    wp::Client *m_client;
    QUrl m_site;
    QString m_work;
    bool m_running = false;
    std::unique_ptr<wp::SitePull> m_pull;
    std::unique_ptr<wp::MediaCache> m_cache;
    std::unique_ptr<wp::PublishJob> m_job;
    int m_pulls = 0;
    int m_pulledPosts = 0;
    int m_publishes = 0;
    int m_failures = 0;
    int m_pictures = 0;
};

struct Round {
    std::vector<double> keystrokes;
    std::vector<double> cpu; // the GUI thread's own CPU time for the same keystrokes
    double longestGapMs = 0;
    double longestGapCpuMs = 0; // the GUI thread's CPU time within the longest gap
};

// 60 keystrokes mid-post, each followed by the preview's patch, as bench_editor types them.
Round type(MainWindow &window)
{
    DocumentView *view = window.currentView();
    PreviewView *preview = view->preview();
    MarkdownEditor *editor = view->editor();
    editor->setFocus();
    placeCursorMidPost(editor);

    Round round;
    double last = wallMs();
    double lastCpu = threadCpuMs();
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double now = wallMs();
        const double nowCpu = threadCpuMs();
        if (now - last > round.longestGapMs) {
            round.longestGapMs = now - last;
            round.longestGapCpuMs = nowCpu - lastCpu;
        }
        last = now;
        lastCpu = nowCpu;
    });
    ticker.start();
    for (int i = 0; i < 65; ++i) {
        const quint64 applied = preview->appliedRevision();
        const double t0 = wallMs();
        const double c0 = threadCpuMs();
        QTest::keyClick(editor, char('a' + i % 26));
        QCoreApplication::processEvents();
        const double t1 = wallMs();
        const double c1 = threadCpuMs();
        if (!QTest::qWaitFor([&] { return preview->appliedRevision() > applied; }, 20000))
            std::fprintf(stderr, "a keystroke never reached the preview\n");
        QTest::qWait(30);
        if (i >= 5) {
            round.keystrokes.push_back(t1 - t0);
            round.cpu.push_back(c1 - c0);
        }
    }
    ticker.stop();
    return round;
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    prepareWebEngine();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("postwright-bench"));
    installTranslations(app, QLocale(QLocale::English));

    const test::WpTestEnv env;
    if (!env.isValid()) {
        std::fprintf(stderr, "PW_WP_ENV names no test WordPress\n");
        return 2;
    }
    const test::WpUser admin = env.user("pretty", "admin");
    const QUrl site = env.url("pretty");
    wp::Client client;
    client.setApiRoot(QUrl(site.toString() + QStringLiteral("/wp-json/")));
    client.setCredentials(admin.name, admin.applicationPassword);
    const int existing = postsWithMarker(client);
    if (existing < 250)
        makePosts(client, existing, 250);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(test::seed("000"))) {
        std::fprintf(stderr, "could not open seed 000\n");
        return 2;
    }
    PreviewView *preview = window.currentView()->preview();
    if (!QTest::qWaitFor([&] { return preview->isReady() && preview->appliedRevision() > 0; },
                         60000)) {
        std::fprintf(stderr, "the preview never showed the post\n");
        return 2;
    }
    QTest::qWait(500);

    // Alternating rounds, so drift (caches warming, the page growing) falls on both sides.
    std::vector<double> idle, busy, idleCpu, busyCpu;
    Round idleGap, busyGap; // the longest gaps only
    SiteTraffic traffic(&client, site, home.filePath(QStringLiteral("traffic")));
    traffic.makePictures(3 * 80);
    for (int round = 0; round < 3; ++round) {
        const Round quiet = type(window);
        idle.insert(idle.end(), quiet.keystrokes.begin(), quiet.keystrokes.end());
        idleCpu.insert(idleCpu.end(), quiet.cpu.begin(), quiet.cpu.end());
        if (quiet.longestGapMs > idleGap.longestGapMs)
            idleGap = quiet;

        traffic.start(qgetenv("PW_BENCH_TRAFFIC"));
        QTest::qWait(300); // the first page and the first upload are on their way
        const Round loaded = type(window);
        traffic.stop();
        busy.insert(busy.end(), loaded.keystrokes.begin(), loaded.keystrokes.end());
        busyCpu.insert(busyCpu.end(), loaded.cpu.begin(), loaded.cpu.end());
        if (loaded.longestGapMs > busyGap.longestGapMs)
            busyGap = loaded;
    }
    const Figures i = percentiles(idle);
    const Figures b = percentiles(busy);
    std::printf("seed 000, %zu keystrokes each | idle: median %5.2f ms p95 %5.2f, longest "
                "timer gap %5.1f ms | pulling and publishing: median %5.2f ms p95 %5.2f, longest "
                "timer gap %5.1f ms\n",
                idle.size(), i.median, i.p95, idleGap.longestGapMs, b.median, b.p95,
                busyGap.longestGapMs);
    const Figures ic = percentiles(idleCpu);
    const Figures bc = percentiles(busyCpu);
    // Wall time counts the other processes on this machine (the test WordPress, Xvfb); the
    // GUI thread's CPU time counts only what the window itself did for each keystroke.
    std::printf("GUI thread CPU per keystroke | idle: median %5.2f ms p95 %5.2f, in the longest "
                "gap %5.1f ms | pulling and publishing: median %5.2f ms p95 %5.2f, in the longest "
                "gap %5.1f ms\n",
                ic.median, ic.p95, idleGap.longestGapCpuMs, bc.median, bc.p95,
                busyGap.longestGapCpuMs);
    std::printf("meanwhile: %d pulls (%d posts written), %d publishes (3 new pictures each), %d "
                "failures\n",
                traffic.pulls(), traffic.pulledPosts(), traffic.publishes(), traffic.failures());
    window.currentView()->document()->bodyDocument()->setModified(false);
    return 0;
}
