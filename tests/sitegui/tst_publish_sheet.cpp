// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/gui_test_main.h"
#include "site/wp_test_env.h"

#include "core/checks/category_whitelist.h"
#include "core/io/post_file.h"
#include "core/wordpress/wp_client.h"
#include "gui/dialogs/publish_dialog.h"
#include "gui/document/document.h"
#include "gui/sites/publish_preview.h"
#include "gui/sites/site_accounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimer>
#include <QUrlQuery>

// File → Publish… against the real test WordPress: the sheet shows what will happen (a new
// category, an image to upload), publishing makes a draft with both and the document knows
// its post; the next publish updates it; a change made on the site is a conflict, resolved
// each of the three ways; a category-whitelist error blocks until overridden; a cancel never
// leaves a post nobody was told of. Every post here has this run's unique word in its title:
// other tests publish to the same WordPress at the same time.

using namespace pw;
using namespace pw::gui;

namespace {

QJsonValue rest(wp::Client &client, const QByteArray &verb, const QString &route,
                const QJsonObject &body = {}, const QUrlQuery &query = {})
{
    wp::Call *call =
        verb == "GET" ? client.get(route, query) : client.send(verb, route, body, query);
    QSignalSpy finished(call, &wp::Call::finished);
    if (!call->isFinished())
        finished.wait(30000);
    const QJsonDocument json = call->response().json;
    delete call;
    return json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object());
}

QUrlQuery editContext()
{
    return QUrlQuery{{QStringLiteral("context"), QStringLiteral("edit")}};
}

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

} // namespace

class TestPublishSheet : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void publishesADraftWithANewCategoryAndAnImage();
    void conflictOverwrite();
    void conflictOpenTheirs();
    void conflictNewDraft();
    void whitelistErrorBlocksUntilOverridden();
    void cancelLeavesNoUnreportedPost_data();
    void cancelLeavesNoUnreportedPost();

private:
    // A post file in its own folder, with a PNG beside it that no other run has uploaded.
    QString writePost(const QString &title, const QString &category, bool withImage,
                      bool withCover = false);
    std::unique_ptr<Document> open(const QString &path, const AnalysisContext &context = {});
    // Publishes through the sheet and waits for the end; returns the state it ended in.
    PublishController::State publish(PublishDialog &dialog);
    QJsonArray postsTitled(const QString &title);
    qint64 publishedPost(const QString &title, std::unique_ptr<Document> *document);
    void changeOnTheSite(qint64 id, const QString &text);

    test::WpTestEnv m_env;
    QTemporaryDir m_dir;
    SiteAccounts *m_accounts = nullptr;
    std::unique_ptr<wp::Client> m_admin;
    QString m_word; // this run's, in every title and new term
    int m_files = 0;
};

