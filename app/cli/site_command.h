// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright site add NAME URL --user USER [--json]
//   finds the site's REST API, checks the Application Password (POSTWRIGHT_APP_PASSWORD, else
//   asked on the terminal) with /wp/v2/users/me, keeps the password in the system keyring and
//   the site in the settings, and says who the user is there and what the role allows.
// postwright site list [--json]
// postwright site remove NAME
// Exit 0 done, 2 failed (unreachable, not WordPress, wrong password, unknown site).
int runSite(const QStringList &arguments, Console &console);

} // namespace pw::cli
