// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/publish_controller.h"

#include "core/checks/category_whitelist.h"
#include "core/wordpress/publish_ledger.h"
#include "core/wordpress/publish_memo.h"
#include "core/wordpress/wp_call.h"
#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_media_cache.h"
#include "core/wordpress/wp_posts.h"
#include "gui/document/document.h"
#include "gui/settings/settings.h"
#include "gui/sites/site_accounts.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace pw::gui {

namespace {

QString raw(const QJsonObject &post, const char *field)
{
    const QJsonValue value = post.value(QLatin1String(field));
    return value.isObject() ? value.toObject().value(QLatin1String("raw")).toString()
                            : value.toString();
}

// The site needs a moment to finish storing a create whose request was cut off: PHP runs the
// request to its end after the connection is gone.
constexpr int kSettleMs = 1500;

} // namespace

PublishController::PublishController(Document *document, SiteAccounts *accounts,
                                     const Settings *settings, QObject *parent)
    : QObject(parent), m_document(document), m_accounts(accounts), m_settings(settings)
{
}

PublishController::~PublishController()
{
    // The job first: the client's calls end when it goes, and their answers must not reach a
    // job whose cache is gone, or a sheet that is being destroyed.
    blockSignals(true);
    if (m_job)
        m_job->cancel();
    delete m_job;
    // Calls still on their way end with their client: later, from the event loop, not from
    // inside this destructor.
    if (m_client)
        m_client.release()->deleteLater();
}

QString PublishController::siteOf(const Post &post, const QList<wp::SiteRecord> &sites)
{
    const QUrl address(extraValue(post, extra_key::wordpressSite));
    if (address.isEmpty())
        return {};
    for (const wp::SiteRecord &site : sites)
        if (site.address == address)
            return site.name;
    return {};
}

void PublishController::publish(const QString &siteName, const wp::PublishOptions &options)
{
    if (m_state == State::Running || !m_document)
        return;
    ++m_generation;
    m_cancelled = false;
    m_storedDespiteCancel = false;
    m_result = {};
    m_newCategories.clear();
    m_newTags.clear();
    m_uploaded = m_reused = 0;
    m_recordError.clear();
    const std::optional<wp::SiteRecord> site = m_accounts->find(siteName);
    if (!site) {
        failWith(
            tr("There is no site “%1” any more. Add it again under Edit → Sites.").arg(siteName));
        return;
    }
    m_site = *site;
    m_options = options;
    m_options.siteAddress = m_site.address;
    // The highlighter the document's preview colours with; the style as Preferences say now.
    m_options.code = CodeColouring::forPages(m_document->analysisContext().code.highlighter,
                                             m_settings ? m_settings->values().codeColours
                                                        : AppSettings().codeColours);
    setState(State::Running);
    m_step = tr("Connecting to %1").arg(m_site.name);
    emit progress(m_step);
    const int generation = m_generation;
    m_accounts->connectTo(m_site.name,
                          [self = QPointer(this), generation](std::unique_ptr<wp::Client> client,
                                                              const QString &error) {
                              if (self && self->m_generation == generation)
                                  self->connected(std::move(client), error);
                          });
}

