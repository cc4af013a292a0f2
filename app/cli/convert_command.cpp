// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/convert_command.h"

#include "cli/command_line.h"
#include "cli/console.h"
#include "core/export/html_export.h"
#include "core/formats/post_writer.h"
#include "core/highlight/code_highlighter.h"
#include "core/highlight/highlighter_location.h"
#include "core/io/post_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace pw::cli {

namespace {

// One line on stderr when code blocks that name a language stayed plain because the
// highlighter could not colour them (not installed, turned off, down): the page is still
// written, and the line says why its code has no colours.
void reportPlainCode(const QString &input, const Post &post, const CodeColouring &code,
                     Console &console)
{
    if (!code.enabled())
        return;
    const QString reason = code.highlighter->unavailableReason();
    if (reason.isEmpty())
        return;
    // Rendered again only in this case, and a highlighter that cannot answer answers at once.
    // A block left as cmark writes it; a coloured one has colours or a class on its <pre>.
    if (renderCleanHtml(post.body, code).contains(QLatin1String("<pre><code class=\"language-")))
        console.error(QStringLiteral("%1: %2").arg(input, reason));
}

} // namespace

int runConvert(const QStringList &arguments, Console &console)
{
    QCommandLineParser parser;
    const QCommandLineOption toOption(
        QStringLiteral("to"), CliText::tr("Output format: json, markdown, generator or html."),
        CliText::tr("FORMAT"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CliText::tr("Write to OUT instead of standard output."),
                                          CliText::tr("OUT"));
    const QCommandLineOption codeColoursOption(
        QStringLiteral("code-colours"),
        CliText::tr("How html colours code blocks: inline (default), classes or none."),
        CliText::tr("STYLE"));
    parser.addOptions({toOption, outputOption, codeColoursOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), CliText::tr("The post to convert."));
    if (!parser.parse(arguments)) {
        console.error(parser.errorText());
        return InputError;
    }
    if (parser.positionalArguments().size() != 1) {
        console.error(CliText::tr("convert: give exactly one input file"));
        return InputError;
    }
    if (!parser.isSet(toOption)) {
        console.error(CliText::tr("convert: --to json|markdown|generator|html is required"));
        return InputError;
    }
    // HTML is a page to publish, not a post format: it is written, never read back, so it is
    // not one of writableFormatFromName's (which `import --to` shares). The bytes are File →
    // Export → As HTML's.
    const bool html =
        parser.value(toOption).trimmed().compare(QLatin1String("html"), Qt::CaseInsensitive) == 0;
    PostFormat format = PostFormat::MarkdownFrontMatter; // read only when !html
    if (!html) {
        const std::optional<PostFormat> named = writableFormatFromName(parser.value(toOption));
        if (!named) {
            console.error(
                CliText::tr("convert: unknown format \"%1\" (use json, markdown, generator or html)")
                    .arg(parser.value(toOption)));
            return InputError;
        }
        format = *named;
    }
    const QString codeStyle = parser.isSet(codeColoursOption) ? parser.value(codeColoursOption)
                                                              : QStringLiteral("inline");
    if (!CodeColouring::styleNames().contains(codeStyle)) {
        console.error(
            CliText::tr("convert: unknown code colours \"%1\" (use inline, classes or none)")
                .arg(codeStyle));
        return InputError;
    }

    const QString input = parser.positionalArguments().constFirst();
    const QList<PostReadResult> all = readAllPostsFromFile(input);
    const PostReadResult &read = all.constFirst();
    if (all.size() > 1) {
        console.error(CliText::tr("%1 holds %n posts; only the first was converted. Use "
                                  "\"postwright import %1 --out DIR\" to convert them all.",
                                  nullptr, int(all.size()))
                          .arg(input));
    }
    if (!read.post) {
        console.error(read.error);
        return InputError;
    }

    // Only a page colours code: no other format starts the highlighter's helper.
    const CodeColouring code = html && codeStyle != QLatin1String("none")
                                   ? CodeColouring::forPages(makeCodeHighlighter(), codeStyle)
                                   : CodeColouring();
    if (!parser.isSet(outputOption)) {
        console.out.flush();
        const QByteArray bytes =
            html ? exportHtml(*read.post, code).toUtf8() : writePost(*read.post, format);
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        reportPlainCode(input, *read.post, code, console);
        return Ok;
    }
    const QString output = parser.value(outputOption);
    if (QFileInfo(output).canonicalFilePath() == QFileInfo(input).canonicalFilePath()) {
        console.error(
            CliText::tr("convert: %1 is the input file; choose another output").arg(output));
        return InputError;
    }
    const WriteResult written =
        html ? writeHtmlPage(output, *read.post, code) : writePostFile(output, *read.post, format);
    if (!written.ok) {
        console.error(written.error);
        return InputError;
    }
    reportPlainCode(input, *read.post, code, console);
    return Ok;
}

} // namespace pw::cli
