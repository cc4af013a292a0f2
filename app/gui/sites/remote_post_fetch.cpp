// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/sites/remote_post_fetch.h"

#include "core/wordpress/wp_client.h"
#include "core/wordpress/wp_posts.h"

namespace pw::gui {

RemotePostFetch::RemotePostFetch(wp::Client *client, const QUrl &siteAddress, qint64 postId,
                                 CategoryWhitelist whitelist, QObject *parent)
    : QObject(parent), m_client(client), m_siteAddress(siteAddress), m_postId(postId),
      m_whitelist(std::move(whitelist))
{
}

RemotePostFetch::~RemotePostFetch()
{
    delete m_call; // aborts a request still under way
}

void RemotePostFetch::start()
{
    if (!m_client) {
        emit failed(tr("The connection to the site is gone. Choose the site again."));
        return;
    }
    // What the pull's full page query asks for (raw fields, embedded author, terms, featured
    // image), taken from it so both read a post the same way.
    const QUrlQuery page = wp::postsPageQuery({}, 1, true);
    QUrlQuery query;
    for (const char *key : {"context", "_embed"})
        query.addQueryItem(QLatin1String(key), page.queryItemValue(QLatin1String(key)));
    m_call = m_client->get(QStringLiteral("/wp/v2/posts/%1").arg(m_postId), query);
    connect(m_call, &wp::Call::finished, this, [this] {
        wp::Call *call = m_call;
        m_call = nullptr;
        call->deleteLater();
        const wp::Response &response = call->response();
        if (!response.ok()) {
            emit failed(response.failure == wp::Failure::NotFound
                            ? tr("The post is no longer on the site (it may have been deleted).")
                        : response.message.isEmpty() ? wp::failureMessage(response.failure)
                                                     : response.message);
            return;
        }
        if (!response.json.isObject()) {
            emit failed(wp::failureMessage(wp::Failure::BadResponse));
            return;
        }
        emit fetched(wp::importRemotePost(response.json.object(), m_siteAddress, m_whitelist));
    });
}

} // namespace pw::gui
