// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Makes the user guide's screenshots of the WordPress dialogs, light and dark, against the
// test WordPress (PW_WP_ENV): Edit → Sites…, File → Open from Site…, the publish sheet and the
// conflict view. Not a test: it asserts nothing, it stops with a message when a step fails.
//   PW_WP_ENV=/tmp/wp/env.json tests/services/keyring.sh xvfb-run -a -s "-screen 0 1600x1000x24"
//       build/release/tests/site_screenshots docs/screenshots
// The sample posts are made once and found again on later runs (by title, in their category),
// so the list looks the same every time.

#include "core/i18n/translations.h"
#include "core/post.h"
#include "core/wordpress/wp_client.h"
#include "gui/dialogs/add_site_dialog.h"
#include "gui/dialogs/conflict_dialog.h"
#include "gui/dialogs/open_from_site_dialog.h"
#include "gui/dialogs/publish_dialog.h"
#include "gui/dialogs/sites_dialog.h"
#include "gui/preview/web_engine_setup.h"
#include "gui/settings/theme.h"
#include "gui/sites/publish_preview.h"
#include "gui/sites/remote_post_list.h"
#include "gui/sites/site_accounts.h"
#include "gui/sites/site_setup.h"
#include "gui/window/main_window.h"
#include "gui/window/site_actions.h"
#include "site/wp_test_env.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLinearGradient>
#include <QPainter>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

using namespace pw;
using namespace pw::gui;

namespace {

constexpr int kTimeout = 60000;

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "site_screenshots: %s\n", qPrintable(what));
    std::exit(1);
}

void waitFor(const std::function<bool()> &condition, const QString &what)
{
    if (!QTest::qWaitFor(condition, kTimeout))
        fail(QStringLiteral("timed out waiting for %1").arg(what));
}

QJsonValue rest(wp::Client &client, const QByteArray &verb, const QString &route,
                const QJsonObject &body = {}, const QUrlQuery &query = {})
{
    wp::Call *call =
        verb == "GET" ? client.get(route, query) : client.send(verb, route, body, query);
    QSignalSpy finished(call, &wp::Call::finished);
    if (!call->isFinished())
        finished.wait(kTimeout);
    const QJsonDocument json = call->response().json;
    delete call;
    return json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
}

// The category's id, made when the site has none of that name.
qint64 categoryId(wp::Client &admin, const QString &name)
{
    QUrlQuery query{{QStringLiteral("search"), name}, {QStringLiteral("per_page"), "100"}};
    for (const QJsonValue &found :
         rest(admin, "GET", QStringLiteral("/wp/v2/categories"), {}, query).toArray())
        if (found[QLatin1String("name")].toString() == name)
            return found[QLatin1String("id")].toInteger();
    const QJsonObject made =
        rest(admin, "POST", QStringLiteral("/wp/v2/categories"), {{QStringLiteral("name"), name}})
            .toObject();
    if (!made.contains(QLatin1String("id")))
        fail(QStringLiteral("could not make the category %1: %2")
                 .arg(name, QString::fromUtf8(QJsonDocument(made).toJson())));
    return made[QLatin1String("id")].toInteger();
}

