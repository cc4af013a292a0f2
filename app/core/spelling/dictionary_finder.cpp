// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/dictionary_finder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pw {

namespace {
class FinderText {
    Q_DECLARE_TR_FUNCTIONS(pw::DictionaryFinder)
};
} // namespace

QStringList defaultDictionaryFolders()
{
    QStringList folders;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        folders.append(data + QStringLiteral("/dictionaries"));
    folders.append(QStringLiteral("/usr/share/hunspell"));
    folders.append(QStringLiteral("/usr/share/myspell"));
    folders.append(QStringLiteral("/usr/share/myspell/dicts"));
    return folders;
}

QList<DictionaryFiles> installedDictionaries(const QStringList &folders)
{
    QList<DictionaryFiles> result;
    QStringList seen;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QFileInfoList dics =
            dir.entryInfoList({QStringLiteral("*.dic")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &dic : dics) {
            const QString language = dic.completeBaseName();
            const QString aff = dir.filePath(language + QStringLiteral(".aff"));
            // Hyphenation (hyph_*) and thesaurus files share the folder but are not dictionaries.
            if (seen.contains(language) || !QFileInfo::exists(aff) ||
                language.startsWith(QLatin1String("hyph_")))
                continue;
            seen.append(language);
            result.append({language, aff, dic.absoluteFilePath()});
        }
    }
    std::sort(result.begin(), result.end(),
              [](const auto &a, const auto &b) { return a.language < b.language; });
    return result;
}

QString normalizedLanguage(const QString &language)
{
    QString text = language.trimmed();
    text.replace(QLatin1Char('-'), QLatin1Char('_'));
    const qsizetype underscore = text.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return text.toLower();
    return text.left(underscore).toLower() + QLatin1Char('_') + text.mid(underscore + 1).toUpper();
}

std::optional<DictionaryFiles> findDictionary(const QString &language, const QStringList &folders)
{
    const QString wanted = normalizedLanguage(language);
    if (wanted.isEmpty())
        return std::nullopt;
    const QList<DictionaryFiles> all = installedDictionaries(folders);
    for (const DictionaryFiles &files : all) {
        if (files.language == wanted)
            return files;
    }
    if (wanted.contains(QLatin1Char('_')))
        return std::nullopt;
    // A bare language: its "home" region first (de_DE, fr_FR), else the first one found.
    const QString home = wanted + QLatin1Char('_') + wanted.toUpper();
    const DictionaryFiles *first = nullptr;
    for (const DictionaryFiles &files : all) {
        if (files.language == home)
            return files;
        if (!first && files.language.startsWith(wanted + QLatin1Char('_')))
            first = &files;
    }
    if (wanted == QLatin1String("en")) {
        for (const DictionaryFiles &files : all) {
            if (files.language == QLatin1String("en_US"))
                return files;
        }
    }
    return first ? std::optional(*first) : std::nullopt;
}

QString dictionaryPackage(const QString &language)
{
    const QString normal = normalizedLanguage(language);
    const QString lang = normal.section(QLatin1Char('_'), 0, 0);
    const QString region = normal.section(QLatin1Char('_'), 1, 1).toLower();
    // Debian splits these languages by region; the others ship one package per language.
    static const QStringList regional = {QStringLiteral("de"), QStringLiteral("en"),
                                         QStringLiteral("pt"), QStringLiteral("gl")};
    if (regional.contains(lang)) {
        const QString defaultRegion = lang == QLatin1String("en")   ? QStringLiteral("us")
                                      : lang == QLatin1String("pt") ? QStringLiteral("pt")
                                                                    : lang;
        return QStringLiteral("hunspell-%1-%2")
            .arg(lang, region.isEmpty() ? defaultRegion : region);
    }
    return QStringLiteral("hunspell-%1").arg(lang);
}

QString missingDictionaryMessage(const QString &language, const QStringList &folders)
{
    const QString userFolder = folders.isEmpty() ? QString() : folders.first();
    return FinderText::tr("No spelling dictionary for %1 is installed. Install the Debian package "
                          "%2 (sudo apt install %2), or put %1.aff and %1.dic into %3.")
        .arg(normalizedLanguage(language), dictionaryPackage(language), userFolder);
}

} // namespace pw
