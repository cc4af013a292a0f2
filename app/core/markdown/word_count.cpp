// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/word_count.h"

#include "core/markdown/cmark_handles.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/word_count_internal.h"
#include "core/text/ideographs.h"

#include <QTextBoundaryFinder>
#include <algorithm>
#include <cmark-gfm.h>

namespace pw {

// A hyphen between two words joins them: readers, word processors and Yoast SEO (whose
// text length the SEO tab reports) count "built-in" once, where UAX #29 sees two words.
static bool joinsWords(const QString &text, qsizetype previousEnd, qsizetype start)
{
    if (previousEnd < 1 || start != previousEnd + 1 || start >= text.size())
        return false;
    const QChar hyphen = text.at(previousEnd);
    return (hyphen == u'-' || hyphen == u'\u2010') && text.at(previousEnd - 1).isLetterOrNumber() &&
           text.at(start).isLetterOrNumber();
}

// Words in one item of the word boundary finder besides its ideographs and kana (counted
// apart): the parts between those that hold a letter or digit. Usually the item is one word
// ("3.14", "don't"); "Qt6の使い方" has one besides its four, "コーヒー" none.
static int wordsBesideIdeographs(QStringView item)
{
    int words = 0;
    bool counted = false;
    for (const QChar c : item) {
        if (isWordPerCharacter(c)) {
            counted = false;
        } else if (!counted && (c.isLetterOrNumber() || c.isMark())) {
            ++words;
            counted = true;
        }
    }
    return words;
}

int countWordsInText(const QString &text)
{
    // Each ideograph and kana is a word wherever it stands: UAX #29 makes some of them items
    // of their own, some parts of other items, and Han and Hiragana no items at all.
    int words = int(std::count_if(text.cbegin(), text.cend(), isWordPerCharacter));
    qsizetype start = 0;
    qsizetype previousEnd = -1;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    for (qsizetype at; (at = finder.toNextBoundary()) >= 0;) {
        const QTextBoundaryFinder::BoundaryReasons reasons = finder.boundaryReasons();
        // One boundary can end a word and start the next (ideographs): the end goes first.
        if (reasons & QTextBoundaryFinder::EndOfItem) {
            if (!joinsWords(text, previousEnd, start))
                words += wordsBesideIdeographs(QStringView(text).sliced(start, at - start));
            previousEnd = at;
        }
        if (reasons & QTextBoundaryFinder::StartOfItem)
            start = at;
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
