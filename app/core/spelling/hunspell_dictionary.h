// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>

#include <memory>

class Hunspell;

namespace pw {

// One loaded hunspell dictionary (.aff + .dic). Words cross the boundary as QString and are
// converted to the dictionary's own encoding (UTF-8 for most, ISO-8859-x for some older
// ones). Not thread-safe: hunspell keeps per-call scratch state, so callers serialise use.
class HunspellDictionary {
public:
    // Null with `error` set when the files cannot be read or their encoding is unknown.
    static std::unique_ptr<HunspellDictionary> open(const QString &affPath, const QString &dicPath,
                                                    QString *error);
    ~HunspellDictionary();
    HunspellDictionary(const HunspellDictionary &) = delete;
    HunspellDictionary &operator=(const HunspellDictionary &) = delete;

    bool isCorrect(const QString &word);
    QStringList suggestions(const QString &word, int max);
    // Accepted for the lifetime of this object (the personal dictionary, re-added on load).
    void addWord(const QString &word);
    QString encoding() const { return m_encoding; }

private:
    HunspellDictionary(std::unique_ptr<Hunspell> engine, const QString &encoding);
    // False when the word cannot be written in the dictionary's charset: it is then unknown.
    bool encode(const QString &word, std::string *out);

    std::unique_ptr<Hunspell> m_engine;
    QString m_encoding;
    QStringEncoder m_encoder;
    QStringDecoder m_decoder;
};

} // namespace pw
