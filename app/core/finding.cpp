// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/finding.h"

#include <algorithm>

namespace pw {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::None: return QString();
    case Field::Title: return QStringLiteral("title");
    case Field::MetaDescription: return QStringLiteral("meta_description");
    case Field::Slug: return QStringLiteral("slug");
    case Field::Tags: return QStringLiteral("tags");
    case Field::Categories: return QStringLiteral("categories");
    case Field::Topic: return QStringLiteral("topic");
    case Field::Body: return QStringLiteral("body");
    case Field::File: return QStringLiteral("file");
    }
    return {};
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

} // namespace pw
