// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/wordpress/site_pull.h"

#include "core/checks/category_whitelist.h"
#include "core/io/background_priority.h"
#include "core/site/pulled_site.h"
#include "core/wordpress/wp_client.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace pw::wp {

SitePull::SitePull(Client *client, const QUrl &siteAddress, Options options, QObject *parent)
    : QObject(parent), m_client(client), m_siteAddress(siteAddress), m_options(std::move(options)),
      m_files(m_options.files)
{
    if (!m_options.pageSource)
        m_options.pageSource = [](int page) { return tr("page %1").arg(page); };
    connect(&m_worker, &QFutureWatcherBase::finished, this, &SitePull::onWritten);
    // One thread of its own, run at a lower priority (writePage): pages are written in order
    // anyway, and the global pool's threads must keep theirs for the analysis.
    m_pool.setMaxThreadCount(1);
}

SitePull::~SitePull()
{
    *m_cancelled = true;
    delete m_call; // aborts the request
    // The worker posts its outcomes to this object: it must be done before this is gone.
    m_worker.waitForFinished();
}

void SitePull::start()
{
    if (m_running)
        return;
    m_running = true;
    request(1);
    if (!m_call)
        pump(); // no client: says so through finished()
}

void SitePull::cancel()
{
    if (!m_running || m_stopped)
        return;
    *m_cancelled = true;
    m_stopped = true;
    m_pending.reset();
    delete m_call;
    pump();
}

void SitePull::request(int page)
{
    if (!m_client) {
        m_pending = Page{page, {}, tr("the connection to the site is gone")};
        return;
    }
    Call *call =
        m_client->get(QStringLiteral("/wp/v2/posts"), postsPageQuery(m_options.query, page, true));
    call->setParent(this);
    m_call = call;
    m_nextPage = page + 1;
    // cancel() may delete the call before a queued answer is handled.
    const auto loaded = [this, guard = QPointer<Call>(call), page] {
        if (guard)
            onLoaded(guard, page);
    };
    if (call->isFinished())
        QMetaObject::invokeMethod(this, loaded, Qt::QueuedConnection);
    else
        connect(call, &Call::finished, this, loaded);
}

void SitePull::onLoaded(Call *call, int page)
{
    const Response response = call->response();
    call->deleteLater();
    if (m_call == call)
        m_call = nullptr;
    if (m_stopped) {
        pump();
        return;
    }
    if (!response.ok()) {
        m_pending =
            Page{page,
                 {},
                 response.message.isEmpty() ? tr("the site did not say why") : response.message};
    } else {
        QJsonArray posts = response.json.array();
        if (page == 1) {
            const PageCount count = pageCountOf(response);
            m_pages = std::max(1, count.pages);
            m_total = count.total >= 0 ? count.total : int(posts.size());
            emit progress(0, m_total);
        }
        m_pending = Page{page, std::move(posts), {}};
    }
    pump();
}

void SitePull::pump()
{
    if (!m_running || m_working)
        return;
    if (m_pending && !m_stopped) {
        Page page = std::move(*m_pending);
        m_pending.reset();
        if (!page.error.isEmpty()) {
            m_result.failedPage = page.number;
            m_result.pageError = page.error;
            m_result.errors.append(tr("Page %1 of the posts could not be loaded: %2")
                                       .arg(page.number)
                                       .arg(page.error));
            m_stopped = true;
        } else {
            m_working = true;
            m_worker.setFuture(QtConcurrent::run(
                &m_pool, &SitePull::writePage, &m_files, std::move(page.posts), m_siteAddress,
                m_options.pageSource(page.number), m_cancelled, this));
            // The next page downloads while this one is converted.
            if (!m_call && m_nextPage <= m_pages)
                request(m_nextPage);
            return;
        }
    }
    if (m_stopped) {
        if (!m_call)
            finish(false);
        return;
    }
    if (!m_pending && !m_call) {
        if (m_nextPage <= m_pages)
            request(m_nextPage);
        else
            finish(true);
    }
}

bool SitePull::writePage(PostFiles *files, QJsonArray posts, QUrl siteAddress, QString source,
                         std::shared_ptr<std::atomic_bool> cancelled, SitePull *self)
{
    lowerThreadPriorityForBackgroundWork(); // the pull's own pool: see the constructor
    // Terms are judged against nothing here: the site's categories are the site's.
    const CategoryWhitelist none;
    if (files->outcomes().isEmpty()) {
        // Before the first post, so the folder is a site by the time anyone opens a post of it.
        if (const QString error = markPulledSite(files->options().outDir, siteAddress);
            !error.isEmpty()) {
            QMetaObject::invokeMethod(
                self, [self, error] { self->m_result.errors.append(error); },
                Qt::QueuedConnection);
        }
    }
    for (qsizetype i = 0; i < posts.size(); ++i) {
        if (*cancelled)
            return true;
        const PostOutcome &outcome = files->add(
            source, int(i) + 1, importRemotePost(posts.at(i).toObject(), siteAddress, none));
        QMetaObject::invokeMethod(
            self, [self, outcome] { self->onPostDone(outcome); }, Qt::QueuedConnection);
    }
    return false;
}

void SitePull::onPostDone(const PostOutcome &outcome)
{
    ++m_done;
    if (outcome.writeFailed)
        m_result.errors.append(outcome.error);
    emit postDone(outcome);
    emit progress(m_done, m_total);
}

void SitePull::onWritten()
{
    m_working = false;
    if (m_worker.result())
        m_stopped = true;
    pump();
}

void SitePull::finish(bool complete)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.written = m_files.written();
    m_result.unchanged = m_files.unchanged();
    m_result.differs = m_files.differs();
    m_result.skipped = m_files.skipped();
    m_result.complete = complete;
    m_result.cancelled = *m_cancelled && !complete;
    // Never from inside cancel() or start(): the caller's slot may not expect it there.
    QMetaObject::invokeMethod(this, &SitePull::finished, Qt::QueuedConnection);
}

} // namespace pw::wp