bool categoryExists(wp::Client &admin, const QString &name)
{
    QUrlQuery query{{QStringLiteral("search"), name}};
    for (const QJsonValue &found :
         rest(admin, "GET", QStringLiteral("/wp/v2/categories"), {}, query).toArray())
        if (found[QLatin1String("name")].toString().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

struct SamplePost {
    const char *title;
    const char *status;
    const char *date; // site time
    bool byEditor;
    const char *description;
    const char *content;
};

// A small web-development blog, as the Open from Site list shows it.
const SamplePost kPosts[] = {
    {"Lazy-Loading Images Without Layout Shift", "publish", "2026-10-14T09:30:00", false,
     "Native lazy loading is one attribute away, but without width and height it makes the page "
     "jump. Here is how to get both right.",
     "<p>Native lazy loading is one attribute away.</p><h2>Reserve the space</h2><p>Always set "
     "width and height.</p>"},
    {"A Practical Guide to CSS Container Queries", "publish", "2026-10-28T08:00:00", true,
     "Container queries let a component adapt to the space it is given, not to the viewport. A "
     "walk through three real layouts.",
     "<p>Media queries ask about the viewport; container queries ask about the parent.</p>"},
    {"Why Your Lighthouse Score Drops on Mobile", "publish", "2026-11-06T10:15:00", false,
     "Lighthouse throttles the CPU and network on mobile. What that means for your score and "
     "which fixes matter most.",
     "<p>The mobile run simulates a mid-range phone on a slow 4G connection.</p>"},
    {"Self-Hosting Web Fonts the Right Way", "publish", "2026-11-19T07:45:00", true,
     "Subsetting, font-display and preloading: how to self-host web fonts without a flash of "
     "invisible text.",
     "<p>Self-hosting removes a third-party connection from the critical path.</p>"},
    {"What HTTP/3 Changes for Small Sites", "pending", "2026-11-27T16:20:00", true,
     "HTTP/3 runs over QUIC instead of TCP. What a small blog gains from it, and what stays the "
     "same.",
     "<p>QUIC moves connection setup and loss recovery out of the kernel.</p>"},
    {"Debugging Flaky End-to-End Tests in Playwright", "draft", "2026-12-02T11:00:00", false,
     "Most flaky Playwright tests wait for the wrong thing. Tracing, auto-waiting and retries, "
     "used well.",
     "<p>A test that passes nine times out of ten is telling you something.</p>"},
    {"Five Accessibility Fixes That Take Ten Minutes", "future", "2026-12-15T08:00:00", true,
     "Alt text, focus styles, labels, contrast and language: five quick accessibility fixes any "
     "blog can make today.",
     "<p>Accessibility does not have to start with an audit.</p>"},
    {"Migrating a Blog from Jekyll to WordPress", "draft", "2026-12-05T14:30:00", false,
     "Moving posts, images and redirects from a Jekyll site to WordPress without losing search "
     "traffic.",
     "<p>The posts are the easy part; the redirects are what keep your rankings.</p>"},
};

void makeSamplePosts(wp::Client &admin, wp::Client &editor, qint64 webDev, qint64 performance)
{
    QUrlQuery query{{QStringLiteral("categories"), QString::number(webDev)},
                    {QStringLiteral("status"), QStringLiteral("publish,future,draft,pending")},
                    {QStringLiteral("per_page"), QStringLiteral("100")},
                    {QStringLiteral("context"), QStringLiteral("edit")}};
    QStringList existing;
    for (const QJsonValue &post :
         rest(admin, "GET", QStringLiteral("/wp/v2/posts"), {}, query).toArray())
        existing << post[QLatin1String("title")][QLatin1String("raw")].toString();
    int i = 0;
    for (const SamplePost &sample : kPosts) {
        const QString title = QString::fromUtf8(sample.title);
        if (existing.contains(title)) {
            ++i;
            continue;
        }
        QJsonArray categories{webDev};
        if (i % 3 != 1)
            categories.append(performance);
        const QJsonObject post =
            rest(sample.byEditor ? editor : admin, "POST", QStringLiteral("/wp/v2/posts"),
                 {{QStringLiteral("title"), title},
                  {QStringLiteral("status"), QString::fromUtf8(sample.status)},
                  {QStringLiteral("date"), QString::fromUtf8(sample.date)},
                  {QStringLiteral("content"), QString::fromUtf8(sample.content)},
                  {QStringLiteral("categories"), categories},
                  {QStringLiteral("meta"),
                   QJsonObject{{QStringLiteral("_yoast_wpseo_metadesc"),
                                QString::fromUtf8(sample.description)}}}})
                .toObject();
        if (!post.contains(QLatin1String("id")))
            fail(QStringLiteral("could not make the post %1: %2")
                     .arg(title, QString::fromUtf8(QJsonDocument(post).toJson())));
        ++i;
    }
}

// Pictures for the publish sheet; a few random pixels so neither the site nor the media
// cache knows them from an earlier run.
bool drawPicture(const QString &path, QSize size, QColor from, QColor to, const QString &caption)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, to);
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    QFont font = painter.font();
    font.setPixelSize(size.height() / 7);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(image.rect(), Qt::AlignCenter | Qt::TextWordWrap, caption);
    painter.end();
    for (int i = 0; i < 8; ++i)
        image.setPixelColor(i, size.height() - 1,
                            QColor::fromRgb(QRandomGenerator::global()->generate()));
    return image.save(path);
}

