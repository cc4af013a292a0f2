// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/html_to_markdown.h"

#include "core/import/gumbo_handles.h"
#include "core/import/html_converter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace pw {

int HtmlToMarkdownResult::count(HtmlRepair repair) const
{
    for (const HtmlRepairCount &r : repairs) {
        if (r.repair == repair)
            return r.count;
    }
    return 0;
}

HtmlToMarkdownResult htmlToMarkdown(const QString &html, const HtmlToMarkdownOptions &options)
{
    HtmlToMarkdownResult result;
    const QByteArray utf8 = html.toUtf8();
    const gumbo::OutputPtr output = gumbo::parse(utf8);
    if (!output)
        return result;
    importer::Converter converter(result, html, options);
    converter.convert(output->root);
    return result;
}

QString describeRepair(HtmlRepair repair, int count)
{
    const char *text = nullptr;
    switch (repair) {
    case HtmlRepair::ScriptRemoved:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown", "%n script(s) removed");
        break;
    case HtmlRepair::StyleRemoved:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown", "%n style sheet(s) removed");
        break;
    case HtmlRepair::EventHandlerRemoved:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown", "%n event handler(s) removed");
        break;
    case HtmlRepair::UnsafeUrlRemoved:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown",
                                 "%n script or data URL(s) removed, their text kept");
        break;
    case HtmlRepair::FormRemoved:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown", "%n form element(s) removed");
        break;
    case HtmlRepair::UnsupportedRemoved:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown",
                                 "%n drawing or unsupported element(s) removed (svg, canvas, …)");
        break;
    case HtmlRepair::EmbedKeptAsLink:
        text =
            QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown",
                              "%n embed(s) (video, audio, iframe) kept as a link on its own line");
        break;
    case HtmlRepair::EmbedWithoutSource:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown",
                                 "%n embed(s) without a usable address could not be kept");
        break;
    case HtmlRepair::ShortcodeDropped:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown",
                                 "%n unrendered shortcode(s) dropped, their content kept");
        break;
    case HtmlRepair::TableKeptAsHtml:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown",
                                 "%n table(s) with merged or block cells kept as HTML");
        break;
    case HtmlRepair::DeepNestingFlattened:
        text = QT_TRANSLATE_N_NOOP("pw::HtmlToMarkdown",
                                 "%n very deeply nested part(s) flattened to plain text");
        break;
    }
    return QCoreApplication::translate("pw::HtmlToMarkdown", text, nullptr, count);
}

namespace importer {

namespace {

// Deeper than any real post; past this the walker stops recursing (HTML nested 10,000 deep
// must not overflow the stack).
constexpr int kMaxDepth = 200;

enum class Kind {
    Inline,
    Drop,
    Script,
    Style,
    Form,
    Unsupported,
    Embed,
    Paragraph,
    Container,
    Heading,
    List,
    ListItem,
    Blockquote,
    Pre,
    Table,
};

Kind kindOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
        return Kind::Script;
    case GUMBO_TAG_STYLE:
        return Kind::Style;
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
        return Kind::Drop;
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
        return Kind::Form;
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_APPLET:
        return Kind::Unsupported;
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_OBJECT:
        return Kind::Embed;
    case GUMBO_TAG_P:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_LEGEND:
        return Kind::Paragraph;
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_FIELDSET:
        return Kind::Container;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return Kind::Heading;
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIR:
        return Kind::List;
    case GUMBO_TAG_LI:
        return Kind::ListItem;
    case GUMBO_TAG_BLOCKQUOTE:
        return Kind::Blockquote;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        return Kind::Pre;
    case GUMBO_TAG_TABLE:
        return Kind::Table;
    default:
        return Kind::Inline;
    }
}

// The value of one CSS property in a style attribute, lower-cased, or empty.
QString styleValue(const QString &style, QLatin1StringView property)
{
    for (QStringView decl : QStringView(style).split(u';')) {
        const qsizetype colon = decl.indexOf(u':');
        if (colon > 0 && decl.left(colon).trimmed().compare(property, Qt::CaseInsensitive) == 0)
            return decl.mid(colon + 1).trimmed().toString().toLower();
    }
    return {};
}

