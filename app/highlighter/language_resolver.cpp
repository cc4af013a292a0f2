// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language_resolver.h"

#include <KSyntaxHighlighting/Repository>

#include <array>

namespace pw {

namespace {

using KSyntaxHighlighting::Definition;

// Names from GitHub, Pandoc and highlight.js usage, mapped to KSyntaxHighlighting 5.103's
// definition names (checked by tst_highlighter_helper against the real repository). Where a
// language has no definition of its own, the nearest one that colours it correctly:
// Vue and Svelte files are HTML with <script> and <style>; JSONC and JSON5 are JavaScript
// literals (the JSON definition marks their comments as errors); a console session is Bash.
// PHP is "PHP (HTML)" (the span collector starts it inside <?php when the block lacks one).
// No definition exists for Vim script or nginx: those stay unknown.
constexpr std::array aliasTable{
    LanguageResolver::Alias{"py", "Python"},
    LanguageResolver::Alias{"py3", "Python"},
    LanguageResolver::Alias{"python", "Python"},
    LanguageResolver::Alias{"python3", "Python"},
    LanguageResolver::Alias{"python2", "Python"},
    LanguageResolver::Alias{"js", "JavaScript"},
    LanguageResolver::Alias{"javascript", "JavaScript"},
    LanguageResolver::Alias{"node", "JavaScript"},
    LanguageResolver::Alias{"nodejs", "JavaScript"},
    LanguageResolver::Alias{"mjs", "JavaScript"},
    LanguageResolver::Alias{"cjs", "JavaScript"},
    LanguageResolver::Alias{"jsonc", "JavaScript"},
    LanguageResolver::Alias{"json5", "JavaScript"},
    LanguageResolver::Alias{"jsx", "JavaScript React (JSX)"},
    LanguageResolver::Alias{"ts", "TypeScript"},
    LanguageResolver::Alias{"typescript", "TypeScript"},
    LanguageResolver::Alias{"mts", "TypeScript"},
    LanguageResolver::Alias{"cts", "TypeScript"},
    LanguageResolver::Alias{"tsx", "TypeScript React (TSX)"},
    LanguageResolver::Alias{"sh", "Bash"},
    LanguageResolver::Alias{"shell", "Bash"},
    LanguageResolver::Alias{"bash", "Bash"},
    LanguageResolver::Alias{"ksh", "Bash"},
    LanguageResolver::Alias{"console", "Bash"},
    LanguageResolver::Alias{"terminal", "Bash"},
    LanguageResolver::Alias{"shell-session", "Bash"},
    LanguageResolver::Alias{"shellsession", "Bash"},
    LanguageResolver::Alias{"sh-session", "Bash"},
    LanguageResolver::Alias{"zsh", "Zsh"},
    LanguageResolver::Alias{"fish", "Fish"},
    LanguageResolver::Alias{"c++", "C++"},
    LanguageResolver::Alias{"cpp", "C++"},
    LanguageResolver::Alias{"cxx", "C++"},
    LanguageResolver::Alias{"cc", "C++"},
    LanguageResolver::Alias{"hpp", "C++"},
    LanguageResolver::Alias{"hxx", "C++"},
    LanguageResolver::Alias{"hh", "C++"},
    LanguageResolver::Alias{"h", "C++"},
    LanguageResolver::Alias{"c", "C"},
    LanguageResolver::Alias{"cs", "C#"},
    LanguageResolver::Alias{"csharp", "C#"},
    LanguageResolver::Alias{"c#", "C#"},
    LanguageResolver::Alias{"fs", "FSharp"},
    LanguageResolver::Alias{"fsharp", "FSharp"},
    LanguageResolver::Alias{"f#", "FSharp"},
    LanguageResolver::Alias{"rb", "Ruby"},
    LanguageResolver::Alias{"ruby", "Ruby"},
    LanguageResolver::Alias{"erb", "Ruby/Rails/RHTML"},
    LanguageResolver::Alias{"rs", "Rust"},
    LanguageResolver::Alias{"rust", "Rust"},
    LanguageResolver::Alias{"go", "Go"},
    LanguageResolver::Alias{"golang", "Go"},
    LanguageResolver::Alias{"kt", "Kotlin"},
    LanguageResolver::Alias{"kts", "Kotlin"},
    LanguageResolver::Alias{"kotlin", "Kotlin"},
    LanguageResolver::Alias{"yml", "YAML"},
    LanguageResolver::Alias{"yaml", "YAML"},
    LanguageResolver::Alias{"json", "JSON"},
    LanguageResolver::Alias{"html", "HTML"},
    LanguageResolver::Alias{"htm", "HTML"},
    LanguageResolver::Alias{"xhtml", "HTML"},
    LanguageResolver::Alias{"vue", "HTML"},
    LanguageResolver::Alias{"svelte", "HTML"},
    LanguageResolver::Alias{"xml", "XML"},
    LanguageResolver::Alias{"svg", "XML"},
    LanguageResolver::Alias{"xsd", "XML"},
    LanguageResolver::Alias{"plist", "XML"},
    LanguageResolver::Alias{"css", "CSS"},
    LanguageResolver::Alias{"scss", "SCSS"},
    LanguageResolver::Alias{"sass", "SASS"},
    LanguageResolver::Alias{"less", "LESSCSS"},
    LanguageResolver::Alias{"md", "Markdown"},
    LanguageResolver::Alias{"markdown", "Markdown"},
    LanguageResolver::Alias{"dockerfile", "Dockerfile"},
    LanguageResolver::Alias{"docker", "Dockerfile"},
    LanguageResolver::Alias{"containerfile", "Dockerfile"},
    LanguageResolver::Alias{"sql", "SQL"},
    LanguageResolver::Alias{"mysql", "SQL (MySQL)"},
    LanguageResolver::Alias{"mariadb", "SQL (MySQL)"},
    LanguageResolver::Alias{"postgres", "SQL (PostgreSQL)"},
    LanguageResolver::Alias{"postgresql", "SQL (PostgreSQL)"},
    LanguageResolver::Alias{"psql", "SQL (PostgreSQL)"},
    LanguageResolver::Alias{"pgsql", "SQL (PostgreSQL)"},
    LanguageResolver::Alias{"plsql", "SQL (Oracle)"},
    LanguageResolver::Alias{"php", "PHP (HTML)"},
    LanguageResolver::Alias{"pl", "Perl"},
    LanguageResolver::Alias{"perl", "Perl"},
    LanguageResolver::Alias{"lua", "Lua"},
    LanguageResolver::Alias{"r", "R Script"},
    LanguageResolver::Alias{"swift", "Swift"},
    LanguageResolver::Alias{"java", "Java"},
    LanguageResolver::Alias{"scala", "Scala"},
    LanguageResolver::Alias{"clj", "Clojure"},
    LanguageResolver::Alias{"cljs", "Clojure"},
    LanguageResolver::Alias{"clojure", "Clojure"},
    LanguageResolver::Alias{"hs", "Haskell"},
    LanguageResolver::Alias{"haskell", "Haskell"},
    LanguageResolver::Alias{"ex", "Elixir"},
    LanguageResolver::Alias{"exs", "Elixir"},
    LanguageResolver::Alias{"elixir", "Elixir"},
    LanguageResolver::Alias{"erl", "Erlang"},
    LanguageResolver::Alias{"erlang", "Erlang"},
    LanguageResolver::Alias{"ps1", "PowerShell"},
    LanguageResolver::Alias{"powershell", "PowerShell"},
    LanguageResolver::Alias{"pwsh", "PowerShell"},
    LanguageResolver::Alias{"posh", "PowerShell"},
    LanguageResolver::Alias{"bat", "MS-DOS Batch"},
    LanguageResolver::Alias{"cmd", "MS-DOS Batch"},
    LanguageResolver::Alias{"batch", "MS-DOS Batch"},
    LanguageResolver::Alias{"ini", "INI Files"},
    LanguageResolver::Alias{"cfg", "INI Files"},
    LanguageResolver::Alias{"dosini", "INI Files"},
    LanguageResolver::Alias{"toml", "TOML"},
    LanguageResolver::Alias{"cmake", "CMake"},
    LanguageResolver::Alias{"make", "Makefile"},
    LanguageResolver::Alias{"makefile", "Makefile"},
    LanguageResolver::Alias{"mk", "Makefile"},
    LanguageResolver::Alias{"mak", "Makefile"},
    LanguageResolver::Alias{"tex", "LaTeX"},
    LanguageResolver::Alias{"latex", "LaTeX"},
    LanguageResolver::Alias{"diff", "Diff"},
    LanguageResolver::Alias{"patch", "Diff"},
    LanguageResolver::Alias{"udiff", "Diff"},
    LanguageResolver::Alias{"apache", "Apache Configuration"},
    LanguageResolver::Alias{"apacheconf", "Apache Configuration"},
    LanguageResolver::Alias{"htaccess", "Apache Configuration"},
    LanguageResolver::Alias{"graphql", "GraphQL"},
    LanguageResolver::Alias{"gql", "GraphQL"},
    LanguageResolver::Alias{"proto", "Protobuf"},
    LanguageResolver::Alias{"protobuf", "Protobuf"},
    LanguageResolver::Alias{"tf", "Terraform"},
    LanguageResolver::Alias{"terraform", "Terraform"},
    LanguageResolver::Alias{"hcl", "Terraform"},
    LanguageResolver::Alias{"dart", "Dart"},
    LanguageResolver::Alias{"nix", "Nix"},
    LanguageResolver::Alias{"zig", "Zig"},
    LanguageResolver::Alias{"asm", "Intel x86 (NASM)"},
    LanguageResolver::Alias{"nasm", "Intel x86 (NASM)"},
    LanguageResolver::Alias{"x86asm", "Intel x86 (NASM)"},
    LanguageResolver::Alias{"gas", "GNU Assembler"},
    LanguageResolver::Alias{"objc", "Objective-C"},
    LanguageResolver::Alias{"objectivec", "Objective-C"},
    LanguageResolver::Alias{"objective-c", "Objective-C"},
    LanguageResolver::Alias{"objc++", "Objective-C++"},
    LanguageResolver::Alias{"objective-c++", "Objective-C++"},
    LanguageResolver::Alias{"matlab", "Matlab"},
    LanguageResolver::Alias{"octave", "Octave"},
    LanguageResolver::Alias{"julia", "Julia"},
    LanguageResolver::Alias{"jl", "Julia"},
    LanguageResolver::Alias{"groovy", "Groovy"},
    LanguageResolver::Alias{"gradle", "Groovy"},
    LanguageResolver::Alias{"ocaml", "Objective Caml"},
    LanguageResolver::Alias{"ml", "Objective Caml"},
    LanguageResolver::Alias{"elm", "Elm"},
    LanguageResolver::Alias{"lisp", "Common Lisp"},
    LanguageResolver::Alias{"common-lisp", "Common Lisp"},
    LanguageResolver::Alias{"elisp", "Common Lisp"},
    LanguageResolver::Alias{"emacs-lisp", "Common Lisp"},
    LanguageResolver::Alias{"scheme", "Scheme"},
    LanguageResolver::Alias{"scm", "Scheme"},
    LanguageResolver::Alias{"racket", "Racket"},
    LanguageResolver::Alias{"rkt", "Racket"},
    LanguageResolver::Alias{"fortran", "Fortran (Free Format)"},
    LanguageResolver::Alias{"f90", "Fortran (Free Format)"},
    LanguageResolver::Alias{"f95", "Fortran (Free Format)"},
    LanguageResolver::Alias{"pascal", "Pascal"},
    LanguageResolver::Alias{"delphi", "Pascal"},
    LanguageResolver::Alias{"pas", "Pascal"},
    LanguageResolver::Alias{"objectpascal", "Pascal"},
    LanguageResolver::Alias{"vb", "MonoBasic"},
    LanguageResolver::Alias{"vbnet", "MonoBasic"},
    LanguageResolver::Alias{"vb.net", "MonoBasic"},
    LanguageResolver::Alias{"qml", "QML"},
    LanguageResolver::Alias{"coffee", "CoffeeScript"},
    LanguageResolver::Alias{"coffeescript", "CoffeeScript"},
    LanguageResolver::Alias{"tcl", "Tcl/Tk"},
    LanguageResolver::Alias{"awk", "AWK"},
    LanguageResolver::Alias{"gawk", "AWK"},
};

// Words for "no language": the block is shown as plain text.
constexpr std::array plainTextWords{
    "text", "txt",         "plain",        "plaintext", "plain-text",
    "none", "nohighlight", "no-highlight", "output",
};

bool isPlainText(const QString &lowerWord)
{
    for (const char *word : plainTextWords) {
        if (lowerWord == QLatin1String(word))
            return true;
    }
    return false;
}

} // namespace

LanguageResolver::LanguageResolver(const KSyntaxHighlighting::Repository &repository)
    : m_repository(repository)
{
    m_aliases.reserve(int(aliasTable.size()));
    for (const Alias &alias : aliasTable)
        m_aliases.insert(QString::fromLatin1(alias.word), QString::fromUtf8(alias.definition));
    const auto definitions = repository.definitions();
    for (const Definition &definition : definitions) {
        // Hidden definitions are parts of others ("Alerts", "Modelines"), not languages.
        if (definition.isValid() && !definition.isHidden())
            m_byLowerName.insert(definition.name().toLower(), definition);
    }
}

std::span<const LanguageResolver::Alias> LanguageResolver::aliases()
{
    return aliasTable;
}

QString LanguageResolver::languageWord(QStringView infoString)
{
    QStringView word = infoString.trimmed();
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word[i].isSpace()) {
            word = word.left(i);
            break;
        }
    }
    if (word.startsWith(QLatin1Char('{')))
        word = word.mid(1);
    if (word.startsWith(QLatin1Char('.')))
        word = word.mid(1);
    // What follows the name: Pandoc's closing brace, line ranges ("js{1,3-5}"), R Markdown's
    // chunk options ("{r, echo=FALSE}"), titles ("js:title=app.js", "js[app.js]").
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c == u'{' || c == u'}' || c == u'[' || c == u',' || c == u':') {
            word = word.left(i);
            break;
        }
    }
    return word.toString();
}

KSyntaxHighlighting::Definition LanguageResolver::resolve(QStringView infoString) const
{
    const QString word = languageWord(infoString);
    if (word.isEmpty())
        return {};
    const QString key = word.toLower();
    if (isPlainText(key))
        return {};
    if (const auto alias = m_aliases.constFind(key); alias != m_aliases.cend()) {
        Definition definition = m_repository.definitionForName(*alias);
        if (definition.isValid())
            return definition;
    }
    if (const auto named = m_byLowerName.constFind(key); named != m_byLowerName.cend())
        return *named;
    return byFileName(word);
}

KSyntaxHighlighting::Definition LanguageResolver::byFileName(const QString &word) const
{
    // A name, not a path: nothing with a directory in it.
    if (word.contains(QLatin1Char('/')))
        return {};
    // File patterns are case-sensitive: "*.py", but also "Makefile" and "CMakeLists.txt".
    const QString lower = word.toLower();
    for (const QString &candidate : {lower, word}) {
        Definition definition =
            m_repository.definitionForFileName(QStringLiteral("x.") + candidate);
        if (!definition.isValid())
            definition = m_repository.definitionForFileName(candidate);
        if (definition.isValid())
            return definition;
    }
    return {};
}

} // namespace pw
