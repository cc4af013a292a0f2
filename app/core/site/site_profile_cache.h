// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/site/site_profile.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace pw {

// Site profiles by site root, so checking many posts of one site reads its config and scans
// its posts once. Thread-safe.
class SiteProfileCache {
public:
    // The profile of the site `postPath` belongs to; null when it belongs to none.
    SiteProfilePtr profileFor(const QString &postPath);

private:
    QMutex m_mutex;
    QHash<QString, SiteProfilePtr> m_byRoot;
};

} // namespace pw
