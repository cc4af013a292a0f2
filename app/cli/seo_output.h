// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seo/seo_report.h"

#include <QJsonObject>
#include <QString>

namespace pw::cli {

// `postwright check --seo`: the scores, then one line a check, worst first:
//   "path: seo 60/100 (ok), readability 90/100 (good), Flesch 56.3"
//   "path: bad: keyphraseDensity: Keyphrase density: Found 0 times ... [lines 3-5]"
QString seoReportAsText(const QString &path, const SeoReport &report, const QString &body);

// ids, groups and ratings are stable and never translated; ranges are UTF-16 offsets into
// the Markdown body plus 1-based line numbers.
QJsonObject seoReportToJson(const SeoReport &report, const QString &body);

} // namespace pw::cli
