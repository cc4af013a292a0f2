#include "markdown/word_count.h"

#include "markdown/cmark_handles.h"

#include <QTextBoundaryFinder>
#include <cmark-gfm.h>

namespace pw {

static int countWordsIn(const QString &text)
{
    int words = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    while (finder.toNextBoundary() >= 0) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
            ++words;
    }
    return words;
}

int countWords(const QString &markdown)
{
    const CmarkNodePtr document = parseGfm(markdown.toUtf8());
    // Inline text nodes are joined before counting: cmark splits "we’ll" or "don't" into
    // several literals, and counting each would inflate the total.
    QString prose;
    const CmarkIterPtr iter(cmark_iter_new(document.get()));
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
            // Block boundaries (and table cells, which are inline containers) end a word.
            if (event == CMARK_EVENT_EXIT)
                prose += QLatin1Char('\n');
            break;
        }
    }
    return countWordsIn(prose);
}

} // namespace pw
