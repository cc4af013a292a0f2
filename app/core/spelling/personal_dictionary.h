// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pw {

// The writer's own words: a UTF-8 text file, one word per line, shared by the GUI and the
// CLI. Each add rewrites the whole file atomically, so a crash never leaves half a list.
class PersonalDictionary {
public:
    // AppDataLocation/personal-dictionary.txt
    static QString defaultPath();

    explicit PersonalDictionary(QString path = defaultPath());

    // Reads the file; a missing file is an empty list, not an error. Returns false with
    // `error` set when the file exists but cannot be read.
    bool load(QString *error = nullptr);
    // Adds and saves. Returns false with `error` set when the file cannot be written; the word
    // is then still in the list for this session.
    bool add(const QString &word, QString *error = nullptr);

    QString path() const { return m_path; }
    QStringList words() const { return m_words; }
    bool contains(const QString &word) const { return m_words.contains(word); }

private:
    QString m_path;
    QStringList m_words;
};

} // namespace pw