bool isBoldWeight(const QString &weight)
{
    if (weight == QLatin1StringView("bold") || weight == QLatin1StringView("bolder"))
        return true;
    bool ok = false;
    const int numeric = weight.toInt(&ok);
    return ok && numeric >= 600;
}

bool isNormalWeight(const QString &weight)
{
    if (weight == QLatin1StringView("normal") || weight == QLatin1StringView("lighter"))
        return true;
    bool ok = false;
    const int numeric = weight.toInt(&ok);
    return ok && numeric < 600;
}

// YouTube and Vimeo player URLs, turned into the page URL WordPress embeds from a bare line.
QString canonicalEmbedUrl(const QString &url)
{
    static const QRegularExpression youtube(QStringLiteral(
        R"(^https?://(?:www\.)?youtube(?:-nocookie)?\.com/embed/([A-Za-z0-9_-]{6,}))"));
    static const QRegularExpression vimeo(
        QStringLiteral(R"(^https?://player\.vimeo\.com/video/(\d+))"));
    if (const auto m = youtube.match(url); m.hasMatch())
        return QStringLiteral("https://www.youtube.com/watch?v=") + m.captured(1);
    if (const auto m = vimeo.match(url); m.hasMatch())
        return QStringLiteral("https://vimeo.com/") + m.captured(1);
    return url;
}

bool isShortcodeNameStart(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isShortcodeNameChar(QChar c)
{
    return isShortcodeNameStart(c) || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

struct Shortcode {
    qsizetype end = -1; // one past ']', or -1 if no shortcode starts here
    qsizetype bracketEnd = -1; // one past the ']' of any [name ...] (positional attributes too)
    QString name;
    bool closing = false;
    bool hasAttributes = false;
};

// Mirrors what WordPress leaves behind when a plugin is gone: [/name], [name key=...],
// [name] and [name /]. A bracketed word without attributes ("[sic]") is text unless a
// matching [/name] exists.
Shortcode shortcodeAt(QStringView text, qsizetype at)
{
    Shortcode sc;
    qsizetype i = at + 1;
    if (i < text.size() && text[i] == u'/') {
        sc.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    if (i >= text.size() || !isShortcodeNameStart(text[i]))
        return sc;
    while (i < text.size() && isShortcodeNameChar(text[i]))
        ++i;
    sc.name = text.mid(nameStart, i - nameStart).toString();
    if (i < text.size() && text[i] == u']') {
        sc.end = sc.bracketEnd = i + 1;
        return sc;
    }
    if (sc.closing)
        return sc;
    if (i + 1 < text.size() && text[i] == u'/' && text[i + 1] == u']') {
        sc.end = sc.bracketEnd = i + 2;
        return sc;
    }
    if (i >= text.size() || !text[i].isSpace())
        return sc;
    bool sawKey = false;
    for (qsizetype j = i; j < text.size() && j - i < 2000; ++j) {
        const QChar c = text[j];
        if (c == u'[')
            return sc;
        if (c == u'=')
            sawKey = true;
        if (c == u']') {
            sc.bracketEnd = j + 1;
            if (sawKey) {
                sc.end = j + 1;
                sc.hasAttributes = true;
            }
            return sc;
        }
    }
    return sc;
}

} // namespace

Converter::Converter(HtmlToMarkdownResult &result, const QString &source,
                     const HtmlToMarkdownOptions &options)
    : m_result(result), m_options(options)
{
    collectClosingShortcodes(source);
}

void Converter::collectClosingShortcodes(const QString &source)
{
    qsizetype at = 0;
    while ((at = source.indexOf(QLatin1StringView("[/"), at)) >= 0) {
        const Shortcode sc = shortcodeAt(source, at);
        if (sc.end > 0)
            m_closedShortcodes.insert(sc.name);
        at += 2;
    }
}

void Converter::convert(const GumboNode *root)
{
    walk(root, 0);
    flush();
    m_result.markdown = m_writer.take();
}

void Converter::note(HtmlRepair repair, int count)
{
    for (HtmlRepairCount &r : m_result.repairs) {
        if (r.repair == repair) {
            r.count += count;
            return;
        }
    }
    m_result.repairs.append({repair, count});
}

void Converter::walk(const GumboNode *node, int depth)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        children(node, depth);
        break;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        if (depth > kMaxDepth)
            flattened(node);
        else
            element(node, depth);
        break;
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
        text(QString::fromUtf8(node->v.text.text));
        break;
    case GUMBO_NODE_COMMENT:
        comment(node);
        break;
    }
}

