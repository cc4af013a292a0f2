// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/wordpress_content.h"

#include "core/import/autop.h"
#include "core/import/markdown_inline.h"
#include "core/import/oembed_providers.h"
#include "core/import/shortcodes.h"

#include <QRegularExpression>

// The order is the_content's in WordPress 6.1 (wp-includes/default-filters.php and
// class-wp-embed.php): [embed] (priority 8), bare URLs on their own line (autoembed, 8),
// wpautop unless the content has blocks (10), shortcode_unautop (10), the other shortcodes (11).
// wptexturize and convert_smilies are left out on purpose: the Markdown keeps the author's
// characters.

namespace pw {

namespace {

using Re = QRegularExpression;

// The shortcodes WordPress core registers (media.php, class-wp-embed.php).
const QStringList &coreShortcodes()
{
    static const QStringList names{QStringLiteral("wp_caption"), QStringLiteral("caption"),
                                   QStringLiteral("gallery"),    QStringLiteral("playlist"),
                                   QStringLiteral("audio"),      QStringLiteral("video"),
                                   QStringLiteral("embed")};
    return names;
}

QString attr(const QString &value)
{
    return md::escapeHtml(value);
}

// The form the converter keeps embeds in: it writes the address as a line of its own, which
// WordPress and most static-site themes embed again.
QString embedHtml(const QString &url)
{
    return QStringLiteral("<iframe src=\"") + attr(url.trimmed()) + QStringLiteral("\"></iframe>");
}

// PHP's (int) cast of a string: leading whitespace, an optional sign, digits.
int phpInt(const QString &text)
{
    static const Re leading(QStringLiteral(R"(^\s*([+-]?\d+))"));
    const QRegularExpressionMatch m = leading.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QList<qint64> idList(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const qint64 id = phpInt(part);
        if (id > 0)
            ids << id;
    }
    return ids;
}

class ContentRenderer {
public:
    ContentRenderer(const AttachmentLookup &lookup, WordPressContentReport &report)
        : m_lookup(lookup), m_report(report)
    {
    }

    QString run(const QString &text, int depth = 0)
    {
        if (depth > 8) // [caption] inside [caption]…: WordPress recurses too, but not forever
            return text;
        return doShortcodes(text, coreShortcodes(),
                            [this, depth](const ShortcodeMatch &sc) { return render(sc, depth); });
    }

private:
    QString render(const ShortcodeMatch &sc, int depth)
    {
        const ShortcodeAttributes atts = parseShortcodeAttributes(sc.attributeText);
        if (sc.name == QLatin1StringView("caption") || sc.name == QLatin1StringView("wp_caption"))
            return caption(atts, sc.content, depth);
        if (sc.name == QLatin1StringView("gallery"))
            return gallery(sc, atts);
        if (sc.name == QLatin1StringView("playlist"))
            return playlist(sc, atts);
        if (sc.name == QLatin1StringView("audio"))
            return media(sc, atts, QStringLiteral("audio"),
                         {QStringLiteral("mp3"), QStringLiteral("ogg"), QStringLiteral("flac"),
                          QStringLiteral("m4a"), QStringLiteral("wav")});
        if (sc.name == QLatin1StringView("video"))
            return media(sc, atts, QStringLiteral("video"),
                         {QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("webm"),
                          QStringLiteral("ogv"), QStringLiteral("flv")});
        // [embed] left over after its own pass (no URL): WordPress registers it as
        // __return_false, so it prints nothing.
        return {};
    }

    // img_caption_shortcode() with the theme's HTML5 captions.
    QString caption(const ShortcodeAttributes &atts, QString content, int depth)
    {
        QString text = atts.value(QStringLiteral("caption"));
        if (!atts.has(QStringLiteral("caption"))) {
            static const Re image(
                QStringLiteral(R"(((?:<a [^>]+>\s*)?<img [^>]+>(?:\s*</a>)?)(.*))"),
                Re::CaseInsensitiveOption | Re::DotMatchesEverythingOption);
            if (const QRegularExpressionMatch m = image.match(content); m.hasMatch()) {
                content = m.captured(1);
                text = m.captured(2).trimmed();
            }
        }
        // Without a width or a caption WordPress shows the image alone.
        if (phpInt(atts.value(QStringLiteral("width"))) < 1 || text.isEmpty())
            return content;
        QString align = atts.value(QStringLiteral("align"));
        if (align.isEmpty())
            align = QStringLiteral("alignnone");
        return QStringLiteral("<figure class=\"wp-caption ") + attr(align) + QStringLiteral("\">") +
               run(content, depth + 1) + QStringLiteral("<figcaption class=\"wp-caption-text\">") +
               text + QStringLiteral("</figcaption></figure>");
    }

    // The attachments the ids name; missing ones are reported. Empty when the shortcode names
    // none (WordPress then shows the post's attached media, which an export does not link).
    QList<const WordPressAttachment *> attachments(const ShortcodeAttributes &atts)
    {
        QList<qint64> ids = idList(atts.value(QStringLiteral("ids")));
        if (ids.isEmpty())
            ids = idList(atts.value(QStringLiteral("include")));
        QList<const WordPressAttachment *> found;
        for (qint64 id : ids) {
            const WordPressAttachment *a = m_lookup ? m_lookup(id) : nullptr;
            if (a && !a->url.isEmpty())
                found << a;
            else if (!m_report.missingAttachments.contains(id))
                m_report.missingAttachments << id;
        }
        return found;
    }

    QString keep(const ShortcodeMatch &sc)
    {
        if (!m_report.unknownShortcodes.contains(sc.name))
            m_report.unknownShortcodes << sc.name;
        return sc.text;
    }

