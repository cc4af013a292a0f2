// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/wordpress_import.h"
#include "core/wordpress/site_registry.h"
#include "core/wordpress/wp_publish_job.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace pw::wp {
class Client;
class MediaCache;
class PublishLedger;
class PublishMemo;
} // namespace pw::wp

namespace pw::gui {

class Document;
class Settings;
class SiteAccounts;

// Publishes one open document to one of the window's sites (File → Publish…), as
// `postwright publish` does and with the same media cache, memo and ledger
// (SiteAccounts::dataFolder()), so either knows what the other sent:
//  - the document's marker is kept before anything is sent (in its metadata, or in the
//    ledger when its file cannot hold it);
//  - afterwards the document knows where its post is (wp::withRemote), so the next publish
//    updates it; a clean document with a file is saved at once, so that survives a restart;
//  - a conflict asks the resolver what to do;
//  - a cancel that came too late to stop the site storing a new post still reports that post.
// Nothing waits: the network is the client's, the files are read on workers (PublishJob).
class PublishController : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Conflict, Failed };
    enum class Choice { Cancel, Overwrite, OpenTheirs, PublishAsNewDraft };
    using Resolve = std::function<void(Choice)>;
    // Asked on a conflict, with the document's post and the site's; answers through `resolve`,
    // now or later (a dialog), once.
    using Resolver = std::function<void(const Post &ours, const Post &theirs, Resolve resolve)>;

    // `settings` (may be null: the defaults) says how code is coloured in what is sent.
    PublishController(Document *document, SiteAccounts *accounts, const Settings *settings,
                      QObject *parent = nullptr);
    ~PublishController() override;

    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }

    // `options.siteAddress` is taken from the site, and `options.code` is the document's
    // highlighter in the style Preferences chose (AppSettings::codeColours; with classes, the
    // site's theme must style them: only the post is sent); the rest (status, date,
    // onConflict) as given.
    void publish(const QString &siteName, const wp::PublishOptions &options);
    void cancel();

    State state() const { return m_state; }
    QString step() const { return m_step; }
    QString siteName() const { return m_site.name; }
    // Done: where the post is and what the server changed; Failed: why (message); Conflict:
    // the site's version (theirs).
    const wp::PublishResult &result() const { return m_result; }
    // Done after a cancel: the site had stored the post before the cancel reached it.
    bool storedDespiteCancel() const { return m_storedDespiteCancel; }
    QStringList newCategories() const { return m_newCategories; }
    QStringList newTags() const { return m_newTags; }
    int uploadedImages() const { return m_uploaded; }
    int reusedImages() const { return m_reused; }
    // Done: the document was saved with where its post is; otherwise it is modified (or, for a
    // file that cannot hold it, the ledger remembers). Empty when all went well.
    QString recordError() const { return m_recordError; }

    // The document's site (extra_key::wordpressSite) among `sites`: by address; empty if none.
    static QString siteOf(const Post &post, const QList<wp::SiteRecord> &sites);

signals:
    void stateChanged(pw::gui::PublishController::State state);
    void progress(const QString &step);
    // The user chose to open the site's version: the window opens it as a new tab
    // (FileCommands::openRemote(imported, source)).
    void openTheirsRequested(const pw::ImportedPost &theirs, const QString &source);

private:
    void connected(std::unique_ptr<wp::Client> client, const QString &error);
    void run(wp::OnConflict onConflict);
    void jobFinished();
    void conflict();
    void findCancelledCreate();
    void recordPublished();
    void setState(State state);
    void failWith(const QString &message);

    QPointer<Document> m_document;
    SiteAccounts *m_accounts;
    const Settings *m_settings;
    Resolver m_resolver;
    wp::SiteRecord m_site;
    wp::PublishOptions m_options;
    std::unique_ptr<wp::Client> m_client;
    std::unique_ptr<wp::MediaCache> m_cache;
    std::unique_ptr<wp::PublishLedger> m_ledger;
    std::unique_ptr<wp::PublishMemo> m_memo;
    wp::PublishJob *m_job = nullptr;
    Post m_sent; // the post as this run sends it (marker and known remote included)
    QString m_marker;
    bool m_useLedger = false;
    bool m_cancelled = false;
    bool m_storedDespiteCancel = false;
    int m_generation = 0; // a callback of an earlier run (connectTo) is ignored
    State m_state = State::Idle;
    QString m_step;
    wp::PublishResult m_result;
    QStringList m_newCategories;
    QStringList m_newTags;
    int m_uploaded = 0;
    int m_reused = 0;
    QString m_recordError;
};

} // namespace pw::gui
