// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/wxr_import.h"

#include "core/formats/front_matter_format.h"
#include "core/text/mojibake.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <iterator>

namespace pw {

namespace {

// A class, not a helper function taking the text: lupdate files the strings under this
// context only when it sees WxrImportText::tr() called on it.
class WxrImportText {
    Q_DECLARE_TR_FUNCTIONS(pw::WxrImport)
};

Finding finding(const char *id, Severity severity, Field field, const QString &message)
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.field = field;
    f.message = message;
    return f;
}

QString decoded(const QString &slug)
{
    return QUrl::fromPercentEncoding(slug.toUtf8());
}

// Letters remove_accents() (wp-includes/formatting.php) maps that are not a base letter plus
// combining marks.
const char *accentFold(char16_t c)
{
    switch (c) {
    case u'ß':
        return "s"; // "ss" only where the site's locale is German
    case u'Ĳ':
        return "IJ";
    case u'ĳ':
        return "ij";
    case u'Ŀ':
        return "L";
    case u'ŀ':
        return "l";
    case u'ŉ':
        return "n";
    case u'£':
        return "";
    case u'Æ':
        return "AE";
    case u'æ':
        return "ae";
    case u'Œ':
        return "OE";
    case u'œ':
        return "oe";
    case u'Ø':
        return "O";
    case u'ø':
        return "o";
    case u'Ð':
    case u'Đ':
        return "D";
    case u'ð':
    case u'đ':
        return "d";
    case u'Þ':
        return "TH";
    case u'þ':
        return "th";
    case u'Ł':
        return "L";
    case u'ł':
        return "l";
    case u'Ħ':
        return "H";
    case u'ħ':
        return "h";
    case u'ı':
        return "i";
    case u'Ŋ':
        return "N";
    case u'ŋ':
        return "n";
    case u'Ŧ':
        return "T";
    case u'ŧ':
        return "t";
    case u'ĸ':
        return "k";
    case u'ſ':
        return "s";
    case u'ª':
        return "a";
    case u'º':
        return "o";
    case u'€':
        return "E";
    default:
        return nullptr;
    }
}

// remove_accents(): Latin letters with diacritics lose them; other scripts are untouched
// (Cyrillic й keeps its breve, where a plain decomposition would drop it).
QString removeAccents(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() < 0x80) {
            out.append(ch);
            continue;
        }
        if (const char *fold = accentFold(ch.unicode())) {
            out.append(QLatin1StringView(fold));
            continue;
        }
        if (ch.isHighSurrogate() && i + 1 < text.size()) {
            out.append(ch);
            out.append(text.at(++i));
            continue;
        }
        const QString parts = QString(ch).normalized(QString::NormalizationForm_D);
        if (parts.size() > 1 && parts.at(0).unicode() < 0x80) {
            bool marksOnly = true;
            for (qsizetype k = 1; k < parts.size(); ++k)
                marksOnly = marksOnly && parts.at(k).isMark();
            if (marksOnly) {
                out.append(parts.at(0));
                continue;
            }
        }
        out.append(ch);
    }
    return out;
}

// Characters sanitize_title_with_dashes() strips in the "save" context (as their UTF-8
// octets there): soft hyphen, ¡ ¿, angle and curly quotes, bullet, © ® ° … ™, acute and grave
// accents, macron, caron, zero-width and direction marks, BOM, object replacement.
bool strippedOnSave(char16_t c)
{
    static constexpr char16_t stripped[] = {
        0x00AD, 0x00A1, 0x00BF, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x2018, 0x2019, 0x201C,
        0x201D, 0x201A, 0x201B, 0x201E, 0x201F, 0x2022, 0x00A9, 0x00AE, 0x00B0, 0x2026,
        0x2122, 0x00B4, 0x02CA, 0x0301, 0x0341, 0x0300, 0x0304, 0x030C, 0x200B, 0x200C,
        0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0xFEFF, 0xFFFC};
    return std::find(std::begin(stripped), std::end(stripped), c) != std::end(stripped);
}

// Spaces with a width, and the dashes and no-break space, become hyphens on save.
bool hyphenOnSave(char16_t c)
{
    return c == 0x00A0 || c == 0x2013 || c == 0x2014 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x2028 || c == 0x2029 || c == 0x202F;
}

