// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/checks/metadata_suggestions.h"

#include "core/checks/metadata_checks.h"
#include "core/seo/article_text.h"

#include <QTextBoundaryFinder>

namespace pw {

namespace {

// The longest start of `text` that ends at a word boundary and, with "…", fits `maxChars`.
QString cutToFit(const QString &text, int maxChars)
{
    if (characterCount(text) <= maxChars)
        return text;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    qsizetype cut = 0;
    for (qsizetype at = words.toNextBoundary(); at > 0; at = words.toNextBoundary()) {
        if (characterCount(text.first(at).trimmed()) + 1 > maxChars)
            break;
        if (words.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
            cut = at;
    }
    return text.first(cut).trimmed() + QChar(0x2026);
}

QString openingParagraph(const Post &post, const QList<PreviewBlock> &blocks)
{
    for (const PreviewBlock &block : blocks) {
        if (!block.html.startsWith(QLatin1String("<p")))
            continue;
        // One block is enough: the opening paragraph is the first <p> at the top level.
        const ArticleText article = readArticle({block}, post.body);
        for (const ArticleBlock &paragraph : article.blocks) {
            if (paragraph.kind == ArticleBlock::Kind::Paragraph && !paragraph.text.isEmpty())
                return paragraph.text;
        }
    }
    return {};
}

} // namespace

MetadataSuggestion suggestMetadata(const Post &post, const QList<OutlineEntry> &outline,
                                   const QList<PreviewBlock> &blocks)
{
    MetadataSuggestion suggestion;
    if (post.title.trimmed().isEmpty() && !outline.isEmpty())
        suggestion.title = outline.constFirst().text;
    if (post.metaDescription.trimmed().isEmpty())
        suggestion.description = cutToFit(openingParagraph(post, blocks), limits::descriptionMaxChars);
    return suggestion;
}

} // namespace pw
