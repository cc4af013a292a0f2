// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_profile.h"

#include "core/checks/category_whitelist.h"
#include "core/checks/site_address.h"
#include "core/seo/seo_analysis.h"
#include "core/site/generator_config.h"
#include "core/site/site_config.h"
#include "core/site/site_dialect.h"
#include "core/text/slug.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace pw {

namespace {

const QString &postwrightConfig = postwrightConfigName;

// The first of `names` that exists in `dir`, as an absolute path.
QString firstExisting(const QDir &dir, const QStringList &names)
{
    for (const QString &name : names) {
        if (QFileInfo::exists(dir.filePath(name)))
            return dir.absoluteFilePath(name);
    }
    return {};
}

// The generator whose config sits in `dir`, if any. Hugo's and Zola's config.toml look alike:
// Zola names the address `base_url`, Hugo `baseURL` (and needs a content folder).
std::optional<SiteLocation> generatorIn(const QDir &dir)
{
    const QString root = dir.absolutePath();
    const auto found = [&](SiteKind kind, const QString &file) -> std::optional<SiteLocation> {
        if (file.isEmpty())
            return std::nullopt;
        return SiteLocation{kind, root, file};
    };
    if (auto site = found(SiteKind::Jekyll, firstExisting(dir, {QStringLiteral("_config.yml"),
                                                                QStringLiteral("_config.yaml")})))
        return site;
    if (auto site =
            found(SiteKind::Hugo,
                  firstExisting(dir, {QStringLiteral("hugo.toml"), QStringLiteral("hugo.yaml"),
                                      QStringLiteral("hugo.yml"), QStringLiteral("hugo.json")})))
        return site;
    // Hugo's config directory (configDir, "config/_default/") instead of one file.
    if (auto site = found(SiteKind::Hugo,
                          firstExisting(dir, {QStringLiteral("config/_default/hugo.toml"),
                                              QStringLiteral("config/_default/config.toml"),
                                              QStringLiteral("config/_default/hugo.yaml"),
                                              QStringLiteral("config/_default/config.yaml")})))
        return site;
    if (const QString toml = firstExisting(dir, {QStringLiteral("config.toml")}); !toml.isEmpty()) {
        if (readConfigFile(toml).contains(QStringLiteral("base_url")))
            return SiteLocation{SiteKind::Zola, root, toml};
    }
    if (dir.exists(QStringLiteral("content"))) {
        if (auto site = found(
                SiteKind::Hugo,
                firstExisting(dir, {QStringLiteral("config.toml"), QStringLiteral("config.yaml"),
                                    QStringLiteral("config.yml"), QStringLiteral("config.json")})))
            return site;
    }
    const QList<std::pair<SiteKind, QStringList>> jsConfigs = {
        {SiteKind::Docusaurus,
         {QStringLiteral("docusaurus.config.js"), QStringLiteral("docusaurus.config.ts"),
          QStringLiteral("docusaurus.config.mjs")}},
        {SiteKind::Astro,
         {QStringLiteral("astro.config.mjs"), QStringLiteral("astro.config.js"),
          QStringLiteral("astro.config.ts"), QStringLiteral("astro.config.mts")}},
        {SiteKind::Next,
         {QStringLiteral("next.config.js"), QStringLiteral("next.config.mjs"),
          QStringLiteral("next.config.ts")}},
        {SiteKind::Gatsby,
         {QStringLiteral("gatsby-config.js"), QStringLiteral("gatsby-config.ts"),
          QStringLiteral("gatsby-config.mjs")}},
        {SiteKind::Eleventy,
         {QStringLiteral(".eleventy.js"), QStringLiteral("eleventy.config.js"),
          QStringLiteral("eleventy.config.mjs"), QStringLiteral("eleventy.config.cjs")}},
    };
    for (const auto &[kind, names] : jsConfigs) {
        if (auto site = found(kind, firstExisting(dir, names)))
            return site;
    }
    return std::nullopt;
}

QString joinedAddress(const QString &url, const QString &basePath)
{
    QString address = url.trimmed();
    while (address.endsWith(QLatin1Char('/')))
        address.chop(1);
    QString path = basePath.trimmed();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (!path.isEmpty())
        address += QLatin1Char('/') + path;
    return normalizedSiteAddress(address);
}

QStringList existingDirs(const QString &root, const QStringList &names)
{
    QStringList dirs;
    const QDir dir(root);
    for (const QString &name : names) {
        if (QFileInfo(dir.filePath(name)).isDir())
            dirs.append(QDir::cleanPath(dir.absoluteFilePath(name)));
    }
    return dirs;
}

// Reads the generator's config into the profile: the address, the URL rule and, for Hugo and
// Zola, the taxonomies.
void readGeneratorConfig(SiteProfile &site)
{
    const QString &config = site.configFile;
    switch (site.kind) {
    case SiteKind::Jekyll: {
        const QJsonObject keys = readConfigFile(config);
        site.baseUrl = joinedAddress(scalarText(keys.value(QStringLiteral("url"))),
                                     scalarText(keys.value(QStringLiteral("baseurl"))));
        site.permalinkPattern = scalarText(keys.value(QStringLiteral("permalink")));
        site.contentDirs =
            existingDirs(site.root, {QStringLiteral("_posts"), QStringLiteral("_drafts")});
        break;
    }
    case SiteKind::Hugo: {
        const QJsonObject keys = readHugoConfig(config);
        site.baseUrl =
            joinedAddress(scalarText(valueIgnoringCase(keys, QStringLiteral("baseURL"))), {});
        const QString contentDir =
            scalarText(valueIgnoringCase(keys, QStringLiteral("contentDir")));
        site.contentDirs = existingDirs(
            site.root, {contentDir.isEmpty() ? QStringLiteral("content") : contentDir});
        site.taxonomies = hugoTaxonomies(keys);
        site.sectionPermalinks = hugoPermalinks(keys);
        break;
    }
    case SiteKind::Zola: {
        const QJsonObject keys = readConfigFile(config);
        site.baseUrl = joinedAddress(scalarText(keys.value(QStringLiteral("base_url"))), {});
        site.contentDirs = existingDirs(site.root, {QStringLiteral("content")});
        site.taxonomies = zolaTaxonomies(keys);
        break;
    }
    case SiteKind::Docusaurus:
        site.baseUrl = joinedAddress(findJsStringProperty(config, QStringLiteral("url")),
                                     findJsStringProperty(config, QStringLiteral("baseUrl")));
        site.contentDirs =
            existingDirs(site.root, {QStringLiteral("blog"), QStringLiteral("docs")});
        break;
    case SiteKind::Astro:
        site.baseUrl = joinedAddress(findJsStringProperty(config, QStringLiteral("site")),
                                     findJsStringProperty(config, QStringLiteral("base")));
        site.contentDirs =
            existingDirs(site.root, {QStringLiteral("src/content"), QStringLiteral("src/pages")});
        break;
    case SiteKind::Gatsby:
        site.baseUrl = joinedAddress(findJsStringProperty(config, QStringLiteral("siteUrl")), {});
        site.contentDirs =
            existingDirs(site.root, {QStringLiteral("content"), QStringLiteral("src/content"),
                                     QStringLiteral("src/posts"), QStringLiteral("blog")});
        break;
    case SiteKind::Next:
        site.contentDirs =
            existingDirs(site.root, {QStringLiteral("_posts"), QStringLiteral("posts"),
                                     QStringLiteral("content"), QStringLiteral("data"),
                                     QStringLiteral("src/content")});
        break;
    case SiteKind::Eleventy:
    case SiteKind::Postwright:
        break;
    }
    if (site.contentDirs.isEmpty())
        site.contentDirs = {site.root};
}

std::optional<bool> readSwitch(const QJsonObject &keys, const QString &key)
{
    const QString value = scalarText(keys.value(key)).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("off"))
        return false;
    return std::nullopt;
}