void Converter::comment(const GumboNode *node)
{
    // WordPress' teaser and page markers (<!--more-->, <!--more Read on-->, <!--nextpage-->)
    // mean something; other comments do not. Hugo's summary divider is exactly <!--more-->, so
    // a custom "read more" text is not kept. A teaser marker mid-paragraph stays there, inline,
    // as WordPress shows the post (Hugo and Jekyll find the divider inside a paragraph too). A
    // page marker is always between blocks: WordPress splits the pages before it renders them.
    const QString text = QString::fromUtf8(node->v.text.text);
    const bool more = text.startsWith(QLatin1StringView("more"));
    if ((!more && text != QLatin1StringView("nextpage")) || m_inlineOnly > 0)
        return;
    const QString marker = more ? QStringLiteral("<!--more-->") : QStringLiteral("<!--nextpage-->");
    if (more && !m_inline.isBlank()) {
        m_inline.appendMarkdown(marker);
        return;
    }
    flush();
    m_writer.block(marker);
}

void Converter::children(const GumboNode *node, int depth)
{
    const GumboVector &kids =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i)
        walk(static_cast<const GumboNode *>(kids.data[i]), depth + 1);
}

void Converter::flattened(const GumboNode *node)
{
    note(HtmlRepair::DeepNestingFlattened);
    m_inline.separator(m_inlineMode);
    text(textContent(node));
    m_inline.separator(m_inlineMode);
}

void Converter::element(const GumboNode *node, int depth)
{
    const GumboElement &el = node->v.element;
    for (unsigned i = 0; i < el.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(el.attributes.data[i]);
        if (qstrnicmp(attr->name, "on", 2) == 0 && attr->name[2] != '\0')
            note(HtmlRepair::EventHandlerRemoved);
    }
    const Kind kind = kindOf(el.tag);
    const bool flat = m_inlineOnly > 0;
    switch (kind) {
    case Kind::Drop:
        return;
    case Kind::Script:
        note(HtmlRepair::ScriptRemoved);
        return;
    case Kind::Style:
        note(HtmlRepair::StyleRemoved);
        return;
    case Kind::Form:
        note(HtmlRepair::FormRemoved);
        return;
    case Kind::Unsupported:
        note(HtmlRepair::UnsupportedRemoved);
        return;
    case Kind::Embed:
        embed(node);
        return;
    case Kind::Heading:
        if (!flat)
            return heading(node, depth);
        break;
    case Kind::Paragraph:
        if (!flat)
            return paragraphLike(node, depth);
        break;
    case Kind::Container:
        if (!flat)
            return container(node, depth);
        break;
    case Kind::List:
        if (!flat)
            return list(node, depth);
        break;
    case Kind::ListItem:
        if (!flat)
            return listItem(node, depth, QStringLiteral("- "));
        break;
    case Kind::Blockquote:
        if (!flat)
            return blockquote(node, depth);
        break;
    case Kind::Pre:
        if (!flat)
            return codeBlock(node);
        return inlineCode(node);
    case Kind::Table:
        if (!flat)
            return table(node, depth);
        break;
    case Kind::Inline:
        break;
    }
    if (kind != Kind::Inline) {
        // A block where only inline content fits (inside a link, heading or table cell).
        m_inline.separator(m_inlineMode);
        children(node, depth);
        m_inline.separator(m_inlineMode);
        return;
    }
    switch (el.tag) {
    case GUMBO_TAG_BR:
        m_inline.lineBreak();
        return;
    case GUMBO_TAG_HR:
        return rule();
    case GUMBO_TAG_IMG:
        return image(node);
    case GUMBO_TAG_A:
        return link(node, depth);
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
        if (isNormalWeight(
                styleValue(attributeString(node, "style"), QLatin1StringView("font-weight"))))
            return children(node, depth);
        return span(node, depth, md::Span::Strong, m_strongDepth);
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
        return span(node, depth, md::Span::Emphasis, m_emDepth);
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
        return span(node, depth, md::Span::Strike, m_strikeDepth);
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_TT:
        return inlineCode(node);
    case GUMBO_TAG_KBD:
        return rawInline(node, depth, QLatin1StringView("kbd"));
    case GUMBO_TAG_SAMP:
        return rawInline(node, depth, QLatin1StringView("samp"));
    case GUMBO_TAG_VAR:
        return rawInline(node, depth, QLatin1StringView("var"));
    case GUMBO_TAG_SUP:
        return rawInline(node, depth, QLatin1StringView("sup"));
    case GUMBO_TAG_SUB:
        return rawInline(node, depth, QLatin1StringView("sub"));
    case GUMBO_TAG_Q:
        m_inline.appendText(u"\u201C");
        children(node, depth);
        m_inline.appendText(u"\u201D");
        return;
    default:
        break;
    }
    // span, font, u, mark, custom elements...: only a style that changes meaning survives.
    const QString style = attributeString(node, "style");
    if (!style.isEmpty()) {
        if (isBoldWeight(styleValue(style, QLatin1StringView("font-weight"))))
            return span(node, depth, md::Span::Strong, m_strongDepth);
        if (styleValue(style, QLatin1StringView("font-style")) == QLatin1StringView("italic"))
            return span(node, depth, md::Span::Emphasis, m_emDepth);
        if (styleValue(style, QLatin1StringView("text-decoration"))
                .contains(QLatin1StringView("line-through")))
            return span(node, depth, md::Span::Strike, m_strikeDepth);
    }
    children(node, depth);
}

