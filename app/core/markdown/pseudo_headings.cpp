// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/pseudo_headings.h"

#include "core/markdown/piecewise_parse.h"
#include "core/markdown/source_map.h"

#include <QCoreApplication>

#include <cmark-gfm.h>

#include <algorithm>
#include <cstring>

namespace pw {

namespace {

// Gives the finding one translation context, "pw::PseudoHeadings", that lupdate recognises.
struct PseudoHeadings {
    Q_DECLARE_TR_FUNCTIONS(pw::PseudoHeadings)
};

bool isBlankText(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_TEXT)
        return false;
    const QString text = QString::fromUtf8(cmark_node_get_literal(node));
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

cmark_node *onlyChild(cmark_node *node)
{
    cmark_node *child = cmark_node_first_child(node);
    return child && !cmark_node_next(child) ? child : nullptr;
}

// The strong node that is the paragraph's only content but for white space, or null.
// `markers` is set to how many delimiter characters wrap the text on each side: 2 for
// **x**, 3 for emphasis and strong together (***x***, **_x_**, _**x**_).
cmark_node *boldOnly(cmark_node *paragraph, int *markers)
{
    cmark_node *bold = nullptr;
    for (cmark_node *child = cmark_node_first_child(paragraph); child;
         child = cmark_node_next(child)) {
        if (isBlankText(child))
            continue;
        if (bold)
            return nullptr;
        bold = child;
    }
    if (!bold)
        return nullptr;
    cmark_node *inner = onlyChild(bold);
    switch (cmark_node_get_type(bold)) {
    case CMARK_NODE_STRONG:
        *markers = inner && cmark_node_get_type(inner) == CMARK_NODE_EMPH ? 3 : 2;
        return bold;
    case CMARK_NODE_EMPH:
        if (!inner || cmark_node_get_type(inner) != CMARK_NODE_STRONG)
            return nullptr;
        *markers = 3;
        return inner;
    default:
        return nullptr;
    }
}

QString plainText(cmark_node *node)
{
    QString text;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            text += QString::fromUtf8(cmark_node_get_literal(child));
        else
            text += plainText(child);
    }
    return text;
}

// Drops white space, no-break spaces and &nbsp; (as WordPress writes them) at both ends.
QString trimmed(QString text)
{
    static const QLatin1String entities[] = {QLatin1String("&nbsp;"), QLatin1String("&#160;"),
                                             QLatin1String("&#xa0;")};
    for (bool changed = true; changed;) {
        changed = false;
        while (!text.isEmpty() && text.front().isSpace()) {
            text.remove(0, 1);
            changed = true;
        }
        while (!text.isEmpty() && text.back().isSpace()) {
            text.chop(1);
            changed = true;
        }
        for (const QLatin1String &entity : entities) {
            if (text.startsWith(entity, Qt::CaseInsensitive)) {
                text.remove(0, entity.size());
                changed = true;
            }
            if (text.endsWith(entity, Qt::CaseInsensitive)) {
                text.chop(entity.size());
                changed = true;
            }
        }
    }
    return text;
}

// A heading needs no colon to announce what follows it.
QString withoutColon(QString text)
{
    if (text.endsWith(QLatin1String("\\:")))
        text.chop(2);
    else if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return trimmed(text);
}

bool isDelimiter(QChar c)
{
    return c == QLatin1Char('*') || c == QLatin1Char('_');
}

// The Markdown between the bold markers of the paragraph's source line, or empty when the
// line is not shaped as expected.
QString innerMarkdown(const QString &line, int markers)
{
    const QString source = trimmed(line);
    if (source.size() <= 2 * markers)
        return {};
    for (int i = 0; i < markers; ++i) {
        if (!isDelimiter(source.at(i)) || !isDelimiter(source.at(source.size() - 1 - i)))
            return {};
    }
    return withoutColon(trimmed(source.mid(markers, source.size() - 2 * markers)));
}

bool looksLikeHeading(const QString &text)
{
    return !text.isEmpty() && text.size() <= maxPseudoHeadingLength &&
           !text.endsWith(QLatin1Char('.')) &&
           std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

// What may follow a heading: content it heads. A bold line before a heading or a rule
// closes something rather than opening it.
bool isContent(cmark_node *block)
{
    const cmark_node_type type = cmark_node_get_type(block);
    return type != CMARK_NODE_HEADING && type != CMARK_NODE_THEMATIC_BREAK;
}

// The paragraph that may be a pseudo-heading: a top-level one, or the only paragraph of the
// only item of a bullet list ("- **Philosophy**", WordPress's <ul><li><strong>), which stands
// alone between paragraphs as a heading does. A list of several items is a list, whatever
// its items look like; a numbered item would lose its number.
cmark_node *headingParagraph(cmark_node *block)
{
    switch (cmark_node_get_type(block)) {
    case CMARK_NODE_PARAGRAPH:
        return block;
    case CMARK_NODE_LIST: {
        if (cmark_node_get_list_type(block) != CMARK_BULLET_LIST)
            return nullptr;
        cmark_node *item = onlyChild(block);
        // A task item's box is not in its paragraph, but it is no heading.
        if (!item || std::strcmp(cmark_node_get_type_string(item), "tasklist") == 0)
            return nullptr;
        cmark_node *paragraph = onlyChild(item);
        return paragraph && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH ? paragraph
                                                                                   : nullptr;
    }
    default:
        return nullptr;
    }
}

} // namespace

QString pseudoHeadingLine(const PseudoHeading &heading)
{
    QString text = heading.markdown;
    // A run of '#' at the end after a space would be read as the closing sequence of an ATX
    // heading and vanish: escape it.
    qsizetype run = text.size();
    while (run > 0 && text.at(run - 1) == QLatin1Char('#'))
        --run;
    if (run < text.size() && (run == 0 || text.at(run - 1).isSpace()))
        text.insert(run, QLatin1Char('\\'));
    return QString(std::clamp(heading.level, 1, 6), QLatin1Char('#')) + QLatin1Char(' ') + text;
}

void PseudoHeadingScanner::settlePending(cmark_node *next)
{
    if (m_hasPending && next && isContent(next))
        m_found.append(m_pending);
    m_hasPending = false;
}

void PseudoHeadingScanner::scan(cmark_node *document, const SourceMap &source, int firstLine)
{
    if (m_hasPending) {
        if (cmark_node *first = cmark_node_first_child(document))
            settlePending(first);
    }
    for (cmark_node *block = cmark_node_first_child(document); block;
         block = cmark_node_next(block)) {
        if (cmark_node_get_type(block) == CMARK_NODE_HEADING) {
            m_headingLevel = cmark_node_get_heading_level(block);
            continue;
        }
        cmark_node *paragraph = headingParagraph(block);
        // One line only; cmark-gfm reports 0 for a paragraph that lost its last line to a
        // table header.
        const int startLine = paragraph ? cmark_node_get_start_line(paragraph) : 0;
        if (startLine <= 0 || cmark_node_get_end_line(paragraph) != startLine)
            continue;
        int markers = 0;
        cmark_node *bold = boldOnly(paragraph, &markers);
        if (!bold)
            continue;
        const QString text = withoutColon(trimmed(plainText(bold).simplified()));
        if (!looksLikeHeading(text))
            continue;
        const int line = startLine - 1;
        // The paragraph's text starts after the indentation or the bullet.
        const QByteArrayView lineBytes = source.lineBytes(line);
        const int column =
            std::clamp(cmark_node_get_start_column(paragraph) - 1, 0, int(lineBytes.size()));
        const QString markdown =
            innerMarkdown(QString::fromUtf8(lineBytes.sliced(column)), markers);
        if (markdown.isEmpty())
            continue;
        const qsizetype start = source.bodyOffset(line, 0);
        const qsizetype end = source.bodyOffset(line, source.lineLength(line));
        m_pending = {{start, end - start},
                     firstLine + line,
                     std::clamp(m_headingLevel, 2, 6),
                     markdown,
                     text};
        m_hasPending = true;
        if (cmark_node *next = cmark_node_next(block))
            settlePending(next);
    }
}

QList<PseudoHeading> PseudoHeadingScanner::take()
{
    settlePending(nullptr); // the last block of the body: nothing follows it
    return std::exchange(m_found, {});
}

QList<PseudoHeading> findPseudoHeadings(const QString &body)
{
    PseudoHeadingScanner scanner;
    parseInPieces(body, [&scanner](cmark_node *document, const SourceMap &source, int firstLine) {
        scanner.scan(document, source, firstLine);
        return true;
    });
    return scanner.take();
}

QList<Finding> pseudoHeadingFindings(const QList<PseudoHeading> &headings)
{
    QList<Finding> findings;
    findings.reserve(headings.size());
    for (const PseudoHeading &heading : headings) {
        findings.append({QStringLiteral("structure.bold_heading"), Severity::Info, Field::Body,
                         PseudoHeadings::tr("“%1” looks like a heading but is bold text; make it "
                                            "a heading so readers and search engines see the "
                                            "structure.")
                             .arg(heading.text),
                         heading.range, pseudoHeadingLine(heading)});
    }
    return findings;
}

} // namespace pw
