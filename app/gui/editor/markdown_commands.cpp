// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/editor/markdown_commands.h"

#include "core/markdown/fenced_code.h"
#include "gui/editor/raw_text.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace pw::gui::markdown {

namespace {

// Quote prefixes, then an optional list marker (bullet or ordered) with its spacing, then an
// optional task box. Captures: 1 quotes, 2 indent, 3 bullet, 4 number, 5 delimiter,
// 6 spacing, 7 task box.
const QRegularExpression &listPrefixPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^((?:[ \t]*>[ \t]?)*)([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)(\[[ xX]\][ \t]+)?)"));
    return re;
}

const QRegularExpression &quotePrefixPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^((?:[ \t]*>[ \t]?)+))"));
    return re;
}

const QRegularExpression &headingPrefixPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[ ]{0,3}(#{1,6})(?:[ \t]+|$))"));
    return re;
}

QString markerOf(InlineMarkup markup)
{
    switch (markup) {
    case InlineMarkup::Strong:
        return QStringLiteral("**");
    case InlineMarkup::Emphasis:
        return QStringLiteral("*");
    case InlineMarkup::Strikethrough:
        return QStringLiteral("~~");
    case InlineMarkup::Code:
        return QStringLiteral("`");
    }
    return {};
}

int leadingRun(const QString &text, QChar c)
{
    int n = 0;
    while (n < text.size() && text.at(n) == c)
        ++n;
    return n;
}

int trailingRun(const QString &text, QChar c)
{
    int n = 0;
    while (n < text.size() && text.at(text.size() - 1 - n) == c)
        ++n;
    return n;
}

// Whether `text` is wholly wrapped in `marker`. Asterisk runs are counted so that italic
// ("*") does not mistake bold ("**") for itself, while bold-italic ("***") is both.
bool isWrappedIn(const QString &text, const QString &marker)
{
    if (text.size() < 2 * marker.size() + 1)
        return false;
    const QChar c = marker.front();
    const int lead = leadingRun(text, c);
    const int trail = trailingRun(text, c);
    if (lead >= text.size())
        return false; // nothing but marker characters
    if (c == QLatin1Char('*') || c == QLatin1Char('_')) {
        const auto hasMarker = [&](int run) {
            return marker.size() == 1 ? (run == 1 || run == 3) : run >= 2;
        };
        return hasMarker(lead) && hasMarker(trail);
    }
    return lead >= marker.size() && trail >= marker.size();
}

QString italicMarkerIn(const QString &text)
{
    if (isWrappedIn(text, QStringLiteral("*")))
        return QStringLiteral("*");
    if (isWrappedIn(text, QStringLiteral("_")))
        return QStringLiteral("_");
    return {};
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('\'');
}

QString textBetween(QTextDocument *document, int from, int to)
{
    QTextCursor range(document);
    range.setPosition(from);
    range.setPosition(to, QTextCursor::KeepAnchor);
    return rawSelectedText(range);
}

