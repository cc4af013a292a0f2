// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/post_format.h"
#include "core/markdown/code_colouring.h"
#include "core/post.h"
#include "core/wordpress/wp_publisher.h"

#include <QObject>
#include <QUrl>

namespace pw::wp {

class Client;
class MediaCache;
class MediaUploader;
class PublishMemo;
class TermResolver;

// The front-matter key of the document's own id (Publisher's marker), which finds a create
// whose answer was lost: kept before anything is sent.
inline const QString markerKey = QStringLiteral("wordpress_marker");

// The document's marker; empty when it has none yet.
QString markerOf(const Post &post);
// The post with `marker` as its marker, unless it has one.
Post withMarker(Post post, const QString &marker);
// Whether a file in `format` can hold where its post went (the marker and withRemote()'s
// fields): the generator format cannot, and the PublishLedger remembers for it.
bool formatKeepsRemote(const Post &post, PostFormat format);

// How to publish a document.
struct PublishOptions {
    QUrl siteAddress;        // the site's address as registered (SiteRecord::address)
    QString status = QStringLiteral("draft");
    QDateTime date;          // invalid: none
    OnConflict onConflict = OnConflict::Report;
    // How fenced code is coloured in the HTML sent (CodeColouring::forPages). Only the post's
    // content is sent, never a stylesheet: with classes the site's theme styles them (why one
    // chooses classes); inline styles carry their colours with them. Default: plain code.
    CodeColouring code;
};

// Where the document's post is on this site, from its extra_key::wordpress* fields: nothing
// when it came from another site or was never published.
RemotePost remotePostOf(const Post &post, const QUrl &siteAddress);

// The document with where its post now lives on the site (extra_key::wordpress* and `link`),
// so the next publish updates it, after a restart too.
Post withRemote(Post post, const QUrl &siteAddress, const PublishResult &result);

// One document to a site: its categories and tags by name (created where missing), its local
// images and featured image uploaded once (MediaCache), the body rendered with the uploaded
// URLs (on a worker: colouring code may wait for the highlighter), then the Publisher's safe
// create or update. finished() is emitted once.
class PublishJob : public QObject {
    Q_OBJECT

public:
    // `memo` (may be null) remembers what each document last sent, so an unchanged one is
    // published with two requests.
    PublishJob(Client *client, MediaCache *cache, PublishMemo *memo, QObject *parent = nullptr);
    ~PublishJob() override;

    // `postPath`: where the post's file is (its images are found relative to it); empty for an
    // untitled document. `marker`: the document's own id (Publisher). Files (the images) are
    // read and hashed on a worker: the caller's thread never waits for the disk.
    void start(const Post &post, const QString &postPath, const QString &marker,
               const PublishOptions &options);
    void cancel();

    const PublishResult &result() const { return m_result; }
    QStringList newCategories() const { return m_newCategories; }
    QStringList newTags() const { return m_newTags; }
    int uploadedImages() const { return m_uploaded; }
    int reusedImages() const { return m_reused; }
    // Why code blocks that name a language were sent plain (the highlighter could not colour
    // them: not installed, turned off, down); empty when they were not.
    QString codeNotice() const { return m_codeNotice; }

signals:
    void progress(const QString &step);
    void finished();

private:
    bool stoppedByCancel();
    void resolveTerms();
    void uploadImages();
    void publish();
    void publishContent();
    void fail(Failure failure, const QString &message, int requests);

    Client *m_client;
    MediaCache *m_cache;
    PublishMemo *m_memo;
    QByteArray m_fingerprint;
    Post m_post;
    QString m_postPath;
    QString m_marker;
    PublishOptions m_options;
    TermResolver *m_terms = nullptr;
    MediaUploader *m_media = nullptr;
    Publisher *m_publisher = nullptr;
    PublishContent m_content;
    QString m_featuredDestination;
    QStringList m_newCategories;
    QStringList m_newTags;
    int m_uploaded = 0;
    int m_reused = 0;
    QString m_codeNotice;
    int m_requests = 0;
    bool m_cancelled = false;
    PublishResult m_result;
};

} // namespace pw::wp