void Converter::text(QStringView text)
{
    qsizetype from = 0;
    qsizetype at = 0;
    while ((at = text.indexOf(u'[', at)) >= 0) {
        const Shortcode sc = shortcodeAt(text, at);
        const bool looksLikeShortcode =
            sc.end > 0 && (sc.closing || sc.hasAttributes || m_closedShortcodes.contains(sc.name));
        // Kept shortcodes are written with bare brackets unless Markdown would read them as a
        // link ("[a](b)", "[a]: b") or a task-list box ("[x]"), or they sit in a link's text.
        const qsizetype keptEnd = sc.bracketEnd;
        const bool keep = m_options.keepShortcodes && keptEnd > 0 && m_linkDepth == 0 &&
                          keptEnd != at + 3 &&
                          (keptEnd >= text.size() ||
                           (text[keptEnd] != u'(' && text[keptEnd] != u':'));
        if (!keep && !(looksLikeShortcode && !m_options.keepShortcodes)) {
            // "[[name …]]", a shortcode escaped for WordPress, keeps its outer bracket bare too.
            if (m_options.keepShortcodes && m_linkDepth == 0 && at + 1 < text.size() &&
                text[at + 1] == u'[') {
                const qsizetype innerEnd = shortcodeAt(text, at + 1).bracketEnd;
                if (innerEnd > 0 && innerEnd < text.size() && text[innerEnd] == u']') {
                    m_inline.appendText(text.mid(from, at - from));
                    m_inline.appendMarkdown(u"[");
                    from = at + 1;
                }
            }
            ++at;
            continue;
        }
        const QStringView before = text.mid(from, at - from);
        if (m_splitAfterImage && !before.trimmed().isEmpty() && m_inlineOnly == 0) {
            flush();
            m_splitAfterImage = false;
        }
        m_inline.appendText(before);
        if (looksLikeShortcode && !m_result.shortcodes.contains(sc.name))
            m_result.shortcodes.append(sc.name);
        if (keep) {
            m_inline.appendMarkdown(u"[");
            m_inline.appendText(text.mid(at + 1, keptEnd - at - 1));
            at = from = keptEnd;
            continue;
        }
        m_inline.appendText(u" ");
        note(HtmlRepair::ShortcodeDropped);
        if (sc.name == QLatin1StringView("caption")) {
            m_inCaption = !sc.closing;
            m_splitAfterImage = false;
        }
        at = from = sc.end;
    }
    const QStringView rest = text.mid(from);
    if (m_splitAfterImage && !rest.trimmed().isEmpty() && m_inlineOnly == 0) {
        flush();
        m_splitAfterImage = false;
    }
    m_inline.appendText(rest);
}

