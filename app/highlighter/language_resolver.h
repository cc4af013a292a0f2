// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compiles against Qt 5 + KF5 (the helper process on Debian 12) and Qt 6 + KF6 (in-process on
// newer systems): QtCore and the KSyntaxHighlighting API only, no protocol.

#include <KSyntaxHighlighting/Definition>

#include <QHash>
#include <QString>
#include <QStringView>

#include <span>

namespace KSyntaxHighlighting {
class Repository;
}

namespace pw {

// Finds the syntax definition for what a writer put after ``` ("py", "C++", "{.python}",
// "Dockerfile"). The names writers use are rarely the definitions' own ("py" is "Python",
// "sh" is "Bash", "jsx" is "JavaScript React (JSX)"), and definitionForName() is
// case-sensitive, so a table of the usual ones comes first, then the definitions' names in any
// case, then the file-name patterns ("x.rs", "Makefile").
class LanguageResolver {
public:
    struct Alias {
        const char *word;       // lower case, as languageWord() leaves it
        const char *definition; // the exact KSyntaxHighlighting definition name
    };

    // `repository` must outlive the resolver.
    explicit LanguageResolver(const KSyntaxHighlighting::Repository &repository);

    // An invalid definition for plain text ("text", "output", "none"), for nothing at all and
    // for a language the repository does not know.
    KSyntaxHighlighting::Definition resolve(QStringView infoString) const;

    // The language word of an info string: its first word, without Pandoc's "{." / "{" / "."
    // in front and without what generators attach after it ("js{1,3}", "{r, echo=FALSE}").
    // Case is kept; resolve() compares in lower case.
    static QString languageWord(QStringView infoString);

    // The alias table, for tests that check every entry against the real repository.
    static std::span<const Alias> aliases();

private:
    KSyntaxHighlighting::Definition byFileName(const QString &word) const;

    const KSyntaxHighlighting::Repository &m_repository;
    QHash<QString, QString> m_aliases;                             // word -> definition name
    QHash<QString, KSyntaxHighlighting::Definition> m_byLowerName; // visible definitions
};

} // namespace pw
