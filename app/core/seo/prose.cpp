// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/seo/prose.h"

#include "core/text/ideographs.h"

#include <QTextBoundaryFinder>

namespace pw {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isJoiner(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-' || c == u'\u2010';
}

QStringList tokens(QStringView text, bool keepBreaks)
{
    QStringList result;
    QString word;
    const auto finish = [&] {
        if (!word.isEmpty())
            result.append(std::exchange(word, QString()));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isWordPerCharacter(c)) {
            // One word each, as the status bar counts them (core/text/ideographs.h).
            finish();
            result.append(QString(c));
        } else if (isWordChar(c)) {
            word += c.toLower();
        } else if (isJoiner(c) && !word.isEmpty() && i + 1 < text.size() &&
                   isWordChar(text.at(i + 1))) {
            word += c == u'\u2019' ? u'\'' : c == u'\u2010' ? u'-' : c;
        } else {
            finish();
            if (keepBreaks && (c == u',' || c == u';' || c == u':' || c == u'(' || c == u')'))
                result.append(QString(c));
        }
    }
    finish();
    return result;
}

} // namespace

QStringList lowerWords(QStringView text)
{
    return tokens(text, false);
}

QStringList lowerTokens(QStringView text)
{
    return tokens(text, true);
}

QList<Sentence> sentencesOf(const QString &text, int block)
{
    QList<Sentence> sentences;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype from = 0;
    for (qsizetype to; (to = finder.toNextBoundary()) > 0; from = to) {
        Sentence sentence;
        sentence.text = text.mid(from, to - from).trimmed();
        sentence.words = lowerWords(sentence.text);
        sentence.block = block;
        if (!sentence.words.isEmpty())
            sentences.append(std::move(sentence));
    }
    return sentences;
}

} // namespace pw