// utf8_uri_encode($title, 200): the title is cut where its percent-encoded form would pass
// 200 characters (an ASCII character counts 1, any other 3 per UTF-8 byte).
QString cutAtEncodedLength(const QString &text, int limit)
{
    int length = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString ch = text.mid(i, width);
        const int cost = ch.at(0).unicode() < 0x80 ? 1 : int(ch.toUtf8().size()) * 3;
        if (length + cost > limit)
            break;
        length += cost;
        i += width;
    }
    return text.left(i);
}

// Names outside the fields the REST import repairs (terms, authors): a site whose database
// once stored UTF-8 through a Latin-1 connection exports "Ã‰lodie" for "Élodie".
QString repaired(const QString &text)
{
    MojibakeRepair repair = repairMojibake(text);
    return repair.repairs > 0 ? std::move(repair.text) : text;
}

QJsonArray termsOf(const WxrItem &item, bool categories)
{
    // WXR 1.0 wrote each category twice, once without a domain; the domain decides wherever
    // one is given.
    bool anyDomain = false;
    for (const WxrItemTerm &t : item.terms)
        anyDomain = anyDomain || !t.domain.isEmpty();
    QJsonArray out;
    for (const WxrItemTerm &t : item.terms) {
        const bool isCategory = !anyDomain || t.domain == QLatin1StringView("category");
        const bool isTag = t.domain == QLatin1StringView("post_tag") ||
                           t.domain == QLatin1StringView("tag"); // WXR 1.0
        if (categories ? !isCategory : !isTag)
            continue;
        out.append(QJsonObject{
            {QStringLiteral("taxonomy"),
             categories ? QStringLiteral("category") : QStringLiteral("post_tag")},
            {QStringLiteral("name"), repaired(t.name)},
            {QStringLiteral("slug"), t.nicename},
        });
    }
    return out;
}

// Rank Math keeps several focus keywords comma-separated; the first is the one it rates.
QString focusKeyphrase(const WxrItem &item)
{
    const QString yoast = item.metaValue(u"_yoast_wpseo_focuskw").trimmed();
    if (!yoast.isEmpty())
        return yoast;
    return item.metaValue(u"rank_math_focus_keyword").section(u',', 0, 0).trimmed();
}

QString seoTitle(const WxrItem &item)
{
    const QString yoast = item.metaValue(u"_yoast_wpseo_title").trimmed();
    if (!yoast.isEmpty())
        return yoast;
    return item.metaValue(u"rank_math_title").trimmed();
}

void addExtra(ImportedPost &out, const QString &key, const QString &yaml)
{
    out.post.extras.append({key, yaml});
}

void reportContent(const WordPressContentReport &report, ImportedPost &out)
{
    if (!report.unknownShortcodes.isEmpty()) {
        out.findings.append(finding(
            "import.shortcode.unknown", Severity::Warning, Field::Body,
            QCoreApplication::translate(
                "pw::WxrImport",
                "%n shortcode(s) WordPress itself does not know were kept as text for review: "
                "%1. A plugin made them; rewrite or remove them.",
                nullptr, int(report.unknownShortcodes.size()))
                .arg(report.unknownShortcodes.join(QLatin1StringView(", ")))));
    }
    if (!report.missingAttachments.isEmpty()) {
        QStringList ids;
        for (qint64 id : report.missingAttachments)
            ids.append(QString::number(id));
        out.findings.append(
            finding("import.attachment.missing", Severity::Warning, Field::Body,
                    QCoreApplication::translate(
                        "pw::WxrImport",
                        "The export has no media item with id(s) %1, which the post's [gallery] or "
                        "[caption] names; those images are missing.",
                        nullptr, int(ids.size()))
                        .arg(ids.join(QLatin1StringView(", ")))));
    }
    if (report.pageBreaks > 0) {
        // A variable, not an expression: lupdate drops a translate() whose count is "a + 1".
        const int pages = report.pageBreaks + 1;
        out.findings.append(finding(
            "import.content.nextpage", Severity::Warning, Field::Body,
            QCoreApplication::translate(
                "pw::WxrImport",
                "WordPress shows this post as %n pages (<!--nextpage-->). The markers are kept; "
                "most static site generators ignore them.",
                nullptr, pages)));
    }
}

} // namespace

void WxrAttachments::add(const WxrItem &item)
{
    WordPressAttachment a;
    a.id = item.id;
    a.url = item.attachmentUrl.isEmpty() ? item.guid : item.attachmentUrl;
    a.title = item.title;
    a.caption = item.excerpt;
    a.alt = item.metaValue(u"_wp_attachment_image_alt");
    m_byId.insert(a.id, a);
}

