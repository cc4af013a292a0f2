// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/existing_file.h"
#include "cli/findings_output.h"
#include "cli/interrupt_guard.h"
#include "cli/output_names.h"

#include "core/checks/category_whitelist.h"
#include "core/formats/post_writer.h"
#include "core/import/wordpress_import.h"
#include "core/io/atomic_writer.h"
#include "core/io/file_loader.h"
#include "core/io/post_file.h"
#include "core/text/decoder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace pw::cli {

namespace {

struct Options {
    QString outDir;
    PostFormat format = PostFormat::MarkdownFrontMatter;
    bool json = false;
    bool force = false;
    bool progress = false;
    CategoryWhitelist whitelist = CategoryWhitelist::defaults();
};

// One post's fate. Its `file` is set unless it has an error.
struct PostOutcome {
    enum class Status {
        Written,
        Unchanged, // the file already holds exactly these bytes (an earlier run)
        Differs,   // the file exists with other content and --force was not given
        Error,     // skipped for `error`
    };
    QString source;
    int index = 0; // 1-based position in its file
    QString slug;
    QString file;
    Status status = Status::Error;
    QString error;
    QList<Finding> findings;
};

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

struct SourceRead {
    QList<ImportedPost> posts;
    QList<Finding> fileFindings; // decoding: legacy charset, repaired characters
    QString error;               // starts with the path
};

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

// Files first as given, folders walked for *.json in name order (reproducible output names).
QStringList collectInputs(const QStringList &arguments, QStringList &errors)
{
    QStringList files;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.exists()) {
            errors.append(CliText::tr("%1: no such file or folder").arg(argument));
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(argument, {QStringLiteral("*.json")}, QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            if (found.isEmpty())
                errors.append(CliText::tr("%1: the folder holds no .json files").arg(argument));
            files += found;
        } else {
            files.append(argument);
        }
    }
    return files;
}

SourceRead readSource(const QString &path, const CategoryWhitelist &whitelist)
{
    SourceRead read;
    // Refused before reading, so a huge file costs nothing.
    const qint64 size = QFileInfo(path).size();
    if (const QString tooLarge = wordPressSizeError(size); !tooLarge.isEmpty()) {
        read.error = QStringLiteral("%1: %2").arg(path, tooLarge);
        return read;
    }
    const LoadedFile file = loadFile(path);
    if (!file.ok) {
        read.error = file.error;
        return read;
    }
    if (file.bytes.isEmpty()) {
        read.error = QStringLiteral("%1: %2").arg(path, emptyFileMessage());
        return read;
    }
    const DecodedText decoded = decodeText(file.bytes);
    if (!decoded.ok) {
        read.error = QStringLiteral("%1: %2").arg(path, decoded.error);
        return read;
    }
    WordPressImport imported = importWordPressJson(decoded.text.toUtf8(), whitelist);
    if (!imported.ok()) {
        read.error = QStringLiteral("%1: %2").arg(path, imported.error);
        return read;
    }
    read.posts = std::move(imported.posts);
    read.fileFindings = decoded.findings;
    return read;
}

class Importer {
public:
    Importer(const Options &options, Console &console)
        : m_options(options), m_console(console),
          m_names(options.outDir, options.format == PostFormat::Generator ? QStringLiteral(".txt")
                                                                          : QStringLiteral(".md"))
    {
    }

    // Returns false when cancelled.
    bool run(const QStringList &sources)
    {
        // Until a file is read its post count is unknown; count it as one.
        m_total = int(sources.size());
        for (const QString &source : sources) {
            if (InterruptGuard::requested())
                return false;
            const SourceRead read = readSource(source, m_options.whitelist);
            if (!read.error.isEmpty()) {
                m_fileErrors.append(read.error);
                m_console.error(read.error);
                --m_total;
                continue;
            }
            m_total += int(read.posts.size()) - 1;
            for (int i = 0; i < read.posts.size(); ++i) {
                importPost(source, i, read.posts.at(i),
                           i == 0 ? read.fileFindings : QList<Finding>());
                if (InterruptGuard::requested())
                    return false;
            }
        }
        return true;
    }

