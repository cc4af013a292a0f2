// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/wordpress_import.h"

#include "core/formats/front_matter_format.h"
#include "core/formats/repair_findings.h"
#include "core/formats/text_normalization.h"

#include "core/import/autop.h"
#include "core/import/gumbo_handles.h"
#include "core/import/html_converter.h"
#include "core/text/mojibake.h"


#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace pw {

namespace {

// A class, not a helper function taking the text: lupdate files the strings under this
// context only when it sees ImportText::tr() called on it.
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(pw::WordPressImport)
};

// A field as the author wrote it: `raw` where the post was fetched with context=edit (the
// rendered form is texturized: straight quotes become curly ones, "&" becomes "&#038;"), else
// `rendered`.
QString rendered(const QJsonObject &post, QLatin1StringView field)
{
    const QJsonValue value = post.value(field);
    if (!value.isObject())
        return value.toString();
    const QJsonObject object = value.toObject();
    const QJsonValue raw = object.value(QLatin1StringView("raw"));
    return raw.isString() ? raw.toString()
                          : object.value(QLatin1StringView("rendered")).toString();
}

Finding finding(const char *id, Severity severity, Field field, const QString &message,
                const QString &suggestion = {})
{
    Finding f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.field = field;
    f.message = message;
    f.suggestion = suggestion;
    return f;
}

// Excerpts end in "[…]" or a "Continue reading" link that is not part of the summary.
QString stripExcerptTail(QString text)
{
    static const QRegularExpression tail(
        QStringLiteral(
            R"((?:\s*(?:continue reading|read more)\b.*$)|(?:\s*\[\s*(?:…|\.\.\.)\s*\]\s*$))"),
        QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < 3; ++i) {
        const QRegularExpressionMatch m = tail.match(text);
        if (!m.hasMatch())
            break;
        text.truncate(m.capturedStart());
    }
    return text.trimmed();
}

QString rankMathDescription(const QJsonObject &post)
{
    for (QLatin1StringView key : {QLatin1StringView("rank_math_description"),
                                  QLatin1StringView("rank_math_meta_description")}) {
        if (const QString v = post.value(key).toString().trimmed(); !v.isEmpty())
            return v;
        if (const QString v =
                post.value(QLatin1StringView("meta")).toObject().value(key).toString();
            !v.trimmed().isEmpty())
            return v.trimmed();
    }
    const QJsonObject rankMath = post.value(QLatin1StringView("rank_math")).toObject();
    return rankMath.value(QLatin1StringView("description")).toString().trimmed();
}

// A post stored through a wrongly set database charset carries "weâ€™ll" inside the JSON
// strings (often as \u escapes), where decoding the file cannot see it.
// Returns where each repair is, to be found again in the field's text once it is converted.
QList<RepairSite> repairMojibakeIn(QString &text, Field field, ImportedPost &out)
{
    MojibakeRepair repair = repairMojibake(text);
    if (repair.repairs == 0)
        return {};
    const QList<RepairSite> sites = repairSites(repair.text, repair.fixes);
    text = std::move(repair.text);
    out.findings.append(finding(
        "import.mojibake.repaired", Severity::Info, field,
        // The count goes to translate() as n: lupdate makes that a plural.
        QCoreApplication::translate(
            "pw::WordPressImport",
            "%n mis-decoded character sequence(s) repaired (UTF-8 that had been read as %1).",
            nullptr, repair.repairs)
            .arg(repair.misreadAs)));
    return sites;
}

// Plain text of an HTML field, repaired first: the HTML parser turns the C1 controls some
// mojibake holds (”'s 0x9D byte) into U+FFFD, after which it cannot be repaired.
// Each repair is then listed where it is in the plain text.
QString repairedPlainText(QString html, Field field, ImportedPost &out)
{
    const QList<RepairSite> sites = repairMojibakeIn(html, field, out);
    QString plain = htmlToPlainText(html);
    out.findings += locateRepairsIn(plain, field, sites);
    return plain;
}

