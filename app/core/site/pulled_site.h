// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace pw {

// Makes a folder that posts were pulled into from a WordPress site open as a site: a
// postwright.toml with the site's address (links and checks are then the site's) and
// categories required, as every WordPress post has one. Nothing is written when the folder
// already belongs to a site (a postwright.toml of the user's, or a generator's folder above
// it), so a user's own settings are never replaced. Returns an error message when writing
// failed, else empty.
QString markPulledSite(const QString &folder, const QUrl &siteAddress);

} // namespace pw