    const QList<PostOutcome> &outcomes() const { return m_outcomes; }
    const QStringList &fileErrors() const { return m_fileErrors; }
    int total() const { return m_total; }
    int written() const { return m_written; }
    int skipped() const { return m_skipped; }
    int unchanged() const { return m_unchanged; }
    int differs() const { return m_differs; }
    bool writeFailed() const { return m_writeFailed; }

private:
    void importPost(const QString &source, int index, const ImportedPost &imported,
                    const QList<Finding> &fileFindings)
    {
        PostOutcome outcome;
        outcome.source = source;
        outcome.index = index + 1;
        outcome.slug = effectiveSlug(imported.post);
        outcome.findings = fileFindings + imported.findings;
        ++m_done;
        if (hasErrors(imported.findings)) {
            for (const Finding &f : imported.findings) {
                if (f.severity == Severity::Error) {
                    outcome.error = f.message;
                    break;
                }
            }
            ++m_skipped;
            showProgress(CliText::tr("%1 skipped").arg(describeOutcome(outcome)));
        } else {
            const QString fallback = imported.wordpressId != 0
                                         ? QStringLiteral("post-%1").arg(imported.wordpressId)
                                         : QFileInfo(source).completeBaseName();
            // A re-run takes the same names in the same order, so each post meets the file
            // an earlier run wrote for it.
            outcome.file = m_names.take(outcome.slug, fallback);
            writeUnlessPresent(outcome, writePost(imported.post, m_options.format));
        }
        m_outcomes.append(outcome);
    }

    void writeUnlessPresent(PostOutcome &outcome, const QByteArray &bytes)
    {
        const QString name = QFileInfo(outcome.file).fileName();
        const ExistingFile existing = compareWithExisting(outcome.file, bytes);
        if (existing == ExistingFile::Same) {
            outcome.status = PostOutcome::Status::Unchanged;
            ++m_unchanged;
            showProgress(CliText::tr("%1 unchanged").arg(name));
            return;
        }
        if (existing == ExistingFile::Differs && !m_options.force) {
            outcome.status = PostOutcome::Status::Differs;
            ++m_differs;
            showProgress(CliText::tr("%1 differs, not overwritten").arg(name));
            return;
        }
        const WriteResult written = writeFileAtomically(outcome.file, bytes);
        if (written.ok) {
            outcome.status = PostOutcome::Status::Written;
            ++m_written;
            showProgress(name);
        } else {
            outcome.file.clear();
            outcome.error = written.error;
            m_writeFailed = true;
            m_console.error(written.error);
        }
    }

    void showProgress(const QString &what)
    {
        if (!m_options.progress)
            return;
        m_console.err << QStringLiteral("[%1/%2] %3\n").arg(m_done).arg(m_total).arg(what);
        m_console.err.flush();
    }

    const Options &m_options;
    Console &m_console;
    OutputNames m_names;
    QList<PostOutcome> m_outcomes;
    QStringList m_fileErrors;
    int m_total = 0;
    int m_done = 0;
    int m_written = 0;
    int m_skipped = 0;
    int m_unchanged = 0;
    int m_differs = 0;
    bool m_writeFailed = false;
};

QString summaryText(const Importer &importer, const Options &options, int signal)
{
    QString text;
    for (const PostOutcome &outcome : importer.outcomes()) {
        const QList<Finding> attention = attentionFindings(outcome.findings);
        if (!outcome.error.isEmpty()) {
            text += CliText::tr("%1: error: %2 (skipped)\n")
                        .arg(describeOutcome(outcome), outcome.error);
        } else if (outcome.status == PostOutcome::Status::Differs) {
            text += CliText::tr("%1: exists with different content; not overwritten (skipped)\n")
                        .arg(QDir(options.outDir).relativeFilePath(outcome.file));
        } else if (!reportedThisRun(outcome)) {
            continue;
        } else if (!attention.isEmpty()) {
            text += findingsAsText({QDir(options.outDir).relativeFilePath(outcome.file),
                                    PostFormat::WordPressJson, QString(), attention});
        }
    }
    QStringList counts;
    for (const AttentionKind &kind : attentionKinds()) {
        int posts = 0;
        for (const PostOutcome &outcome : importer.outcomes()) {
            posts += reportedThisRun(outcome) &&
                     std::any_of(outcome.findings.begin(), outcome.findings.end(),
                                 [&](const Finding &f) { return kind.ids.contains(f.id); });
        }
        if (posts > 0)
            counts.append(QCoreApplication::translate("pw::cli", kind.label, nullptr, posts));
    }
    if (importer.skipped() > 0)
        counts.append(CliText::tr("%n post(s) skipped for errors", nullptr, importer.skipped()));
    if (!importer.fileErrors().isEmpty()) {
        counts.append(CliText::tr("%n file(s) could not be read", nullptr,
                                  int(importer.fileErrors().size())));
    }

    text += signal != 0
                ? CliText::tr("Cancelled: %n post(s) written to %1 before stopping; every file "
                              "written is complete.",
                              nullptr, importer.written())
                      .arg(options.outDir)
                : CliText::tr("Imported %n post(s) into %1.", nullptr, importer.written())
                      .arg(options.outDir);
    text += QLatin1Char('\n');
    if (importer.unchanged() > 0) {
        text += CliText::tr("Skipped %n unchanged post(s) (already imported).", nullptr,
                            importer.unchanged()) +
                QLatin1Char('\n');
    }
    if (importer.differs() > 0) {
        text += CliText::tr("Skipped %n post(s) whose file exists with different content "
                            "(--force overwrites).",
                            nullptr, importer.differs()) +
                QLatin1Char('\n');
    }
    if (!counts.isEmpty())
        text += CliText::tr("Needs attention: %1.").arg(counts.join(QStringLiteral("; "))) +
                QLatin1Char('\n');
    return text;
}

