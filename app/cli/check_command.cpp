// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/check_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/findings_output.h"
#include "cli/ordered_reports.h"
#include "cli/seo_output.h"
#include "cli/spelling_check.h"
#include "core/checks/category_whitelist.h"
#include "core/checks/metadata_checks.h"
#include "core/checks/title_width.h"
#include "core/io/post_file.h"
#include "core/markdown/analysis.h"
#include "core/seo/seo_analysis.h"
#include "core/site/site_profile_cache.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

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
    CheckContext context{&whitelist, meter->isValid() ? meter.get() : nullptr};
    context.whitelistChosen = parser.isSet(categoriesOption);
    SiteProfileCache sites; // one read of each site's config and posts for all its files

    int exitCode = Ok;
    QJsonArray jsonReports;
    // Each file's spelling runs on the pool while the next files are read; reports are
    // printed in the order the files were given.
    OrderedReports reports(4 * QThread::idealThreadCount());
    for (const QString &path : files) {
        const PostReadResult read = readPostFile(path);
        if (!read.post) {
            reports.add(QtFuture::makeReadyFuture(QList<Finding>()),
                        [&, error = read.error](const QList<Finding> &) {
                            console.error(error);
                            exitCode = InputError;
                        });
            continue;
        }
        FileReport report{path, read.format, read.encoding, read.findings};
        // A post in a static-site folder is judged by its site; generator output as always.
        const SiteProfilePtr site =
            read.format == PostFormat::Generator ? nullptr : sites.profileFor(path);
        CheckContext fileContext = context;
        fileContext.site = site.get();
        fileContext.postPath = path;
        report.findings += checkMetadata(*read.post, fileContext);
        QFuture<QList<Finding>> spellingFindings = spelling.start(*read.post, path);
        std::optional<SeoReport> seo;
        if (parser.isSet(seoOption)) {
            Post post = *read.post;
            if (site) // the slug the site publishes under, not one made from the title
                post.slug = siteSlug(*site, post, path);
            if (parser.isSet(keyphraseOption))
                setSeoSettings(post, parser.value(keyphraseOption), seoSettings(post).synonyms);
            // Only the SEO report is read here: the metadata findings came from checkMetadata.
            AnalysisContext seoContext{nullptr, meter->isValid() ? meter : nullptr};
            seoContext.site = site; // its address and URL rule give the permalink
            seoContext.postPath = path;
            seo = analyzePost(post, seoContext, 0)->seo;
        }
        const auto finish = [&, report, seo,
                             body = read.post->body](const QList<Finding> &misspellings) mutable {
            report.findings += misspellings;
            if (hasErrors(report.findings) && exitCode == Ok)
                exitCode = FindingErrors;
            if (parser.isSet(jsonOption)) {
                QJsonObject json = reportToJson(report);
                if (seo)
                    json.insert(QStringLiteral("seo"), seoReportToJson(*seo, body));
                jsonReports.append(json);
            } else {
                console.out << findingsAsText(report);
                if (seo)
                    console.out << seoReportAsText(report.path, *seo, body);
            }
        };
        reports.add(std::move(spellingFindings), finish);
    }
    reports.finishAll();
    if (parser.isSet(jsonOption)) {
        console.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("files"), jsonReports},
                                      // Qt's and JavaScript's string offsets: say so, since
                                      // Python and Rust count otherwise.
                                      {QStringLiteral("range_unit"), QStringLiteral("utf-16")}})
                .toJson());
    }
    return exitCode;
}

} // namespace pw::cli
