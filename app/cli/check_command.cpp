// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/check_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/findings_output.h"
#include "cli/seo_output.h"
#include "cli/spelling_check.h"
#include "core/checks/category_whitelist.h"
#include "core/checks/metadata_checks.h"
#include "core/checks/title_width.h"
#include "core/io/post_file.h"
#include "core/markdown/analysis.h"
#include "core/seo/seo_analysis.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pw::cli {

int runCheck(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), CliText::tr("Print findings as JSON."));
    const QCommandLineOption categoriesOption(
        QStringLiteral("categories"), CliText::tr("Allowed categories, one per line."), CliText::tr("FILE"));
    const QCommandLineOption seoOption(QStringLiteral("seo"),
                                       CliText::tr("Also run the SEO and readability checks."));
    const QCommandLineOption keyphraseOption(
        QStringLiteral("keyphrase"), CliText::tr("Focus keyphrase (instead of the post's own)."),
        CliText::tr("PHRASE"));
    parser.addOptions({jsonOption, categoriesOption, seoOption, keyphraseOption});
    CliSpelling spelling;
    spelling.addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("Posts to check."), CliText::tr("FILE..."));
    if (!parser.parse(arguments)) {
        console.error(parser.errorText());
        return InputError;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        console.error(CliText::tr("check: no file given"));
        return InputError;
    }

    CategoryWhitelist whitelist = CategoryWhitelist::defaults();
    if (parser.isSet(categoriesOption)) {
        QString error;
        const auto custom = CategoryWhitelist::fromFile(parser.value(categoriesOption), &error);
        if (!custom) {
            console.error(error);
            return InputError;
        }
        whitelist = *custom;
    }
    spelling.configure(parser);
    const auto meter = std::make_shared<const TitleWidthMeter>();
    const CheckContext context{&whitelist, meter->isValid() ? meter.get() : nullptr};

    int exitCode = Ok;
    QJsonArray jsonReports;
    for (const QString &path : files) {
        const PostReadResult read = readPostFile(path);
        if (!read.post) {
            console.error(read.error);
            exitCode = InputError;
            continue;
        }
        FileReport report{path, read.format, read.encoding, read.findings};
        report.findings += checkMetadata(*read.post, context);
        report.findings += spelling.findings(*read.post);
        if (hasErrors(report.findings) && exitCode == Ok)
            exitCode = FindingErrors;
        std::optional<SeoReport> seo;
        if (parser.isSet(seoOption)) {
            Post post = *read.post;
            if (parser.isSet(keyphraseOption))
                setSeoSettings(post, parser.value(keyphraseOption), seoSettings(post).synonyms);
            // Only the SEO report is read here: the metadata findings came from checkMetadata.
            seo = analyzePost(post, {nullptr, meter->isValid() ? meter : nullptr}, 0)->seo;
        }
        if (parser.isSet(jsonOption)) {
            QJsonObject json = reportToJson(report);
            if (seo)
                json.insert(QStringLiteral("seo"), seoReportToJson(*seo, read.post->body));
            jsonReports.append(json);
        } else {
            console.out << findingsAsText(report);
            if (seo)
                console.out << seoReportAsText(path, *seo, read.post->body);
        }
    }
    if (parser.isSet(jsonOption)) {
        console.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("files"), jsonReports}}).toJson());
    }
    return exitCode;
}

} // namespace pw::cli
