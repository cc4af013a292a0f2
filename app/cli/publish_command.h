// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright publish FILE... --site NAME [--status draft|pending|future|publish] [--date ISO]
//                    [--force] [--overwrite | --new-draft] [--json]
// Each post to the site: refused (listed) when its checks find errors, unless --force; its
// categories and tags by name, created where missing; its local images uploaded once; then
// created, or updated when the file says where its post is (after a conflict check: a post
// changed on the site is reported, not overwritten, unless --overwrite, or published as a new
// draft with --new-draft). Prints each post's id, status and link and what the site changed,
// and records where the post is in the file (a format that can hold it). Exit 0 all published,
// 1 one refused (findings, conflict), 2 one failed.
int runPublish(const QStringList &arguments, Console &console);

} // namespace pw::cli
