// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pw {

// What Hugo's and Zola's configs say about taxonomies and URLs, read from the config tree
// (see readConfigFile), each rule as the generator documents it.

// Hugo's whole config: `configFile`, and when it lies in a config directory
// (config/_default/), the root-key files beside it (taxonomies.toml is `[taxonomies]`, ...)
// for keys the main file does not set (gohugo.io/configuration/introduction/).
QJsonObject readHugoConfig(const QString &configFile);

// Hugo's taxonomies as front-matter keys (the plural names, lowercased). No `[taxonomies]`
// table: Hugo's default, tags and categories; a table lists all there are; `disableKinds`
// with `taxonomy` and `term` turns the system off (gohugo.io/configuration/taxonomies/).
QStringList hugoTaxonomies(const QJsonObject &config);

// Hugo's `[permalinks]` for regular pages, top-level section (lowercased) -> pattern: the map
// form under `page`, or directly under `permalinks` as older sites write it
// (gohugo.io/configuration/permalinks/). The array form (Hugo 0.161) is not read.
QHash<QString, QString> hugoPermalinks(const QJsonObject &config);

// Zola's `taxonomies = [{name = "tags"}, ...]`; none unless listed
// (getzola.org/documentation/content/taxonomies/).
QStringList zolaTaxonomies(const QJsonObject &config);

} // namespace pw
