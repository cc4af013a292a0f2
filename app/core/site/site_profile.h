// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"
#include "core/site/site_vocabulary.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace pw {

class CategoryWhitelist;

// The static-site generators whose repositories Postwright recognises, and a site the user
// marks with a postwright.toml of its own.
enum class SiteKind { Jekyll, Hugo, Zola, Docusaurus, Astro, Next, Gatsby, Eleventy, Postwright };

QString siteKindName(SiteKind kind); // "jekyll", "hugo", ...: never translated

// Where a post's site is: the nearest folder above the post that holds a generator's config.
struct SiteLocation {
    SiteKind kind = SiteKind::Jekyll;
    QString root;       // absolute path of the site folder
    QString configFile; // absolute path of the file that told the kind
};

// Walks up from `postPath` (a file) to the nearest site folder. Stops at the folder holding
// .git, since a site lives inside its repository. Nothing when the post belongs to no site.
std::optional<SiteLocation> locateSite(const QString &postPath);
// The file that makes a folder a site of the user's own (see SiteProfile), or a pulled one.
inline const QString postwrightConfigName = QStringLiteral("postwright.toml");

// What Postwright knows about a site: read once, then shared read-only between threads.
//
// postwright.toml, at the site root, overrides what the generator's config says or marks a
// folder as a site when no generator is recognised:
//   base_url = "https://example.org/blog"   where posts are published
//   categories = true | false               whether posts must have categories
//   tags = true | false                     whether posts must have tags
//   whitelist = "categories.txt"            allowed categories, one a line (relative to the root)
struct SiteProfile {
    SiteKind kind = SiteKind::Jekyll;
    QString root;
    QString configFile;
    QString baseUrl;          // normalizedSiteAddress form; empty when the config has none
    QString permalinkPattern; // Jekyll's `permalink` setting; empty: its default, "date"
    // Hugo's `[permalinks]` (map form, page kind): top-level section -> URL pattern.
    QHash<QString, QString> sectionPermalinks;
    // The front-matter keys the config declares as taxonomies (Hugo's plural names, Zola's
    // `name`s): Hugo's default is tags and categories, Zola has none unless declared. Unset
    // where the generator's taxonomies are fixed (Jekyll's categories and tags) or unknown.
    std::optional<QStringList> taxonomies;
    QStringList contentDirs;                // absolute; where the posts are
    std::optional<bool> categoriesRequired; // from postwright.toml; unset: as the posts show
    std::optional<bool> tagsRequired;
    std::shared_ptr<const CategoryWhitelist> whitelist; // postwright.toml's list; null: none
    SiteVocabulary vocabulary;

    // postwright.toml decides first (`categories`/`tags`, a whitelist); then a site whose
    // config declares its taxonomies without categories (or tags) does not use them; else
    // they are the site's habit when any post has one.
    bool usesCategories() const;
    bool usesTags() const;
};
using SiteProfilePtr = std::shared_ptr<const SiteProfile>;

// Reads the config and the front matter of the site's posts (capped: see SiteVocabulary).
SiteProfilePtr loadSiteProfile(const SiteLocation &location);

// The slug the generator gives the post at `postPath` when its front matter sets none: the
// file name without extension, `index.md`/`_index.md` taking their folder's name, Hugo and
// Zola dropping a language suffix ("about.fr.md"), and Jekyll, Docusaurus and Zola dropping a
// leading date ("2024-01-05-").
QString slugFromFileName(SiteKind kind, const QString &postPath);

// The post's slug on its site: its own, else the file name's.
QString siteSlug(const SiteProfile &site, const Post &post, const QString &postPath);

// The URL the site publishes the post at: the post's own `permalink` (Hugo: `url`), else the
// base URL and the generator's URL rule (Jekyll's permalink styles, Hugo's `[permalinks]` or
// sections, Zola's sections, Docusaurus' /blog/YYYY/MM/DD/, Astro collections). Empty when the
// site's base URL is unknown.
QString sitePermalink(const SiteProfile &site, const Post &post, const QString &postPath);

} // namespace pw
