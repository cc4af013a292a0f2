// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/checks/category_whitelist.h"
#include "core/import/wordpress_import.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace pw::wp {
class Call;
class Client;
} // namespace pw::wp

namespace pw::gui {

// Fetches one post of a site in full, as a pull gets it (context=edit, with its author, terms
// and featured image embedded), and makes a document's post of it (wp::importRemotePost):
// categories judged against `whitelist`, the import's findings, where it lives on the site.
// Asynchronous; emits fetched or failed once. Deleting it cancels the request.
class RemotePostFetch : public QObject {
    Q_OBJECT
public:
    // `client` is not owned and must outlive the fetch (or the fetch is deleted first).
    RemotePostFetch(wp::Client *client, const QUrl &siteAddress, qint64 postId,
                    CategoryWhitelist whitelist, QObject *parent = nullptr);
    ~RemotePostFetch() override;

    void start();
    qint64 postId() const { return m_postId; }
    QUrl siteAddress() const { return m_siteAddress; }

signals:
    void fetched(const pw::ImportedPost &imported);
    // `message` says what went wrong, for the user.
    void failed(const QString &message);

private:
    QPointer<wp::Client> m_client;
    QUrl m_siteAddress;
    qint64 m_postId;
    CategoryWhitelist m_whitelist;
    QPointer<wp::Call> m_call;
};

} // namespace pw::gui
