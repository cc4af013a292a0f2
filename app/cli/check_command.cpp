#include "check_command.h"

#include "checks/category_whitelist.h"
#include "checks/metadata_checks.h"
#include "checks/title_width.h"
#include "command_line.h"
#include "console.h"
#include "findings_output.h"
#include "io/post_file.h"

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
    parser.addOptions({jsonOption, categoriesOption});
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
    const TitleWidthMeter meter;
    const CheckContext context{&whitelist, meter.isValid() ? &meter : nullptr};

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
        if (hasErrors(report.findings) && exitCode == Ok)
            exitCode = FindingErrors;
        if (parser.isSet(jsonOption))
            jsonReports.append(reportToJson(report));
        else
            console.out << findingsAsText(report);
    }
    if (parser.isSet(jsonOption)) {
        console.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("files"), jsonReports}}).toJson());
    }
    return exitCode;
}

} // namespace pw::cli