void TestPublishSheet::initTestCase()
{
    QVERIFY2(m_env.isValid(), "PW_WP_ENV names no test WordPress (run through ctest)");
    m_word = QStringLiteral("pubsheet%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    m_accounts = new SiteAccounts(this);
    const QUrl address = m_env.url("pretty");
    const test::WpUser editor = m_env.user("pretty", "editor");
    wp::SiteRecord site;
    site.name = QStringLiteral("blog");
    site.address = address;
    site.apiRoot = QUrl(address.toString() + QStringLiteral("/wp-json/"));
    site.user = editor.name;
    site.roles = {QStringLiteral("editor")};
    bool added = false;
    m_accounts->add(site, editor.applicationPassword, [&added](const QString &) { added = true; });
    QTRY_VERIFY_WITH_TIMEOUT(added, 20000);

    const test::WpUser admin = m_env.user("pretty", "admin");
    m_admin = std::make_unique<wp::Client>();
    m_admin->setApiRoot(site.apiRoot);
    m_admin->setCredentials(admin.name, admin.applicationPassword);
}

QString TestPublishSheet::writePost(const QString &title, const QString &category, bool withImage,
                                    bool withCover)
{
    const QString folder = m_dir.filePath(QStringLiteral("post%1").arg(++m_files));
    QDir().mkpath(folder);
    QString body =
        QStringLiteral("The first paragraph of %1, long enough to be a post.\n").arg(title);
    if (withImage) {
        // Colours no other run picks: the media cache and the site know nothing of it.
        QImage image(12, 9, QImage::Format_RGB32);
        image.fill(QColor::fromRgb(QRandomGenerator::global()->generate()));
        image.setPixelColor(0, 0, QColor::fromRgb(QRandomGenerator::global()->generate()));
        if (!image.save(folder + QStringLiteral("/picture.png")))
            return {};
        body += QStringLiteral("\n![A picture](picture.png)\n");
    }
    QString cover;
    if (withCover) {
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(QColor::fromRgb(QRandomGenerator::global()->generate()));
        if (!image.save(folder + QStringLiteral("/cover.png")))
            return {};
        cover = QStringLiteral("featured_image: cover.png\n");
    }
    const QString text = QStringLiteral("---\ntitle: \"%1\"\ndescription: \"What %1 is about, "
                                        "said in one sentence for the search results page.\"\n"
                                        "categories:\n  - \"%2\"\n%4---\n\n%3")
                             .arg(title, category, body, cover);
    const QString path = folder + QStringLiteral("/post.md");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return path;
}

std::unique_ptr<Document> TestPublishSheet::open(const QString &path,
                                                 const AnalysisContext &context)
{
    auto document = std::make_unique<Document>(context);
    const QString error = document->load(path);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return document;
}

PublishController::State TestPublishSheet::publish(PublishDialog &dialog)
{
    if (!dialog.publishButton()->isEnabled())
        return PublishController::State::Idle;
    dialog.publishButton()->click();
    PublishController *controller = dialog.controller();
    (void)QTest::qWaitFor(
        [controller] { return controller->state() != PublishController::State::Running; }, 90000);
    return controller->state();
}

QJsonArray TestPublishSheet::postsTitled(const QString &title)
{
    QUrlQuery query = editContext();
    query.addQueryItem(QStringLiteral("search"), title);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    QJsonArray found;
    for (const QJsonValue &post :
         rest(*m_admin, "GET", QStringLiteral("/wp/v2/posts"), {}, query).toArray())
        if (post[QLatin1String("title")][QLatin1String("raw")].toString() == title)
            found.append(post);
    return found;
}

qint64 TestPublishSheet::publishedPost(const QString &title, std::unique_ptr<Document> *document)
{
    const QString path = writePost(title, QStringLiteral("Uncategorized"), false);
    *document = open(path);
    PublishDialog dialog(document->get(), m_accounts);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    if (publish(dialog) != PublishController::State::Done)
        qWarning("%s", qPrintable(dialog.controller()->result().message));
    return extraValue((*document)->metadata(), extra_key::wordpressId).toLongLong();
}

void TestPublishSheet::changeOnTheSite(qint64 id, const QString &text)
{
    // modified_gmt counts seconds: a change in the same second as the publish would not show.
    QTest::qWait(1100);
    rest(*m_admin, "POST", QStringLiteral("/wp/v2/posts/%1").arg(id),
         {{QStringLiteral("content"), QStringLiteral("<p>%1</p>").arg(text)}});
}

void TestPublishSheet::publishesADraftWithANewCategoryAndAnImage()
{
    const QString title = QStringLiteral("Sheet %1 first").arg(m_word);
    const QString category = QStringLiteral("Sheet category %1").arg(m_word);
    const QString path = writePost(title, category, true, true);
    QVERIFY(!path.isEmpty());
    std::unique_ptr<Document> document = open(path);
    QVERIFY(!document->isModified());

    PublishDialog dialog(document.get(), m_accounts);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QCOMPARE(dialog.publishButton()->text(), QStringLiteral("Publish"));
    QCOMPARE(dialog.chosenStatus(), QStringLiteral("draft"));
    // What will happen, before anything is sent.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->termsKnown(), 30000);
    QVERIFY2(texts(dialog.termList()).contains(QStringLiteral("Category: %1 (new)").arg(category)),
             qPrintable(texts(dialog.termList()).join(QLatin1Char('|'))));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.preview()->imagesKnown(), 10000);
    QCOMPARE(texts(dialog.imageList()),
             (QStringList{QStringLiteral("picture.png: will be uploaded"),
                          QStringLiteral("cover.png: will be uploaded")}));
    // The cover's thumbnail: 40x20 scaled into 160x160 keeps its shape.
    QCOMPARE(dialog.preview()->featuredThumbnail().size(), QSize(160, 80));
    QVERIFY(dialog.featuredLabel()->pixmap().size() == QSize(160, 80));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.preview()->descriptionField().isEmpty(), 30000);
    const QString descriptionField = dialog.preview()->descriptionField();
    QVERIFY(postsTitled(title).isEmpty());

    QCOMPARE(publish(dialog), PublishController::State::Done);
    const wp::PublishResult result = dialog.controller()->result();
    QVERIFY(result.id > 0);
    QVERIFY(dialog.resultLabel()->text().contains(result.link.toHtmlEscaped()));
    QVERIFY(dialog.openLinkButton()->isVisibleTo(&dialog));
    QCOMPARE(dialog.controller()->uploadedImages(), 2);
    // Where the sheet said the description would go is where it went.
    QCOMPARE(result.descriptionWentTo, descriptionField);

    // The document knows its post, and (it was saved before) its file does too.
    QCOMPARE(extraValue(document->metadata(), extra_key::wordpressId), QString::number(result.id));
    QVERIFY(!document->isModified());
    const PostReadResult reread = readPostFile(path);
    QVERIFY(reread.post);
    QCOMPARE(extraValue(*reread.post, extra_key::wordpressId), QString::number(result.id));

    // The site has it: a draft, in the new category, with the uploaded image.
    const QJsonObject stored =
        rest(*m_admin, "GET", QStringLiteral("/wp/v2/posts/%1").arg(result.id), {}, editContext())
            .toObject();
    QCOMPARE(stored[QLatin1String("status")].toString(), QStringLiteral("draft"));
    QVERIFY(stored[QLatin1String("featured_media")].toInteger() > 0);
    QUrlQuery search;
    search.addQueryItem(QStringLiteral("search"), category);
    const QJsonArray categories =
        rest(*m_admin, "GET", QStringLiteral("/wp/v2/categories"), {}, search).toArray();
    QCOMPARE(categories.size(), 1);
    QCOMPARE(stored[QLatin1String("categories")].toArray(),
             QJsonArray{categories.first()[QLatin1String("id")]});
    const QString content = stored[QLatin1String("content")][QLatin1String("raw")].toString();
    QVERIFY2(content.contains(QStringLiteral("/wp-content/uploads/")), qPrintable(content));
    QVERIFY2(!content.contains(QStringLiteral("src=\"picture.png\"")), qPrintable(content));

    // Publishing again updates the same post.
    QCOMPARE(dialog.publishButton()->text(), QStringLiteral("Update"));
    document->bodyDocument()->setPlainText(document->bodyDocument()->toPlainText() +
                                           QStringLiteral("\nA second paragraph.\n"));
    QCOMPARE(publish(dialog), PublishController::State::Done);
    QCOMPARE(dialog.controller()->result().id, result.id);
    const QJsonArray posts = postsTitled(title);
    QCOMPARE(posts.size(), 1);
    QVERIFY(posts.first()[QLatin1String("content")][QLatin1String("raw")].toString().contains(
        QStringLiteral("A second paragraph.")));
    // Modified before the update: left for the writer to save.
    QVERIFY(document->isModified());
}

