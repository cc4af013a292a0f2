// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QList>
#include <QString>

namespace pw {

struct WordPart {
    qsizetype start = 0; // UTF-16 offset into the text given to tokenizeWords()
    qsizetype length = 0;
    bool operator==(const WordPart &) const = default;
};

// A word to check. `word` is what the dictionary is asked about: the source text with the
// typographic apostrophe ’ turned into ', which is how hunspell's dictionaries spell "we'll".
// A hyphenated compound ("state-of-the-art") is one token whose parts are its pieces.
struct WordToken {
    qsizetype start = 0;
    qsizetype length = 0;
    QString word;
    QList<WordPart> parts; // only for hyphenated compounds
    bool operator==(const WordToken &) const = default;
};

struct TokenizerOptions {
    bool skipAllCaps = true; // "HTML", "SEO": acronyms are rarely in dictionaries
};

// The words of `text` inside `ranges` (sorted, from Snapshot::proseRanges or a whole field),
// found with Unicode word boundaries. Ranges that touch are joined first: cmark splits text
// at apostrophes and other punctuation. Skipped: numbers and words with digits, single
// letters, identifiers (snake_case, camelCase, dotted names like Node.js, example.com or
// e.g.), HTML entity names, anything inside a URL or e-mail address in the prose, @mentions
// and #hashtags, and ALL-CAPS words when the option says so.
QList<WordToken> tokenizeWords(const QString &text, const QList<TextRange> &ranges,
                               const TokenizerOptions &options = {});

// The dictionary form of a word: ’ and ʼ become '.
QString dictionaryForm(QStringView word);

} // namespace pw
