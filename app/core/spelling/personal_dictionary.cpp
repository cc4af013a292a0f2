// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/personal_dictionary.h"

#include "core/io/atomic_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pw {

namespace {
class PersonalText {
    Q_DECLARE_TR_FUNCTIONS(pw::PersonalDictionary)
};
} // namespace

QString PersonalDictionary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/personal-dictionary.txt");
}

PersonalDictionary::PersonalDictionary(QString path) : m_path(std::move(path)) {}

bool PersonalDictionary::load(QString *error)
{
    m_words.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = PersonalText::tr("%1: cannot read the personal dictionary: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        const QString word = line.trimmed().toString();
        if (!word.isEmpty() && !m_words.contains(word))
            m_words.append(word);
    }
    return true;
}

bool PersonalDictionary::add(const QString &word, QString *error)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || m_words.contains(clean))
        return true;
    // Another window or the CLI may have added words since we read the file: keep them.
    const QStringList ours = m_words;
    load();
    for (const QString &known : ours) {
        if (!m_words.contains(known))
            m_words.append(known);
    }
    if (!m_words.contains(clean))
        m_words.append(clean);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const WriteResult result =
        writeFileAtomically(m_path, (m_words.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

} // namespace pw
