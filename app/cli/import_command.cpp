// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/import_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "cli/interrupt_guard.h"
#include "cli/post_files_writer.h"

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

#include <cstdio>
#include <unistd.h>

namespace pw::cli {

namespace {

struct Options {
    PostFilesWriter::Options output;
    bool json = false;
    CategoryWhitelist whitelist = CategoryWhitelist::defaults();
};

struct SourceRead {
    QList<ImportedPost> posts;
    QList<Finding> fileFindings; // decoding: legacy charset, repaired characters
    QString error;               // starts with the path
};

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

// Stops after the current post when SIGINT/SIGTERM arrived.
void importSources(const QStringList &sources, const CategoryWhitelist &whitelist,
                   PostFilesWriter &writer)
{
    // Until a file is read its post count is unknown; count it as one.
    writer.addExpected(int(sources.size()));
    for (const QString &source : sources) {
        if (InterruptGuard::requested())
            return;
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
    importSources(sources, options.whitelist, writer);
    const int signal = InterruptGuard::requested();

    if (options.json) {
        QJsonObject summary = writer.summaryJson(signal);
        QJsonArray errors = summary.value(QStringLiteral("errors")).toArray();
        for (const QString &error : std::as_const(inputErrors))
            errors.append(error);
        summary.insert(QStringLiteral("errors"), errors);
        console.out << QString::fromUtf8(QJsonDocument(summary).toJson());
    } else {
        console.out << writer.summaryText(
            signal, CliText::tr("Imported %n post(s) into %1.", nullptr, writer.written())
                        .arg(options.output.outDir));
    }
    console.out.flush();

    if (signal != 0)
        return 128 + signal;
    if (!inputErrors.isEmpty() || !writer.sourceErrors().isEmpty() || writer.writeFailed())
        return InputError;
    return writer.skipped() > 0 ? FindingErrors : Ok;
}

} // namespace pw::cli