// A repair in the part of a field that was cut off afterwards (an excerpt's "[…]") is gone.
void dropRepairsPast(ImportedPost &out, Field field, qsizetype fieldLength)
{
    out.findings.removeIf([&](const Finding &f) {
        return f.id == QLatin1String(RepairFindingId) && f.field == field &&
               f.range.start + f.range.length > fieldLength;
    });
}

void readMetaDescription(const QJsonObject &json, ImportedPost &out)
{
    // Yoast's own field where the site exposes it (registered for REST), else what Yoast
    // puts into the page head.
    QString yoast = json.value(QLatin1StringView("meta"))
                        .toObject()
                        .value(QLatin1StringView("_yoast_wpseo_metadesc"))
                        .toString();
    if (yoast.trimmed().isEmpty())
        yoast = json.value(QLatin1StringView("yoast_head_json"))
                    .toObject()
                    .value(QLatin1StringView("description"))
                    .toString();
    if (!yoast.trimmed().isEmpty()) {
        out.post.metaDescription = repairedPlainText(yoast, Field::MetaDescription, out);
        out.findings.append(
            finding("import.meta_description.from_yoast", Severity::Info, Field::MetaDescription,
                    ImportText::tr("The description is the post's Yoast SEO description.")));
        return;
    }
    if (const QString rankMath = rankMathDescription(json); !rankMath.isEmpty()) {
        out.post.metaDescription = repairedPlainText(rankMath, Field::MetaDescription, out);
        out.findings.append(finding(
            "import.meta_description.from_rank_math", Severity::Info, Field::MetaDescription,
            ImportText::tr("The description is the post's Rank Math description.")));
        return;
    }
    const QJsonObject excerpt = json.value(QLatin1StringView("excerpt")).toObject();
    if (!excerpt.value(QLatin1StringView("protected")).toBool()) {
        out.post.metaDescription = stripExcerptTail(repairedPlainText(
            rendered(json, QLatin1StringView("excerpt")), Field::MetaDescription, out));
        dropRepairsPast(out, Field::MetaDescription, out.post.metaDescription.size());
    }
    if (out.post.metaDescription.isEmpty()) {
        out.findings.append(finding(
            "import.meta_description.missing", Severity::Warning, Field::MetaDescription,
            ImportText::tr("The post has no SEO description and no excerpt to take one from.")));
    } else {
        out.findings.append(finding(
            "import.meta_description.from_excerpt", Severity::Info, Field::MetaDescription,
            ImportText::tr(
                "No SEO description was set; the excerpt is used. Check that it reads as one.")));
    }
}

struct Terms {
    QStringList categories;
    QStringList tags;
    bool embedded = false;
};

Terms embeddedTerms(const QJsonObject &json)
{
    Terms terms;
    const QJsonValue groups =
        json.value(QLatin1StringView("_embedded")).toObject().value(QLatin1StringView("wp:term"));
    if (!groups.isArray())
        return terms;
    terms.embedded = true;
    for (const QJsonValue &group : groups.toArray()) {
        for (const QJsonValue &term : group.toArray()) {
            const QJsonObject t = term.toObject();
            const QString taxonomy = t.value(QLatin1StringView("taxonomy")).toString();
            const QString name = htmlToPlainText(t.value(QLatin1StringView("name")).toString());
            if (name.isEmpty())
                continue;
            if (taxonomy == QLatin1StringView("category"))
                terms.categories.append(name);
            else if (taxonomy == QLatin1StringView("post_tag"))
                terms.tags.append(name);
        }
    }
    return terms;
}