    // gallery_shortcode(): each image with its caption (the attachment's excerpt), without the
    // thumbnail grid and the links to attachment pages an export cannot resolve.
    QString gallery(const ShortcodeMatch &sc, const ShortcodeAttributes &atts)
    {
        if (!atts.has(QStringLiteral("ids")) && !atts.has(QStringLiteral("include")))
            return keep(sc);
        // link="file" links each image to its file; the default, its attachment page, is a page
        // of the old site that a migrated one does not have.
        const bool linkToFile = atts.value(QStringLiteral("link")) == QLatin1StringView("file");
        QString html = QStringLiteral("<div class=\"gallery\">");
        for (const WordPressAttachment *a : attachments(atts)) {
            QString image = QStringLiteral("<img src=\"") + attr(a->url) +
                            QStringLiteral("\" alt=\"") + attr(a->alt.trimmed()) +
                            QStringLiteral("\" />");
            if (linkToFile)
                image = QStringLiteral("<a href=\"") + attr(a->url) + QStringLiteral("\">") +
                        image + QStringLiteral("</a>");
            html += QStringLiteral("<figure class=\"gallery-item\">") + image;
            if (!a->caption.trimmed().isEmpty())
                html += QStringLiteral("<figcaption class=\"wp-caption-text gallery-caption\">") +
                        a->caption.trimmed() + QStringLiteral("</figcaption>");
            html += QStringLiteral("</figure>");
        }
        return html + QStringLiteral("</div>");
    }

    QString playlist(const ShortcodeMatch &sc, const ShortcodeAttributes &atts)
    {
        if (!atts.has(QStringLiteral("ids")) && !atts.has(QStringLiteral("include")))
            return keep(sc);
        const QString tag = atts.value(QStringLiteral("type")) == QLatin1StringView("video")
                                ? QStringLiteral("video")
                                : QStringLiteral("audio");
        QString html;
        for (const WordPressAttachment *a : attachments(atts)) {
            html += u'<' + tag + QStringLiteral(" controls src=\"") + attr(a->url) +
                    QStringLiteral("\"></") + tag + u'>';
        }
        return html;
    }

    // wp_audio_shortcode() / wp_video_shortcode(): the first source given, src before the
    // file-type attributes, as WordPress orders its <source> elements.
    QString media(const ShortcodeMatch &sc, const ShortcodeAttributes &atts, const QString &tag,
                  const QStringList &types)
    {
        QString url = atts.value(QStringLiteral("src")).trimmed();
        for (qsizetype i = 0; url.isEmpty() && i < types.size(); ++i)
            url = atts.value(types[i]).trimmed();
        if (url.isEmpty())
            return keep(sc);
        return u'<' + tag + QStringLiteral(" controls src=\"") + attr(url) +
               QStringLiteral("\"></") + tag + u'>';
    }

    const AttachmentLookup &m_lookup;
    WordPressContentReport &m_report;
};

// WP_Embed::run_shortcode(): only [embed] is known in this pass.
QString runEmbedShortcode(const QString &content)
{
    return doShortcodes(content, {QStringLiteral("embed")}, [](const ShortcodeMatch &sc) {
        QString url = sc.content;
        if (url.isEmpty())
            url = parseShortcodeAttributes(sc.attributeText).value(QStringLiteral("src"));
        if (url.trimmed().isEmpty())
            return QString();
        url.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
        return embedHtml(url);
    });
}

// WP_Embed::autoembed(): a URL alone on its line, or alone in a paragraph, that WordPress
// embeds.
QString autoembed(const QString &content)
{
    static const QString lineBreak = QStringLiteral("<!-- wp-line-break -->");
    QString text = autop::replaceInHtmlTags(content, u"\n", lineBreak);
    static const Re hasUrl(QStringLiteral(R"((^|\s|>)https?://)"), Re::CaseInsensitiveOption);
    if (hasUrl.match(text).hasMatch()) {
        static const Re ownLine(QStringLiteral(R"(^(\s*)(https?://[^\s<>"]+)(\s*)$)"),
                                Re::CaseInsensitiveOption | Re::MultilineOption);
        static const Re ownParagraph(
            QStringLiteral(R"((<p(?: [^>]*)?>\s*)(https?://[^\s<>"]+)(\s*<\/p>))"),
            Re::CaseInsensitiveOption);
        for (const Re *re : {&ownLine, &ownParagraph}) {
            QString out;
            qsizetype at = 0;
            auto it = re->globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                out += QStringView(text).mid(at, m.capturedStart() - at);
                // Other addresses WordPress would only embed after asking their site (oEmbed
                // discovery); when it cannot, the text stays as written.
                out += isWordPressEmbedUrl(m.captured(2))
                           ? m.captured(1) + embedHtml(m.captured(2)) + m.captured(3)
                           : m.captured();
                at = m.capturedEnd();
            }
            out += QStringView(text).mid(at);
            text = out;
        }
    }
    text.replace(lineBreak, QLatin1StringView("\n"));
    return text;
}

} // namespace

QString wordpressContentToHtml(const QString &stored, const AttachmentLookup &attachments,
                               WordPressContentReport &report)
{
    static const Re more(QStringLiteral("<!--more(.*?)?-->"));
    report.hasMore = more.match(stored).hasMatch();
    report.pageBreaks = int(stored.count(QLatin1StringView("<!--nextpage-->")));
    report.unknownShortcodes = otherShortcodeNames(stored, coreShortcodes());

    QString html = autoembed(runEmbedShortcode(stored));
    if (!hasBlocks(html))
        html = wpautop(html);
    html = shortcodeUnautop(html, coreShortcodes());
    ContentRenderer renderer(attachments, report);
    return renderer.run(html);
}

} // namespace pw
