// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_config.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace pw {

namespace {

// Config files are small; a huge one is not a config file, and reading it would cost time.
constexpr qint64 maxConfigBytes = 1024 * 1024;

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maxConfigBytes)
        return {};
    return file.readAll();
}

QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'')) {
        const qsizetype close = value.indexOf(value.front(), 1);
        if (close > 0)
            return value.mid(1, close - 1);
    }
    // An unquoted value ends at a comment.
    if (const qsizetype hash = value.indexOf(QLatin1String(" #")); hash >= 0)
        value.truncate(hash);
    return value.trimmed();
}

} // namespace

QHash<QString, QString> readTopLevelTomlKeys(const QString &path)
{
    QHash<QString, QString> keys;
    const QString text = QString::fromUtf8(readSmallFile(path));
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1Char('[')))
            break; // the top level ends at the first table
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0)
            continue;
        const QString key = unquoted(line.left(equals));
        const QString value = line.mid(equals + 1).trimmed();
        // Arrays, inline tables and multi-line strings are not what the profile reads.
        if (value.startsWith(QLatin1Char('[')) || value.startsWith(QLatin1Char('{')) ||
            value.startsWith(QLatin1String("\"\"\"")) || value.startsWith(QLatin1String("'''")))
            continue;
        keys.insert(key, unquoted(value));
    }
    return keys;
}

QHash<QString, QString> readTopLevelYamlKeys(const QString &path)
{
    QHash<QString, QString> keys;
    const QByteArray bytes = readSmallFile(path);
    if (bytes.isEmpty())
        return keys;
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        if (!root.IsMap())
            return keys;
        for (const auto &entry : root) {
            if (entry.first.IsScalar() && entry.second.IsScalar())
                keys.insert(QString::fromStdString(entry.first.Scalar()),
                            QString::fromStdString(entry.second.Scalar()));
        }
    } catch (const YAML::Exception &) {
        // A config Jekyll itself would reject: the site has no readable settings.
    }
    return keys;
}

QHash<QString, QString> readTopLevelJsonKeys(const QString &path)
{
    QHash<QString, QString> keys;
    const QJsonObject object = QJsonDocument::fromJson(readSmallFile(path)).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it->isString())
            keys.insert(it.key(), it->toString());
    }
    return keys;
}

QString findJsStringProperty(const QString &path, const QString &key)
{
    // Comment lines often show an example value ("// url: 'https://your-site.example.com'").
    QStringList code;
    for (const QString &line : QString::fromUtf8(readSmallFile(path)).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.startsWith(QLatin1String("//")) && !trimmed.startsWith(QLatin1Char('*')) &&
            !trimmed.startsWith(QLatin1String("/*")))
            code.append(line);
    }
    const QString text = code.join(QLatin1Char('\n'));
    // `key: 'v'`, `"key": "v"`, `key = `v`` (a template literal without ${...}), not `otherkey:`.
    const QRegularExpression pattern(
        QStringLiteral("(?<![\\w$.])[\"']?%1[\"']?\\s*[:=]\\s*([\"'`])([^\"'`$\\n]*)\\1")
            .arg(QRegularExpression::escape(key)));
    const QRegularExpressionMatch match = pattern.match(text);
    return match.hasMatch() ? match.captured(2).trimmed() : QString();
}

QString valueIgnoringCase(const QHash<QString, QString> &keys, const QString &key)
{
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

} // namespace pw