void readPostwrightConfig(SiteProfile &site)
{
    const QString path = QDir(site.root).filePath(postwrightConfig);
    if (!QFileInfo::exists(path))
        return;
    const QJsonObject keys = readConfigFile(path);
    if (const QString address =
            joinedAddress(scalarText(keys.value(QStringLiteral("base_url"))), {});
        !address.isEmpty())
        site.baseUrl = address;
    site.categoriesRequired = readSwitch(keys, QStringLiteral("categories"));
    site.tagsRequired = readSwitch(keys, QStringLiteral("tags"));
    if (const QString list = scalarText(keys.value(QStringLiteral("whitelist"))); !list.isEmpty()) {
        if (auto whitelist = CategoryWhitelist::fromFile(QDir(site.root).absoluteFilePath(list)))
            site.whitelist = std::make_shared<const CategoryWhitelist>(std::move(*whitelist));
    }
}

const QRegularExpression &datePrefix()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[-_]"));
    return pattern;
}

bool stripsDate(SiteKind kind)
{
    return kind == SiteKind::Jekyll || kind == SiteKind::Docusaurus || kind == SiteKind::Zola;
}

// The name that carries the slug: the file's, or the folder's for an index file.
QString nameOfPost(const QString &postPath)
{
    const QFileInfo info(postPath);
    const QString base = info.completeBaseName();
    if (base.compare(QLatin1String("index"), Qt::CaseInsensitive) == 0 ||
        base.compare(QLatin1String("_index"), Qt::CaseInsensitive) == 0)
        return info.absoluteDir().dirName();
    return base;
}

