// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pw {

// Readers for the settings a site profile needs from a generator's configuration file. Each
// returns what it could read and nothing when the file is missing or unreadable: a site whose
// address cannot be read is still a site.

// The whole of a TOML (toml++), YAML (yaml-cpp) or JSON config file as one tree, the language
// told by the file's extension (.toml; .yaml/.yml; .json). Tables and mappings become objects,
// arrays and sequences arrays. TOML's integers, floats and booleans keep their types and its
// dates and times become their TOML text ("2024-01-05"); YAML's scalars are all strings, as
// yaml-cpp gives no types. Empty when the file is missing, too large or not valid.
QJsonObject readConfigFile(const QString &path);

// The value at `key` regardless of case (Hugo's keys are case-insensitive: baseURL, baseurl).
QJsonValue valueIgnoringCase(const QJsonObject &object, const QString &key);

// A scalar config value as text: a string as it is, a number or boolean as written in JSON;
// empty for anything else.
QString scalarText(const QJsonValue &value);

// The first string literal assigned to `key` (`key: "..."`, `key = '...'`) in a JavaScript or
// TypeScript config file. A heuristic: the file is code, not data, so an address built at run
// time (from an environment variable, say) is not found.
QString findJsStringProperty(const QString &path, const QString &key);

} // namespace pw