void Converter::flush()
{
    if (m_inlineOnly > 0)
        return;
    // Emphasis that spans blocks is closed here and re-opened in the next block, as a browser
    // shows it.
    for (auto it = m_openSpans.rbegin(); it != m_openSpans.rend(); ++it)
        m_inline.close(*it);
    const QString paragraph = m_inline.take(md::InlineMode::Paragraph);
    for (md::Span s : m_openSpans)
        m_inline.open(s);
    if (!paragraph.isEmpty())
        m_writer.block(paragraph);
}

void Converter::paragraphLike(const GumboNode *node, int depth)
{
    flush();
    children(node, depth);
    flush();
}

void Converter::container(const GumboNode *node, int depth)
{
    flush();
    children(node, depth);
    flush();
}

void Converter::heading(const GumboNode *node, int depth)
{
    flush();
    const int level = int(node->v.element.tag - GUMBO_TAG_H1) + 1;
    const md::InlineMode outerMode = m_inlineMode;
    ++m_inlineOnly;
    ++m_headingDepth;
    m_inlineMode = md::InlineMode::Heading;
    children(node, depth);
    m_inlineMode = outerMode;
    --m_headingDepth;
    --m_inlineOnly;
    const QString text = m_inline.take(md::InlineMode::Heading);
    for (md::Span s : m_openSpans)
        m_inline.open(s);
    if (!text.isEmpty())
        m_writer.block(QString(level, u'#') + u' ' + text);
}

void Converter::list(const GumboNode *node, int depth)
{
    flush();
    const bool ordered = node->v.element.tag == GUMBO_TAG_OL;
    const bool follows = m_lastListEnd == m_writer.position() &&
                         m_lastListDepth == m_writer.depth() && m_lastListOrdered == ordered;
    bool paren = false;
    if (follows && !ordered) {
        // Two bullet lists in a row read as one; keep them one tight list.
        m_writer.setNextSeparator(md::BlockWriter::Separator::Newline);
    } else if (follows) {
        // Numbered lists would merge and renumber: a different delimiter keeps them apart.
        paren = !m_lastListParen;
    }
    if (!m_itemStarts.isEmpty() && m_itemStarts.last() >= 0 &&
        m_itemStarts.last() != m_writer.position())
        m_writer.setNextSeparator(md::BlockWriter::Separator::Newline);

    bool ok = false;
    int number = attributeString(node, "start").toInt(&ok);
    if (!ok || number < 0 || number > 999999999)
        number = 1;
    bool first = true;
    const GumboVector &kids = node->v.element.children;
    // Items whose text is in paragraphs are how a loose list renders (blank lines between its
    // items): written loose again, the Markdown comes back as it was.
    const auto hasParagraph = [](const GumboNode *item) {
        const GumboVector &parts = item->v.element.children;
        for (unsigned j = 0; j < parts.length; ++j) {
            const auto *part = static_cast<const GumboNode *>(parts.data[j]);
            if (part->type == GUMBO_NODE_ELEMENT && part->v.element.tag == GUMBO_TAG_P)
                return true;
        }
        return false;
    };
    bool loose = false;
    for (unsigned i = 0; i < kids.length && !loose; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        loose = child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_LI &&
                hasParagraph(child);
    }
    for (unsigned i = 0; i < kids.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_LI) {
            walk(child, depth + 1);
            continue;
        }
        const int value = attributeString(child, "value").toInt(&ok);
        // Markdown numbers items from the first one only: a jump (value=) starts a new list,
        // kept apart by the other delimiter, so the numbers shown stay the same.
        const bool jump = ordered && ok && value >= 0 && value <= 999999999 && value != number;
        if (jump) {
            number = value;
            paren = first ? paren : !paren;
        }
        const QString marker = ordered ? QString::number(number++) + (paren ? u')' : u'.') + u' '
                                       : QStringLiteral("- ");
        flush();
        if (!first && !jump && !loose)
            m_writer.setNextSeparator(md::BlockWriter::Separator::Newline);
        first = false;
        listItem(child, depth + 1, marker);
    }
    flush();
    m_lastListEnd = m_writer.position();
    m_lastListDepth = m_writer.depth();
    m_lastListOrdered = ordered;
    m_lastListParen = paren;
}

