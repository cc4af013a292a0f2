// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/spelling/hunspell_dictionary.h"

#include <QCoreApplication>
#include <QFile>

#include <hunspell/hunspell.hxx>

namespace pw {

namespace {
class DictionaryText {
    Q_DECLARE_TR_FUNCTIONS(pw::HunspellDictionary)
};

// hunspell names some charsets its own way ("microsoft-cp1251", "ISCII-DEVANAGARI").
QByteArray qtEncodingName(const std::string &name)
{
    QByteArray result = QByteArray::fromStdString(name).trimmed();
    if (result.startsWith("microsoft-cp"))
        result = "windows-" + result.mid(12);
    return result.isEmpty() ? QByteArray("ISO-8859-1") : result;
}
} // namespace

std::unique_ptr<HunspellDictionary> HunspellDictionary::open(const QString &affPath,
                                                             const QString &dicPath, QString *error)
{
    // hunspell only prints to stderr when a file is missing; check first for a clear message.
    for (const QString &path : {affPath, dicPath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = DictionaryText::tr("%1: cannot read the dictionary: %2")
                             .arg(path, file.errorString());
            return nullptr;
        }
    }
    auto engine = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                             QFile::encodeName(dicPath).constData());
    const QByteArray encoding = qtEncodingName(engine->get_dict_encoding());
    std::unique_ptr<HunspellDictionary> dictionary(
        new HunspellDictionary(std::move(engine), QString::fromLatin1(encoding)));
    if (!dictionary->m_encoder.isValid() || !dictionary->m_decoder.isValid()) {
        if (error)
            *error = DictionaryText::tr("%1: the dictionary's encoding %2 is not supported")
                         .arg(affPath, QString::fromLatin1(encoding));
        return nullptr;
    }
    return dictionary;
}

HunspellDictionary::HunspellDictionary(std::unique_ptr<Hunspell> engine, const QString &encoding)
    : m_engine(std::move(engine)), m_encoding(encoding),
      m_encoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless),
      m_decoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless)
{
}

HunspellDictionary::~HunspellDictionary() = default;

bool HunspellDictionary::encode(const QString &word, std::string *out)
{
    const QByteArray bytes = m_encoder.encode(word);
    if (m_encoder.hasError()) {
        m_encoder.resetState();
        return false;
    }
    *out = bytes.toStdString();
    return true;
}

bool HunspellDictionary::isCorrect(const QString &word)
{
    std::string encoded;
    return encode(word, &encoded) && m_engine->spell(encoded);
}

QStringList HunspellDictionary::suggestions(const QString &word, int max)
{
    std::string encoded;
    if (!encode(word, &encoded))
        return {};
    QStringList result;
    for (const std::string &suggestion : m_engine->suggest(encoded)) {
        if (result.size() >= max)
            break;
        result.append(
            m_decoder.decode(QByteArrayView(suggestion.data(), qsizetype(suggestion.size()))));
    }
    return result;
}

void HunspellDictionary::addWord(const QString &word)
{
    std::string encoded;
    if (encode(word, &encoded))
        m_engine->add(encoded);
}

} // namespace pw
