// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/html_converter.h"

#include <vector>

// Tables: a GFM pipe table when Markdown can say it, otherwise a clean HTML table (spans and
// block content in cells have no pipe-table form).

namespace pw::importer {

namespace {

struct TableShape {
    std::vector<const GumboNode *> rows;
    std::vector<const GumboNode *> captions;
    bool hasHeaderSection = false;
    bool needsHtml = false;
};

const GumboVector &kidsOf(const GumboNode *node)
{
    return node->v.element.children;
}

bool isElement(const GumboNode *node, GumboTag tag)
{
    return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

bool isCell(const GumboNode *node)
{
    return isElement(node, GUMBO_TAG_TD) || isElement(node, GUMBO_TAG_TH);
}

int spanValue(const GumboNode *cell, const char *name)
{
    bool ok = false;
    const int value = attributeString(cell, name).trimmed().toInt(&ok);
    return ok ? value : 1;
}

// Content that a single pipe-table line cannot hold. Iterative: cells can be deep.
bool hasBlockContent(const GumboNode *cell)
{
    std::vector<const GumboNode *> stack{cell};
    int paragraphs = 0;
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        switch (node->v.element.tag) {
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
        case GUMBO_TAG_HR:
        case GUMBO_TAG_DL:
            return true;
        case GUMBO_TAG_P:
            if (++paragraphs > 1)
                return true;
            break;
        default:
            break;
        }
        const GumboVector &kids = kidsOf(node);
        for (unsigned i = 0; i < kids.length; ++i)
            stack.push_back(static_cast<const GumboNode *>(kids.data[i]));
    }
    return false;
}

void collectRows(const GumboNode *section, TableShape &shape)
{
    const GumboVector &kids = kidsOf(section);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (!isElement(child, GUMBO_TAG_TR))
            continue;
        shape.rows.push_back(child);
        const GumboVector &cells = kidsOf(child);
        for (unsigned c = 0; c < cells.length; ++c) {
            const auto *cell = static_cast<const GumboNode *>(cells.data[c]);
            if (!isCell(cell))
                continue;
            if (spanValue(cell, "colspan") > 1 || spanValue(cell, "rowspan") > 1 ||
                hasBlockContent(cell))
                shape.needsHtml = true;
        }
    }
}

TableShape shapeOf(const GumboNode *table)
{
    TableShape shape;
    const GumboVector &kids = kidsOf(table);
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT)
            continue;
        switch (child->v.element.tag) {
        case GUMBO_TAG_CAPTION:
            shape.captions.push_back(child);
            break;
        case GUMBO_TAG_THEAD:
            if (kidsOf(child).length > 0)
                shape.hasHeaderSection = true;
            collectRows(child, shape);
            break;
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
            collectRows(child, shape);
            break;
        case GUMBO_TAG_TR: {
            // gumbo always inserts tbody, but a hand-built tree might not.
            shape.rows.push_back(child);
            break;
        }
        default:
            break;
        }
    }
    return shape;
}

QString pipeRow(const std::vector<QString> &cells, size_t columns)
{
    QString line = QStringLiteral("|");
    for (size_t c = 0; c < columns; ++c) {
        line += u' ';
        if (c < cells.size())
            line += cells[c];
        line += QStringLiteral(" |");
    }
    return line;
}

} // namespace

void Converter::table(const GumboNode *node, int depth)
{
    flush();
    const TableShape shape = shapeOf(node);
    for (const GumboNode *caption : shape.captions)
        paragraphLike(caption, depth + 1);
    if (shape.rows.empty())
        return;
    if (shape.needsHtml) {
        note(HtmlRepair::TableKeptAsHtml);
        htmlTable(node);
        return;
    }
    std::vector<std::vector<QString>> rows;
    size_t columns = 1;
    const md::InlineMode outerMode = m_inlineMode;
    ++m_inlineOnly;
    m_inlineMode = md::InlineMode::TableCell;
    m_inline.setEscapePipes(true);
    for (const GumboNode *tr : shape.rows) {
        std::vector<QString> cells;
        const GumboVector &kids = kidsOf(tr);
        for (unsigned i = 0; i < kids.length; ++i) {
            const auto *cell = static_cast<const GumboNode *>(kids.data[i]);
            if (!isCell(cell))
                continue;
            children(cell, depth + 2);
            cells.push_back(m_inline.take(md::InlineMode::TableCell));
        }
        columns = std::max(columns, cells.size());
        rows.push_back(std::move(cells));
    }
    m_inline.setEscapePipes(false);
    m_inlineMode = outerMode;
    --m_inlineOnly;

    // A table without a header row (the usual WordPress table) uses its first row as the
    // header: GFM needs one, and an empty header row would show as a blank bar.
    QString out = pipeRow(rows.front(), columns);
    out += u'\n';
    out += u'|';
    for (size_t c = 0; c < columns; ++c)
        out += QStringLiteral(" --- |");
    for (size_t r = 1; r < rows.size(); ++r) {
        out += u'\n';
        out += pipeRow(rows[r], columns);
    }
    m_writer.block(out);
    for (md::Span s : m_openSpans)
        m_inline.open(s);
}

