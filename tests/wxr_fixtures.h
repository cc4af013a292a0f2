// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The WordPress export fixtures of tests/data/wxr (written by WordPress's own export_wp(); see
// its README) as the WXR tests read them.
#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QXmlStreamReader>

namespace pw::test {

inline QString wxrPath(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/wxr/") + name;
}

// The exports written by hand as export.php writes them (tests/data/wxr-handmade).
inline QString handmadePath(const QString &name)
{
    return QStringLiteral(PW_TEST_DATA_DIR "/wxr-handmade/") + name;
}

// Stops the test: a missing fixture must not pass for an empty export.
inline QByteArray wxrBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return file.readAll();
}

// What WordPress's own API said about each item (expected.json).
inline QJsonObject wxrExpected()
{
    return QJsonDocument::fromJson(wxrBytes(wxrPath(QStringLiteral("expected.json")))).object();
}

// Post id -> its content:encoded, read with a bare QXmlStreamReader rather than the reader
// under test. `ok` is false when the XML does not parse.
inline QHash<qint64, QString> wxrStoredContents(const QByteArray &exportXml, bool *ok)
{
    QHash<qint64, QString> stored;
    QXmlStreamReader xml(exportXml);
    QString content;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.qualifiedName() == QLatin1StringView("content:encoded"))
            content = xml.readElementText();
        else if (xml.qualifiedName() == QLatin1StringView("wp:post_id"))
            stored.insert(xml.readElementText().toLongLong(), content);
    }
    *ok = !xml.hasError();
    return stored;
}

} // namespace pw::test
