// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_config.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <toml++/toml.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string_view>

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

QJsonValue fromToml(const toml::node &node)
{
    if (const toml::table *table = node.as_table()) {
        QJsonObject object;
        for (auto &&[key, child] : *table)
            object.insert(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())),
                          fromToml(child));
        return object;
    }
    if (const toml::array *array = node.as_array()) {
        QJsonArray list;
        for (const toml::node &element : *array)
            list.append(fromToml(element));
        return list;
    }
    if (const auto *text = node.as_string())
        return QString::fromStdString(text->get());
    if (const auto *integer = node.as_integer())
        return qint64(integer->get());
    if (const auto *number = node.as_floating_point())
        return number->get();
    if (const auto *boolean = node.as_boolean())
        return boolean->get();
    // Dates and times: their TOML text, which is ISO 8601.
    std::ostringstream text;
    node.visit([&text](const auto &value) { text << value; });
    return QString::fromStdString(text.str());
}

QJsonValue fromYaml(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &entry : node) {
            if (entry.first.IsScalar())
                object.insert(QString::fromStdString(entry.first.Scalar()), fromYaml(entry.second));
        }
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray list;
        for (const auto &element : node)
            list.append(fromYaml(element));
        return list;
    }
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    default:
        return QJsonValue::Null;
    }
}

} // namespace

QJsonObject readConfigFile(const QString &path)
{
    const QByteArray bytes = readSmallFile(path);
    if (bytes.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("toml")) {
        try {
            const toml::table root =
                toml::parse(std::string_view(bytes.constData(), bytes.size()), path.toStdString());
            return fromToml(root).toObject();
        } catch (const toml::parse_error &) {
            return {}; // a config the generator itself would reject
        }
    }
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")) {
        try {
            return fromYaml(YAML::Load(bytes.toStdString())).toObject();
        } catch (const YAML::Exception &) {
            return {};
        }
    }
    if (suffix == QLatin1String("json"))
        return QJsonDocument::fromJson(bytes).object();
    return {};
}

QJsonValue valueIgnoringCase(const QJsonObject &object, const QString &key)
{
    if (const auto exact = object.find(key); exact != object.end())
        return *exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue::Undefined;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    default:
        return {};
    }
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

} // namespace pw