const WordPressAttachment *WxrAttachments::find(qint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &*it;
}

AttachmentLookup WxrAttachments::lookup() const
{
    return [this](qint64 id) { return find(id); };
}

QString wordpressSanitizeTitle(const QString &title, const QString &fallback)
{
    QString s = removeAccents(title);
    // strip_tags(): a "<" before white space is text; any other runs to its ">" or the end.
    static const QRegularExpression tags(QStringLiteral("<(?!\\s)[^>]*>?"));
    s.remove(tags);
    s.remove(u'%'); // "percent signs that are not part of an octet"; octets are rare in titles
    s = cutAtEncodedLength(s.toLower(), 200);
    for (const char *entity : {"&nbsp;", "&#160;", "&ndash;", "&#8211;", "&mdash;", "&#8212;"})
        s.replace(QLatin1StringView(entity), QLatin1StringView("-"));
    static const QRegularExpression entities(QStringLiteral("&.+?;"));
    QString kept;
    kept.reserve(s.size());
    for (const QChar ch : std::as_const(s)) {
        const char16_t c = ch.unicode();
        if (c == u'/' || hyphenOnSave(c))
            kept.append(u'-');
        else if (c == 0x00D7) // ×
            kept.append(u'x');
        else if (!strippedOnSave(c))
            kept.append(ch);
    }
    kept.remove(entities);
    kept.replace(u'.', u'-');
    // [^%a-z0-9 _-] is removed; anything not ASCII is a %xx octet by then and stays.
    QString out;
    out.reserve(kept.size());
    for (const QChar ch : std::as_const(kept)) {
        const char16_t c = ch.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u' ' || c == u'_' ||
            c == u'-' || c >= 0x80)
            out.append(ch);
    }
    static const QRegularExpression spaces(QStringLiteral(" +"));
    out.replace(spaces, QStringLiteral("-"));
    static const QRegularExpression hyphens(QStringLiteral("-+"));
    out.replace(hyphens, QStringLiteral("-"));
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

