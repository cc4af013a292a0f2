// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/seo_output.h"

#include "cli/console.h"

#include <QJsonArray>

namespace pw::cli {

namespace {

int lineOf(const QString &body, qsizetype offset)
{
    return int(QStringView(body).first(std::min(offset, body.size())).count(u'\n')) + 1;
}

QString linesText(const QList<TextRange> &ranges, const QString &body)
{
    QStringList parts;
    for (const TextRange &range : ranges) {
        const int first = lineOf(body, range.start);
        const int last = lineOf(body, range.start + std::max<qsizetype>(0, range.length - 1));
        parts.append(first == last ? QString::number(first)
                                   : QStringLiteral("%1-%2").arg(first).arg(last));
    }
    return parts.isEmpty() ? QString()
                           : CliText::tr(" [lines %1]").arg(parts.join(QLatin1String(", ")));
}

} // namespace

QString seoReportAsText(const QString &path, const SeoReport &report, const QString &body)
{
    QString text = CliText::tr("%1: seo %2/100 (%3), readability %4/100 (%5)")
                       .arg(path)
                       .arg(report.seoScore)
                       .arg(ratingName(ratingForOverallScore(report.seoScore)))
                       .arg(report.readabilityScore)
                       .arg(ratingName(ratingForOverallScore(report.readabilityScore)));
    if (report.fleschReadingEase >= 0)
        text += CliText::tr(", Flesch %1").arg(QString::number(report.fleschReadingEase, 'f', 1));
    if (!report.keyphrase.isEmpty())
        text += CliText::tr(", keyphrase \"%1\"").arg(report.keyphrase);
    text += u'\n';
    if (!report.languageNote.isEmpty())
        text += QStringLiteral("%1: note: %2\n").arg(path, report.languageNote);
    for (const SeoCheck &check : report.checks) {
        text += QStringLiteral("%1: %2: %3: %4: %5%6\n")
                    .arg(path, ratingName(check.rating), check.id, check.title, check.message,
                         linesText(check.ranges, body));
    }
    return text;
}

QJsonObject seoReportToJson(const SeoReport &report, const QString &body)
{
    QJsonArray checks;
    for (const SeoCheck &check : report.checks) {
        QJsonArray ranges;
        for (const TextRange &range : check.ranges) {
            ranges.append(QJsonObject{
                {QStringLiteral("start"), qint64(range.start)},
                {QStringLiteral("length"), qint64(range.length)},
                {QStringLiteral("line"), lineOf(body, range.start)},
                {QStringLiteral("lastLine"),
                 lineOf(body, range.start + std::max<qsizetype>(0, range.length - 1))},
            });
        }
        checks.append(QJsonObject{
            {QStringLiteral("id"), check.id},
            {QStringLiteral("group"), groupName(check.group)},
            {QStringLiteral("rating"), ratingName(check.rating)},
            {QStringLiteral("score"), check.score},
            {QStringLiteral("title"), check.title},
            {QStringLiteral("message"), check.message},
            {QStringLiteral("ranges"), ranges},
        });
    }
    QJsonObject json{
        {QStringLiteral("score"), report.seoScore},
        {QStringLiteral("rating"), ratingName(ratingForOverallScore(report.seoScore))},
        {QStringLiteral("readabilityScore"), report.readabilityScore},
        {QStringLiteral("readabilityRating"),
         ratingName(ratingForOverallScore(report.readabilityScore))},
        {QStringLiteral("keyphrase"), report.keyphrase},
        {QStringLiteral("language"), report.language},
        {QStringLiteral("slug"), report.slug},
        {QStringLiteral("permalink"), report.permalink},
        {QStringLiteral("checks"), checks},
    };
    if (report.fleschReadingEase >= 0)
        json.insert(QStringLiteral("fleschReadingEase"), report.fleschReadingEase);
    if (!report.languageNote.isEmpty())
        json.insert(QStringLiteral("languageNote"), report.languageNote);
    return json;
}

} // namespace pw::cli