// "category-web-development" -> "web development". The slug lost the name's capitals and
// punctuation; the whitelist match gives them back where it can.
Terms classListTerms(const QJsonObject &json)
{
    Terms terms;
    const QJsonValue value = json.value(QLatin1StringView("class_list"));
    QStringList classes;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            classes.append(v.toString());
    } else if (value.isObject()) {
        for (const QJsonValue &v : value.toObject())
            classes.append(v.toString());
    }
    for (const QString &cls : classes) {
        for (auto [prefix, list] : {std::pair{QLatin1StringView("category-"), &terms.categories},
                                    std::pair{QLatin1StringView("tag-"), &terms.tags}}) {
            if (!cls.startsWith(prefix) || cls.size() == prefix.size())
                continue;
            QString name = QUrl::fromPercentEncoding(cls.mid(prefix.size()).toUtf8());
            name.replace(u'-', u' ');
            list->append(name.simplified());
        }
    }
    return terms;
}

QStringList ids(const QJsonObject &json, QLatin1StringView key)
{
    QStringList out;
    for (const QJsonValue &v : json.value(key).toArray())
        out.append(QString::number(v.toInteger()));
    return out;
}

void reportUnresolved(const QStringList &ids, qsizetype resolved, bool categories,
                      ImportedPost &out)
{
    if (ids.size() <= resolved)
        return;
    const QString list = ids.join(QLatin1StringView(", "));
    if (categories) {
        out.findings.append(finding(
            "import.categories.unresolved", Severity::Warning, Field::Categories,
            QCoreApplication::translate(
                "pw::WordPressImport",
                "WordPress category id(s) %1 could not be turned into names (the export has no "
                "embedded terms); assign the categories by hand.",
                nullptr, int(ids.size()))
                .arg(list)));
    } else {
        out.findings.append(
            finding("import.tags.unresolved", Severity::Warning, Field::Tags,
                    QCoreApplication::translate(
                        "pw::WordPressImport",
                        "WordPress tag id(s) %1 could not be turned into names (the export has "
                        "no embedded terms); add the tags by hand.",
                        nullptr, int(ids.size()))
                        .arg(list)));
    }
}

void readTerms(const QJsonObject &json, const CategoryWhitelist &whitelist, ImportedPost &out)
{
    Terms terms = embeddedTerms(json);
    const bool fromClasses = !terms.embedded;
    if (fromClasses)
        terms = classListTerms(json);
    const QStringList categoryIds = ids(json, QLatin1StringView("categories"));
    const QStringList tagIds = ids(json, QLatin1StringView("tags"));
    if (fromClasses) {
        reportUnresolved(categoryIds, terms.categories.size(), true, out);
        reportUnresolved(tagIds, terms.tags.size(), false, out);
    }
    // Says where the names came from, so the import review can tell the editor how much to
    // trust them.
    if (!terms.categories.isEmpty() || !terms.tags.isEmpty()) {
        out.findings.append(
            terms.embedded
                ? finding("import.terms.embedded", Severity::Info, Field::Categories,
                          ImportText::tr(
                              "Category and tag names come from the export's embedded terms."))
                : finding("import.terms.class_list", Severity::Info, Field::Categories,
                          ImportText::tr(
                              "Category and tag names were rebuilt from the post's CSS classes "
                              "(class_list): capitals and punctuation may be lost.")));
    }
    for (const QString &name : normalizedList(terms.categories)) {
        if (whitelist.isEmpty() || whitelist.containsExactly(name)) {
            out.post.categories.append(name);
        } else if (const auto respelled = whitelist.caseInsensitiveMatch(name)) {
            out.post.categories.append(*respelled);
            out.findings.append(
                finding("import.category.respelled", Severity::Info, Field::Categories,
                        ImportText::tr("The WordPress category “%1” is the allowed category “%2”.")
                            .arg(name, *respelled)));
        } else {
            out.post.categories.append(name);
            const QString suggestion = whitelist.suggest(name);
            out.findings.append(finding(
                "import.category.not_allowed", Severity::Warning, Field::Categories,
                suggestion.isEmpty()
                    ? ImportText::tr("The WordPress category “%1” is not in the category list.")
                          .arg(name)
                    : ImportText::tr(
                          "The WordPress category “%1” is not in the category list; the nearest "
                          "allowed one is “%2”.")
                          .arg(name, suggestion),
                suggestion));
        }
    }
    out.post.tags = normalizedList(terms.tags);
}