QString writeDraft(const QString &folder, const QString &newCategory)
{
    if (!drawPicture(folder + QStringLiteral("/cover.png"), {1200, 630}, QColor(0x1e, 0x3a, 0x8a),
                     QColor(0x0e, 0x74, 0x90), QStringLiteral("LCP: 4.1 s → 1.9 s")) ||
        !drawPicture(folder + QStringLiteral("/lcp-waterfall.png"), {960, 540},
                     QColor(0x33, 0x41, 0x55), QColor(0x64, 0x74, 0x8b),
                     QStringLiteral("Waterfall, before and after")))
        fail(QStringLiteral("could not write the pictures"));
    const QString text = QStringLiteral(R"(---
title: "How We Cut Our Largest Contentful Paint in Half"
description: "A step-by-step case study of the image, font and server changes that took the Largest Contentful Paint of our home page from 4.1 to 1.9 seconds on mobile phones."
keyphrase: "largest contentful paint"
categories:
  - "Software Development"
  - "%1"
tags:
  - "performance"
  - "images"
featured_image: cover.png
---

Our home page felt slow, and the field data agreed: the Largest Contentful Paint of the 75th percentile of visits was 4.1 seconds on mobile. Three changes brought it down to 1.9 seconds.

## Find the LCP element first

Chrome's Performance panel marks the element it took for the largest paint. For us it was the hero image, loaded late because a script inserted it.

![](lcp-waterfall.png)

## Serve the hero image sooner

We moved the image into the HTML, added `fetchpriority="high"` and served it as AVIF at the size it is shown. The request now starts in the first hundred milliseconds.

## Stop the fonts from blocking

The headline waited for a web font. With `font-display: swap` and a preload for the one weight above the fold, the text paints at once.

## Cache the HTML at the edge

Finally, the server: the HTML is now cached for a minute at the CDN, which took the time to first byte from 800 to 120 milliseconds.
)")
                             .arg(newCategory);
    const QString path = folder + QStringLiteral("/lcp-case-study.md");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        fail(QStringLiteral("could not write %1").arg(path));
    return path;
}

// The post as we have it and as an editor on the site left it since: a sharper title and a
// few lines of the body reworded.
std::pair<Post, Post> conflictingVersions(const QString &site)
{
    Post ours;
    ours.title = QStringLiteral("How We Cut Our Largest Contentful Paint in Half");
    ours.metaDescription = QStringLiteral(
        "A step-by-step case study: the image, font and server changes that took our Largest "
        "Contentful Paint from 4.1 to 1.9 seconds.");
    ours.slug = QStringLiteral("largest-contentful-paint-case-study");
    ours.tags = {QStringLiteral("performance"), QStringLiteral("images")};
    ours.categories = {QStringLiteral("Software Development")};
    ours.body = QStringLiteral(
        "Our home page felt slow: its Largest Contentful Paint was 4.1 seconds.\n\n"
        "## Find the LCP element first\n\n"
        "Chrome's Performance panel marks the element it took for the largest paint.\n\n"
        "## Serve the hero image sooner\n\n"
        "We moved the image into the HTML and added `fetchpriority=\"high\"`.\n\n"
        "## Stop the fonts from blocking\n\n"
        "The headline waited for a web font.\n\n"
        "## Cache the HTML at the edge\n\n"
        "The HTML is now cached for a minute at the CDN.\n");
    const QString quotedSite = QStringLiteral("\"%1\"").arg(site);
    ours.extras = {{extra_key::wordpressSite, quotedSite},
                   {extra_key::wordpressId, QStringLiteral("118")},
                   {extra_key::wordpressStatus, QStringLiteral("\"draft\"")},
                   {extra_key::wordpressModified, QStringLiteral("\"2026-12-07T09:12:40\"")}};

    Post theirs = ours;
    theirs.title = QStringLiteral("How We Halved Our Largest Contentful Paint");
    theirs.body = QStringLiteral(
        "Our home page felt slow: its Largest Contentful Paint was 4.1 seconds on mobile.\n\n"
        "## Find the LCP element first\n\n"
        "Chrome's Performance panel marks the element it took for the largest paint.\n\n"
        "## Serve the hero image sooner\n\n"
        "We moved the image into the HTML, added `fetchpriority=\"high\"`, served AVIF.\n\n"
        "## Stop the fonts from blocking\n\n"
        "The headline waited for a web font; `font-display: swap` fixed that.\n\n"
        "## Cache the HTML at the edge\n\n"
        "The HTML is now cached for a minute at the CDN.\n");
    theirs.extras = {{extra_key::wordpressSite, quotedSite},
                     {extra_key::wordpressId, QStringLiteral("118")},
                     {extra_key::wordpressStatus, QStringLiteral("\"draft\"")},
                     {extra_key::wordpressModified, QStringLiteral("\"2026-12-07T15:42:10\"")},
                     {QStringLiteral("author"), QStringLiteral("\"editor\"")}};
    return {ours, theirs};
}

