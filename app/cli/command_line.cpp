// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/command_line.h"

#include "cli/check_command.h"
#include "cli/console.h"
#include "cli/convert_command.h"
#include "cli/import_command.h"
#include "cli/publish_command.h"
#include "cli/pull_command.h"
#include "cli/site_command.h"
#include "cli/verb_guess.h"

#include <QCoreApplication>

namespace pw::cli {

static const QStringList verbs = {QStringLiteral("check"), QStringLiteral("convert"),
                                  QStringLiteral("import"), QStringLiteral("site"),
                                  QStringLiteral("pull"), QStringLiteral("publish")};

static bool isHelp(const QString &arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}

static bool isVersion(const QString &arg)
{
    return arg == QLatin1String("--version") || arg == QLatin1String("-v");
}

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // A mistyped verb is answered here too: taken for a file, it would open an empty window
    // (or, without a display, abort) instead of saying what went wrong.
    return verbs.contains(first) || isHelp(first) || isVersion(first) || looksLikeVerb(first);
}

// "'chek' is not a postwright command", what was probably meant, the verbs, and how to open a
// file of that name after all.
static int unknownVerb(const QString &typed, Console &console)
{
    console.error(CliText::tr("'%1' is not a postwright command.").arg(typed));
    const QStringList known = verbs + QStringList{QStringLiteral("help")};
    if (const QString meant = closestVerb(typed, known); !meant.isEmpty())
        console.err << CliText::tr("Did you mean '%1'?").arg(meant) << '\n';
    console.err << CliText::tr("The commands are: %1. 'postwright --help' shows how to use them.")
                       .arg(known.join(QStringLiteral(", ")))
                << '\n'
                << CliText::tr("To open a file of that name in the editor, give its path: "
                               "postwright ./%1")
                       .arg(typed)
                << Qt::endl;
    return InputError;
}

static QString usage()
{
    return CliText::tr(
        "Usage:\n"
        "  postwright [FILE...]                 open files in the editor\n"
        "  postwright check FILE... [--json] [--categories FILE] [--seo [--keyphrase PHRASE]]\n"
        "                                       check metadata and body (--seo: also SEO and\n"
        "                                       readability checks and scores); exit 0 when no file\n"
        "                                       has an error, 1 when one has, 2 when a file\n"
        "                                       cannot be read\n"
        "                 [--lang LANG] [--no-spelling] [--suggest]\n"
        "                                       spelling in LANG (default: the post's 'lang');\n"
        "                                       words in the personal dictionary are accepted;\n"
        "                                       --suggest: corrections too (slower)\n"
        "  postwright convert FILE --to json|markdown|generator|html [-o OUT]\n"
        "                                       convert a post (html: the page File > Export >\n"
        "                                       As HTML writes); stdout unless -o\n"
        "  postwright import FILE_OR_DIR... --out DIR [--to markdown|generator] [--force]\n"
        "                    [--progress] [--json] [--categories FILE]\n"
        "                                       every post of WordPress JSON files (folders are\n"
        "                                       searched for *.json) to one file per slug; never\n"
        "                                       overwrites unless --force; exit 0 ok, 1 posts\n"
        "                                       skipped for errors, 2 input unreadable\n"
        "  postwright site add NAME URL --user USER [--json]\n"
        "                                       add a WordPress site: checks the Application\n"
        "                                       Password (POSTWRIGHT_APP_PASSWORD, else asked)\n"
        "                                       and keeps it in the system keyring\n"
        "  postwright site list | remove NAME [--json]\n"
        "  postwright pull --site NAME --out DIR [--status STATUS] [--since DATE]\n"
        "                  [--to markdown|generator] [--force] [--progress] [--json]\n"
        "                                       every post of the site to one file per slug,\n"
        "                                       as import writes them\n"
        "  postwright publish FILE... --site NAME [--status draft|pending|future|publish]\n"
        "                     [--date DATE] [--force] [--overwrite | --new-draft] [--json]\n"
        "                                       create or update each post on the site (refused\n"
        "                                       on errors unless --force; a post changed on the\n"
        "                                       site is a conflict: exit 1)\n"
        "  postwright --help | --version\n"
        "\n"
        "Formats read: the generator text format, Markdown with or without YAML front matter,\n"
        "Postwright post JSON. The format is recognised from the content.\n");
}

// Kept apart from usage() so that a change here leaves the translated usage standing.
static QString notes()
{
    return CliText::tr(
        "\n"
        "Running import again skips each post whose file already holds the same text; a file\n"
        "with other content is kept and named in the summary (--force overwrites it).\n"
        "A first word that is neither a command nor an existing file is a mistyped command\n"
        "(exit 2); to open a new file whose name has no dot, give its path: postwright ./NAME\n");
}

// The WordPress export options of import, apart for the same reason.
static QString exportNotes()
{
    return CliText::tr(
        "\n"
        "A WordPress export file (WXR: wp-admin, Tools > Export) is imported the same way:\n"
        "  postwright import export.xml --out DIR [--pages] [--no-posts] [--status LIST|all]\n"
        "                    [--protected] [--download-images]\n"
        "                                       published posts by default; --pages adds the\n"
        "                                       pages, --status publish,draft,pending,private,\n"
        "                                       future,trash or all; password-protected posts\n"
        "                                       are listed unless --protected; --download-images\n"
        "                                       copies the site's images into DIR/images\n");
}

// The code colours of convert and publish, apart for the same reason.
static QString codeColourNotes()
{
    return CliText::tr(
        "\n"
        "convert --to html and publish colour fenced code that names a language:\n"
        "  --code-colours inline|classes|none\n"
        "                                       inline (default): style attributes that keep\n"
        "                                       their colours anywhere; classes: class=\"hl-...\"\n"
        "                                       (a page brings its stylesheet; a published post\n"
        "                                       relies on the site's theme); none: plain code\n");
}

int runCommandLine(const QStringList &arguments)
{
    Console console;
    const QString first = arguments.value(1);
    if (isVersion(first)) {
        console.out << QStringLiteral("postwright %1\n").arg(QStringLiteral(POSTWRIGHT_VERSION));
        return Ok;
    }
    if (isHelp(first)) {
        console.out << usage() << notes() << exportNotes() << codeColourNotes();
        return Ok;
    }
    const QStringList verbArguments = arguments.mid(1);
    if (first == QLatin1String("check"))
        return runCheck(verbArguments, console);
    if (first == QLatin1String("convert"))
        return runConvert(verbArguments, console);
    if (first == QLatin1String("import"))
        return runImport(verbArguments, console);
    if (first == QLatin1String("site"))
        return runSite(verbArguments, console);
    if (first == QLatin1String("pull"))
        return runPull(verbArguments, console);
    if (first == QLatin1String("publish"))
        return runPublish(verbArguments, console);
    if (looksLikeVerb(first))
        return unknownVerb(first, console);
    console.err << usage();
    return InputError;
}

} // namespace pw::cli