QString withoutTrailingSpace(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

// Whether `line` is blank inside the quotes of `quotePrefix` ("" outside quotes, "> " in one).
bool isBlankLineIn(const QString &line, const QString &quotePrefix)
{
    return withoutTrailingSpace(line) == withoutTrailingSpace(quotePrefix);
}

bool shiftListItem(QTextCursor &cursor, int direction)
{
    if (cursor.hasSelection())
        return false;
    const QTextBlock block = cursor.block();
    const QRegularExpressionMatch list = listPrefixPattern().match(block.text());
    if (!list.hasMatch() || !list.captured(1).isEmpty())
        return false;
    // Nesting needs the child's marker under the parent's text: indent by the marker width.
    const int width = int(list.capturedLength(3) + list.capturedLength(4) + list.capturedLength(5) +
                          list.capturedLength(6));
    const int indent = int(list.capturedLength(2));
    const int column = cursor.positionInBlock();
    QTextCursor edit(block);
    edit.beginEditBlock();
    if (direction > 0) {
        edit.insertText(QString(width, QLatin1Char(' ')));
    } else {
        const int remove = qMin(indent, width);
        if (remove == 0) {
            edit.endEditBlock();
            return true; // already at the left edge: Shift+Tab does nothing else in a list
        }
        edit.setPosition(block.position() + remove, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
    }
    edit.endEditBlock();
    const int shifted = direction > 0 ? column + width : qMax(0, column - qMin(indent, width));
    cursor.setPosition(block.position() + shifted);
    return true;
}

} // namespace

bool toggleInlineMarkup(QTextCursor &cursor, InlineMarkup markup)
{
    const QString marker = markerOf(markup);
    const int m = int(marker.size());

    if (!cursor.hasSelection()) {
        // Inside a word, format the word; elsewhere open an empty pair to type into.
        const QTextBlock block = cursor.block();
        const QString text = block.text();
        const int column = cursor.position() - block.position();
        int start = column;
        int end = column;
        while (start > 0 && isWordChar(text.at(start - 1)))
            --start;
        while (end < text.size() && isWordChar(text.at(end)))
            ++end;
        if (start == end) {
            cursor.beginEditBlock();
            cursor.insertText(marker + marker);
            cursor.endEditBlock();
            cursor.setPosition(cursor.position() - m);
            return true;
        }
        cursor.setPosition(block.position() + start);
        cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
    }

    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    QTextDocument *doc = cursor.document();
    // Markdown ignores "** bold **": keep the markers against the words.
    while (start < end && doc->characterAt(start).isSpace())
        ++start;
    while (end > start && doc->characterAt(end - 1).isSpace())
        --end;
    if (start == end)
        return false;
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    const QString selected = rawSelectedText(cursor);

    cursor.beginEditBlock();
    QString wrapped = marker;
    if (markup == InlineMarkup::Emphasis)
        wrapped = italicMarkerIn(selected);
    else if (!isWrappedIn(selected, marker))
        wrapped.clear();

    // Markers just outside the selection ("**|bold|**") count as the selection's own.
    const QString before = textBetween(doc, qMax(0, start - 3), start);
    const QString after = textBetween(doc, end, qMin(doc->characterCount() - 1, end + 3));
    bool outerMarker = false;
    if (!wrapped.isEmpty()) {
        // the selection carries its own markers
    } else if (markup == InlineMarkup::Emphasis) {
        const int b = trailingRun(before, QLatin1Char('*'));
        const int a = leadingRun(after, QLatin1Char('*'));
        outerMarker = (b == 1 || b == 3) && (a == 1 || a == 3);
    } else {
        outerMarker = before.endsWith(marker) && after.startsWith(marker);
    }

    int newStart = start;
    int newEnd = end;
    if (!wrapped.isEmpty()) {
        const int w = int(wrapped.size());
        cursor.insertText(selected.mid(w, selected.size() - 2 * w));
        newEnd = end - 2 * w;
    } else if (outerMarker) {
        QTextCursor edit(doc);
        edit.setPosition(end);
        edit.setPosition(end + m, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.setPosition(start - m);
        edit.setPosition(start, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        newStart = start - m;
        newEnd = end - m;
    } else {
        QTextCursor edit(doc);
        edit.setPosition(end);
        edit.insertText(marker);
        edit.setPosition(start);
        edit.insertText(marker);
        newStart = start + m;
        newEnd = end + m;
    }
    cursor.endEditBlock();

    cursor.setPosition(newStart);
    cursor.setPosition(newEnd, QTextCursor::KeepAnchor);
    return true;
}

void setHeadingLevel(QTextCursor &cursor, int level)
{
    level = qBound(0, level, 6);
    QTextDocument *doc = cursor.document();
    const QTextBlock first = doc->findBlock(cursor.selectionStart());
    QTextBlock last = doc->findBlock(cursor.selectionEnd());
    // A selection that ends at the very start of a line does not include that line.
    if (cursor.hasSelection() && last != first && cursor.selectionEnd() == last.position())
        last = last.previous();

    // Applying the level every selected line already has turns them back into paragraphs.
    bool allAtLevel = level > 0;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QRegularExpressionMatch h = headingPrefixPattern().match(b.text());
        if (!h.hasMatch() || h.capturedLength(1) != level)
            allAtLevel = false;
        if (b == last)
            break;
    }
    const QString prefix =
        allAtLevel || level == 0 ? QString() : QString(level, QLatin1Char('#')) + QLatin1Char(' ');

    const bool keepSelection = cursor.hasSelection();
    cursor.beginEditBlock();
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QString text = b.text();
        const QRegularExpressionMatch h = headingPrefixPattern().match(text);
        QTextCursor edit(b);
        const int oldLength = h.hasMatch() ? int(h.capturedLength(0)) : 0;
        // Blank lines between selected paragraphs stay blank, not empty headings.
        if (!(text.isEmpty() && !prefix.isEmpty() && first != last)) {
            edit.setPosition(b.position() + oldLength, QTextCursor::KeepAnchor);
            edit.insertText(prefix);
        }
        if (b == last)
            break;
    }
    cursor.endEditBlock();
    if (!keepSelection) {
        // The cursor stays where it was in the words, and lands after a new marker.
        const QRegularExpressionMatch h = headingPrefixPattern().match(cursor.block().text());
        const int minColumn = h.hasMatch() ? int(h.capturedLength(0)) : 0;
        if (cursor.positionInBlock() < minColumn)
            cursor.setPosition(cursor.block().position() + minColumn);
    }
}

void insertLink(QTextCursor &cursor, const QString &placeholderText)
{
    const QString selected = rawSelectedText(cursor);
    const int start = cursor.selectionStart();

    static const QRegularExpression wholeLink(QStringLiteral(R"(^\[([^\]\n]*)\]\(([^)\n]*)\)$)"));
    static const QRegularExpression looksLikeUrl(
        QStringLiteral(R"(^(https?://|mailto:|www\.)\S+$)"));

    cursor.beginEditBlock();
    int selectFrom = 0;
    int selectLength = 0;
    if (const QRegularExpressionMatch link = wholeLink.match(selected); link.hasMatch()) {
        // Ctrl+K on a whole link takes the link off again.
        cursor.insertText(link.captured(1));
        selectFrom = start;
        selectLength = int(link.capturedLength(1));
    } else if (looksLikeUrl.match(selected).hasMatch()) {
        // A selected address becomes the target; the writer types the text next.
        cursor.insertText(QStringLiteral("[](") + selected + QLatin1Char(')'));
        selectFrom = start + 1;
    } else if (!selected.isEmpty()) {
        const QString url = QStringLiteral("url");
        cursor.insertText(QLatin1Char('[') + selected + QStringLiteral("](") + url +
                          QLatin1Char(')'));
        selectFrom = start + int(selected.size()) + 3;
        selectLength = int(url.size());
    } else {
        cursor.insertText(QLatin1Char('[') + placeholderText + QStringLiteral("](url)"));
        selectFrom = start + 1;
        selectLength = int(placeholderText.size());
    }
    cursor.endEditBlock();
    cursor.setPosition(selectFrom);
    cursor.setPosition(selectFrom + selectLength, QTextCursor::KeepAnchor);
}

bool continueBlockOnEnter(QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const int column = cursor.position() - block.position();

    QString nextPrefix;
    int prefixLength = 0;
    const QRegularExpressionMatch list = listPrefixPattern().match(text);
    if (list.hasMatch()) {
        prefixLength = int(list.capturedLength(0));
        nextPrefix = list.captured(1) + list.captured(2);
        if (list.capturedLength(3) > 0) {
            nextPrefix += list.captured(3);
        } else {
            const qlonglong number = list.captured(4).toLongLong() + 1;
            nextPrefix += QString::number(number) + list.captured(5);
        }
        nextPrefix += list.captured(6);
        if (list.capturedLength(7) > 0)
            nextPrefix += QStringLiteral("[ ] ");
    } else if (const QRegularExpressionMatch quote = quotePrefixPattern().match(text);
               quote.hasMatch()) {
        prefixLength = int(quote.capturedLength(0));
        nextPrefix = quote.captured(1);
        if (!nextPrefix.endsWith(QLatin1Char(' ')))
            nextPrefix += QLatin1Char(' ');
    } else {
        // Keep the indentation of the line, as in code and continuation paragraphs.
        int indent = 0;
        while (indent < text.size() && indent < column &&
               (text.at(indent) == QLatin1Char(' ') || text.at(indent) == QLatin1Char('\t')))
            ++indent;
        if (indent == 0 || cursor.hasSelection())
            return false;
        cursor.beginEditBlock();
        cursor.insertBlock();
        cursor.insertText(text.left(indent));
        cursor.endEditBlock();
        return true;
    }

    if (cursor.hasSelection() || column < prefixLength)
        return false; // Enter inside the marker itself splits the line as usual.

    cursor.beginEditBlock();
    if (text.mid(prefixLength).trimmed().isEmpty()) {
        // Enter on an empty item ends the list: the marker goes, an enclosing quote stays.
        // An empty quote line ends the quote. What the writer types next must not be a lazy
        // continuation line, which Markdown adds to the last item's or the quote's paragraph:
        // a blank line goes between, unless there is one already.
        const QString keep = list.hasMatch() ? list.captured(1) : QString();
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + int(text.size()), QTextCursor::KeepAnchor);
        const QTextBlock previous = block.previous();
        if (previous.isValid() && !isBlankLineIn(previous.text(), keep)) {
            cursor.insertText(withoutTrailingSpace(keep));
            cursor.insertBlock();
        }
        cursor.insertText(keep);
    } else {
        // Splitting "- one| two" should give "- two", not "-  two".
        while (!cursor.atBlockEnd() &&
               (cursor.document()->characterAt(cursor.position()) == QLatin1Char(' ')))
            cursor.deleteChar();
        cursor.insertBlock();
        cursor.insertText(nextPrefix);
    }
    cursor.endEditBlock();
    return true;
}

