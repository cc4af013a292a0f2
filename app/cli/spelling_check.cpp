// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/spelling_check.h"

#include "cli/console.h"
#include "core/markdown/analysis.h"
#include "core/spelling/personal_dictionary.h"
#include "core/spelling/post_language.h"
#include "core/spelling/spell_checker.h"
#include "core/spelling/spelling_findings.h"
#include "core/spelling/word_lists.h"

#include <QCommandLineParser>
#include <QtConcurrent/QtConcurrentRun>

namespace pw::cli {

namespace {
const QString kLangOption = QStringLiteral("lang");
const QString kNoSpellingOption = QStringLiteral("no-spelling");
const QString kSuggestOption = QStringLiteral("suggest");
} // namespace

CliSpelling::CliSpelling()
{
    m_pool.setMaxThreadCount(QThread::idealThreadCount());
}

CliSpelling::~CliSpelling() = default;

void CliSpelling::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({kLangOption,
                      CliText::tr("Spelling language (en_US, de_DE, ...) instead of the post's "
                                  "'lang' or the default."),
                      CliText::tr("LANG")});
    parser.addOption({kNoSpellingOption, CliText::tr("Do not check spelling.")});
    parser.addOption({kSuggestOption, CliText::tr("Suggest corrections for misspelled words "
                                                  "(slower).")});
}

void CliSpelling::configure(const QCommandLineParser &parser)
{
    m_enabled = !parser.isSet(kNoSpellingOption);
    m_forcedLanguage = parser.value(kLangOption);
    // Suggestions cost tens of milliseconds per unknown word, checking a word microseconds:
    // over a few hundred posts they are what makes `check` take minutes.
    m_suggest = parser.isSet(kSuggestOption);
    if (!m_enabled)
        return;
    PersonalDictionary personal;
    // An unreadable personal list only means more words are reported; never fatal.
    personal.load();
    m_personalWords = personal.words();
}

std::shared_ptr<SpellChecker> CliSpelling::checkerFor(const QString &language,
                                                      const QString &siteWordsFile, QString *error)
{
    const QString key = language + QLatin1Char('\n') + siteWordsFile;
    if (!m_checkers.contains(key)) {
        SpellCheckerOptions options;
        options.language = language;
        options.personalWords = m_personalWords + readWordList(siteWordsFile);
        QString message;
        const auto checker = SpellChecker::create(options, &message);
        // Suggestions are nearly all of --suggest's time: each pool thread computes them on a
        // hunspell handle of its own instead of waiting for the one the checks use.
        if (checker && m_suggest)
            checker->setSuggestionThreads(m_pool.maxThreadCount());
        m_checkers.insert(key, checker);
        m_errors.insert(key, message);
    }
    *error = m_errors.value(key);
    return m_checkers.value(key);
}

QList<Finding> CliSpelling::findings(const Post &post, const QString &path)
{
    return start(post, path).result();
}

QFuture<QList<Finding>> CliSpelling::start(const Post &post, const QString &path)
{
    if (!m_enabled)
        return QtFuture::makeReadyFuture(QList<Finding>());
    QString language = m_forcedLanguage;
    if (language.isEmpty())
        language = postLanguage(post);
    if (language.isEmpty())
        language = defaultSpellingLanguage();
    QString error;
    const auto checker = checkerFor(language, siteWordsFile(path), &error);
    if (!checker) {
        Finding finding;
        finding.id = QStringLiteral("spelling.no_dictionary");
        finding.severity = Severity::Info;
        finding.message = error;
        return QtFuture::makeReadyFuture(QList<Finding>{finding});
    }
    return QtConcurrent::run(&m_pool, [checker, post, suggest = m_suggest] {
        // The prose ranges the editor's analysis finds, without its preview and SEO checks.
        return spellingFindings(post, proseRangesOf(post.body), *checker, {}, suggest);
    });
}

} // namespace pw::cli
