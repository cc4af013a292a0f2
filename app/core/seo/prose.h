// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/seo/article_text.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

// Word tokens of a text, lowercase: runs of letters and digits, with inner apostrophes and
// hyphens kept ("don't", "well-known"); curly apostrophes become straight ones.
QStringList lowerWords(QStringView text);
// The same, with commas, semicolons, colons and brackets kept as tokens of their own (for
// clause-aware rules such as passive voice).
QStringList lowerTokens(QStringView text);

struct Sentence {
    QString text;
    QStringList words; // lowerWords(text)
    int block = -1;    // index into ArticleText::blocks
};

// Sentences of one text, by Unicode sentence boundaries (UAX #29, QTextBoundaryFinder), so
// "e.g. this" and "3.5 percent" do not end a sentence.
QList<Sentence> sentencesOf(const QString &text, int block);

} // namespace pw
