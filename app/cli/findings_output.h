// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/post_format.h"

#include <QJsonObject>
#include <QString>

namespace pw::cli {

struct FileReport {
    QString path;
    PostFormat format = PostFormat::Markdown;
    QString encoding;
    QList<Finding> findings;
};

// One line a finding, compiler style: "path: severity: field: message [id]".
QString findingsAsText(const FileReport &report);

// The --json shape: ids, severities and field names are stable and never translated.
QJsonObject findingToJson(const Finding &finding);
QJsonObject reportToJson(const FileReport &report);

} // namespace pw::cli