void TestPublishSheet::conflictOverwrite()
{
    std::unique_ptr<Document> document;
    const QString title = QStringLiteral("Sheet %1 overwrite").arg(m_word);
    const qint64 id = publishedPost(title, &document);
    QVERIFY(id > 0);
    changeOnTheSite(id, QStringLiteral("Their overwritten text."));
    document->bodyDocument()->setPlainText(QStringLiteral("Our newer text, kept.\n"));

    PublishDialog dialog(document.get(), m_accounts);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QString theirBody;
    dialog.setResolver([&](const Post &, const Post &theirs, PublishController::Resolve resolve) {
        theirBody = theirs.body;
        resolve(PublishController::Choice::Overwrite);
    });
    QCOMPARE(publish(dialog), PublishController::State::Done);
    QVERIFY2(theirBody.contains(QStringLiteral("Their overwritten text.")), qPrintable(theirBody));
    QCOMPARE(dialog.controller()->result().id, id);
    const QJsonArray posts = postsTitled(title);
    QCOMPARE(posts.size(), 1);
    const QString content =
        posts.first()[QLatin1String("content")][QLatin1String("raw")].toString();
    QVERIFY(content.contains(QStringLiteral("Our newer text, kept.")));
    QVERIFY(!content.contains(QStringLiteral("Their overwritten text.")));
}

