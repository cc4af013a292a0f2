// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/article_text.h"

#include "core/import/gumbo_handles.h"
#include "core/markdown/analysis.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace pw {

namespace {

// Body offsets of each line, to turn cmark's 1-based line:byte-column positions into
// UTF-16 ranges of the Markdown the editor shows.
class SourceLines {
public:
    explicit SourceLines(const QString &body) : m_body(body)
    {
        m_starts.push_back(0);
        for (qsizetype i = 0; i < body.size(); ++i) {
            if (body.at(i) == QLatin1Char('\n'))
                m_starts.push_back(i + 1);
        }
    }

    // "3:1-5:20" -> from the start of line 3 to the end of line 5. Block granularity is
    // what the editor highlights, so columns are not needed.
    TextRange range(const char *sourcepos) const
    {
        int startLine = 0, startColumn = 0, endLine = 0, endColumn = 0;
        if (std::sscanf(sourcepos, "%d:%d-%d:%d", &startLine, &startColumn, &endLine, &endColumn) !=
            4)
            return {};
        // cmark ends some blocks at column 0 of the following line.
        if (endColumn == 0 && endLine > startLine)
            --endLine;
        const int lines = int(m_starts.size());
        if (startLine < 1 || startLine > lines || endLine < startLine)
            return {};
        endLine = std::min(endLine, lines);
        const qsizetype start = m_starts[size_t(startLine - 1)];
        qsizetype end = endLine < lines ? m_starts[size_t(endLine)] - 1 : m_body.size();
        if (end > start && m_body.at(end - 1) == QLatin1Char('\r'))
            --end;
        return {start, std::max<qsizetype>(0, end - start)};
    }

private:
    const QString &m_body;
    std::vector<qsizetype> m_starts;
};

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

bool isSkipped(GumboTag tag)
{
    // What Yoast filters from the text inside paragraphs (alwaysFilterElements.js), plus
    // what is never prose.
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FORM:
        return true;
    default:
        return false;
    }
}

const GumboVector *childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT ? &node->v.element.children : nullptr;
}

bool isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
           node->type == GUMBO_NODE_CDATA;
}

// Iterative, like the walk below: Markdown can nest thousands of levels deep.
void appendInnerText(const GumboNode *root, QString &text)
{
    std::vector<const GumboNode *> pending{root};
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (isText(node)) {
            text += QString::fromUtf8(node->v.text.text);
            continue;
        }
        const GumboVector *children = childrenOf(node);
        if (!children)
            continue;
        if (node->v.element.tag == GUMBO_TAG_IMG || node->v.element.tag == GUMBO_TAG_BR)
            text += QLatin1Char(' ');
        for (unsigned i = children->length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(children->data[i - 1]));
    }
}

class ArticleReader {
public:
    explicit ArticleReader(const QString &body) : m_lines(body) {}

    ArticleText take() { return std::move(m_article); }

    // Depth-first over the tree with an explicit stack: a 10,000-deep blockquote must not
    // overflow the call stack.
    void walk(const GumboNode *root)
    {
        std::vector<Frame> frames;
        enter(root, frames);
        while (!frames.empty()) {
            Frame &frame = frames.back();
            const GumboVector &children = frame.node->v.element.children;
            if (frame.next < children.length) {
                const auto *child = static_cast<const GumboNode *>(children.data[frame.next++]);
                enter(child, frames); // may reallocate `frames`: `frame` is not used after this
                continue;
            }
            if (frame.kind)
                closeBlock();
            if (frame.depth)
                --*frame.depth;
            m_source = frame.outerSource;
            frames.pop_back();
        }
    }

private:
    struct Frame {
        const GumboNode *node = nullptr;
        unsigned next = 0;
        TextRange outerSource;
        int *depth = nullptr;
        std::optional<ArticleBlock::Kind> kind;
    };

