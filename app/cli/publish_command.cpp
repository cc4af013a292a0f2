// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/publish_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/findings_output.h"
#include "cli/site_connection.h"
#include "cli/wait_for.h"

#include "core/checks/category_whitelist.h"
#include "core/checks/metadata_checks.h"
#include "core/checks/title_width.h"
#include "core/formats/front_matter_format.h"
#include "core/formats/post_writer.h"
#include "core/highlight/code_highlighter.h"
#include "core/highlight/highlighter_location.h"
#include "core/io/post_file.h"
#include "core/site/site_profile_cache.h"
#include "core/wordpress/publish_ledger.h"
#include "core/wordpress/publish_memo.h"
#include "core/wordpress/wp_media_cache.h"
#include "core/wordpress/wp_posts.h"
#include "core/wordpress/wp_publish_job.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

namespace pw::cli {

namespace {

const QStringList kStatuses = {QStringLiteral("draft"), QStringLiteral("pending"),
                               QStringLiteral("future"), QStringLiteral("publish")};

struct Options {
    wp::PublishOptions publish;
    bool force = false;
    bool json = false;
};

// What the site has that the document does not: field by field, for the conflict report.
QStringList differences(const Post &ours, const QJsonObject &theirs, const QUrl &site)
{
    const Post their = wp::importRemotePost(theirs, site, CategoryWhitelist()).post;
    QStringList lines;
    if (their.title != ours.title)
        lines << CliText::tr("  title: theirs “%1”, ours “%2”").arg(their.title, ours.title);
    if (their.body.trimmed() != ours.body.trimmed()) {
        const QStringList a = their.body.split(QLatin1Char('\n'));
        const QStringList b = ours.body.split(QLatin1Char('\n'));
        qsizetype first = 0;
        while (first < a.size() && first < b.size() && a.at(first) == b.at(first))
            ++first;
        lines << CliText::tr("  body: differs from line %1: theirs “%2”, ours “%3”")
                     .arg(first + 1)
                     .arg(a.value(first).left(80), b.value(first).left(80));
    }
    return lines;
}

QJsonObject resultJson(const QString &path, const wp::PublishJob &job)
{
    const wp::PublishResult &r = job.result();
    QJsonObject out{{QStringLiteral("file"), path},
                    {QStringLiteral("requests"), r.requests}};
    switch (r.outcome) {
    case wp::PublishResult::Outcome::Published:
        out.insert(QStringLiteral("result"), QStringLiteral("published"));
        out.insert(QStringLiteral("id"), r.id);
        out.insert(QStringLiteral("status"), r.status);
        out.insert(QStringLiteral("link"), r.link);
        out.insert(QStringLiteral("slug"), r.slug);
        out.insert(QStringLiteral("modified_gmt"), r.modifiedGmt);
        out.insert(QStringLiteral("description_field"), r.descriptionWentTo);
        out.insert(QStringLiteral("server_changes"), QJsonArray::fromStringList(r.serverChanges));
        out.insert(QStringLiteral("new_categories"), QJsonArray::fromStringList(job.newCategories()));
        out.insert(QStringLiteral("new_tags"), QJsonArray::fromStringList(job.newTags()));
        out.insert(QStringLiteral("images_uploaded"), job.uploadedImages());
        out.insert(QStringLiteral("images_reused"), job.reusedImages());
        break;
    case wp::PublishResult::Outcome::Conflict:
        out.insert(QStringLiteral("result"), QStringLiteral("conflict"));
        out.insert(QStringLiteral("id"), r.id);
        out.insert(QStringLiteral("message"), r.message);
        out.insert(QStringLiteral("theirs_modified_gmt"),
                   r.theirs.value(QLatin1String("modified_gmt")).toString());
        break;
    case wp::PublishResult::Outcome::Failed:
        out.insert(QStringLiteral("result"), QStringLiteral("failed"));
        out.insert(QStringLiteral("message"), r.message);
        break;
    }
    return out;
}

class FilePublisher {
public:
    FilePublisher(SiteConnection &connection, const Options &options, Console &console)
        : m_connection(connection), m_options(options), m_console(console),
          m_cache(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                  connection.site.address.toString(QUrl::FullyEncoded)),
          m_ledger(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
          m_memo(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
          m_meter(std::make_shared<const TitleWidthMeter>())
    {
        m_cache.load();
    }

    // Returns the file's exit code.
    int publish(const QString &path)
    {
        const PostReadResult read = readPostFile(path);
        if (!read.post) {
            report(path, read.error);
            return InputError;
        }
        Post post = *read.post;
        if (int refused = refusedForFindings(path, post, read.format); refused != Ok)
            return refused;
        // A file that cannot hold where its post went (the generator format, a transcript
        // around the post) is left as it is; the ledger remembers for it.
        const bool canRecord = !read.textAroundPost && wp::formatKeepsRemote(post, read.format);
        const std::optional<wp::PublishLedger::Entry> ledgered =
            canRecord ? std::nullopt : m_ledger.find(path);
        QString marker = ledgered ? ledgered->marker : wp::markerOf(post);
        if (ledgered && QUrl(ledgered->site) == m_connection.site.address) {
            wp::PublishResult known;
            known.id = ledgered->id;
            known.modifiedGmt = ledgered->modifiedGmt;
            post = wp::withRemote(post, m_connection.site.address, known);
        }
        if (marker.isEmpty()) {
            marker = QUuid::createUuid().toString(QUuid::WithoutBraces);
            // Kept before anything is sent: a retry after a lost answer finds the post by it.
            const WriteResult written =
                canRecord ? writePostFile(path, wp::withMarker(post, marker), read.format)
                          : m_ledger.put(path, {marker, m_connection.site.address.toString(), 0, {}});
            if (!written.ok) {
                report(path, written.error);
                return InputError;
            }
            if (canRecord)
                post = wp::withMarker(post, marker);
        }

        wp::PublishJob job(m_connection.client.get(), &m_cache, &m_memo);
        waitFor(&job, &wp::PublishJob::finished,
                [&] { job.start(post, path, marker, m_options.publish); });
        const wp::PublishResult &result = job.result();
        if (result.outcome == wp::PublishResult::Outcome::Published) {
            const WriteResult written =
                canRecord ? writePostFile(path, wp::withRemote(post, m_connection.site.address, result),
                                          read.format)
                          : m_ledger.put(path, {marker, m_connection.site.address.toString(),
                                                result.id, result.modifiedGmt});
            if (!written.ok)
                m_console.error(CliText::tr("%1: published, but the file could not record it: %2")
                                    .arg(path, written.error));
        }
        if (m_options.json) {
            m_results.append(resultJson(path, job));
        } else {
            printText(path, post, job);
        }
        // Once a run: the reason is the highlighter's, the same for every file.
        if (const QString notice = job.codeNotice(); !notice.isEmpty() && !m_toldPlainCode) {
            m_console.error(QStringLiteral("%1: %2").arg(path, notice));
            m_toldPlainCode = true;
        }
        switch (result.outcome) {
        case wp::PublishResult::Outcome::Published:
            return Ok;
        case wp::PublishResult::Outcome::Conflict:
            return FindingErrors;
        case wp::PublishResult::Outcome::Failed:
            break;
        }
        return InputError;
    }

    const QJsonArray &results() const { return m_results; }

private:
    int refusedForFindings(const QString &path, const Post &post, PostFormat format)
    {
        CheckContext context{&m_whitelist, m_meter->isValid() ? m_meter.get() : nullptr};
        const SiteProfilePtr site = format == PostFormat::Generator ? nullptr : m_sites.profileFor(path);
        context.site = site.get();
        context.postPath = path;
        const QList<Finding> findings = checkMetadata(post, context);
        if (!hasErrors(findings) || m_options.force)
            return Ok;
        QList<Finding> errors;
        for (const Finding &f : findings)
            if (f.severity == Severity::Error)
                errors.append(f);
        if (m_options.json) {
            QJsonArray list;
            for (const Finding &f : errors)
                list.append(findingToJson(f));
            m_results.append(QJsonObject{{QStringLiteral("file"), path},
                                         {QStringLiteral("result"), QStringLiteral("refused")},
                                         {QStringLiteral("findings"), list}});
        } else {
            m_console.out << findingsAsText({path, format, QString(), errors});
            m_console.out << CliText::tr("%1: not published: fix the errors above, or publish "
                                         "anyway with --force.")
                                 .arg(path)
                          << Qt::endl;
        }
        return FindingErrors;
    }

    void printText(const QString &path, const Post &post, const wp::PublishJob &job)
    {
        const wp::PublishResult &r = job.result();
        QTextStream &out = m_console.out;
        switch (r.outcome) {
        case wp::PublishResult::Outcome::Published:
            out << CliText::tr("%1: %2 as post %3: %4").arg(path, r.status).arg(r.id).arg(r.link)
                << '\n';
            if (!job.newCategories().isEmpty() || !job.newTags().isEmpty())
                out << CliText::tr("  new on the site: %1")
                           .arg((job.newCategories() + job.newTags()).join(QStringLiteral(", ")))
                    << '\n';
            if (job.uploadedImages() + job.reusedImages() > 0)
                out << CliText::tr("  images: %1 uploaded, %2 already there")
                           .arg(job.uploadedImages())
                           .arg(job.reusedImages())
                    << '\n';
            out << CliText::tr("  the description went to %1")
                       .arg(r.descriptionWentTo == QLatin1String("excerpt")
                                ? CliText::tr("the excerpt (the site has no SEO plugin field for it)")
                                : r.descriptionWentTo)
                << '\n';
            for (const QString &change : r.serverChanges)
                out << QStringLiteral("  ") << change << '\n';
            break;
        case wp::PublishResult::Outcome::Conflict:
            out << path << QStringLiteral(": ") << r.message << '\n';
            for (const QString &line : differences(post, r.theirs, m_connection.site.address))
                out << line << '\n';
            out << CliText::tr("  --overwrite writes yours over theirs; --new-draft publishes "
                               "yours as a new draft; postwright pull fetches theirs.")
                << '\n';
            break;
        case wp::PublishResult::Outcome::Failed:
            m_console.error(QStringLiteral("%1: %2").arg(path, r.message));
            break;
        }
        out.flush();
    }

    void report(const QString &path, const QString &error)
    {
        if (m_options.json)
            m_results.append(QJsonObject{{QStringLiteral("file"), path},
                                         {QStringLiteral("result"), QStringLiteral("failed")},
                                         {QStringLiteral("message"), error}});
        m_console.error(error);
    }

    SiteConnection &m_connection;
    const Options &m_options;
    Console &m_console;
    wp::MediaCache m_cache;
    wp::PublishLedger m_ledger;
    wp::PublishMemo m_memo;
    CategoryWhitelist m_whitelist = CategoryWhitelist::defaults();
    std::shared_ptr<const TitleWidthMeter> m_meter;
    SiteProfileCache m_sites;
    QJsonArray m_results;
    bool m_toldPlainCode = false;
};

} // namespace

int runPublish(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption siteOption(QStringLiteral("site"), CliText::tr("The site's name."),
                                        CliText::tr("NAME"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        CliText::tr("draft (default), pending, future or publish."), CliText::tr("STATUS"));
    const QCommandLineOption dateOption(
        QStringLiteral("date"), CliText::tr("Publication date (ISO 8601); a future one schedules."),
        CliText::tr("DATE"));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         CliText::tr("Publish despite errors in the checks."));
    const QCommandLineOption overwriteOption(
        QStringLiteral("overwrite"), CliText::tr("On a conflict, write this over the site's post."));
    const QCommandLineOption newDraftOption(
        QStringLiteral("new-draft"), CliText::tr("On a conflict, publish this as a new draft."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        CliText::tr("Print the results as JSON."));
    const QCommandLineOption codeColoursOption(
        QStringLiteral("code-colours"),
        CliText::tr("How code blocks are coloured: inline (default), classes or none."),
        CliText::tr("STYLE"));
    parser.addOptions({siteOption, statusOption, dateOption, forceOption, overwriteOption,
                       newDraftOption, jsonOption, codeColoursOption});
    if (!parser.parse(arguments)) {
        console.error(parser.errorText());
        return InputError;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || parser.value(siteOption).isEmpty()) {
        console.error(CliText::tr("publish: FILE... and --site NAME are required"));
        return InputError;
    }
    Options options;
    options.force = parser.isSet(forceOption);
    options.json = parser.isSet(jsonOption);
    if (parser.isSet(statusOption)) {
        options.publish.status = parser.value(statusOption);
        if (!kStatuses.contains(options.publish.status)) {
            console.error(CliText::tr("publish: unknown status \"%1\" (use %2)")
                              .arg(options.publish.status, kStatuses.join(QStringLiteral(", "))));
            return InputError;
        }
    }
    if (parser.isSet(dateOption)) {
        options.publish.date = QDateTime::fromString(parser.value(dateOption), Qt::ISODate);
        if (!options.publish.date.isValid()) {
            console.error(CliText::tr("publish: \"%1\" is not a date (use 2026-01-31T09:00:00Z)")
                              .arg(parser.value(dateOption)));
            return InputError;
        }
    }
    if (parser.isSet(overwriteOption) && parser.isSet(newDraftOption)) {
        console.error(CliText::tr("publish: --overwrite and --new-draft exclude each other"));
        return InputError;
    }
    options.publish.onConflict = parser.isSet(overwriteOption) ? wp::OnConflict::Overwrite
                                 : parser.isSet(newDraftOption) ? wp::OnConflict::NewDraft
                                                                : wp::OnConflict::Report;
    const QString codeStyle = parser.isSet(codeColoursOption) ? parser.value(codeColoursOption)
                                                              : QStringLiteral("inline");
    if (!CodeColouring::styleNames().contains(codeStyle)) {
        console.error(
            CliText::tr("publish: unknown code colours \"%1\" (use inline, classes or none)")
                .arg(codeStyle));
        return InputError;
    }
    std::optional<SiteConnection> connection = connectToSite(parser.value(siteOption), console);
    if (!connection)
        return InputError;
    options.publish.siteAddress = connection->site.address;
    // Classes are sent without a stylesheet: the site's theme styles them (PublishOptions).
    // The helper starts with the first code block, not here.
    if (codeStyle != QLatin1String("none"))
        options.publish.code = CodeColouring::forPages(makeCodeHighlighter(), codeStyle);

    // What the role allows, said before anything is sent (as found when the site was added).
    const wp::SiteRecord &site = connection->site;
    const QString role = site.roles.join(QStringLiteral(", "));
    if (!site.canPublish && (options.publish.status == QLatin1String("publish") ||
                             options.publish.status == QLatin1String("future")))
        console.error(CliText::tr("As %1 (%2) on %3 you may not publish or schedule posts; the "
                                  "site will refuse. Use --status pending to submit them for "
                                  "review.")
                          .arg(site.user, role, site.name));
    if (!site.unfilteredHtml)
        console.error(CliText::tr("As %1 (%2) on %3 your HTML is filtered by the site: scripts, "
                                  "iframes and some attributes are removed from what you send.")
                          .arg(site.user, role, site.name));
    FilePublisher publisher(*connection, options, console);
    int exitCode = Ok;
    for (const QString &path : files)
        exitCode = std::max(exitCode, publisher.publish(path));
    if (options.json) {
        console.out << QString::fromUtf8(QJsonDocument(publisher.results()).toJson());
        console.out.flush();
    }
    return exitCode;
}

} // namespace pw::cli