void TestPublishSheet::conflictOpenTheirs()
{
    std::unique_ptr<Document> document;
    const QString title = QStringLiteral("Sheet %1 theirs").arg(m_word);
    const qint64 id = publishedPost(title, &document);
    QVERIFY(id > 0);
    changeOnTheSite(id, QStringLiteral("Their text to read."));
    document->bodyDocument()->setPlainText(QStringLiteral("Our text, not sent.\n"));

    PublishDialog dialog(document.get(), m_accounts);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.setResolver([](const Post &, const Post &, PublishController::Resolve resolve) {
        resolve(PublishController::Choice::OpenTheirs);
    });
    // The window opens theirs in a new tab (FileCommands::openRemote); here, a new document.
    std::unique_ptr<Document> tab;
    connect(dialog.controller(), &PublishController::openTheirsRequested, this,
            [&tab](const ImportedPost &theirs, const QString &source) {
                tab = std::make_unique<Document>();
                tab->loadImported(theirs.post, theirs.findings, source);
            });
    QCOMPARE(publish(dialog), PublishController::State::Conflict);
    QVERIFY(tab);
    QVERIFY2(tab->post().body.contains(QStringLiteral("Their text to read.")),
             qPrintable(tab->post().body));
    QCOMPARE(extraValue(tab->metadata(), extra_key::wordpressId), QString::number(id));
    // Nothing was sent: the site keeps theirs.
    const QJsonArray posts = postsTitled(title);
    QCOMPARE(posts.size(), 1);
    QVERIFY(posts.first()[QLatin1String("content")][QLatin1String("raw")].toString().contains(
        QStringLiteral("Their text to read.")));
}

void TestPublishSheet::conflictNewDraft()
{
    std::unique_ptr<Document> document;
    const QString title = QStringLiteral("Sheet %1 draft").arg(m_word);
    const qint64 id = publishedPost(title, &document);
    QVERIFY(id > 0);
    changeOnTheSite(id, QStringLiteral("Their text stays."));
    document->bodyDocument()->setPlainText(QStringLiteral("Our text as a new draft.\n"));

    PublishDialog dialog(document.get(), m_accounts);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.setResolver([](const Post &, const Post &, PublishController::Resolve resolve) {
        resolve(PublishController::Choice::PublishAsNewDraft);
    });
    QCOMPARE(publish(dialog), PublishController::State::Done);
    const qint64 draft = dialog.controller()->result().id;
    QVERIFY(draft > 0 && draft != id);
    QCOMPARE(dialog.controller()->result().status, QStringLiteral("draft"));

    const QJsonObject theirs =
        rest(*m_admin, "GET", QStringLiteral("/wp/v2/posts/%1").arg(id), {}, editContext())
            .toObject();
    const QString theirContent = theirs[QLatin1String("content")][QLatin1String("raw")].toString();
    QVERIFY(theirContent.contains(QStringLiteral("Their text stays.")));
    QVERIFY(!theirContent.contains(QStringLiteral("Our text as a new draft.")));
    const QJsonObject ours =
        rest(*m_admin, "GET", QStringLiteral("/wp/v2/posts/%1").arg(draft), {}, editContext())
            .toObject();
    QVERIFY(ours[QLatin1String("content")][QLatin1String("raw")].toString().contains(
        QStringLiteral("Our text as a new draft.")));
    QCOMPARE(postsTitled(title).size(), 2);
}