void save(QWidget *dialog, const QString &folder, const QString &name, bool dark)
{
    QTest::qWait(400); // let the last paint and any palette change settle
    const QString path =
        QDir(folder).filePath(name + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png")));
    QImage image = dialog->grab().toImage();
    if (image.width() > 1200)
        image = image.scaledToWidth(1200, Qt::SmoothTransformation);
    if (!image.save(path, "PNG", 0)) // 0: the smallest file zlib makes
        fail(QStringLiteral("could not write %1").arg(path));
    std::printf("%s %dx%d\n", qPrintable(path), image.width(), image.height());
}

void addSite(MainWindow &window, const test::WpTestEnv &env)
{
    SiteAccounts *accounts = window.siteActions()->accounts();
    if (accounts->find(QStringLiteral("blog")))
        return;
    SitesDialog sites(accounts, &window);
    sites.show();
    AddSiteDialog *add = sites.addSite();
    const test::WpUser editor = env.user("pretty", "editor");
    add->nameEdit()->setText(QStringLiteral("blog"));
    add->addressEdit()->setText(env.url("pretty").toString());
    add->userEdit()->setText(editor.name);
    add->passwordEdit()->setText(editor.applicationPassword);
    add->checkAndAdd();
    waitFor([accounts] { return accounts->find(QStringLiteral("blog")).has_value(); },
            QStringLiteral("the site to be added"));
    if (sites.siteDialog())
        sites.siteDialog()->close();
}

void sitesPage(MainWindow &window, const QString &folder, bool dark)
{
    auto *dialog = new SitesDialog(window.siteActions()->accounts(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->resize(dialog->width(), 300); // one site: the rest of the list would be empty
    dialog->selectSite(QStringLiteral("blog"));
    dialog->checkSite();
    waitFor([dialog] { return dialog->checker()->state() != SiteSetup::State::Checking; },
            QStringLiteral("the site check"));
    if (dialog->checker()->state() != SiteSetup::State::Done)
        fail(QStringLiteral("the check failed: %1").arg(dialog->checkResultLabel()->text()));
    save(dialog, folder, QStringLiteral("wp-sites"), dark);
    dialog->close();
}

void openFromSite(MainWindow &window, const QString &folder, bool dark, bool openSome)
{
    auto *dialog =
        new OpenFromSiteDialog(window.siteActions()->accounts(), window.fileCommands(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->resize(1000, dialog->height()); // the titles whole beside the dates
    dialog->chooseSite(QStringLiteral("blog"));
    waitFor([dialog] { return !dialog->isBusy() && dialog->categoryBox()->count() > 1; },
            QStringLiteral("the posts and categories"));
    const int webDev = dialog->categoryBox()->findText(QStringLiteral("Software Development"));
    if (webDev < 0)
        fail(QStringLiteral("no Software Development category in the list"));
    dialog->categoryBox()->setCurrentIndex(webDev);
    QTest::qWait(100);
    waitFor([dialog] { return !dialog->isBusy() && dialog->posts()->rowCount() > 0; },
            QStringLiteral("the category's posts"));
    QTableView *table = dialog->table();
    if (openSome) {
        // Posts opened before show their SEO state in the list.
        for (int row : {1, 3, 6}) {
            table->selectRow(row);
            dialog->openSelected();
            waitFor([dialog] { return !dialog->isBusy(); }, QStringLiteral("a post to open"));
            QTest::qWait(2000); // the analysis, which the list remembers, follows a pause
        }
        dialog->close();
        return openFromSite(window, folder, dark, false);
    }
    table->selectRow(2);
    table->setFocus();
    save(dialog, folder, QStringLiteral("wp-open-from-site"), dark);
    dialog->close();
}

void publishSheet(MainWindow &window, const QString &path, const QString &folder, bool dark)
{
    if (!window.openFile(path))
        fail(QStringLiteral("could not open %1").arg(path));
    QTest::qWait(1500); // the analysis runs after a pause in typing; loading counts as typing
    window.siteActions()->publish();
    PublishDialog *dialog = window.findChild<PublishDialog *>();
    if (!dialog)
        fail(QStringLiteral("no publish sheet"));
    waitFor(
        [dialog] {
            return dialog->preview()->termsKnown() && dialog->preview()->imagesKnown() &&
                   !dialog->preview()->descriptionField().isEmpty();
        },
        QStringLiteral("the publish preview"));
    save(dialog, folder, QStringLiteral("wp-publish"), dark);
    dialog->close();
    delete dialog;
}

void conflictView(MainWindow &window, const QString &site, const QString &folder, bool dark)
{
    const auto [ours, theirs] = conflictingVersions(site);
    auto *dialog = new ConflictDialog(ours, theirs, QStringLiteral("blog"), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->resize(dialog->width(), 480); // a short post: no empty half below it
    save(dialog, folder, QStringLiteral("wp-conflict"), dark);
    dialog->close();
}

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    pw::gui::prepareWebEngine();
    QApplication app(argc, argv);
    pw::installTranslations(app, QLocale(QLocale::English));
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("postwright-screenshots"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postwright"));

    if (argc < 2)
        fail(QStringLiteral("usage: site_screenshots <output folder>"));
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    const test::WpTestEnv env;
    if (!env.isValid())
        fail(QStringLiteral("PW_WP_ENV names no test WordPress"));

    const QUrl site = env.url("pretty");
    const QUrl apiRoot(site.toString() + QStringLiteral("/wp-json/"));
    wp::Client admin;
    admin.setApiRoot(apiRoot);
    const test::WpUser adminUser = env.user("pretty", "admin");
    admin.setCredentials(adminUser.name, adminUser.applicationPassword);
    wp::Client editor;
    editor.setApiRoot(apiRoot);
    const test::WpUser editorUser = env.user("pretty", "editor");
    editor.setCredentials(editorUser.name, editorUser.applicationPassword);

    // Categories from the editor's list (resources/categories.txt): no whitelist errors.
    const qint64 webDev = categoryId(admin, QStringLiteral("Software Development"));
    const qint64 performance = categoryId(admin, QStringLiteral("Web Development Frameworks"));
    makeSamplePosts(admin, editor, webDev, performance);
    // The draft's categories are in the editor's list too, so the sheet is not blocked: one the
    // site has, one it does not have yet (marked new).
    QString newCategory;
    for (const QString &candidate :
         {QStringLiteral("Server Monitoring and Performance"),
          QStringLiteral("Web Hosting Tutorials and Guides"),
          QStringLiteral("Website Backup and Recovery")}) {
        newCategory = candidate;
        if (!categoryExists(admin, candidate))
            break;
    }

    QTemporaryDir drafts;
    const QString draft = writeDraft(drafts.path(), newCategory);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        fail(QStringLiteral("the window did not show"));
    addSite(window, env);

    for (const bool dark : {false, true}) {
        applyTheme(app, dark ? Theme::Dark : Theme::Light);
        QTest::qWait(300);
        sitesPage(window, folder, dark);
        openFromSite(window, folder, dark, !dark);
        publishSheet(window, draft, folder, dark);
        conflictView(window, site.toString(), folder, dark);
    }
    return 0;
}
