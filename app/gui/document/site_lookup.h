// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/site/site_profile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace pw::gui {

// Finds the static site a document's file belongs to (core/site/site_profile.h) on a worker
// thread: reading the site's config and the front matter of its other posts takes up to a
// couple of seconds on a big site, which the window must not wait for.
class SiteLookup : public QObject {
    Q_OBJECT
public:
    explicit SiteLookup(QObject *parent = nullptr);
    ~SiteLookup() override;

    // Looks for the site of `postPath` (empty: no file, no site). A lookup still running for
    // an earlier path is left to finish unheard.
    void lookUp(const QString &postPath);
    QString postPath() const { return m_postPath; }
    SiteProfilePtr site() const { return m_site; }
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    // The site of postPath() was found, or found to be none (null).
    void siteChanged(pw::SiteProfilePtr site);

private:
    QString m_postPath;
    SiteProfilePtr m_site;
    QFutureWatcher<SiteProfilePtr> m_watcher;
};

} // namespace pw::gui
