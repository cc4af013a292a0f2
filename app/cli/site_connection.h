// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/wordpress/site_registry.h"
#include "core/wordpress/wp_client.h"

#include <memory>
#include <optional>

namespace pw::cli {

struct Console;

// A client for one of the user's sites (postwright site add), its password from the keyring,
// else from POSTWRIGHT_APP_PASSWORD or the terminal (and then said not to be kept). Nothing,
// with the reason on the console, when the site is unknown or no password can be had.
struct SiteConnection {
    wp::SiteRecord site;
    std::unique_ptr<wp::Client> client;
};
std::optional<SiteConnection> connectToSite(const QString &name, Console &console);

} // namespace pw::cli
