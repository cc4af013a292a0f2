// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/interrupt_guard.h"
#include "cli/post_files_writer.h"
#include "cli/wxr_source_import.h"

#include "core/checks/category_whitelist.h"
#include "core/formats/post_writer.h"
#include "core/import/wordpress_import.h"
#include "core/io/file_loader.h"
#include "core/text/decoder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace pw::cli {

namespace {

struct Options {
    PostFilesWriter::Options output;
    bool json = false;
    CategoryWhitelist whitelist = CategoryWhitelist::defaults();
    WxrSourceOptions wxr;
};

struct SourceRead {
    QList<ImportedPost> posts;
    QList<Finding> fileFindings; // decoding: legacy charset, repaired characters
    QString error;               // starts with the path
};

// Files first as given, folders walked for *.json and WordPress exports (*.xml that are WXR by
// content) in name order (reproducible output names).
QStringList collectInputs(const QStringList &arguments, QStringList &errors)
{
    QStringList files;
    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (!info.exists()) {
            errors.append(CliText::tr("%1: no such file or folder").arg(argument));
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(argument, {QStringLiteral("*.json"), QStringLiteral("*.xml")},
                            QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (!file.endsWith(QLatin1String(".xml")) || isWxrFile(file))
                    found.append(file);
            }
            found.sort();
            if (found.isEmpty()) {
                errors.append(
                    CliText::tr("%1: the folder holds no .json files or WordPress exports")
                        .arg(argument));
            }
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

// Stops after the current post when SIGINT/SIGTERM arrived.
void importSources(const QStringList &sources, const Options &options, PostFilesWriter &writer,
                   QList<WxrSourceReport> &exports, Console &console)
{
    const CategoryWhitelist &whitelist = options.whitelist;
    // Until a file is read its post count is unknown; count it as one.
    writer.addExpected(int(sources.size()));
    for (const QString &source : sources) {
        if (InterruptGuard::requested())
            return;
        if (isWxrInput(source)) {
            // An export counts its posts as it hands them out.
            writer.addExpected(-1);
            WxrSourceOptions wxr = options.wxr;
            wxr.import.whitelist = whitelist;
            wxr.progress = options.output.progress;
            exports.append(importWxrSource(source, wxr, writer, console));
            continue;
        }
        const SourceRead read = readSource(source, whitelist);
        if (!read.error.isEmpty()) {
            writer.addSourceError(read.error);
            writer.addExpected(-1);
            continue;
        }
        writer.addExpected(int(read.posts.size()) - 1);
        for (int i = 0; i < read.posts.size(); ++i) {
            writer.add(source, i + 1, read.posts.at(i),
                       i == 0 ? read.fileFindings : QList<Finding>());
            if (InterruptGuard::requested())
                return;
        }
    }
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
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
                                         CliText::tr("WordPress export: import its pages too."));
    const QCommandLineOption noPostsOption(
        QStringLiteral("no-posts"),
        CliText::tr("WordPress export: leave its posts out (with --pages: pages only)."));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        CliText::tr("WordPress export: the statuses to import, comma-separated: publish, draft, "
                    "pending, private, future, trash, or all (default: publish)."),
        CliText::tr("LIST"));
    const QCommandLineOption protectedOption(
        QStringLiteral("protected"),
        CliText::tr("WordPress export: import password-protected posts with their content "
                    "(listed and left out otherwise)."));
    const QCommandLineOption imagesOption(
        QStringLiteral("download-images"),
        CliText::tr("WordPress export: download the images the posts use from the export's site "
                    "into DIR/images and link them there; failed ones keep the site's address."));
    parser.addOptions({outOption, toOption, forceOption, progressOption, jsonOption,
                       categoriesOption, pagesOption, noPostsOption, statusOption, protectedOption,
                       imagesOption});
    parser.addPositionalArgument(
        QStringLiteral("FILE_OR_DIR"),
        CliText::tr("WordPress JSON files or WordPress export (WXR) files, or folders of them."),
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
    options.output.outDir = parser.value(outOption);
    options.json = parser.isSet(jsonOption);
    options.output.force = parser.isSet(forceOption);
    options.output.progress = parser.isSet(progressOption) || isatty(fileno(stderr));
    if (parser.isSet(toOption)) {
        const auto format = writableFormatFromName(parser.value(toOption));
        if (!format || *format == PostFormat::PostJson) {
            console.error(CliText::tr("import: unknown format \"%1\" (use markdown or generator)")
                              .arg(parser.value(toOption)));
            return InputError;
        }
        options.output.format = *format;
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
    options.wxr.import.includePages = parser.isSet(pagesOption);
    options.wxr.import.includePosts = !parser.isSet(noPostsOption);
    options.wxr.import.includeProtected = parser.isSet(protectedOption);
    options.wxr.downloadImages = parser.isSet(imagesOption);
    if (!options.wxr.import.includePosts && !options.wxr.import.includePages) {
        console.error(CliText::tr("import: --no-posts without --pages leaves nothing to import"));
        return InputError;
    }
    if (parser.isSet(statusOption)) {
        static const QStringList known{QStringLiteral("publish"), QStringLiteral("draft"),
                                       QStringLiteral("pending"), QStringLiteral("private"),
                                       QStringLiteral("future"),  QStringLiteral("trash")};
        QSet<QString> statuses;
        for (const QString &part : parser.value(statusOption).split(QLatin1Char(','))) {
            const QString status = part.trimmed().toLower();
            if (status == QLatin1String("all")) {
                statuses.clear();
                break;
            }
            if (!known.contains(status)) {
                console.error(CliText::tr("import: unknown status \"%1\" (use %2 or all)")
                                  .arg(part.trimmed(), known.join(QStringLiteral(", "))));
                return InputError;
            }
            statuses.insert(status);
        }
        options.wxr.import.statuses = statuses;
    }
    const bool outExisted = QFileInfo(options.output.outDir).isDir();
    if (!QDir().mkpath(options.output.outDir)) {
        console.error(
            CliText::tr("%1: cannot create the output folder").arg(options.output.outDir));
        return InputError;
    }

    QStringList inputErrors;
    const QStringList sources = collectInputs(parser.positionalArguments(), inputErrors);
    for (const QString &error : std::as_const(inputErrors))
        console.error(error);

    const InterruptGuard guard;
    PostFilesWriter writer(options.output, console);
    QList<WxrSourceReport> exports;
    importSources(sources, options, writer, exports, console);
    const int signal = InterruptGuard::requested();
    // A run that wrote nothing (a bad export) leaves no trace: the folder it made goes again.
    if (!outExisted && writer.written() == 0)
        QDir().rmdir(options.output.outDir);

    if (options.json) {
        QJsonObject summary = writer.summaryJson(signal);
        QJsonArray errors = summary.value(QStringLiteral("errors")).toArray();
        for (const QString &error : std::as_const(inputErrors))
            errors.append(error);
        summary.insert(QStringLiteral("errors"), errors);
        if (!exports.isEmpty()) {
            QJsonArray reports;
            for (const WxrSourceReport &report : std::as_const(exports))
                reports.append(wxrReportJson(report));
            summary.insert(QStringLiteral("exports"), reports);
        }
        console.out << QString::fromUtf8(QJsonDocument(summary).toJson());
    } else {
        console.out << writer.summaryText(
            signal, CliText::tr("Imported %n post(s) into %1.", nullptr, writer.written())
                        .arg(options.output.outDir));
        console.out << wxrReportText(exports);
    }
    console.out.flush();

    if (signal != 0)
        return 128 + signal;
    if (!inputErrors.isEmpty() || !writer.sourceErrors().isEmpty() || writer.writeFailed())
        return InputError;
    // An image asked for and not downloaded needs attention as a skipped post does: the post's
    // link still points at the site, which may be about to go.
    const bool imagesFailed = std::any_of(exports.cbegin(), exports.cend(),
                                          [](const WxrSourceReport &r) { return r.imagesFailed > 0; });
    return writer.skipped() > 0 || imagesFailed ? FindingErrors : Ok;
}

} // namespace pw::cli
