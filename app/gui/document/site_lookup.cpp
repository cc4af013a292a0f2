// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/document/site_lookup.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pw::gui {

namespace {

SiteProfilePtr findSite(const QString &postPath)
{
    const std::optional<SiteLocation> location = locateSite(postPath);
    return location ? loadSiteProfile(*location) : nullptr;
}

} // namespace

SiteLookup::SiteLookup(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<SiteProfilePtr>::finished, this, [this] {
        const SiteProfilePtr site = m_watcher.result();
        if (site == m_site)
            return;
        m_site = site;
        emit siteChanged(m_site);
    });
}

SiteLookup::~SiteLookup()
{
    // The worker reads files only and holds nothing of ours: waiting keeps it from
    // outliving the watcher it reports to.
    m_watcher.waitForFinished();
}

void SiteLookup::lookUp(const QString &postPath)
{
    if (postPath == m_postPath)
        return;
    m_postPath = postPath;
    if (postPath.isEmpty()) {
        m_watcher.cancel();
        if (m_site) {
            m_site.reset();
            emit siteChanged(m_site);
        }
        return;
    }
    // setFuture() disconnects the watcher from an earlier run, whose result is dropped.
    m_watcher.setFuture(QtConcurrent::run(findSite, postPath));
}

} // namespace pw::gui