void Converter::listItem(const GumboNode *node, int depth, const QString &marker)
{
    flush();
    m_writer.pushContainer(marker, QString(marker.size(), u' '));
    m_itemStarts.append(m_writer.position());
    children(node, depth);
    flush();
    m_itemStarts.removeLast();
    m_writer.popContainer();
}

void Converter::blockquote(const GumboNode *node, int depth)
{
    flush();
    m_writer.pushContainer(QStringLiteral("> "), QStringLiteral("> "));
    m_itemStarts.append(-1); // not a list item: a list after a paragraph here starts loose
    children(node, depth);
    flush();
    m_itemStarts.removeLast();
    m_writer.popContainer();
}

static QString codeLanguage(const GumboNode *node)
{
    for (const char *name : {"data-lang", "data-language", "lang", "data-enlighter-language"}) {
        const QString value = attributeString(node, name).trimmed().toLower();
        if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'`'))
            return value;
    }
    const QString classes = attributeString(node, "class");
    static const QRegularExpression brush(QStringLiteral(R"(\bbrush:\s*([A-Za-z0-9_+#-]+))"));
    if (const auto m = brush.match(classes); m.hasMatch())
        return m.captured(1).toLower();
    for (QStringView c : QStringView(classes).split(u' ', Qt::SkipEmptyParts)) {
        for (QLatin1StringView prefix :
             {QLatin1StringView("language-"), QLatin1StringView("lang-")}) {
            if (c.startsWith(prefix) && c.size() > prefix.size())
                return c.mid(prefix.size()).toString().toLower();
        }
    }
    return {};
}

void Converter::codeBlock(const GumboNode *node)
{
    flush();
    QString language = codeLanguage(node);
    const GumboVector &kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length && language.isEmpty(); ++i) {
        const auto *child = static_cast<const GumboNode *>(kids.data[i]);
        if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_CODE)
            language = codeLanguage(child);
    }
    QString code = textContent(node, true);
    code.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    while (code.endsWith(u'\n'))
        code.chop(1);
    if (code.startsWith(u'\n'))
        code.remove(0, 1);
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    m_writer.block(fence + language + u'\n' + code + u'\n' + fence);
}

void Converter::rule()
{
    if (m_inlineOnly > 0) {
        m_inline.separator(m_inlineMode);
        return;
    }
    flush();
    m_writer.block(u"---");
}

void Converter::embed(const GumboNode *node)
{
    QString raw = attributeString(node, node->v.element.tag == GUMBO_TAG_OBJECT ? "data" : "src");
    if (raw.trimmed().isEmpty())
        raw = attributeString(node, "data-src");
    if (raw.trimmed().isEmpty()) {
        const GumboVector &kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length && raw.trimmed().isEmpty(); ++i) {
            const auto *child = static_cast<const GumboNode *>(kids.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_SOURCE)
                raw = attributeString(child, "src");
        }
    }
    bool rejected = false;
    const QString url = safeUrl(raw, UrlKind::Embed, &rejected);
    if (rejected)
        note(HtmlRepair::UnsafeUrlRemoved);
    if (url.isEmpty()) {
        note(HtmlRepair::EmbedWithoutSource);
        return;
    }
    embedUrl(canonicalEmbedUrl(url));
}

void Converter::embedUrl(const QString &url)
{
    note(HtmlRepair::EmbedKeptAsLink);
    m_result.embedUrls.append(url);
    const QString encoded = QString::fromUtf8(QUrl(url).toEncoded());
    const QString shown = encoded.isEmpty() ? url : encoded;
    const bool absolute = shown.startsWith(QLatin1StringView("http://")) ||
                          shown.startsWith(QLatin1StringView("https://"));
    if (m_inlineOnly > 0 || !absolute) {
        // A bare URL only autolinks on its own line with a scheme; otherwise a plain link.
        m_inline.openLink(md::formatDestination(shown, QString()));
        m_inline.appendText(shown);
        m_inline.close(md::Span::Link);
        return;
    }
    // WordPress turns a URL on a line of its own into the embed again (oEmbed).
    flush();
    m_writer.block(shown);
}