void TestPublishSheet::whitelistErrorBlocksUntilOverridden()
{
    AnalysisContext context;
    context.whitelist = std::make_shared<const CategoryWhitelist>(
        QStringList{QStringLiteral("Cooking"), QStringLiteral("Gardening")});
    const QString path = writePost(QStringLiteral("Sheet %1 whitelist").arg(m_word),
                                   QStringLiteral("Not on any list %1").arg(m_word), false);
    std::unique_ptr<Document> document = open(path, context);
    QTRY_VERIFY_WITH_TIMEOUT(document->snapshot(), 10000);

    PublishDialog dialog(document.get(), m_accounts);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(!dialog.publishButton()->isEnabled());
    QVERIFY(dialog.publishAnywayBox()->isVisibleTo(&dialog));
    QVERIFY(texts(dialog.findingList()).first().startsWith(QStringLiteral("Error: ")));
    dialog.publishAnywayBox()->setChecked(true);
    QVERIFY(dialog.publishButton()->isEnabled());
    dialog.publishAnywayBox()->setChecked(false);
    QVERIFY(!dialog.publishButton()->isEnabled());

    // Fixed: a category on the list.
    Post fixed = document->metadata();
    fixed.categories = {QStringLiteral("Gardening")};
    document->setMetadata(fixed);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog.publishButton()->isEnabled(),
                              qPrintable(texts(dialog.findingList()).join(QLatin1Char('|'))),
                              10000);
    QVERIFY(!dialog.publishAnywayBox()->isVisibleTo(&dialog));
}

void TestPublishSheet::cancelLeavesNoUnreportedPost_data()
{
    QTest::addColumn<QString>("step");
    QTest::newRow("while uploading") << QStringLiteral("Uploading");
    QTest::newRow("while creating") << QStringLiteral("Creating the post");
}

void TestPublishSheet::cancelLeavesNoUnreportedPost()
{
    QFETCH(QString, step);
    const QString title = QStringLiteral("Sheet %1 cancelled %2")
                              .arg(m_word, QString::fromLatin1(QTest::currentDataTag()));
    const QString path = writePost(title, QStringLiteral("Sheet cancel %1").arg(m_word), true);
    QVERIFY(!path.isEmpty());
    std::unique_ptr<Document> document = open(path);
    PublishDialog dialog(document.get(), m_accounts);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    // Cancelled while the step runs (a click comes from the event loop, a moment after the
    // step's request left): the create's is the worst moment.
    bool clicked = false;
    connect(dialog.controller(), &PublishController::progress, &dialog,
            [&dialog, &clicked, step](const QString &now) {
                if (!now.startsWith(step))
                    return;
                clicked = true;
                QTimer::singleShot(30, dialog.cancelButton(), &QPushButton::click);
            });
    const PublishController::State ended = publish(dialog);
    QVERIFY(clicked);
    QTest::qWait(2000); // what the site was still doing is done
    const QJsonArray posts = postsTitled(title);
    if (ended == PublishController::State::Done) {
        // Too late to stop: reported, and the document knows it.
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first()[QLatin1String("id")].toInteger(), dialog.controller()->result().id);
        QCOMPARE(extraValue(document->metadata(), extra_key::wordpressId),
                 QString::number(dialog.controller()->result().id));
    } else {
        QCOMPARE(ended, PublishController::State::Failed);
        QVERIFY2(posts.isEmpty(), "cancelled, yet the site has the post");
        QVERIFY(!dialog.controller()->result().message.isEmpty());
        QVERIFY(extraValue(document->metadata(), extra_key::wordpressId).isEmpty());
    }
    qInfo("cancel %s ended as %s", QTest::currentDataTag(),
          ended != PublishController::State::Done      ? "nothing stored"
          : dialog.controller()->storedDespiteCancel() ? "stored, found by its marker, reported"
                                                       : "published before the cancel");
}

PW_GUI_TEST_MAIN(TestPublishSheet)
#include "tst_publish_sheet.moc"
