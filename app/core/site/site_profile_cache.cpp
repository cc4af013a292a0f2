// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_profile_cache.h"

#include <QMutexLocker>

namespace pw {

SiteProfilePtr SiteProfileCache::profileFor(const QString &postPath)
{
    const std::optional<SiteLocation> location = locateSite(postPath);
    if (!location)
        return nullptr;
    QMutexLocker lock(&m_mutex);
    SiteProfilePtr &profile = m_byRoot[location->root];
    // Loaded under the lock: two posts of one site must not both scan it.
    if (!profile)
        profile = loadSiteProfile(*location);
    return profile;
}

} // namespace pw