void PublishController::connected(std::unique_ptr<wp::Client> client, const QString &error)
{
    if (!client) {
        failWith(error);
        return;
    }
    if (!m_document) {
        failWith(tr("The document was closed. Nothing was sent."));
        return;
    }
    m_client = std::move(client);
    const QString folder = SiteAccounts::dataFolder();
    m_cache = std::make_unique<wp::MediaCache>(folder, m_site.address.toString(QUrl::FullyEncoded));
    m_cache->load();
    m_ledger = std::make_unique<wp::PublishLedger>(folder);
    m_memo = std::make_unique<wp::PublishMemo>(folder);

    Post post = m_document->post();
    const QString path = m_document->filePath();
    // A file that cannot hold where its post went (the generator format, a transcript around
    // the post) is left as it is; the ledger remembers for it, as for the command line.
    m_useLedger = !path.isEmpty() && (m_document->fileHoldsMoreThanPost() ||
                                      !wp::formatKeepsRemote(post, m_document->format()));
    const std::optional<wp::PublishLedger::Entry> ledgered =
        m_useLedger ? m_ledger->find(path) : std::nullopt;
    m_marker = ledgered ? ledgered->marker : wp::markerOf(post);
    if (ledgered && QUrl(ledgered->site) == m_site.address && ledgered->id > 0) {
        wp::PublishResult known;
        known.id = ledgered->id;
        known.modifiedGmt = ledgered->modifiedGmt;
        post = wp::withRemote(post, m_site.address, known);
    }
    if (m_marker.isEmpty()) {
        m_marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Kept before anything is sent: a retry after a lost answer finds the post by it.
        if (m_useLedger) {
            const WriteResult kept =
                m_ledger->put(path, {m_marker, m_site.address.toString(), 0, {}});
            if (!kept.ok) {
                failWith(
                    tr("The publish could not be prepared: %1 Nothing was sent.").arg(kept.error));
                return;
            }
        } else {
            const bool wasClean = !path.isEmpty() && !m_document->isModified() &&
                                  m_document->diskState() == DiskState::Same;
            m_document->setMetadata(wp::withMarker(m_document->metadata(), m_marker));
            // A failed save leaves the marker in the document (and its crash journal): the
            // writer saves it with the next save.
            if (wasClean)
                m_document->saveAs(path, m_document->format());
        }
        post = wp::withMarker(post, m_marker);
    }
    m_sent = post;
    if (m_cancelled) {
        failWith(tr("Cancelled. Nothing was sent."));
        return;
    }
    run(m_options.onConflict);
}

void PublishController::run(wp::OnConflict onConflict)
{
    if (m_job)
        m_job->deleteLater();
    m_cancelled = false;
    m_job = new wp::PublishJob(m_client.get(), m_cache.get(), m_memo.get(), this);
    connect(m_job, &wp::PublishJob::progress, this, [this](const QString &step) {
        m_step = step;
        emit progress(step);
    });
    connect(m_job, &wp::PublishJob::finished, this, &PublishController::jobFinished);
    wp::PublishOptions options = m_options;
    options.onConflict = onConflict;
    setState(State::Running);
    m_job->start(m_sent, m_document ? m_document->filePath() : QString(), m_marker, options);
}

void PublishController::cancel()
{
    if (m_state != State::Running)
        return;
    m_cancelled = true;
    if (m_job) {
        m_job->cancel();
        return;
    }
    if (!m_client) { // still connecting
        ++m_generation;
        failWith(tr("Cancelled. Nothing was sent."));
    }
}

void PublishController::jobFinished()
{
    m_result = m_job->result();
    m_newCategories = m_job->newCategories();
    m_newTags = m_job->newTags();
    m_uploaded = m_job->uploadedImages();
    m_reused = m_job->reusedImages();
    switch (m_result.outcome) {
    case wp::PublishResult::Outcome::Published:
        recordPublished();
        setState(State::Done);
        return;
    case wp::PublishResult::Outcome::Conflict:
        conflict();
        return;
    case wp::PublishResult::Outcome::Failed:
        break;
    }
    const bool wasCreate = wp::remotePostOf(m_sent, m_site.address).id <= 0;
    if (m_result.failure == wp::Failure::Cancelled && wasCreate) {
        // The cancel may have cut off a create the site went on to store: look for it by the
        // marker rather than leave a post nobody knows of.
        m_step = tr("Cancelling: checking that the site did not store the post");
        emit progress(m_step);
        QTimer::singleShot(kSettleMs, this, &PublishController::findCancelledCreate);
        return;
    }
    if (m_result.failure == wp::Failure::Cancelled)
        m_result.message = tr("Cancelled. The site may have stored part of the update; "
                              "publishing again is safe: it compares first.");
    setState(State::Failed);
}

