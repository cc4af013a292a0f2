// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace pw {

// Small readers for the settings a site profile needs from a generator's configuration file.
// Each returns what it could read and nothing when the file is missing or unreadable: a site
// whose address cannot be read is still a site.

// Top-level `key = value` lines of a TOML file, up to the first [table] header, with quotes
// removed. Enough for `baseURL`, `base_url` and postwright.toml; not a TOML parser (tables,
// arrays and multi-line strings are skipped).
QHash<QString, QString> readTopLevelTomlKeys(const QString &path);

// Top-level scalar keys of a YAML mapping (Jekyll's _config.yml, hugo.yaml), read with yaml-cpp.
QHash<QString, QString> readTopLevelYamlKeys(const QString &path);

// Top-level string keys of a JSON object (hugo.json).
QHash<QString, QString> readTopLevelJsonKeys(const QString &path);

// The first string literal assigned to `key` (`key: "..."`, `key = '...'`) in a JavaScript or
// TypeScript config file. A heuristic: the file is code, not data, so an address built at run
// time (from an environment variable, say) is not found.
QString findJsStringProperty(const QString &path, const QString &key);

// A value of `keys` regardless of case (Hugo's keys are case-insensitive: baseURL, baseurl).
QString valueIgnoringCase(const QHash<QString, QString> &keys, const QString &key);

} // namespace pw