void Converter::span(const GumboNode *node, int depth, md::Span kind, int &nesting)
{
    const bool dropStrong = kind == md::Span::Strong && m_headingDepth > 0;
    if (nesting > 0 || dropStrong)
        return children(node, depth);
    ++nesting;
    m_inline.open(kind);
    m_openSpans.push_back(kind);
    children(node, depth);
    m_openSpans.pop_back();
    m_inline.close(kind);
    --nesting;
}

void Converter::link(const GumboNode *node, int depth)
{
    const GumboAttribute *href = gumbo_get_attribute(&node->v.element.attributes, "href");
    bool rejected = false;
    const QString url =
        href ? safeUrl(QString::fromUtf8(href->value), UrlKind::Link, &rejected) : QString();
    if (rejected)
        note(HtmlRepair::UnsafeUrlRemoved);
    if (url.isEmpty() || m_linkDepth > 0)
        return children(node, depth);
    ++m_linkDepth;
    ++m_inlineOnly;
    m_inline.openLink(md::formatDestination(url, attributeString(node, "title")));
    children(node, depth);
    m_inline.close(md::Span::Link);
    --m_inlineOnly;
    --m_linkDepth;
}

Converter::ImageInfo Converter::imageInfo(const GumboNode *node)
{
    ImageInfo info;
    QString src = attributeString(node, "src").trimmed();
    const bool placeholder = src.isEmpty() || src.startsWith(QLatin1StringView("data:")) ||
                             src.contains(QLatin1StringView("lazy")) ||
                             src.contains(QLatin1StringView("blank.gif")) ||
                             src.contains(QLatin1StringView("placeholder"));
    if (placeholder) {
        for (const char *name : {"data-src", "data-lazy-src", "data-original"}) {
            const QString lazy = attributeString(node, name).trimmed();
            if (!lazy.isEmpty()) {
                src = lazy;
                break;
            }
        }
    }
    bool rejected = false;
    info.src = safeUrl(src, UrlKind::Image, &rejected);
    if (rejected)
        note(HtmlRepair::UnsafeUrlRemoved);
    info.alt = attributeString(node, "alt");
    info.title = attributeString(node, "title");
    info.emoji = hasClass(node, QLatin1StringView("emoji")) ||
                 hasClass(node, QLatin1StringView("wp-smiley")) ||
                 info.src.contains(QLatin1StringView("s.w.org/images/core/emoji"));
    return info;
}

void Converter::image(const GumboNode *node)
{
    const ImageInfo info = imageInfo(node);
    if (info.emoji) {
        m_inline.appendText(info.alt);
        return;
    }
    if (info.src.isEmpty()) {
        // Nothing to show; the description is still the author's words.
        m_inline.appendText(info.alt);
        return;
    }
    m_inline.appendMarkdown(QStringLiteral("![") + md::escapeBracketText(info.alt) +
                            QStringLiteral("](") + md::formatDestination(info.src, info.title) +
                            u')');
    if (m_inCaption)
        m_splitAfterImage = true;
}

void Converter::inlineCode(const GumboNode *node)
{
    QString code = textContent(node);
    for (QChar &c : code) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    if (code.trimmed().isEmpty()) {
        m_inline.appendText(code);
        return;
    }
    if (m_inlineMode == md::InlineMode::TableCell)
        code.replace(u'|', QLatin1StringView("\\|"));
    m_inline.appendMarkdown(md::codeSpan(code));
}

void Converter::rawInline(const GumboNode *node, int depth, QLatin1StringView tag)
{
    // GFM has no syntax for these; a bare tag is safe and renders the same.
    m_inline.appendMarkdown(u'<' + QString(tag) + u'>');
    children(node, depth);
    m_inline.appendMarkdown(QStringLiteral("</") + QString(tag) + u'>');
}

} // namespace importer
} // namespace pw
