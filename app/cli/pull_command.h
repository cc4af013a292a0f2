// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright pull --site NAME --out DIR [--status any|publish|draft|pending|future|private]
//                 [--since DATE] [--to markdown|generator] [--force] [--progress] [--json]
// Every post of the site (100 a request, raw content with its terms and featured image
// embedded) to one file per slug, as `import` writes them: atomically, an unchanged file left
// alone, a file with other content kept unless --force. Each file records where its post lives
// (wordpress_site, wordpress_id, wordpress_status, wordpress_modified_gmt). SIGINT/SIGTERM
// finish the current file and stop; running again resumes. Exit 0 done, 1 posts skipped for
// errors, 2 failed (site unknown or unreachable, a page not loaded, a file not written).
int runPull(const QStringList &arguments, Console &console);

} // namespace pw::cli
