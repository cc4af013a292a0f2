// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/spelling_check.h"

#include "cli/console.h"
#include "core/markdown/analysis.h"
#include "core/spelling/personal_dictionary.h"
#include "core/spelling/post_language.h"
#include "core/spelling/spell_checker.h"
#include "core/spelling/spelling_findings.h"

#include <QCommandLineParser>

namespace pw::cli {

namespace {
const QString kLangOption = QStringLiteral("lang");
const QString kNoSpellingOption = QStringLiteral("no-spelling");
} // namespace

CliSpelling::CliSpelling() = default;
CliSpelling::~CliSpelling() = default;

void CliSpelling::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({kLangOption,
                      CliText::tr("Spelling language (en_US, de_DE, ...) instead of the post's "
                                  "'lang' or the default."),
                      CliText::tr("LANG")});
    parser.addOption({kNoSpellingOption, CliText::tr("Do not check spelling.")});
}

void CliSpelling::configure(const QCommandLineParser &parser)
{
    m_enabled = !parser.isSet(kNoSpellingOption);
    m_forcedLanguage = parser.value(kLangOption);
    if (!m_enabled)
        return;
    PersonalDictionary personal;
    // An unreadable personal list only means more words are reported; never fatal.
    personal.load();
    m_personalWords = personal.words();
}

std::shared_ptr<SpellChecker> CliSpelling::checkerFor(const QString &language, QString *error)
{
    if (!m_checkers.contains(language)) {
        SpellCheckerOptions options;
        options.language = language;
        options.personalWords = m_personalWords;
        QString message;
        m_checkers.insert(language, SpellChecker::create(options, &message));
        m_errors.insert(language, message);
    }
    *error = m_errors.value(language);
    return m_checkers.value(language);
}

QList<Finding> CliSpelling::findings(const Post &post)
{
    if (!m_enabled)
        return {};
    QString language = m_forcedLanguage;
    if (language.isEmpty())
        language = postLanguage(post);
    if (language.isEmpty())
        language = defaultSpellingLanguage();
    QString error;
    const auto checker = checkerFor(language, &error);
    if (!checker) {
        Finding finding;
        finding.id = QStringLiteral("spelling.no_dictionary");
        finding.severity = Severity::Info;
        finding.message = error;
        return {finding};
    }
    // The prose ranges the editor's analysis finds, without its preview and SEO checks.
    return spellingFindings(post, proseRangesOf(post.body), *checker);
}

} // namespace pw::cli
