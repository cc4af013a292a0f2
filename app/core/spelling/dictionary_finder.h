// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pw {

struct DictionaryFiles {
    QString language; // "en_US", as the file is named
    QString affPath;
    QString dicPath;
    bool operator==(const DictionaryFiles &) const = default;
};

// Where hunspell dictionaries are looked for, first match wins: the user's own folder
// (AppDataLocation/dictionaries), then the system's /usr/share/hunspell and /usr/share/myspell.
QStringList defaultDictionaryFolders();

// Every .aff/.dic pair in the folders, by language, without duplicates (first folder wins).
QList<DictionaryFiles> installedDictionaries(const QStringList &folders);

// "de-DE" and "de_DE" are the same; a bare "de" takes de_DE, or else the first de_* found.
std::optional<DictionaryFiles> findDictionary(const QString &language, const QStringList &folders);

// "de-de" -> "de_DE", " en_us " -> "en_US"; empty stays empty.
QString normalizedLanguage(const QString &language);

// The Debian package that ships the dictionary: hunspell-de-de, hunspell-en-us, hunspell-fr...
QString dictionaryPackage(const QString &language);

// The message shown when no dictionary is installed for `language`: names the package and the
// user's folder.
QString missingDictionaryMessage(const QString &language, const QStringList &folders);

} // namespace pw