    void enter(const GumboNode *node, std::vector<Frame> &frames)
    {
        if (isText(node)) {
            if (!m_open.empty())
                m_open.back().text += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboElement &element = node->v.element;
        // Inside <pre>, <code> is the code block itself, not inline code.
        if (isSkipped(element.tag) && !(element.tag == GUMBO_TAG_CODE && m_pre > 0))
            return;

        Frame frame;
        frame.node = node;
        frame.outerSource = m_source;
        if (const GumboAttribute *pos = gumbo_get_attribute(&element.attributes, "data-sourcepos"))
            m_source = m_lines.range(pos->value);

        switch (element.tag) {
        case GUMBO_TAG_A: {
            ArticleLink link{attribute(element, "href"), {}, false, m_source};
            appendInnerText(node, link.text);
            link.text = link.text.simplified();
            const QStringList rel = attribute(element, "rel").toLower().split(QLatin1Char(' '));
            link.nofollow = rel.contains(QLatin1String("nofollow"));
            m_article.links.append(std::move(link));
            break;
        }
        case GUMBO_TAG_IMG:
            m_article.images.append(
                {attribute(element, "src"), attribute(element, "alt"), m_source});
            break;
        case GUMBO_TAG_BR:
            if (!m_open.empty())
                m_open.back().text += QLatin1Char(' ');
            break;
        default:
            break;
        }

        switch (element.tag) {
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_DL:
            frame.depth = &m_list;
            break;
        case GUMBO_TAG_BLOCKQUOTE:
            frame.depth = &m_quote;
            break;
        case GUMBO_TAG_TABLE:
            frame.depth = &m_table;
            break;
        case GUMBO_TAG_PRE:
            frame.depth = &m_pre;
            break;
        default:
            break;
        }
        if (frame.depth)
            ++*frame.depth;
        frame.kind = blockKind(element.tag);
        if (frame.kind)
            openBlock(*frame.kind, element.tag);
        frames.push_back(frame);
    }

    std::optional<ArticleBlock::Kind> blockKind(GumboTag tag) const
    {
        using Kind = ArticleBlock::Kind;
        switch (tag) {
        case GUMBO_TAG_P:
            return m_quote > 0 ? Kind::Quote : Kind::Paragraph;
        case GUMBO_TAG_H1:
        case GUMBO_TAG_H2:
        case GUMBO_TAG_H3:
        case GUMBO_TAG_H4:
        case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            return m_quote > 0 ? Kind::Quote : Kind::Heading;
        case GUMBO_TAG_LI:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DD:
            return m_quote > 0 ? Kind::Quote : Kind::ListItem;
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_CAPTION:
            return Kind::TableCell;
        case GUMBO_TAG_PRE:
            return Kind::Code;
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_DETAILS:
        case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_ASIDE:
            // Loose text in raw HTML reads as a paragraph.
            return m_quote > 0 ? Kind::Quote : Kind::Paragraph;
        default:
            return std::nullopt;
        }
    }

    void openBlock(ArticleBlock::Kind kind, GumboTag tag)
    {
        flushOpen();
        ArticleBlock block;
        block.kind = kind;
        block.source = m_source;
        if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
            block.level = 1 + int(tag - GUMBO_TAG_H1);
        block.topLevel = m_list == 0 && m_quote == 0 && m_table == 0;
        m_open.push_back(std::move(block));
    }

    void closeBlock()
    {
        ArticleBlock block = std::move(m_open.back());
        m_open.pop_back();
        keep(std::move(block));
    }

    // A block that contains another one (a list item holding paragraphs) gives the text it
    // has so far its own entry, so document order is kept.
    void flushOpen()
    {
        if (m_open.empty())
            return;
        ArticleBlock part = m_open.back();
        m_open.back().text.clear();
        keep(std::move(part));
    }

    void keep(ArticleBlock block)
    {
        if (block.kind != ArticleBlock::Kind::Code)
            block.text = block.text.simplified();
        if (block.text.trimmed().isEmpty())
            return;
        m_article.blocks.append(std::move(block));
    }

    SourceLines m_lines;
    ArticleText m_article;
    std::vector<ArticleBlock> m_open;
    TextRange m_source;
    int m_list = 0;
    int m_quote = 0;
    int m_table = 0;
    int m_pre = 0;
};

} // namespace

bool isProse(const ArticleBlock &block)
{
    return block.topLevel && (block.kind == ArticleBlock::Kind::Paragraph ||
                              block.kind == ArticleBlock::Kind::Heading);
}

bool isAnalysedText(const ArticleBlock &block)
{
    return block.kind != ArticleBlock::Kind::Code && block.kind != ArticleBlock::Kind::Quote;
}

ArticleText readArticle(const QList<PreviewBlock> &blocks, const QString &body)
{
    // One parse of the whole article: gumbo's per-call set-up dominates on small blocks.
    QByteArray html;
    for (const PreviewBlock &block : blocks)
        html += block.html.toUtf8();
    const gumbo::OutputPtr output = gumbo::parse(html);
    ArticleReader reader(body);
    if (output && output->root->type == GUMBO_NODE_ELEMENT) {
        const GumboVector &children = output->root->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BODY)
                reader.walk(child);
        }
    }
    return reader.take();
}

} // namespace pw