QString uniqueSlug(const QString &slug, const QSet<QString> &taken)
{
    if (!taken.contains(slug))
        return slug;
    for (int suffix = 2;; ++suffix) {
        const QString candidate = slug + u'-' + QString::number(suffix);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QString wxrIsoDate(const QString &postDate, const QString &postDateGmt)
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QDateTime local = QDateTime::fromString(postDate, format);
    if (!local.isValid())
        return {};
    const QString iso = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QDateTime gmt = QDateTime::fromString(postDateGmt, format);
    if (!gmt.isValid())
        return iso; // 0000-00-00 00:00:00: never published, no offset known
    // Both read as UTC: the difference is the site's offset at that moment.
    QDateTime localAsUtc = local;
    localAsUtc.setTimeSpec(Qt::UTC);
    gmt.setTimeSpec(Qt::UTC);
    const qint64 offset = gmt.secsTo(localAsUtc);
    const qint64 minutes = std::abs(offset) / 60;
    return iso + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject wxrItemAsRestPost(const WxrItem &item)
{
    QJsonObject meta;
    for (const char *key : {"_yoast_wpseo_metadesc", "rank_math_description"}) {
        const QString value = item.metaValue(QString::fromLatin1(key));
        if (!value.isEmpty())
            meta.insert(QLatin1StringView(key), value);
    }
    QJsonObject json{
        {QStringLiteral("id"), item.id},
        {QStringLiteral("title"), QJsonObject{{QStringLiteral("raw"), item.title}}},
        {QStringLiteral("content"), QJsonObject{{QStringLiteral("raw"), item.content}}},
        {QStringLiteral("excerpt"), QJsonObject{{QStringLiteral("raw"), item.excerpt}}},
        {QStringLiteral("slug"), item.postName},
        {QStringLiteral("link"), item.link},
        {QStringLiteral("date"), wxrIsoDate(item.postDate, item.postDateGmt)},
        {QStringLiteral("status"), item.status},
        {QStringLiteral("type"), item.postType},
        {QStringLiteral("sticky"), item.sticky},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("_embedded"),
         QJsonObject{
             {QStringLiteral("wp:term"), QJsonArray{termsOf(item, true), termsOf(item, false)}}}},
    };
    return json;
}

ImportedPost importWxrItem(const WxrItem &item, const WxrChannel &channel,
                           const WxrAttachments &attachments, const CategoryWhitelist &whitelist,
                           const WxrContentToHtml &contentToHtml)
{
    WordPressContentReport report;
    const QString html = contentToHtml(item.content, attachments.lookup(), report);
    HtmlToMarkdownOptions keep;
    keep.keepShortcodes = true; // the unknown ones: listed below, kept as the author wrote them
    ImportedPost out = importWordPressPost(wxrItemAsRestPost(item), whitelist, html, keep);
    if (!item.creator.isEmpty())
        addExtra(out, wxr_extra::author, yamlQuoted(repaired(channel.authorName(item.creator))));
    if (!item.status.isEmpty())
        addExtra(out, extra_key::wordpressStatus, yamlQuoted(item.status));
    if (item.postType != QLatin1StringView("post"))
        addExtra(out, wxr_extra::type, yamlQuoted(item.postType));
    if (item.sticky)
        addExtra(out, wxr_extra::sticky, QStringLiteral("true"));
    if (const QString keyphrase = focusKeyphrase(item); !keyphrase.isEmpty())
        addExtra(out, extra_key::keyphrase, yamlQuoted(keyphrase));
    if (const QString title = seoTitle(item); !title.isEmpty())
        addExtra(out, wxr_extra::seoTitle, yamlQuoted(title));
    if (const QString thumbnail = item.metaValue(u"_thumbnail_id").trimmed();
        !thumbnail.isEmpty()) {
        if (const WordPressAttachment *image = attachments.find(thumbnail.toLongLong())) {
            addExtra(out, extra_key::featuredImage, yamlQuoted(image->url));
        } else {
            out.findings.append(finding(
                "import.featured_image.missing", Severity::Warning, Field::None,
                WxrImportText::tr("The featured image (media item %1) is not in the export.")
                    .arg(thumbnail)));
        }
    }
    // The excerpt is the description unless an SEO plugin's description took its place; then
    // it is kept beside it, as the teaser a theme shows.
    const bool seoDescription =
        std::any_of(out.findings.cbegin(), out.findings.cend(), [](const Finding &f) {
            return f.id == QLatin1StringView("import.meta_description.from_yoast") ||
                   f.id == QLatin1StringView("import.meta_description.from_rank_math");
        });
    if (const QString excerpt = htmlToPlainText(item.excerpt); seoDescription && !excerpt.isEmpty())
        addExtra(out, wxr_extra::excerpt, yamlQuoted(excerpt));
    if (!item.password.isEmpty()) {
        out.findings.append(finding(
            "import.password_protected", Severity::Warning, Field::None,
            WxrImportText::tr("The post is password-protected on WordPress; its content was "
                              "imported because protected posts were asked for. The password "
                              "is not kept.")));
    }
    reportContent(report, out);
    return out;
}

WxrImport::WxrImport(WxrImportOptions options) : m_options(std::move(options)) {}

WxrSkip WxrImport::skipOf(const WxrItem &item) const
{
    if ((item.postType == QLatin1StringView("post") && !m_options.includePosts) ||
        (item.postType == QLatin1StringView("page") && !m_options.includePages))
        return WxrSkip::Type;
    if (!m_options.ids.isEmpty() && !m_options.ids.contains(item.id))
        return WxrSkip::NotPicked;
    if (!m_options.statuses.isEmpty() && !m_options.statuses.contains(item.status))
        return WxrSkip::Status;
    if (!item.password.isEmpty() && !m_options.includeProtected)
        return WxrSkip::Protected;
    return WxrSkip::None;
}

QString WxrImport::describeSkip(WxrSkip skip, const WxrItem &item)
{
    switch (skip) {
    case WxrSkip::None:
        return {};
    case WxrSkip::Type:
        return item.postType == QLatin1StringView("page")
                   ? WxrImportText::tr("A page; pages were not asked for.")
                   : WxrImportText::tr("A post; posts were not asked for.");
    case WxrSkip::NotPicked:
        return WxrImportText::tr("Not among the posts picked for import.");
    case WxrSkip::Status:
        return WxrImportText::tr("Its status is “%1”, which was not asked for.").arg(item.status);
    case WxrSkip::Protected:
        return WxrImportText::tr("Password-protected: not imported unless protected posts are "
                                 "asked for explicitly.");
    }
    return {};
}

bool WxrImport::index(QIODevice *device, WxrIndex &index, QString &error, const Progress &progress)
{
    const qint64 total = device->size() - device->pos();
    WxrReader reader(device, WxrReader::Mode::Light);
    WxrItem item;
    while (reader.next(item)) {
        ++index.items;
        ++index.itemsByType[item.postType];
        if (item.postType == QLatin1StringView("attachment"))
            index.attachments.add(item);
        if (!item.postName.isEmpty())
            index.slugs[item.postType].insert(decoded(item.postName));
        if (progress && !progress(1, reader.bytesRead(), total))
            return false;
    }
    index.channel = reader.channel();
    index.mislabelledAs = reader.mislabelledAs();
    if (reader.hasError()) {
        error = reader.error();
        return false;
    }
    return true;
}

WxrImportResult WxrImport::run(QIODevice *device, const ItemHandler &onItem,
                               const Progress &progress)
{
    WxrImportResult result;
    if (!device || !device->isReadable() || device->isSequential()) {
        result.error = WxrImportText::tr(
            "The export must be read from a file: it is read twice, once to find its media.");
        return result;
    }
    const qint64 start = device->pos();
    WxrIndex index;
    if (!WxrImport::index(device, index, result.error, progress)) {
        result.cancelled = result.error.isEmpty();
        return result;
    }
    result.channel = index.channel;
    if (!index.mislabelledAs.isEmpty()) {
        result.findings.append(finding(
            "import.encoding.mislabelled", Severity::Info, Field::File,
            WxrImportText::tr("The export says its text is %1, but it is UTF-8; it was read as "
                              "UTF-8.")
                .arg(index.mislabelledAs)));
    }
    if (!device->seek(start)) {
        result.error = WxrImportText::tr("The export could not be read a second time: %1")
                           .arg(device->errorString());
        return result;
    }

    WxrReader reader(device);
    const qint64 total = device->size() - start;
    WxrItem item;
    while (reader.next(item)) {
        if (item.postType == QLatin1StringView("post") ||
            item.postType == QLatin1StringView("page")) {
            WxrImportedItem out = importOne(item, index, ++result.posts);
            out.bytesRead = reader.bytesRead();
            out.totalBytes = total;
            if (out.skip == WxrSkip::None)
                ++result.imported;
            else
                ++result.skipped;
            if (onItem && !onItem(out)) {
                result.cancelled = true;
                return result;
            }
        } else {
            ++result.otherItems[item.postType];
        }
        if (progress && !progress(2, reader.bytesRead(), total)) {
            result.cancelled = true;
            return result;
        }
    }
    if (reader.hasError()) // the file changed between the passes
        result.error = reader.error();
    return result;
}

WxrImportedItem WxrImport::importOne(WxrItem &item, WxrIndex &index, int position) const
{
    WxrImportedItem out;
    out.index = position;
    out.id = item.id;
    out.postType = item.postType;
    out.status = item.status;
    out.title = item.title;
    out.skip = skipOf(item);
    if (out.skip != WxrSkip::None) {
        out.skipReason = describeSkip(out.skip, item);
        return out;
    }
    QList<Finding> slugFindings;
    // A trashed post's post_name carries "__trashed"; WordPress keeps the slug it had in
    // _wp_desired_post_slug and gives it back on restore.
    if (item.status == QLatin1StringView("trash") &&
        item.postName.endsWith(QLatin1StringView("__trashed"))) {
        const QString desired = item.metaValue(u"_wp_desired_post_slug");
        item.postName = desired.isEmpty() ? item.postName.chopped(9) : desired;
    }
    if (item.postName.isEmpty()) {
        // Drafts and pending posts have no slug yet; WordPress makes one when they are
        // published, unique among the posts of that type.
        QSet<QString> &taken = index.slugs[item.postType];
        item.postName =
            uniqueSlug(wordpressSanitizeTitle(item.title, QString::number(item.id)), taken);
        taken.insert(item.postName);
        slugFindings.append(
            finding("import.slug.derived", Severity::Info, Field::Slug,
                    WxrImportText::tr("The export has no slug for this post (WordPress gives "
                                      "one on publishing); “%1” was made from the title as "
                                      "WordPress would make it.")
                        .arg(item.postName)));
    }
    out.imported = importWxrItem(item, index.channel, index.attachments, m_options.whitelist,
                                 m_options.contentToHtml);
    out.imported.findings += slugFindings;
    return out;
}

} // namespace pw
