// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/findings_output.h"

#include "cli/console.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pw::cli {

QString findingsAsText(const FileReport &report)
{
    QString text;
    for (const Finding &finding : report.findings) {
        text += QStringLiteral("%1: %2: ").arg(report.path, severityName(finding.severity));
        if (finding.field != Field::None)
            text += fieldName(finding.field) + QStringLiteral(": ");
        text += finding.message;
        if (!finding.suggestion.isEmpty()) {
            text += QLatin1Char(' ')
                    + CliText::tr("(suggestion: %1)").arg(finding.suggestion);
        }
        text += QStringLiteral(" [%1]\n").arg(finding.id);
    }
    return text;
}

QJsonObject findingToJson(const Finding &finding)
{
    QJsonObject object{
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("severity"), severityName(finding.severity)},
        {QStringLiteral("field"), fieldName(finding.field)},
        {QStringLiteral("message"), finding.message},
    };
    if (finding.range.isValid()) {
        object.insert(QStringLiteral("range"),
                      QJsonObject{{QStringLiteral("start"), qint64(finding.range.start)},
                                  {QStringLiteral("length"), qint64(finding.range.length)}});
    }
    if (!finding.suggestion.isEmpty())
        object.insert(QStringLiteral("suggestion"), finding.suggestion);
    if (!finding.suggestions.isEmpty())
        object.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(finding.suggestions));
    return object;
}

QJsonObject reportToJson(const FileReport &report)
{
    QJsonArray findings;
    for (const Finding &finding : report.findings)
        findings.append(findingToJson(finding));
    return {
        {QStringLiteral("file"), report.path},
        {QStringLiteral("format"), formatName(report.format)},
        {QStringLiteral("encoding"), report.encoding},
        {QStringLiteral("findings"), findings},
    };
}

} // namespace pw::cli
