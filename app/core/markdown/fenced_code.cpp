// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/fenced_code.h"

#include "core/markdown/cmark_handles.h"
#include "core/markdown/piecewise_parse.h"
#include "core/markdown/source_map.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>

namespace pw {

namespace {

// The 0-based last line of a block; cmark's lines are 1-based, and an end at column 0 means
// the line before ended it.
int lastLineOf(cmark_node *node)
{
    const int start = cmark_node_get_start_line(node);
    const int end = cmark_node_get_end_line(node);
    return (cmark_node_get_end_column(node) == 0 && end > start ? end - 1 : end) - 1;
}

} // namespace

QList<FencedCode> fencedCodeBlocks(const QString &body)
{
    QList<FencedCode> blocks;
    parseInPieces(body, [&blocks](cmark_node *document, const SourceMap &source, int firstLine) {
        const CmarkIterPtr iter(cmark_iter_new(document));
        for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
             event = cmark_iter_next(iter.get())) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            int length = 0;
            int offset = 0;
            char marker = 0;
            if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK ||
                !cmark_node_get_fenced(node, &length, &offset, &marker))
                continue;
            const int start = cmark_node_get_start_line(node) - 1;
            // cmark ends a fenced block on the line that ended it, even when that line ended
            // the enclosing list item or quote and is not the block's: the container's own
            // end says where the block's lines stop.
            const int last =
                std::max(start, std::min(lastLineOf(node), lastLineOf(cmark_node_parent(node))));
            // The block starts where its fence does, after the container's prefix.
            const int column = cmark_node_get_start_column(node) - 1;
            // Every content line is one line of the literal. An indented "```" may be
            // content or a closing fence, so the lines are counted rather than looked at:
            // a closed block holds one line fewer than it spans.
            const char *literal = cmark_node_get_literal(node);
            const int contentLines =
                literal ? int(std::count(literal, literal + std::strlen(literal), '\n')) : 0;
            FencedCode block;
            block.openingLine = firstLine + start;
            block.fenceColumn = source.utf16Column(start, column);
            block.fenceChar = QLatin1Char(marker);
            block.fenceLength = length;
            block.lastLine = firstLine + last;
            block.closed = last > start && contentLines < last - start;
            blocks.append(block);
        }
        return true;
    });
    return blocks;
}

} // namespace pw