void Converter::htmlTable(const GumboNode *node)
{
    QString out;
    cleanHtml(node, 0, out);
    // An HTML block ends at a blank line; the serializer never writes newlines except here.
    out.replace(QLatin1StringView("<tr>"), QLatin1StringView("\n<tr>"));
    out.replace(QLatin1StringView("</table>"), QLatin1StringView("\n</table>"));
    m_writer.block(out);
    for (md::Span s : m_openSpans)
        m_inline.open(s);
}

// Serializes the subtree with only structural tags and safe attributes kept: no classes,
// styles, handlers or script URLs.
void Converter::cleanHtml(const GumboNode *node, int depth, QString &out)
{
    if (node->type == GUMBO_NODE_WHITESPACE && node->parent &&
        node->parent->type == GUMBO_NODE_ELEMENT) {
        // Indentation between rows and cells is not content.
        switch (node->parent->v.element.tag) {
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
            return;
        default:
            break;
        }
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
        QString text = md::escapeHtml(QString::fromUtf8(node->v.text.text));
        for (QChar &c : text) {
            if (c == u'\n' || c == u'\r' || c == u'\t')
                c = u' ';
        }
        out += text;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    if (depth > 100) {
        note(HtmlRepair::DeepNestingFlattened);
        out += md::escapeHtml(textContent(node).simplified());
        return;
    }
    const GumboElement &el = node->v.element;
    for (unsigned i = 0; i < el.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
        if (qstrnicmp(attr->name, "on", 2) == 0 && attr->name[2] != '\0')
            note(HtmlRepair::EventHandlerRemoved);
    }
    QString tag;
    QString attrs;
    switch (el.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
        note(HtmlRepair::ScriptRemoved);
        return;
    case GUMBO_TAG_STYLE:
        note(HtmlRepair::StyleRemoved);
        return;
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
        note(HtmlRepair::FormRemoved);
        return;
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
        note(HtmlRepair::UnsupportedRemoved);
        return;
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_OBJECT: {
        bool rejected = false;
        const QString url =
            safeUrl(attributeString(node, el.tag == GUMBO_TAG_OBJECT ? "data" : "src"),
                    UrlKind::Embed, &rejected);
        if (rejected)
            note(HtmlRepair::UnsafeUrlRemoved);
        if (url.isEmpty()) {
            note(HtmlRepair::EmbedWithoutSource);
            return;
        }
        note(HtmlRepair::EmbedKeptAsLink);
        m_result.embedUrls.append(url);
        const QString escaped = md::escapeHtml(url);
        out += QStringLiteral("<a href=\"") + escaped + QStringLiteral("\">") + escaped +
               QStringLiteral("</a>");
        return;
    }
    case GUMBO_TAG_IMG: {
        const ImageInfo info = imageInfo(node);
        if (info.emoji || info.src.isEmpty()) {
            out += md::escapeHtml(info.alt);
            return;
        }
        out += QStringLiteral("<img src=\"") + md::escapeHtml(info.src) +
               QStringLiteral("\" alt=\"") + md::escapeHtml(info.alt) + u'"';
        if (!info.title.isEmpty())
            out += QStringLiteral(" title=\"") + md::escapeHtml(info.title) + u'"';
        out += u'>';
        return;
    }
    case GUMBO_TAG_BR:
        out += QStringLiteral("<br>");
        return;
    case GUMBO_TAG_HR:
        out += QStringLiteral("<hr>");
        return;
    case GUMBO_TAG_A: {
        bool rejected = false;
        const QString url = safeUrl(attributeString(node, "href"), UrlKind::Link, &rejected);
        if (rejected)
            note(HtmlRepair::UnsafeUrlRemoved);
        if (!url.isEmpty()) {
            tag = QStringLiteral("a");
            attrs = QStringLiteral(" href=\"") + md::escapeHtml(url) + u'"';
        }
        break;
    }
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
        tag = el.tag == GUMBO_TAG_TD ? QStringLiteral("td") : QStringLiteral("th");
        for (const char *name : {"colspan", "rowspan"}) {
            const int value = spanValue(node, name);
            if (value > 1)
                attrs += u' ' + QLatin1StringView(name) + QStringLiteral("=\"") +
                         QString::number(value) + u'"';
        }
        break;
    case GUMBO_TAG_OL: {
        tag = QStringLiteral("ol");
        const int start = spanValue(node, "start");
        if (start != 1)
            attrs = QStringLiteral(" start=\"") + QString::number(start) + u'"';
        break;
    }
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
        tag = QStringLiteral("strong");
        break;
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
        tag = QStringLiteral("em");
        break;
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
        tag = QStringLiteral("del");
        break;
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_P:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        tag = QString::fromUtf8(gumbo_normalized_tagname(el.tag));
        break;
    case GUMBO_TAG_PRE: {
        // Newlines would split the HTML block; a character reference keeps them.
        QString code = md::escapeHtml(textContent(node, true));
        code.replace(u'\n', QLatin1StringView("&#10;"));
        out += QStringLiteral("<pre><code>") + code + QStringLiteral("</code></pre>");
        return;
    }
    default:
        break; // div, span, font...: transparent
    }
    if (!tag.isEmpty())
        out += u'<' + tag + attrs + u'>';
    const GumboVector &kids = kidsOf(node);
    for (unsigned i = 0; i < kids.length; ++i)
        cleanHtml(static_cast<const GumboNode *>(kids.data[i]), depth + 1, out);
    if (!tag.isEmpty())
        out += QStringLiteral("</") + tag + u'>';
}

} // namespace pw::importer
