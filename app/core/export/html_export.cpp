// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/html_export.h"

#include "core/highlight/code_highlighter.h"
#include "core/markdown/cmark_handles.h"
#include "core/markdown/preview_blocks.h"
#include "core/spelling/post_language.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmark-gfm.h>

namespace pw {

namespace {

QString meta(const char *attribute, const QString &name, const QString &content)
{
    return QStringLiteral("<meta %1=\"%2\" content=\"%3\">\n")
        .arg(QLatin1String(attribute), name.toHtmlEscaped(), content.toHtmlEscaped());
}

QString jsonLd(const Post &post, const QString &url, const QString &date)
{
    QJsonObject object{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                       {QStringLiteral("@type"), QStringLiteral("BlogPosting")},
                       {QStringLiteral("headline"), post.title}};
    if (!post.metaDescription.isEmpty())
        object.insert(QStringLiteral("description"), post.metaDescription);
    if (!post.tags.isEmpty())
        object.insert(QStringLiteral("keywords"), post.tags.join(QStringLiteral(", ")));
    if (!post.categories.isEmpty())
        object.insert(QStringLiteral("articleSection"),
                      QJsonArray::fromStringList(post.categories));
    if (!date.isEmpty())
        object.insert(QStringLiteral("datePublished"), date);
    if (!url.isEmpty()) {
        object.insert(QStringLiteral("url"), url);
        object.insert(QStringLiteral("mainEntityOfPage"), url);
    }
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    // Inside <script> only "</" (which could close it) and "<!--" (which changes how the
    // browser finds the end) are dangerous; both have harmless JSON spellings.
    json.replace(QStringLiteral("<!--"), QStringLiteral("\\u003c!--"));
    json.replace(QStringLiteral("</"), QStringLiteral("<\\/"));
    return json;
}

// The preview wraps each raw HTML block in a <div> to carry its position (preview_blocks.cpp,
// renderBlock); no other top-level block renders as a <div>. The wrapper would close an
// unclosed <div class="note"> of the post early, so it goes with the position.
QString withoutHtmlBlockWrapper(const QString &blockHtml)
{
    static const QString open = QStringLiteral("<div data-sourcepos=\"");
    static const QString close = QStringLiteral("</div>\n");
    if (!blockHtml.startsWith(open) || !blockHtml.endsWith(close))
        return blockHtml;
    const qsizetype inner = blockHtml.indexOf(QLatin1Char('>')) + 1;
    return blockHtml.mid(inner, blockHtml.size() - inner - close.size());
}

} // namespace

QString renderCleanHtml(const QString &markdown, const CodeColouring &code)
{
    return renderCleanHtml(markdown, {}, code);
}

QString codeStylesheetFor(const CodeColouring &code)
{
    if (!code.enabled() || code.style != CodeColouring::Style::Classes)
        return {};
    const std::optional<CodeThemeStyles> light = code.highlighter->themeStyles(code.theme);
    const std::optional<CodeThemeStyles> dark =
        code.highlighter->themeStyles(CodeColouring::darkTheme());
    if (!light)
        return {};
    return codeStylesheet(*light, dark.value_or(CodeThemeStyles{}));
}

QString renderCleanHtml(const QString &markdown, const QHash<QString, QString> &imageUrls,
                        const CodeColouring &code)
{
    const CmarkNodePtr document = parseGfm(markdown.toUtf8());
    if (!imageUrls.isEmpty()) {
        CmarkIterPtr iter(cmark_iter_new(document.get()));
        cmark_event_type event;
        while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
                continue;
            const auto url = imageUrls.constFind(QString::fromUtf8(cmark_node_get_url(node)));
            if (url != imageUrls.cend())
                cmark_node_set_url(node, url->toUtf8().constData());
        }
    }
    CodeColouring colouring = code;
    colouring.labels = false;
    const ColouredCode coloured = colourCodeBlocks(document.get(), nullptr, colouring);
    QString html;
    for (const PreviewBlock &block :
         renderPreviewBlocks(document.get(), 0, {}, &coloured.topLevelHtml))
        html += withoutHtmlBlockWrapper(block.html);
    // The positions only serve the preview's scroll sync; a published page has no use for
    // them. cmark writes them itself, always in this form.
    static const QRegularExpression sourcePos(QStringLiteral(R"( data-sourcepos="[0-9:-]*")"));
    html.remove(sourcePos);
    return html;
}

WriteResult writeHtmlPage(const QString &path, const Post &post, const CodeColouring &code)
{
    return writeFileAtomically(path, exportHtml(post, code).toUtf8());
}

QString exportHtml(const Post &post, const CodeColouring &code)
{
    QString url = extraValue(post, QStringLiteral("permalink"));
    if (url.isEmpty())
        url = extraValue(post, QStringLiteral("link"));
    const QString date = extraValue(post, QStringLiteral("date"));
    const QString language = postLanguage(post).replace(QLatin1Char('_'), QLatin1Char('-'));

    QString head;
    head += QStringLiteral("<meta charset=\"utf-8\">\n");
    head += meta("name", QStringLiteral("viewport"),
                 QStringLiteral("width=device-width, initial-scale=1"));
    head += QStringLiteral("<title>%1</title>\n").arg(post.title.toHtmlEscaped());
    if (!post.metaDescription.isEmpty())
        head += meta("name", QStringLiteral("description"), post.metaDescription);
    if (!post.tags.isEmpty())
        head += meta("name", QStringLiteral("keywords"), post.tags.join(QStringLiteral(", ")));
    if (!url.isEmpty())
        head += QStringLiteral("<link rel=\"canonical\" href=\"%1\">\n").arg(url.toHtmlEscaped());
    head += meta("property", QStringLiteral("og:type"), QStringLiteral("article"));
    head += meta("property", QStringLiteral("og:title"), post.title);
    if (!post.metaDescription.isEmpty())
        head += meta("property", QStringLiteral("og:description"), post.metaDescription);
    if (!url.isEmpty())
        head += meta("property", QStringLiteral("og:url"), url);
    if (!date.isEmpty())
        head += meta("property", QStringLiteral("article:published_time"), date);
    for (const QString &category : post.categories)
        head += meta("property", QStringLiteral("article:section"), category);
    for (const QString &tag : post.tags)
        head += meta("property", QStringLiteral("article:tag"), tag);
    head += QStringLiteral("<script type=\"application/ld+json\">\n%1</script>\n")
                .arg(jsonLd(post, url, date));
    // Readable on its own, without the site's theme.
    head += QStringLiteral("<style>body{max-width:42em;margin:2em auto;padding:0 1em;"
                           "font:18px/1.6 sans-serif}img{max-width:100%}"
                           "pre{overflow-x:auto;padding:.75em 1em}</style>\n");
    if (const QString css = codeStylesheetFor(code); !css.isEmpty())
        head += QStringLiteral("<style>\n%1</style>\n").arg(css);

    const QString langAttribute =
        language.isEmpty() ? QString()
                           : QStringLiteral(" lang=\"%1\"").arg(language.toHtmlEscaped());
    return QStringLiteral("<!DOCTYPE html>\n<html%1>\n<head>\n%2</head>\n<body>\n<article>\n"
                          "<h1>%3</h1>\n%4</article>\n</body>\n</html>\n")
        .arg(langAttribute, head, post.title.toHtmlEscaped(), renderCleanHtml(post.body, code));
}

} // namespace pw