Severity severityOf(HtmlRepair repair)
{
    switch (repair) {
    case HtmlRepair::ScriptRemoved:
    case HtmlRepair::EventHandlerRemoved:
    case HtmlRepair::UnsafeUrlRemoved:
    case HtmlRepair::FormRemoved:
    case HtmlRepair::EmbedWithoutSource:
    case HtmlRepair::DeepNestingFlattened:
        return Severity::Warning;
    default:
        return Severity::Info;
    }
}

const char *repairId(HtmlRepair repair)
{
    switch (repair) {
    case HtmlRepair::ScriptRemoved:
        return "import.html.script_removed";
    case HtmlRepair::StyleRemoved:
        return "import.html.style_removed";
    case HtmlRepair::EventHandlerRemoved:
        return "import.html.handler_removed";
    case HtmlRepair::UnsafeUrlRemoved:
        return "import.html.unsafe_url_removed";
    case HtmlRepair::FormRemoved:
        return "import.html.form_removed";
    case HtmlRepair::UnsupportedRemoved:
        return "import.html.unsupported_removed";
    case HtmlRepair::EmbedKeptAsLink:
        return "import.html.embed_as_link";
    case HtmlRepair::EmbedWithoutSource:
        return "import.html.embed_lost";
    case HtmlRepair::ShortcodeDropped:
        return "import.html.shortcode_dropped";
    case HtmlRepair::TableKeptAsHtml:
        return "import.html.table_as_html";
    case HtmlRepair::DeepNestingFlattened:
        return "import.html.nesting_flattened";
    }
    return "import.html";
}

// The raw content (context=edit) is what the author wrote, but a classic post's has no
// paragraphs yet: WordPress adds them on display.
QString contentHtml(const QJsonObject &json)
{
    const QJsonObject content = json.value(QLatin1StringView("content")).toObject();
    const QJsonValue raw = content.value(QLatin1StringView("raw"));
    return raw.isString() ? wordpressAutop(raw.toString())
                          : content.value(QLatin1StringView("rendered")).toString();
}

void readBody(const QJsonObject &json, QString html, const HtmlToMarkdownOptions &options,
              ImportedPost &out)
{
    const QJsonObject content = json.value(QLatin1StringView("content")).toObject();
    // The marker Postwright's publisher leaves in what it sends (wp::Publisher::markerComment)
    // belongs to the site's copy, not to the post's text.
    static const QRegularExpression marker(QStringLiteral("\\n?<!-- postwright:[0-9a-f-]+ -->"));
    html.remove(marker);
    // Repaired before conversion, so the converter sees real characters (a mis-read
    // non-breaking space is "Â" plus one).
    const QList<RepairSite> sites = repairMojibakeIn(html, Field::Body, out);
    out.conversion = htmlToMarkdown(html, options);
    out.post.body = trimBody(out.conversion.markdown);
    out.findings += locateRepairsIn(out.post.body, Field::Body, sites);
    if (out.post.body.trimmed().isEmpty()) {
        const bool protectedPost = content.value(QLatin1StringView("protected")).toBool();
        out.findings.append(finding(
            "import.content.empty", Severity::Error, Field::Body,
            protectedPost
                ? ImportText::tr("The post is password-protected: the export has no content.")
                : ImportText::tr("The post has no content to import.")));
    }
    for (const HtmlRepairCount &r : out.conversion.repairs) {
        out.findings.append(finding(repairId(r.repair), severityOf(r.repair), Field::Body,
                                    describeRepair(r.repair, r.count)));
    }
}

// Line and column (1-based, in characters) of a byte offset, for error messages.
std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    const int line = int(bytes.left(lineStart).count('\n')) + 1;
    const int column = int(QString::fromUtf8(bytes.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

} // namespace

QString htmlToPlainText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.simplified();
    const QByteArray utf8 = html.toUtf8();
    const gumbo::OutputPtr output = gumbo::parse(utf8);
    if (!output)
        return html.simplified();
    QString text = importer::textContent(output->root);
    text.replace(QChar(0x00A0), u' ');
    return text.simplified();
}

