// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/post_files_writer.h"

#include "cli/console.h"
#include "cli/findings_output.h"

#include "core/formats/post_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace pw::cli {

namespace {

QString statusName(PostOutcome::Status status)
{
    switch (status) {
    case PostOutcome::Status::Written:
        return QStringLiteral("written");
    case PostOutcome::Status::Unchanged:
        return QStringLiteral("unchanged");
    case PostOutcome::Status::Differs:
        return QStringLiteral("differs");
    case PostOutcome::Status::Error:
        break;
    }
    return QStringLiteral("error");
}

// Whether the run's report is about this post: a post left as an earlier run wrote it (or as
// the user changed it since) was reported then; listing its findings on every re-run is noise.
bool reportedThisRun(const PostOutcome &outcome)
{
    return outcome.status == PostOutcome::Status::Written ||
           outcome.status == PostOutcome::Status::Error;
}

// What the summary counts: posts with one of these finding ids, in this order.
struct AttentionKind {
    QStringList ids;
    const char *label; // %n posts
};

const QList<AttentionKind> &attentionKinds()
{
    static const QList<AttentionKind> kinds = {
        {{QStringLiteral("import.category.not_allowed"),
          QStringLiteral("import.categories.unresolved")},
         QT_TRANSLATE_N_NOOP("pw::cli", "%n post(s) with categories to fix")},
        {{QStringLiteral("import.tags.unresolved")},
         QT_TRANSLATE_N_NOOP("pw::cli", "%n post(s) with tags to add by hand")},
        {{QStringLiteral("import.html.script_removed"),
          QStringLiteral("import.html.handler_removed"),
          QStringLiteral("import.html.unsafe_url_removed"),
          QStringLiteral("import.html.form_removed")},
         QT_TRANSLATE_N_NOOP("pw::cli", "%n post(s) with scripts or unsafe HTML removed")},
        {{QStringLiteral("import.html.embed_lost"),
          QStringLiteral("import.html.nesting_flattened")},
         QT_TRANSLATE_N_NOOP("pw::cli", "%n post(s) with embeds or structure lost")},
        {{QStringLiteral("import.mojibake.repaired"), QStringLiteral("encoding.repaired")},
         QT_TRANSLATE_N_NOOP("pw::cli", "%n post(s) with repaired characters")},
        {{QStringLiteral("import.title.missing"),
          QStringLiteral("import.meta_description.missing")},
         QT_TRANSLATE_N_NOOP("pw::cli", "%n post(s) without a title or description")},
    };
    return kinds;
}

bool needsAttention(const Finding &finding)
{
    if (finding.severity != Severity::Info)
        return true;
    for (const AttentionKind &kind : attentionKinds()) {
        if (kind.ids.contains(finding.id))
            return true;
    }
    return false;
}

QList<Finding> attentionFindings(const QList<Finding> &findings)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (needsAttention(f))
            out.append(f);
    }
    return out;
}

// "posts.json: post 3 (my-slug)", for messages about a post that has no file.
QString describeOutcome(const PostOutcome &outcome)
{
    return outcome.slug.isEmpty()
               ? CliText::tr("%1: post %2").arg(outcome.source).arg(outcome.index)
               : CliText::tr("%1: post %2 (%3)")
                     .arg(outcome.source)
                     .arg(outcome.index)
                     .arg(outcome.slug);
}

} // namespace

PostFilesWriter::PostFilesWriter(const Options &options, Console &console)
    : m_options(options), m_console(console), m_files(options)
{
}

void PostFilesWriter::add(const QString &source, int index, const ImportedPost &imported,
                          const QList<Finding> &sourceFindings)
{
    show(m_files.add(source, index, imported, sourceFindings));
}

void PostFilesWriter::show(const PostOutcome &outcome)
{
    ++m_done;
    const QString name = QFileInfo(outcome.file).fileName();
    switch (outcome.status) {
    case PostOutcome::Status::Written:
        showProgress(name);
        break;
    case PostOutcome::Status::Unchanged:
        showProgress(CliText::tr("%1 unchanged").arg(name));
        break;
    case PostOutcome::Status::Differs:
        showProgress(CliText::tr("%1 differs, not overwritten").arg(name));
        break;
    case PostOutcome::Status::Error:
        if (outcome.writeFailed)
            m_console.error(outcome.error);
        else
            showProgress(CliText::tr("%1 skipped").arg(describeOutcome(outcome)));
        break;
    }
}

