// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace pw {

// Chinese and Japanese are written without spaces between words; word processors and Yoast
// SEO's Japanese analysis count each such character as one word. Korean (Hangul) separates
// words with spaces and is not included.
inline bool isWordPerCharacter(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        // The prolonged sound mark and the iteration marks belong to the word they lengthen,
        // but are Common script.
        return c == u'\u30FC' || c == u'\u3005' || c == u'\u309D' || c == u'\u309E' ||
               c == u'\u30FD' || c == u'\u30FE';
    }
}

} // namespace pw