bool isWordPressPost(const QJsonObject &object)
{
    const QJsonValue content = object.value(QLatin1StringView("content"));
    if (!content.isObject() || !content.toObject().value(QLatin1StringView("rendered")).isString())
        return false;
    return object.value(QLatin1StringView("title")).isObject() ||
           object.value(QLatin1StringView("slug")).isString();
}

ImportedPost importWordPressPost(const QJsonObject &json, const CategoryWhitelist &whitelist)
{
    // Shortcodes left in the site's HTML are a deactivated plugin's: dropped, words kept.
    return importWordPressPost(json, whitelist, contentHtml(json), HtmlToMarkdownOptions{});
}

ImportedPost importWordPressPost(const QJsonObject &json, const CategoryWhitelist &whitelist,
                                 const QString &bodyHtml, const HtmlToMarkdownOptions &options)
{
    ImportedPost out;
    out.wordpressId = json.value(QLatin1StringView("id")).toInteger();
    out.post.title =
        repairedPlainText(rendered(json, QLatin1StringView("title")), Field::Title, out);
    if (out.post.title.isEmpty())
        out.findings.append(finding("import.title.missing", Severity::Warning, Field::Title,
                                    ImportText::tr("The post has no title.")));
    out.post.slug =
        QUrl::fromPercentEncoding(json.value(QLatin1StringView("slug")).toString().toUtf8());
    for (QLatin1StringView key : {QLatin1StringView("link"), QLatin1StringView("date")}) {
        const QString value = json.value(key).toString();
        if (!value.isEmpty())
            out.post.extras.append({QString(key), yamlQuoted(value)});
    }
    readMetaDescription(json, out);
    readTerms(json, whitelist, out);
    readBody(json, bodyHtml, options, out);
    return out;
}

QString wordPressSizeError(qsizetype bytes)
{
    if (bytes <= kMaxWordPressJsonBytes)
        return {};
    // Worded as the file loader words its own limit (io/file_loader).
    return ImportText::tr("The file is %1, larger than the %2 a WordPress export may have; "
                          "export the posts in smaller pages.")
        .arg(QLocale::c().formattedDataSize(bytes),
             QLocale::c().formattedDataSize(kMaxWordPressJsonBytes));
}

WordPressImport importWordPressJson(const QByteArray &json, const CategoryWhitelist &whitelist)
{
    WordPressImport result;
    result.error = wordPressSizeError(json.size());
    if (!result.ok())
        return result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        result.error = ImportText::tr("The file is not valid JSON: %1 at line %2, column %3.")
                           .arg(parseError.errorString())
                           .arg(line)
                           .arg(column);
        return result;
    }
    return importWordPressDocument(doc, whitelist);
}

WordPressImport importWordPressDocument(const QJsonDocument &doc,
                                        const CategoryWhitelist &whitelist)
{
    WordPressImport result;
    QList<QJsonObject> objects;
    if (doc.isObject()) {
        objects.append(doc.object());
    } else {
        const QJsonArray array = doc.array();
        for (const QJsonValue &v : array)
            objects.append(v.toObject());
        if (objects.isEmpty()) {
            result.error = ImportText::tr("The file contains no WordPress posts.");
            return result;
        }
    }
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (!isWordPressPost(objects[i])) {
            result.error =
                doc.isObject()
                    ? ImportText::tr(
                          "The JSON is not a WordPress post: it has no content.rendered field.")
                    : ImportText::tr("Item %1 of the list is not a WordPress post: it has no "
                                     "content.rendered field.")
                          .arg(i + 1);
            result.posts.clear();
            return result;
        }
        result.posts.append(importWordPressPost(objects[i], whitelist));
    }
    return result;
}

} // namespace pw
