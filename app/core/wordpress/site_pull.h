// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/post_files.h"
#include "core/wordpress/wp_posts.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pw::wp {

class Call;
class Client;

// Pulls a site's posts into a folder, one file per post (PostFiles), page after page of 100.
// The requests go out on the owner's thread (the Client is asynchronous); the heavy part of a
// page (HTML to Markdown, writing the files) runs on a worker, one page at a time, while the
// next page downloads. Nothing is shared with the worker: it is handed the page and the files'
// record by value and gives the record back.
//
// cancel() stops after the post being written: every file in the folder is complete, and a
// later pull into the same folder leaves what this one wrote alone and goes on from there.
class SitePull : public QObject {
    Q_OBJECT

public:
    struct Options {
        PostQuery query;
        PostFiles::Options files;
        // What a page is called in each post's outcome (PostOutcome::source); by default
        // "page 3".
        std::function<QString(int page)> pageSource;
    };

    struct Result {
        int written = 0;
        int unchanged = 0;
        int differs = 0;    // kept: the file has other content
        int skipped = 0;    // the post had errors
        QStringList errors; // for the user: a page that could not be loaded, files not written
        int failedPage = 0; // the page that could not be loaded, or 0
        QString pageError;  // and why (Response::message)
        bool cancelled = false;
        bool complete = false; // every post of every page was seen
    };

    // `client` (pointed at the site, with credentials) must outlive the pull.
    SitePull(Client *client, const QUrl &siteAddress, Options options, QObject *parent = nullptr);
    // Cancels, and waits for the post being written.
    ~SitePull() override;

    void start();
    // Stops after the current post; finished() follows. Safe to call at any time.
    void cancel();

    bool isRunning() const { return m_running; }
    // After finished().
    const Result &result() const { return m_result; }
    const PostFiles &files() const { return m_files; }

signals:
    // `total` is the site's count when the first page came (X-WP-Total); posts added since
    // may make `done` pass it.
    void progress(int done, int total);
    void postDone(const pw::PostOutcome &outcome);
    void finished();

private:
    struct Page {
        int number = 0;
        QJsonArray posts;
        QString error; // the page could not be loaded
    };

    void request(int page);
    void onLoaded(Call *call, int page);
    void onWritten();
    void onPostDone(const PostOutcome &outcome);
    void pump();
    void finish(bool complete);
    // Returns whether it was cancelled before the page's end.
    static bool writePage(PostFiles *files, QJsonArray posts, QUrl siteAddress, QString source,
                          std::shared_ptr<std::atomic_bool> cancelled, SitePull *self);

    QPointer<Client> m_client;
    QUrl m_siteAddress;
    Options m_options;
    // The worker writes into it while m_working; this thread reads it otherwise. Never copied
    // or moved between them: a copy handed back and forth made each page's worker copy every
    // outcome so far, and this thread free the old copy: 20-40 ms stalls late in a big pull.
    PostFiles m_files;
    QThreadPool m_pool; // before m_worker: it goes after it, waiting for its thread
    QFutureWatcher<bool> m_worker;
    bool m_working = false;
    QPointer<Call> m_call;
    std::optional<Page> m_pending; // loaded, waiting for the worker
    int m_nextPage = 1;
    int m_pages = 1;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_stopped = false; // a page failed or the pull was cancelled: load nothing more
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    Result m_result;
};

} // namespace pw::wp
