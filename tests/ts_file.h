// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a Qt Linguist .ts file as the tests need it: each message's context, source text,
// whether it is a plural, whether its translation is finished, and the translation (one
// text, or the numerus forms).
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace pw::test {

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations;
};

inline QStringList readTranslation(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (xml.readNext() != QXmlStreamReader::EndElement ||
           xml.name() != QLatin1String("translation")) {
        if (xml.atEnd())
            break;
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms.append(xml.readElementText());
    }
    return forms.isEmpty() ? QStringList{text} : forms;
}

inline QList<TsMessage> readTsFile(const QString &path)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value("numerus") == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.finished = xml.attributes().value("type").isEmpty();
                    message.translations = readTranslation(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            out.append(message);
        }
    }
    return out;
}

} // namespace pw::test