QJsonObject summaryJson(const Importer &importer, const Options &options, int signal)
{
    QJsonArray posts;
    for (const PostOutcome &outcome : importer.outcomes()) {
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
    return {{QStringLiteral("out"), options.outDir},
            {QStringLiteral("written"), importer.written()},
            {QStringLiteral("skipped"), importer.skipped()},
            {QStringLiteral("unchanged"), importer.unchanged()},
            {QStringLiteral("differs"), importer.differs()},
            {QStringLiteral("cancelled"), signal != 0},
            {QStringLiteral("posts"), posts},
            {QStringLiteral("errors"), QJsonArray::fromStringList(importer.fileErrors())}};
}

} // namespace

int runImport(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), CliText::tr("Folder to write the posts to."), CliText::tr("DIR"));
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
    const QCommandLineOption categoriesOption(QStringLiteral("categories"),
                                              CliText::tr("Allowed categories, one per line."),
                                              CliText::tr("FILE"));
    parser.addOptions(
        {outOption, toOption, forceOption, progressOption, jsonOption, categoriesOption});
    parser.addPositionalArgument(QStringLiteral("FILE_OR_DIR"),
                                 CliText::tr("WordPress JSON files, or folders of them."),
                                 CliText::tr("FILE_OR_DIR..."));
    if (!parser.parse(arguments)) {
        console.error(parser.errorText());
        return InputError;
    }
    if (parser.positionalArguments().isEmpty()) {
        console.error(CliText::tr("import: no file or folder given"));
        return InputError;
    }
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty()) {
        console.error(CliText::tr("import: --out DIR is required"));
        return InputError;
    }

    Options options;
    options.outDir = parser.value(outOption);
    options.json = parser.isSet(jsonOption);
    options.force = parser.isSet(forceOption);
    options.progress = parser.isSet(progressOption) || isatty(fileno(stderr));
    if (parser.isSet(toOption)) {
        const auto format = writableFormatFromName(parser.value(toOption));
        if (!format || *format == PostFormat::PostJson) {
            console.error(CliText::tr("import: unknown format \"%1\" (use markdown or generator)")
                              .arg(parser.value(toOption)));
            return InputError;
        }
        options.format = *format;
    }
    if (parser.isSet(categoriesOption)) {
        QString error;
        const auto custom = CategoryWhitelist::fromFile(parser.value(categoriesOption), &error);
        if (!custom) {
            console.error(error);
            return InputError;
        }
        options.whitelist = *custom;
    }
    if (!QDir().mkpath(options.outDir)) {
        console.error(CliText::tr("%1: cannot create the output folder").arg(options.outDir));
        return InputError;
    }

    QStringList inputErrors;
    const QStringList sources = collectInputs(parser.positionalArguments(), inputErrors);
    for (const QString &error : std::as_const(inputErrors))
        console.error(error);

    const InterruptGuard guard;
    Importer importer(options, console);
    importer.run(sources);
    const int signal = InterruptGuard::requested();

    if (options.json) {
        QJsonObject summary = summaryJson(importer, options, signal);
        QJsonArray errors = summary.value(QStringLiteral("errors")).toArray();
        for (const QString &error : std::as_const(inputErrors))
            errors.append(error);
        summary.insert(QStringLiteral("errors"), errors);
        console.out << QString::fromUtf8(QJsonDocument(summary).toJson());
    } else {
        console.out << summaryText(importer, options, signal);
    }
    console.out.flush();

    if (signal != 0)
        return 128 + signal;
    if (!inputErrors.isEmpty() || !importer.fileErrors().isEmpty() || importer.writeFailed())
        return InputError;
    return importer.skipped() > 0 ? FindingErrors : Ok;
}

} // namespace pw::cli
