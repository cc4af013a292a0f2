// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/spelling_findings.h"

#include "core/spelling/spell_checker.h"

#include <QCoreApplication>

namespace pw {

namespace {
class SpellingText {
    Q_DECLARE_TR_FUNCTIONS(pw::Spelling)
};

Finding findingFor(const Misspelling &misspelling, Field field, qsizetype offset)
{
    Finding finding;
    finding.id = QStringLiteral("spelling.misspelled");
    finding.severity = Severity::Info;
    finding.field = field;
    finding.message = SpellingText::tr("Possible misspelling: “%1”").arg(misspelling.word);
    finding.range = {misspelling.range.start + offset, misspelling.range.length};
    finding.suggestions = misspelling.suggestions;
    if (!finding.suggestions.isEmpty())
        finding.suggestion = finding.suggestions.first();
    return finding;
}

void append(QList<Finding> &findings, const QList<Misspelling> &misspellings, Field field,
            qsizetype offset = 0)
{
    for (const Misspelling &misspelling : misspellings)
        findings.append(findingFor(misspelling, field, offset));
}
} // namespace

QList<Finding> metadataSpellingFindings(const Post &post, const SpellChecker &checker,
                                        const QSet<QString> &ignored, bool withSuggestions)
{
    QList<Finding> findings;
    append(findings, checker.checkText(post.title, withSuggestions, ignored), Field::Title);
    append(findings, checker.checkText(post.metaDescription, withSuggestions, ignored),
           Field::MetaDescription);
    qsizetype offset = 0;
    for (const QString &tag : post.tags) {
        append(findings, checker.checkText(tag, withSuggestions, ignored), Field::Tags, offset);
        offset += tag.size() + 2; // ", "
    }
    return findings;
}

QList<Finding> spellingFindings(const Post &post, const QList<TextRange> &bodyProse,
                                const SpellChecker &checker, const QSet<QString> &ignored,
                                bool withSuggestions)
{
    QList<Finding> findings = metadataSpellingFindings(post, checker, ignored, withSuggestions);
    append(findings, checker.check(post.body, bodyProse, withSuggestions, ignored), Field::Body);
    return findings;
}

} // namespace pw
