// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pw::cli {

struct Console;

// postwright import FILE_OR_DIR... --out DIR [--to markdown|generator] [--force] [--progress]
//                  [--json] [--categories FILE] [--pages] [--no-posts] [--status LIST|all]
//                  [--protected] [--download-images]
// Every post of every WordPress JSON file and WordPress export (WXR; folders are walked for
// *.json and for *.xml that are exports) becomes one file named by its slug; the export
// options choose which of an export's posts and pages (cli/wxr_source_import.h). A file that
// already holds exactly what would be written is left alone (a re-run), one with other content
// is kept and the post skipped unless --force. Files are written atomically; SIGINT/SIGTERM
// finish the current file and stop. Exit 0 when all went well, 1 when posts were skipped for
// errors or images asked for could not be downloaded, 2 when an input could not be read or an
// output not written, 128 + the signal when cancelled.
int runImport(const QStringList &arguments, Console &console);

} // namespace pw::cli
