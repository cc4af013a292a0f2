// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/wp_publisher.h"

#include "core/wordpress/wp_client.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw::wp {

namespace {

struct PublisherText {
    Q_DECLARE_TR_FUNCTIONS(pw::wp::Publisher)
};

// The SEO plugins' description fields, in the order they are preferred.
const QStringList kDescriptionKeys = {QStringLiteral("_yoast_wpseo_metadesc"),
                                      QStringLiteral("rank_math_description")};

QString raw(const QJsonObject &post, const char *field)
{
    const QJsonValue value = post.value(QLatin1String(field));
    return value.isObject() ? value.toObject().value(QLatin1String("raw")).toString()
                            : value.toString();
}

QUrlQuery editContext()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return query;
}

// Lost answers: the request may have reached the site.
bool answerLost(Failure failure)
{
    return failure == Failure::Unreachable || failure == Failure::Timeout ||
           failure == Failure::BadResponse;
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray array;
    for (qint64 id : list)
        array.append(id);
    return array;
}

} // namespace

QString descriptionFieldFor(const QStringList &metaKeys)
{
    for (const QString &key : kDescriptionKeys)
        if (metaKeys.contains(key))
            return key;
    return QStringLiteral("excerpt");
}

QStringList metaKeysOfSchema(const QJsonObject &optionsAnswer)
{
    return optionsAnswer.value(QLatin1String("schema")).toObject()
        .value(QLatin1String("properties")).toObject()
        .value(QLatin1String("meta")).toObject()
        .value(QLatin1String("properties")).toObject()
        .keys();
}

Publisher::Publisher(Client *client, QObject *parent) : QObject(parent), m_client(client) {}

QString Publisher::markerComment(const QString &marker)
{
    return QStringLiteral("<!-- postwright:%1 -->").arg(marker);
}

void Publisher::start(const PublishContent &content, const RemotePost &remote,
                      OnConflict onConflict)
{
    m_content = content;
    m_remote = remote;
    m_onConflict = onConflict;
    m_result = {};
    m_done = false;
    if (m_remote.id > 0)
        checkRemote();
    else
        learnMetaKeys();
}

void Publisher::cancel()
{
    if (m_call)
        m_call->cancel();
}

Call *Publisher::track(Call *call)
{
    ++m_result.requests;
    m_call = call;
    return call;
}

void Publisher::checkRemote()
{
    emit progress(PublisherText::tr("Checking the post on the site"));
    Call *call = track(m_client->get(QStringLiteral("/wp/v2/posts/%1").arg(m_remote.id),
                                     editContext()));
    connect(call, &Call::finished, this, [this, call] {
        m_call = nullptr;
        call->deleteLater();
        const Response &response = call->response();
        if (response.failure == Failure::NotFound) {
            finish(PublishResult::Outcome::Failed, Failure::NotFound,
                   PublisherText::tr("The post (id %1) is no longer on the site: it was deleted "
                                     "there. Publish it as a new post instead.")
                       .arg(m_remote.id));
            return;
        }
        if (!response.ok()) {
            finish(PublishResult::Outcome::Failed, response.failure, response.message);
            return;
        }
        const QJsonObject theirs = response.json.object();
        m_metaKeys = theirs.value(QLatin1String("meta")).toObject().keys();
        const bool changedThere =
            theirs.value(QLatin1String("modified_gmt")).toString() != m_remote.modifiedGmt;
        if (!changedThere || isOurs(theirs) || m_onConflict == OnConflict::Overwrite) {
            write();
            return;
        }
        if (m_onConflict == OnConflict::NewDraft) {
            m_remote = {};
            m_content.status = QStringLiteral("draft");
            m_content.slug.clear();
            m_content.marker.clear(); // the new draft is another post than the marked one
            write();
            return;
        }
        m_result.theirs = theirs;
        m_result.id = m_remote.id;
        finish(PublishResult::Outcome::Conflict, Failure::None,
               PublisherText::tr("The post was changed on the site (at %1 UTC) since this "
                                 "document was based on it (%2 UTC). Nothing was sent.")
                   .arg(theirs.value(QLatin1String("modified_gmt")).toString(),
                        m_remote.modifiedGmt));
    });
}

void Publisher::learnMetaKeys()
{
    // Which SEO description fields the site accepts over REST: they are in the posts schema
    // only when registered with show_in_rest.
    Call *call = track(m_client->send("OPTIONS", QStringLiteral("/wp/v2/posts"), {}));
    connect(call, &Call::finished, this, [this, call] {
        m_call = nullptr;
        call->deleteLater();
        const Response &response = call->response();
        if (!response.ok()) {
            finish(PublishResult::Outcome::Failed, response.failure, response.message);
            return;
        }
        m_metaKeys = metaKeysOfSchema(response.json.object());
        if (m_content.marker.isEmpty())
            write();
        else
            findLostCreate(false);
    });
}

