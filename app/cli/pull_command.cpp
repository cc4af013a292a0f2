// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/pull_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/interrupt_guard.h"
#include "cli/post_files_writer.h"
#include "cli/site_connection.h"
#include "cli/wait_for.h"

#include "core/formats/post_writer.h"
#include "core/wordpress/site_pull.h"
#include "core/wordpress/wp_posts.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace pw::cli {

namespace {

const QStringList kStatuses = {QStringLiteral("any"),    QStringLiteral("publish"),
                               QStringLiteral("draft"),  QStringLiteral("pending"),
                               QStringLiteral("future"), QStringLiteral("private")};

// Pulls the site into the writer's folder (wp::SitePull), printing each post as it is written
// and stopping after the current post on SIGINT/SIGTERM. False when a page could not be had.
bool pullPages(wp::Client &client, const wp::SiteRecord &site, const wp::PostQuery &query,
               PostFilesWriter &writer)
{
    wp::SitePull::Options options;
    options.query = query;
    options.files = writer.options();
    options.pageSource = [name = site.name](int page) {
        return CliText::tr("%1 page %2").arg(name).arg(page);
    };
    wp::SitePull pull(&client, site.address, options);
    QObject::connect(&pull, &wp::SitePull::progress,
                     [&writer](int, int total) { writer.addExpected(total - writer.expected()); });
    QObject::connect(&pull, &wp::SitePull::postDone,
                     [&writer](const PostOutcome &outcome) { writer.show(outcome); });
    // The signal handler only raises a flag; this looks at it while the pull runs.
    QTimer interrupts;
    interrupts.setInterval(50);
    QObject::connect(&interrupts, &QTimer::timeout, &pull, [&pull] {
        if (InterruptGuard::requested())
            pull.cancel();
    });
    waitFor(&pull, &wp::SitePull::finished, [&] {
        interrupts.start();
        pull.start();
    });
    const wp::SitePull::Result &result = pull.result();
    writer.adopt(pull.files());
    if (result.failedPage > 0) {
        writer.addSourceError(CliText::tr("%1: page %2 of the posts: %3")
                                  .arg(site.name)
                                  .arg(result.failedPage)
                                  .arg(result.pageError));
        return false;
    }
    return true;
}

} // namespace

int runPull(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption siteOption(QStringLiteral("site"), CliText::tr("The site's name."),
                                        CliText::tr("NAME"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), CliText::tr("Folder to write the posts to."), CliText::tr("DIR"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          CliText::tr("Which posts: any (default), publish, "
                                                      "draft, pending, future or private."),
                                          CliText::tr("STATUS"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"), CliText::tr("Only posts modified after this date (ISO 8601)."),
        CliText::tr("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), CliText::tr("Output format: markdown (default) or generator."),
        CliText::tr("FORMAT"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         CliText::tr("Overwrite files that already exist."));
    const QCommandLineOption progressOption(
        QStringLiteral("progress"),
        CliText::tr("Show progress even when stderr is not a terminal."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print the summary as JSON."));
    parser.addOptions({siteOption, outOption, statusOption, sinceOption, toOption, forceOption,
                       progressOption, jsonOption});
    if (!parser.parse(arguments)) {
        console.error(parser.errorText());
        return InputError;
    }
    if (parser.value(siteOption).isEmpty() || parser.value(outOption).isEmpty()) {
        console.error(CliText::tr("pull: --site NAME and --out DIR are required"));
        return InputError;
    }
    wp::PostQuery query;
    if (parser.isSet(statusOption)) {
        query.status = parser.value(statusOption);
        if (!kStatuses.contains(query.status)) {
            console.error(CliText::tr("pull: unknown status \"%1\" (use %2)")
                              .arg(query.status, kStatuses.join(QStringLiteral(", "))));
            return InputError;
        }
    }
    if (parser.isSet(sinceOption)) {
        query.modifiedAfter = QDateTime::fromString(parser.value(sinceOption), Qt::ISODate);
        if (!query.modifiedAfter.isValid()) {
            console.error(CliText::tr("pull: \"%1\" is not a date (use 2026-01-31 or "
                                      "2026-01-31T12:00:00Z)")
                              .arg(parser.value(sinceOption)));
            return InputError;
        }
    }
    PostFilesWriter::Options output;
    output.outDir = parser.value(outOption);
    output.force = parser.isSet(forceOption);
    output.progress = parser.isSet(progressOption) || isatty(fileno(stderr));
    if (parser.isSet(toOption)) {
        const auto format = writableFormatFromName(parser.value(toOption));
        if (!format || *format == PostFormat::PostJson) {
            console.error(CliText::tr("pull: unknown format \"%1\" (use markdown or generator)")
                              .arg(parser.value(toOption)));
            return InputError;
        }
        output.format = *format;
    }
    std::optional<SiteConnection> connection = connectToSite(parser.value(siteOption), console);
    if (!connection)
        return InputError;
    if (!QDir().mkpath(output.outDir)) {
        console.error(CliText::tr("%1: cannot create the output folder").arg(output.outDir));
        return InputError;
    }

    const InterruptGuard guard;
    PostFilesWriter writer(output, console);
    const bool complete = pullPages(*connection->client, connection->site, query, writer);
    const int signal = InterruptGuard::requested();

    if (parser.isSet(jsonOption)) {
        QJsonObject summary = writer.summaryJson(signal);
        summary.insert(QStringLiteral("site"), connection->site.name);
        console.out << QString::fromUtf8(QJsonDocument(summary).toJson());
    } else {
        console.out << writer.summaryText(
            signal, CliText::tr("Pulled %n post(s) from %1 into %2.", nullptr, writer.written())
                        .arg(connection->site.name, output.outDir));
    }
    console.out.flush();
    if (signal != 0)
        return 128 + signal;
    if (!complete || writer.writeFailed())
        return InputError;
    return writer.skipped() > 0 ? FindingErrors : Ok;
}

} // namespace pw::cli
