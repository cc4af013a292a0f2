// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/wp_response.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace pw::wp {

class Call;
class Client;

// What a publish sends: the post as the site will hold it, terms and images already resolved
// to the site's ids and URLs.
struct PublishContent {
    QString title;
    QString html;            // the body rendered (renderCleanHtml), images at their uploaded URLs
    QString slug;            // empty: the site derives one
    QString status;          // draft, pending, future, publish
    QDateTime date;          // a future date schedules; invalid: none
    QList<qint64> categories;
    QList<qint64> tags;
    qint64 featuredMedia = 0;
    QString metaDescription; // to the SEO plugin's field where the site has one, else the excerpt
    QString marker;          // the document's own id: finds a create whose answer was lost
};

// Where the document's post lives on the site, when it came from there or was published
// before: its id and the modified_gmt the local text is based on.
struct RemotePost {
    qint64 id = 0;
    QString modifiedGmt;
};

enum class OnConflict {
    Report,     // stop and report theirs
    Overwrite,  // write ours over theirs
    NewDraft,   // keep theirs, publish ours as a new draft
};

struct PublishResult {
    enum class Outcome { Published, Conflict, Failed };
    Outcome outcome = Outcome::Failed;
    Failure failure = Failure::None;
    QString message; // translated: what went wrong, or what the site did
    qint64 id = 0;
    QString status;
    QString link;
    QString slug;
    QString modifiedGmt;
    QString descriptionWentTo; // "_yoast_wpseo_metadesc", "rank_math_description" or "excerpt"
    QStringList serverChanges; // translated: what the site changed in what was sent
    QJsonObject theirs;        // Conflict: the site's post (context=edit), for a comparison
    int requests = 0;
};

// Where a post's meta description goes on a site whose posts accept these `meta` keys over
// REST (the posts schema, OPTIONS /wp/v2/posts): the SEO plugin's field, Yoast's before Rank
// Math's, else "excerpt".
QString descriptionFieldFor(const QStringList &metaKeys);
// The `meta` keys in the answer to OPTIONS /wp/v2/posts.
QStringList metaKeysOfSchema(const QJsonObject &optionsAnswer);

// Creates or updates one post, safely:
//  - an update first fetches the site's post and compares its modified_gmt with the one the
//    document is based on: someone else's change is never overwritten unless asked (the
//    site's post equal to what is sent is no conflict: an earlier attempt that landed);
//  - a create whose answer is lost (connection dropped, timeout, truncated answer) is looked
//    for by the marker before anything else happens, so a retry never makes a second post;
//  - what the site stored is read from its answer and compared with what was sent.
// Writes are never redirected (Client). finished() is emitted once.
class Publisher : public QObject {
    Q_OBJECT

public:
    explicit Publisher(Client *client, QObject *parent = nullptr);

    void start(const PublishContent &content, const RemotePost &remote, OnConflict onConflict);
    void cancel();
    const PublishResult &result() const { return m_result; }

    // The marker as the content carries it: an HTML comment nobody sees on the page.
    static QString markerComment(const QString &marker);

signals:
    void progress(const QString &step);
    void finished();

private:
    void checkRemote();
    void learnMetaKeys();
    void findLostCreate(bool afterFailure, const Response &failure = {});
    void write();
    void readBack(const QJsonObject &stored);
    QJsonObject body() const;
    bool isOurs(const QJsonObject &theirs) const;
    Call *track(Call *call);
    void finish(PublishResult::Outcome outcome, Failure failure = Failure::None,
                const QString &message = {});

    Client *m_client;
    PublishContent m_content;
    RemotePost m_remote;
    OnConflict m_onConflict = OnConflict::Report;
    QStringList m_metaKeys; // the post meta the site accepts over REST
    Call *m_call = nullptr;
    PublishResult m_result;
    bool m_done = false;
};

} // namespace pw::wp
