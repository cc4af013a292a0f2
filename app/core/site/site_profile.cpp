// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_profile.h"

#include "core/checks/category_whitelist.h"
#include "core/checks/site_address.h"
#include "core/seo/seo_analysis.h"
#include "core/site/site_config.h"
#include "core/text/slug.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pw {

namespace {

const QString postwrightConfig = QStringLiteral("postwright.toml");

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
        if (readTopLevelTomlKeys(toml).contains(QStringLiteral("base_url")))
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

// Hugo's config in whichever of its three languages it is written.
QHash<QString, QString> hugoKeys(const QString &configFile)
{
    if (configFile.endsWith(QLatin1String(".toml")))
        return readTopLevelTomlKeys(configFile);
    if (configFile.endsWith(QLatin1String(".json")))
        return readTopLevelJsonKeys(configFile);
    return readTopLevelYamlKeys(configFile);
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

// Reads the generator's config into the profile: the address and, for Jekyll, the URL style.
void readGeneratorConfig(SiteProfile &site)
{
    const QString &config = site.configFile;
    switch (site.kind) {
    case SiteKind::Jekyll: {
        const QHash<QString, QString> keys = readTopLevelYamlKeys(config);
        site.baseUrl =
            joinedAddress(keys.value(QStringLiteral("url")), keys.value(QStringLiteral("baseurl")));
        site.permalinkPattern = keys.value(QStringLiteral("permalink"));
        site.contentDirs =
            existingDirs(site.root, {QStringLiteral("_posts"), QStringLiteral("_drafts")});
        break;
    }
    case SiteKind::Hugo: {
        const QHash<QString, QString> keys = hugoKeys(config);
        site.baseUrl = joinedAddress(valueIgnoringCase(keys, QStringLiteral("baseURL")), {});
        const QString contentDir = valueIgnoringCase(keys, QStringLiteral("contentDir"));
        site.contentDirs = existingDirs(
            site.root, {contentDir.isEmpty() ? QStringLiteral("content") : contentDir});
        break;
    }
    case SiteKind::Zola:
        site.baseUrl =
            joinedAddress(readTopLevelTomlKeys(config).value(QStringLiteral("base_url")), {});
        site.contentDirs = existingDirs(site.root, {QStringLiteral("content")});
        break;
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

std::optional<bool> readSwitch(const QHash<QString, QString> &keys, const QString &key)
{
    const QString value = keys.value(key).toLower();
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
    const QHash<QString, QString> keys = readTopLevelTomlKeys(path);
    if (const QString address = joinedAddress(keys.value(QStringLiteral("base_url")), {});
        !address.isEmpty())
        site.baseUrl = address;
    site.categoriesRequired = readSwitch(keys, QStringLiteral("categories"));
    site.tagsRequired = readSwitch(keys, QStringLiteral("tags"));
    if (const QString list = keys.value(QStringLiteral("whitelist")); !list.isEmpty()) {
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

QString jekyllPath(const SiteProfile &site, const Post &post, const QString &postPath,
                   const QString &slug)
{
    const QDate date = dateOfPost(postPath);
    if (!date.isValid())
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
        return joinedPath(foldersBelowContent(site, postPath).value_or(QStringList()), slug, true);
    }
    case SiteKind::Docusaurus: {
        const QString blog = QDir(site.root).absoluteFilePath(QStringLiteral("blog"));
        if (foldersBelow(blog, postPath)) {
            // A date in the file name becomes /YYYY/MM/DD/, unless the front matter sets a slug.
            const QDate date = dateOfPost(postPath);
            QStringList folders{QStringLiteral("blog")};
            if (post.slug.isEmpty() && date.isValid())
                folders += date.toString(QStringLiteral("yyyy/MM/dd")).split(QLatin1Char('/'));
            return joinedPath(folders, slug, false);
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
    return whitelist || !vocabulary.categories.isEmpty();
}

bool SiteProfile::usesTags() const
{
    if (tagsRequired)
        return *tagsRequired;
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
    site->vocabulary = scanVocabulary(site->root, site->contentDirs);
    return site;
}

QString slugFromFileName(SiteKind kind, const QString &postPath)
{
    QString name = nameOfPost(postPath);
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
    const QString own = seoSettings(post).permalink;
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