void Publisher::findLostCreate(bool afterFailure, const Response &failure)
{
    QUrlQuery query = editContext();
    query.addQueryItem(QStringLiteral("search"), m_content.marker);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("10"));
    Call *call = track(m_client->get(QStringLiteral("/wp/v2/posts"), query));
    connect(call, &Call::finished, this, [this, call, afterFailure, failure] {
        m_call = nullptr;
        call->deleteLater();
        const Response &response = call->response();
        if (!response.ok()) {
            finish(PublishResult::Outcome::Failed, afterFailure ? failure.failure : response.failure,
                   afterFailure
                       ? PublisherText::tr("%1 Whether the site stored the post cannot be "
                                           "told now; publishing again is safe: it finds the "
                                           "post first.")
                             .arg(failure.message)
                       : response.message);
            return;
        }
        const QString comment = markerComment(m_content.marker);
        QJsonObject found;
        for (const QJsonValue &post : response.json.array()) {
            if (raw(post.toObject(), "content").contains(comment)) {
                found = post.toObject();
                break;
            }
        }
        if (found.isEmpty()) {
            if (afterFailure)
                finish(PublishResult::Outcome::Failed, failure.failure,
                       PublisherText::tr("%1 Nothing was published; publish again.")
                           .arg(failure.message));
            else
                write();
            return;
        }
        m_remote.id = found.value(QLatin1String("id")).toInteger();
        if (afterFailure) {
            m_result.serverChanges << PublisherText::tr(
                "The site's answer was lost, but the post is there: found by its marker.");
            readBack(found);
        } else {
            // An earlier attempt created it and its answer never arrived: update that one.
            m_result.serverChanges << PublisherText::tr(
                "An earlier attempt had created the post (id %1); it was updated, not created "
                "again.")
                                          .arg(m_remote.id);
            write();
        }
    });
}

QJsonObject Publisher::body() const
{
    QJsonObject body{{QStringLiteral("title"), m_content.title},
                     {QStringLiteral("status"), m_content.status},
                     {QStringLiteral("categories"), ids(m_content.categories)},
                     {QStringLiteral("tags"), ids(m_content.tags)}};
    QString html = m_content.html;
    if (!m_content.marker.isEmpty())
        html += QLatin1Char('\n') + markerComment(m_content.marker);
    body.insert(QStringLiteral("content"), html);
    if (!m_content.slug.isEmpty())
        body.insert(QStringLiteral("slug"), m_content.slug);
    if (m_content.date.isValid())
        body.insert(QStringLiteral("date_gmt"),
                    m_content.date.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
    if (m_content.featuredMedia > 0)
        body.insert(QStringLiteral("featured_media"), m_content.featuredMedia);
    const QString field = descriptionFieldFor(m_metaKeys);
    if (field != QLatin1String("excerpt"))
        body.insert(QStringLiteral("meta"), QJsonObject{{field, m_content.metaDescription}});
    else
        body.insert(QStringLiteral("excerpt"), m_content.metaDescription);
    return body;
}

bool Publisher::isOurs(const QJsonObject &theirs) const
{
    const QJsonObject sent = body();
    return raw(theirs, "title") == sent.value(QLatin1String("title")).toString() &&
           raw(theirs, "content") == sent.value(QLatin1String("content")).toString();
}

void Publisher::write()
{
    const bool create = m_remote.id <= 0;
    emit progress(create ? PublisherText::tr("Creating the post")
                         : PublisherText::tr("Updating the post"));
    const QString route = create ? QStringLiteral("/wp/v2/posts")
                                 : QStringLiteral("/wp/v2/posts/%1").arg(m_remote.id);
    Call *call = track(m_client->send("POST", route, body(), editContext()));
    connect(call, &Call::finished, this, [this, call, create] {
        m_call = nullptr;
        call->deleteLater();
        const Response &response = call->response();
        if (response.ok()) {
            readBack(response.json.object());
            return;
        }
        if (create && answerLost(response.failure) && !m_content.marker.isEmpty()) {
            findLostCreate(true, response);
            return;
        }
        QString message = response.message;
        if (!create && answerLost(response.failure))
            message += QLatin1Char(' ') +
                       PublisherText::tr("The site may have stored the change; publishing again "
                                         "is safe: it compares first.");
        finish(PublishResult::Outcome::Failed, response.failure, message);
    });
}

void Publisher::readBack(const QJsonObject &stored)
{
    m_result.id = stored.value(QLatin1String("id")).toInteger();
    m_result.status = stored.value(QLatin1String("status")).toString();
    m_result.link = stored.value(QLatin1String("link")).toString();
    m_result.slug = stored.value(QLatin1String("slug")).toString();
    m_result.modifiedGmt = stored.value(QLatin1String("modified_gmt")).toString();
    const QJsonObject sent = body();
    if (!m_content.slug.isEmpty() && m_result.slug != m_content.slug)
        m_result.serverChanges << PublisherText::tr(
                                      "The site changed the slug to “%1” (“%2” is taken).")
                                      .arg(m_result.slug, m_content.slug);
    if (m_result.status != m_content.status)
        m_result.serverChanges << PublisherText::tr("The site made the post “%1”, not “%2”.")
                                      .arg(m_result.status, m_content.status);
    const QString storedHtml = raw(stored, "content");
    if (storedHtml != sent.value(QLatin1String("content")).toString())
        m_result.serverChanges << PublisherText::tr(
                                      "The site changed the HTML it stored (%1 characters sent, "
                                      "%2 kept): the account may lack unfiltered_html, so "
                                      "WordPress filtered it.")
                                      .arg(sent.value(QLatin1String("content")).toString().size())
                                      .arg(storedHtml.size());
    const QJsonObject meta = sent.value(QLatin1String("meta")).toObject();
    m_result.descriptionWentTo = meta.isEmpty() ? QStringLiteral("excerpt") : meta.keys().first();
    finish(PublishResult::Outcome::Published);
}

void Publisher::finish(PublishResult::Outcome outcome, Failure failure, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_result.outcome = outcome;
    m_result.failure = failure;
    m_result.message = message;
    emit finished();
}

} // namespace pw::wp