void PublishController::findCancelledCreate()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("search"), m_marker);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    wp::Call *call = m_client->get(QStringLiteral("/wp/v2/posts"), query);
    auto answered = [this, call] {
        call->deleteLater();
        const wp::Response &response = call->response();
        if (!response.ok()) {
            m_result.message = tr("Cancelled. Whether the site had already stored the post "
                                  "could not be checked (%1). Publishing again is safe: it "
                                  "finds the post by its id instead of making a second one.")
                                   .arg(response.message);
            setState(State::Failed);
            return;
        }
        const QString comment = wp::Publisher::markerComment(m_marker);
        for (const QJsonValue &value : response.json.array()) {
            const QJsonObject stored = value.toObject();
            if (!raw(stored, "content").contains(comment))
                continue;
            wp::PublishResult found;
            found.outcome = wp::PublishResult::Outcome::Published;
            found.id = stored.value(QLatin1String("id")).toInteger();
            found.status = stored.value(QLatin1String("status")).toString();
            found.link = stored.value(QLatin1String("link")).toString();
            found.slug = stored.value(QLatin1String("slug")).toString();
            found.modifiedGmt = stored.value(QLatin1String("modified_gmt")).toString();
            found.message = tr("The cancel came too late: the site had already stored the post.");
            m_result = found;
            m_storedDespiteCancel = true;
            recordPublished();
            setState(State::Done);
            return;
        }
        m_result.message = tr("Cancelled. Nothing was published.");
        setState(State::Failed);
    };
    if (call->isFinished())
        answered();
    else
        connect(call, &wp::Call::finished, this, answered);
}

void PublishController::recordPublished()
{
    const QString path = m_document ? m_document->filePath() : QString();
    if (m_useLedger) {
        const WriteResult kept = m_ledger->put(
            path, {m_marker, m_site.address.toString(), m_result.id, m_result.modifiedGmt});
        if (!kept.ok)
            m_recordError = kept.error;
        return;
    }
    if (!m_document)
        return;
    const bool wasClean =
        !path.isEmpty() && !m_document->isModified() && m_document->diskState() == DiskState::Same;
    m_document->setMetadata(
        wp::withRemote(wp::withMarker(m_document->metadata(), m_marker), m_site.address, m_result));
    if (!wasClean)
        return; // modified: the writer saves it with their other changes
    const WriteResult saved = m_document->saveAs(path, m_document->format());
    if (!saved.ok)
        m_recordError = saved.error;
}

void PublishController::conflict()
{
    const std::shared_ptr<const CategoryWhitelist> whitelist =
        m_document ? m_document->analysisContext().whitelist : nullptr;
    const ImportedPost theirs = wp::importRemotePost(m_result.theirs, m_site.address,
                                                     whitelist ? *whitelist : CategoryWhitelist());
    setState(State::Conflict);
    if (!m_resolver)
        return;
    const int generation = m_generation;
    auto answered = std::make_shared<bool>(false);
    m_resolver(m_sent, theirs.post,
               [self = QPointer(this), generation, answered, theirs](Choice choice) {
                   if (*answered || !self || self->m_generation != generation ||
                       self->m_state != State::Conflict)
                       return;
                   *answered = true;
                   switch (choice) {
                   case Choice::Overwrite:
                       self->run(wp::OnConflict::Overwrite);
                       break;
                   case Choice::PublishAsNewDraft:
                       self->run(wp::OnConflict::NewDraft);
                       break;
                   case Choice::OpenTheirs:
                       // Named as File → Open from Site names a post: "blog #12".
                       emit self->openTheirsRequested(
                           theirs, tr("%1 #%2").arg(self->m_site.name).arg(self->m_result.id));
                       break;
                   case Choice::Cancel:
                       break;
                   }
               });
}

void PublishController::setState(State state)
{
    if (state == m_state && state != State::Running)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PublishController::failWith(const QString &message)
{
    m_result = {};
    m_result.outcome = wp::PublishResult::Outcome::Failed;
    m_result.message = message;
    setState(State::Failed);
}

} // namespace pw::gui