bool alignClosingFence(QTextCursor &cursor)
{
    if (cursor.hasSelection() || !cursor.atBlockEnd())
        return false;
    // A line of container prefix and indentation, then only markers.
    static const QRegularExpression fenceLine(QStringLiteral(R"(^[ \t>]*(`{3,}|~{3,})$)"));
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const QRegularExpressionMatch fence = fenceLine.match(text);
    if (!fence.hasMatch())
        return false;
    const QChar marker = fence.captured(1).front();
    const int markers = int(fence.capturedLength(1));
    const int prefixLength = int(text.size()) - markers;

    // Only the parser knows which block the line is in. Lines after it cannot change that.
    QTextDocument *doc = cursor.document();
    const int line = block.blockNumber();
    const int end = block.position() + int(text.size());
    const QString before = textBetween(doc, 0, block.position());
    const auto blockHolding = [line](const QList<FencedCode> &blocks) -> const FencedCode * {
        for (const FencedCode &code : blocks) {
            if (code.openingLine < line && code.lastLine == line)
                return &code;
        }
        return nullptr;
    };
    const QList<FencedCode> blocks = fencedCodeBlocks(before + text);
    const FencedCode *open = blockHolding(blocks);
    if (!open || open->closed || open->fenceChar != marker || markers < open->fenceLength)
        return false;

    // The opening fence's column, with its quote markers; a list marker on the opening line
    // becomes the spaces that line the item's content up.
    QString prefix = doc->findBlockByNumber(open->openingLine).text().left(open->fenceColumn);
    for (QChar &c : prefix) {
        if (c != QLatin1Char('>') && c != QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    const QString moved = prefix + fence.captured(1);
    if (moved == text)
        return false;
    const QList<FencedCode> afterMove = fencedCodeBlocks(before + moved);
    const FencedCode *closed = blockHolding(afterMove);
    if (!closed || !closed->closed || closed->openingLine != open->openingLine)
        return false;

    cursor.beginEditBlock();
    cursor.setPosition(block.position());
    cursor.setPosition(block.position() + prefixLength, QTextCursor::KeepAnchor);
    cursor.insertText(prefix);
    cursor.endEditBlock();
    cursor.setPosition(end - prefixLength + int(prefix.size()));
    return true;
}

bool indentListItem(QTextCursor &cursor)
{
    return shiftListItem(cursor, 1);
}

bool outdentListItem(QTextCursor &cursor)
{
    return shiftListItem(cursor, -1);
}

int makeBoldLinesHeadings(QTextDocument *document)
{
    const QList<PseudoHeading> headings = findPseudoHeadings(rawText(document));
    if (headings.isEmpty())
        return 0;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // From the last to the first, so the ranges still to replace keep their offsets.
    for (auto it = headings.crbegin(); it != headings.crend(); ++it) {
        cursor.setPosition(int(it->range.start));
        cursor.setPosition(int(it->range.start + it->range.length), QTextCursor::KeepAnchor);
        cursor.insertText(pseudoHeadingLine(*it));
    }
    cursor.endEditBlock();
    return int(headings.size());
}

std::optional<PseudoHeading> boldLineHeadingAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    // Cheap before the parse: a pseudo-heading's line has a bold marker in it.
    const QString line = block.text();
    if (!line.contains(QLatin1String("**")) && !line.contains(QLatin1String("__")))
        return std::nullopt;
    for (const PseudoHeading &heading : findPseudoHeadings(rawText(document))) {
        if (heading.line == block.blockNumber())
            return heading;
    }
    return std::nullopt;
}

bool replaceIfUnchanged(QTextDocument *document, TextRange range, const QString &expected,
                        const QString &replacement)
{
    if (!range.isValid() || range.length != expected.size())
        return false;
    const QString text = rawText(document);
    if (range.start + range.length > text.size() ||
        QStringView(text).mid(range.start, range.length) != expected)
        return false;
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.setPosition(int(range.start));
    cursor.setPosition(int(range.start + range.length), QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    cursor.endEditBlock();
    return true;
}

} // namespace pw::gui::markdown
