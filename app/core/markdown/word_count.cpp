// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/word_count.h"

#include "core/markdown/cmark_handles.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/word_count_internal.h"

#include <QTextBoundaryFinder>
#include <cmark-gfm.h>

namespace pw {

int countWordsInText(const QString &text)
{
    int words = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    while (finder.toNextBoundary() >= 0) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
            ++words;
    }
    return words;
}

int countCharactersInText(const QString &text)
{
    if (text.isEmpty())
        return 0;
    int characters = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype from = 0, to; (to = finder.toNextBoundary()) > 0; from = to) {
        if (!(to - from == 1 && text[from] == QLatin1Char('\n')))
            ++characters;
    }
    return characters;
}

static bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

QString readerText(cmark_node *document)
{
    // Inline text nodes are joined before counting: cmark splits "we’ll" or "don't" into
    // several literals, and counting each would inflate the total.
    QString prose;
    const CmarkIterPtr iter(cmark_iter_new(document));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            prose += QString::fromUtf8(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            prose += QLatin1Char(' ');
            break;
        default:
            // Block boundaries (table cells are blocks too) end a word; inline markup such
            // as "un*believ*able" does not. Consecutive boundaries collapse, so nesting
            // depth does not grow the text.
            if (event == CMARK_EVENT_EXIT && isBlock(node) && !prose.endsWith(QLatin1Char('\n')))
                prose += QLatin1Char('\n');
            break;
        }
    }
    return prose;
}

int countWords(cmark_node *document)
{
    return countWordsInText(readerText(document));
}

int countWords(const QString &markdown)
{
    int words = 0;
    parseInPieces(markdown, [&words](cmark_node *document, const SourceMap &, int) {
        words += countWords(document);
        return true;
    });
    return words;
}

} // namespace pw