void PostFilesWriter::addSourceError(const QString &error)
{
    m_sourceErrors.append(error);
    m_console.error(error);
}

void PostFilesWriter::addExpected(int posts)
{
    m_expected += posts;
}

void PostFilesWriter::showProgress(const QString &what)
{
    if (!m_options.progress)
        return;
    m_console.err << QStringLiteral("[%1/%2] %3\n").arg(m_done).arg(m_expected).arg(what);
    m_console.err.flush();
}

QString PostFilesWriter::summaryText(int signal, const QString &doneSentence) const
{
    QString text;
    for (const PostOutcome &outcome : m_files.outcomes()) {
        const QList<Finding> attention = attentionFindings(outcome.findings);
        if (!outcome.error.isEmpty()) {
            text += CliText::tr("%1: error: %2 (skipped)\n")
                        .arg(describeOutcome(outcome), outcome.error);
        } else if (outcome.status == PostOutcome::Status::Differs) {
            text += CliText::tr("%1: exists with different content; not overwritten (skipped)\n")
                        .arg(QDir(m_options.outDir).relativeFilePath(outcome.file));
        } else if (!reportedThisRun(outcome)) {
            continue;
        } else if (!attention.isEmpty()) {
            text += findingsAsText({QDir(m_options.outDir).relativeFilePath(outcome.file),
                                    PostFormat::WordPressJson, QString(), attention});
        }
    }
    QStringList counts;
    for (const AttentionKind &kind : attentionKinds()) {
        int posts = 0;
        for (const PostOutcome &outcome : m_files.outcomes()) {
            posts += reportedThisRun(outcome) &&
                     std::any_of(outcome.findings.begin(), outcome.findings.end(),
                                 [&](const Finding &f) { return kind.ids.contains(f.id); });
        }
        if (posts > 0)
            counts.append(QCoreApplication::translate("pw::cli", kind.label, nullptr, posts));
    }
    if (skipped() > 0)
        counts.append(CliText::tr("%n post(s) skipped for errors", nullptr, skipped()));
    if (!m_sourceErrors.isEmpty()) {
        counts.append(
            CliText::tr("%n file(s) could not be read", nullptr, int(m_sourceErrors.size())));
    }

    text += signal != 0
                ? CliText::tr("Cancelled: %n post(s) written to %1 before stopping; every file "
                              "written is complete.",
                              nullptr, written())
                      .arg(m_options.outDir)
                : doneSentence;
    text += QLatin1Char('\n');
    if (unchanged() > 0) {
        text +=
            CliText::tr("Skipped %n unchanged post(s) (already imported).", nullptr, unchanged()) +
            QLatin1Char('\n');
    }
    if (differs() > 0) {
        text += CliText::tr("Skipped %n post(s) whose file exists with different content "
                            "(--force overwrites).",
                            nullptr, differs()) +
                QLatin1Char('\n');
    }
    if (!counts.isEmpty())
        text += CliText::tr("Needs attention: %1.").arg(counts.join(QStringLiteral("; "))) +
                QLatin1Char('\n');
    return text;
}

QJsonObject PostFilesWriter::summaryJson(int signal) const
{
    QJsonArray posts;
    for (const PostOutcome &outcome : m_files.outcomes()) {
        QJsonArray findings;
        for (const Finding &f : outcome.findings)
            findings.append(findingToJson(f));
        QJsonObject post{{QStringLiteral("source"), outcome.source},
                         {QStringLiteral("index"), outcome.index},
                         {QStringLiteral("slug"), outcome.slug},
                         {QStringLiteral("status"), statusName(outcome.status)},
                         {QStringLiteral("findings"), findings}};
        if (outcome.error.isEmpty())
            post.insert(QStringLiteral("file"), outcome.file);
        else
            post.insert(QStringLiteral("error"), outcome.error);
        posts.append(post);
    }
    return {{QStringLiteral("out"), m_options.outDir},
            {QStringLiteral("written"), written()},
            {QStringLiteral("skipped"), skipped()},
            {QStringLiteral("unchanged"), unchanged()},
            {QStringLiteral("differs"), differs()},
            {QStringLiteral("cancelled"), signal != 0},
            {QStringLiteral("posts"), posts},
            {QStringLiteral("errors"), QJsonArray::fromStringList(m_sourceErrors)}};
}

} // namespace pw::cli