bool isIndexFile(const QString &postPath)
{
    const QString base = QFileInfo(postPath).completeBaseName().toLower();
    return base == QLatin1String("index") || base == QLatin1String("_index");
}

// Hugo's and Zola's `_index.md` is the section's own page, which section permalinks govern.
bool isSectionIndex(const QString &postPath)
{
    return QFileInfo(postPath).completeBaseName().compare(QLatin1String("_index"),
                                                          Qt::CaseInsensitive) == 0;
}

QDate dateOfPost(const QString &postPath)
{
    const QRegularExpressionMatch match = datePrefix().match(nameOfPost(postPath));
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

// The folders between `dir` and the post (the post's own bundle folder left out), or nothing
// when the post is not under `dir`.
std::optional<QStringList> foldersBelow(const QString &dir, const QString &postPath)
{
    const QString relative = QDir(dir).relativeFilePath(QFileInfo(postPath).absoluteFilePath());
    if (relative.startsWith(QLatin1String("..")))
        return std::nullopt;
    QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    parts.removeLast(); // the file
    if (isIndexFile(postPath) && !parts.isEmpty())
        parts.removeLast(); // the bundle folder is the slug
    return parts;
}

std::optional<QStringList> foldersBelowContent(const SiteProfile &site, const QString &postPath)
{
    for (const QString &dir : site.contentDirs) {
        if (auto folders = foldersBelow(dir, postPath))
            return folders;
    }
    return std::nullopt;
}

// The ISO date (YYYY-MM-DD) a front-matter value starts with; invalid when none.
QDate leadingIsoDate(const QString &value)
{
    static const QRegularExpression isoDate(
        QStringLiteral("^\\s*['\"]?(\\d{4})-(\\d{2})-(\\d{2})"));
    const QRegularExpressionMatch match = isoDate.match(value);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

// A post's date for Jekyll's URL: the front matter's `date` overrides the file name's
// (jekyllrb.com/docs/front-matter/). Its time zone is not applied.
QDate jekyllDate(const Post &post, const QString &postPath)
{
    const QDate own = leadingIsoDate(extraValue(post, QStringLiteral("date")));
    return own.isValid() ? own : dateOfPost(postPath);
}

// Jekyll's permalink placeholders (jekyllrb.com/docs/permalinks/#placeholders) filled in.
QString expandJekyllPattern(QString pattern, const Post &post, const QDate &date,
                            const QString &slug)
{
    QStringList categories;
    for (const QString &category : post.categories)
        categories.append(slugify(category));
    // Longer tokens first, so ":title" is not read as the start of something else.
    const QList<std::pair<QString, QString>> tokens = {
        {QStringLiteral(":categories"), categories.join(QLatin1Char('/'))},
        {QStringLiteral(":output_ext"), QStringLiteral(".html")},
        {QStringLiteral(":short_year"), date.toString(QStringLiteral("yy"))},
        {QStringLiteral(":i_month"), QString::number(date.month())},
        {QStringLiteral(":i_day"), QString::number(date.day())},
        {QStringLiteral(":y_day"),
         QStringLiteral("%1").arg(date.dayOfYear(), 3, 10, QLatin1Char('0'))},
        {QStringLiteral(":year"), date.toString(QStringLiteral("yyyy"))},
        {QStringLiteral(":month"), date.toString(QStringLiteral("MM"))},
        {QStringLiteral(":day"), date.toString(QStringLiteral("dd"))},
        {QStringLiteral(":title"), slug},
        {QStringLiteral(":slug"), slugify(slug)},
    };
    for (const auto &[token, value] : tokens)
        pattern.replace(token, value);
    static const QRegularExpression repeatedSlashes(QStringLiteral("/{2,}"));
    pattern.replace(repeatedSlashes, QStringLiteral("/"));
    while (pattern.startsWith(QLatin1Char('/')))
        pattern.remove(0, 1);
    return pattern;
}

QString jekyllPath(const SiteProfile &site, const Post &post, const QString &postPath,
                   const QString &slug)
{
    if (!dateOfPost(postPath).isValid())
        return slug + QLatin1Char('/'); // a page, not a post: no date to build the URL from
    const QString style = site.permalinkPattern.trimmed();
    QString pattern = style;
    if (style.isEmpty() || style == QLatin1String("date"))
        pattern = QStringLiteral("/:categories/:year/:month/:day/:title:output_ext");
    else if (style == QLatin1String("pretty"))
        pattern = QStringLiteral("/:categories/:year/:month/:day/:title/");
    else if (style == QLatin1String("ordinal"))
        pattern = QStringLiteral("/:categories/:year/:y_day/:title:output_ext");
    else if (style == QLatin1String("none"))
        pattern = QStringLiteral("/:categories/:title:output_ext");
    return expandJekyllPattern(pattern, post, jekyllDate(post, postPath), slug);
}

// Eleventy's `permalink` is a template: `{{ page.fileSlug }}` and `{{ page.filePathStem }}`
// are filled in (11ty.dev/docs/data-eleventy-supplied/); any other template code leaves the
// URL unknown (empty). `false` writes no file, so there is no URL either.
QString eleventyPermalink(const SiteProfile &site, const QString &own, const QString &postPath)
{
    if (own == QLatin1String("false"))
        return {};
    if (!own.contains(QLatin1Char('{')))
        return own;
    QString stem = QDir(site.root).relativeFilePath(QFileInfo(postPath).absoluteFilePath());
    stem = QLatin1Char('/') + stem.left(stem.lastIndexOf(QLatin1Char('.')));
    static const QRegularExpression fileSlug(QStringLiteral("\\{\\{\\s*page\\.fileSlug\\s*\\}\\}"));
    static const QRegularExpression filePathStem(
        QStringLiteral("\\{\\{\\s*page\\.filePathStem\\s*\\}\\}"));
    QString path = own;
    path.replace(fileSlug, nameOfPost(postPath));
    path.replace(filePathStem, stem);
    return path.contains(QLatin1Char('{')) ? QString() : path;
}

// The post's date as Hugo's permalinks read it: the first of the front-matter dates Hugo's
// default `[frontmatter] date` setting lists. Invalid when the post has none.
QDate hugoDate(const Post &post)
{
    for (const char *key : {"date", "publishDate", "pubdate", "published", "lastmod", "modified"}) {
        if (const QDate date = leadingIsoDate(extraValue(post, QString::fromLatin1(key)));
            date.isValid())
            return date;
    }
    return {};
}

// Expands a Hugo permalink pattern (gohugo.io/configuration/permalinks/#tokens). A post
// without a date gets Go's zero time, year 0001, as Hugo gives it. The slice forms
// (`:sections[1:]`) are not expanded.
QString hugoPatternPath(const QString &pattern, const Post &post, const QString &postPath,
                        const QStringList &sections)
{
    const QDate date = hugoDate(post).isValid() ? hugoDate(post) : QDate(1, 1, 1);
    const QLocale english(QLocale::English);
    const QString fileName = nameOfPost(postPath);
    const QString titleSlug = slugify(post.title);
    const QString slugOrTitle = post.slug.isEmpty() ? titleSlug : slugify(post.slug);
    const QString slugOrFile = post.slug.isEmpty() ? fileName : slugify(post.slug);
    // Longer tokens first, so ":slug" is not read as the start of ":slugorfilename".
    const QList<std::pair<QString, QString>> tokens = {
        {QStringLiteral(":slugorcontentbasename"), slugOrFile},
        {QStringLiteral(":slugorfilename"), slugOrFile},
        {QStringLiteral(":contentbasename"), fileName},
        {QStringLiteral(":filename"), fileName},
        {QStringLiteral(":sections"), sections.join(QLatin1Char('/'))},
        {QStringLiteral(":section"), sections.value(0)},
        {QStringLiteral(":monthname"), english.monthName(date.month())},
        {QStringLiteral(":month"), QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))},
        {QStringLiteral(":weekdayname"), english.dayName(date.dayOfWeek())},
        {QStringLiteral(":weekday"), QString::number(date.dayOfWeek() % 7)}, // Sunday = 0
        {QStringLiteral(":yearday"), QString::number(date.dayOfYear())},
        {QStringLiteral(":year"), QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'))},
        {QStringLiteral(":day"), QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'))},
        {QStringLiteral(":title"), titleSlug},
        {QStringLiteral(":slug"), slugOrTitle},
    };
    QString path = pattern;
    for (const auto &[token, value] : tokens)
        path.replace(token, value);
    static const QRegularExpression repeatedSlashes(QStringLiteral("/{2,}"));
    path.replace(repeatedSlashes, QStringLiteral("/"));
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QString joinedPath(const QStringList &folders, const QString &slug, bool trailingSlash)
{
    QStringList parts = folders;
    if (!slug.isEmpty())
        parts.append(slug);
    QString path = parts.join(QLatin1Char('/'));
    if (trailingSlash && !path.isEmpty())
        path += QLatin1Char('/');
    return path;
}

QString pathOnSite(const SiteProfile &site, const Post &post, const QString &postPath,
                   const QString &slug)
{
    switch (site.kind) {
    case SiteKind::Jekyll:
        return jekyllPath(site, post, postPath, slug);
    case SiteKind::Hugo:
    case SiteKind::Zola: {
        // Sections are the folders under content/; a bundle's or section's index file takes
        // the folder's name as its slug.
        const QStringList sections = foldersBelowContent(site, postPath).value_or(QStringList());
        if (site.kind == SiteKind::Hugo && !sections.isEmpty() && !isSectionIndex(postPath)) {
            const auto pattern = site.sectionPermalinks.constFind(sections.first().toLower());
            if (pattern != site.sectionPermalinks.constEnd())
                return hugoPatternPath(*pattern, post, postPath, sections);
        }
        return joinedPath(sections, slug, true);
    }
    case SiteKind::Docusaurus: {
        const QString blog = QDir(site.root).absoluteFilePath(QStringLiteral("blog"));
        if (foldersBelow(blog, postPath)) {
            // A date in the file name becomes /YYYY/MM/DD/, unless the front matter sets a slug.
            const QDate date = dateOfPost(postPath);
            QStringList folders{QStringLiteral("blog")};
            if (post.slug.isEmpty() && date.isValid())
                folders += date.toString(QStringLiteral("yyyy/MM/dd")).split(QLatin1Char('/'));
            // `slug: /my/path` is still under the blog's route (docusaurus.io plugin-content-blog).
            QString own = slug;
            while (own.startsWith(QLatin1Char('/')))
                own.remove(0, 1);
            return joinedPath(folders, own, false);
        }
        const QString docs = QDir(site.root).absoluteFilePath(QStringLiteral("docs"));
        if (auto folders = foldersBelow(docs, postPath))
            return joinedPath(QStringList{QStringLiteral("docs")} + *folders, slug, false);
        return slug;
    }
    case SiteKind::Astro: {
        const QDir root(site.root);
        if (auto folders =
                foldersBelow(root.absoluteFilePath(QStringLiteral("src/content")), postPath))
            return joinedPath(*folders, slug,
                              true); // the collection's name leads, as routes usually have it
        if (auto folders =
                foldersBelow(root.absoluteFilePath(QStringLiteral("src/pages")), postPath))
            return joinedPath(*folders, slug, true);
        return joinedPath({}, slug, true);
    }
    case SiteKind::Eleventy:
        return joinedPath(foldersBelow(site.root, postPath).value_or(QStringList()), slug, true);
    case SiteKind::Next:
    case SiteKind::Gatsby:
    case SiteKind::Postwright:
        break;
    }
    // Their routes are code; the slug under the address is the common case.
    return joinedPath({}, slug, true);
}

} // namespace

QString siteKindName(SiteKind kind)
{
    switch (kind) {
    case SiteKind::Jekyll:
        return QStringLiteral("jekyll");
    case SiteKind::Hugo:
        return QStringLiteral("hugo");
    case SiteKind::Zola:
        return QStringLiteral("zola");
    case SiteKind::Docusaurus:
        return QStringLiteral("docusaurus");
    case SiteKind::Astro:
        return QStringLiteral("astro");
    case SiteKind::Next:
        return QStringLiteral("next");
    case SiteKind::Gatsby:
        return QStringLiteral("gatsby");
    case SiteKind::Eleventy:
        return QStringLiteral("eleventy");
    case SiteKind::Postwright:
        return QStringLiteral("postwright");
    }
    return {};
}

std::optional<SiteLocation> locateSite(const QString &postPath)
{
    QDir dir = QFileInfo(postPath).absoluteDir();
    while (true) {
        if (auto site = generatorIn(dir))
            return site;
        if (dir.exists(postwrightConfig))
            return SiteLocation{SiteKind::Postwright, dir.absolutePath(),
                                dir.absoluteFilePath(postwrightConfig)};
        // A site lives inside its repository: above that folder is someone else's.
        if (dir.exists(QStringLiteral(".git")) || !dir.cdUp())
            return std::nullopt;
    }
}

bool SiteProfile::usesCategories() const
{
    if (categoriesRequired)
        return *categoriesRequired;
    if (whitelist)
        return true;
    if (taxonomies && !taxonomies->contains(QLatin1String("categories")))
        return false; // front matter `categories` is a plain parameter there, not a taxonomy
    return !vocabulary.categories.isEmpty();
}

bool SiteProfile::usesTags() const
{
    if (tagsRequired)
        return *tagsRequired;
    if (taxonomies && !taxonomies->contains(QLatin1String("tags")))
        return false;
    return !vocabulary.tags.isEmpty();
}

SiteProfilePtr loadSiteProfile(const SiteLocation &location)
{
    auto site = std::make_shared<SiteProfile>();
    site->kind = location.kind;
    site->root = location.root;
    site->configFile = location.configFile;
    readGeneratorConfig(*site);
    readPostwrightConfig(*site);
    site->vocabulary =
        scanVocabulary(site->root, site->contentDirs, {}, frontMatterDialectFor(site->kind));
    return site;
}

QString slugFromFileName(SiteKind kind, const QString &postPath)
{
    QString name = nameOfPost(postPath);
    // Hugo's and Zola's translations by file name: about.fr.md is `about` in French
    // (gohugo.io/content-management/multilingual/, getzola.org/documentation/content/page/).
    static const QRegularExpression languageSuffix(
        QStringLiteral("^(.+)\\.[a-z]{2,3}(?:-[A-Za-z]{2,4})?$"));
    if (kind == SiteKind::Hugo || kind == SiteKind::Zola) {
        const QString base = QFileInfo(postPath).completeBaseName();
        if (const QRegularExpressionMatch match = languageSuffix.match(base); match.hasMatch()) {
            const QString stem = match.captured(1);
            name = stem.compare(QLatin1String("index"), Qt::CaseInsensitive) == 0 ||
                           stem.compare(QLatin1String("_index"), Qt::CaseInsensitive) == 0
                       ? QFileInfo(postPath).absoluteDir().dirName()
                       : stem;
        }
    }
    if (stripsDate(kind))
        name.remove(datePrefix());
    return name;
}

QString siteSlug(const SiteProfile &site, const Post &post, const QString &postPath)
{
    return post.slug.isEmpty() ? slugFromFileName(site.kind, postPath) : post.slug;
}

QString sitePermalink(const SiteProfile &site, const Post &post, const QString &postPath)
{
    QString own = seoSettings(post).permalink;
    // Hugo's `url` replaces the whole path under the base URL (gohugo.io/content-management/urls/).
    if (own.isEmpty() && site.kind == SiteKind::Hugo) {
        own = extraValue(post, QStringLiteral("url")).trimmed();
        if (!own.isEmpty() && !own.contains(QLatin1String("://")) &&
            !own.startsWith(QLatin1Char('/')))
            own.prepend(QLatin1Char('/'));
    }
    // Zola's `path` replaces the section path and the slug; a leading slash is dropped, and
    // pages end in a slash (getzola.org/documentation/content/page/).
    if (own.isEmpty() && site.kind == SiteKind::Zola) {
        QString path = extraValue(post, QStringLiteral("path")).trimmed();
        while (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        if (!path.isEmpty())
            own = QLatin1Char('/') + path +
                  (path.endsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/"));
    }
    if (site.kind == SiteKind::Eleventy && !own.isEmpty()) {
        own = eleventyPermalink(site, own, postPath);
        if (own.isEmpty())
            return {}; // no page written, or a template this cannot fill in
    }
    // A post's own Jekyll permalink takes the same placeholders as the site's.
    if (site.kind == SiteKind::Jekyll && own.startsWith(QLatin1Char('/')) &&
        own.contains(QLatin1Char(':')))
        own = QLatin1Char('/') + expandJekyllPattern(own, post, jekyllDate(post, postPath),
                                                     siteSlug(site, post, postPath));
    // Jekyll and Hugo front matter give a path on the site; a full URL stands as it is.
    if (!own.isEmpty() && !own.startsWith(QLatin1Char('/')))
        return own;
    if (site.baseUrl.isEmpty())
        return own;
    if (!own.isEmpty())
        return site.baseUrl + own;
    return site.baseUrl + QLatin1Char('/') +
           pathOnSite(site, post, postPath, siteSlug(site, post, postPath));
}

} // namespace pw
