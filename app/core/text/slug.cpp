// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/slug.h"

#include <QChar>

namespace pw {
namespace {

// Characters that sit inside words and vanish rather than split them, as WordPress's
// sanitize_title() does: "don't" -> "dont", "L’été" -> "lete", "Q&A" -> "qa", and the
// Catalan middle dot, "col·lecció" -> "colleccio".
bool vanishes(char32_t c)
{
    switch (c) {
    case U'\'':
    case U'`':
    case U'&':
    case U'\u00B4': // acute accent used as an apostrophe
    case U'\u00B7': // middle dot
    case U'\u02BC': // modifier letter apostrophe
    case U'\u2018':
    case U'\u2019':
    case U'\u201B':
    case U'\u2032': // prime, typed for an apostrophe
        return true;
    default:
        return false;
    }
}

// Letters NFKD leaves alone because they are not a base letter plus a mark. Only lower case:
// the text is lower-cased before this is asked. (The same folds as WordPress's
// remove_accents(); Qt offers no transliteration and ICU is not linked directly.)
const char *asciiFold(char16_t c)
{
    switch (c) {
    case u'ß':
        return "ss";
    case u'æ':
        return "ae";
    case u'œ':
        return "oe";
    case u'ø':
        return "o";
    case u'đ':
        return "d";
    case u'ð':
        return "d";
    case u'ł':
        return "l";
    case u'þ':
        return "th";
    case u'ħ':
        return "h";
    case u'ı':
        return "i";
    case u'ŧ':
        return "t";
    case u'ŋ':
        return "n";
    case u'ĸ':
        return "k";
    case u'ƒ':
        return "f";
    case u'×':
        return "x"; // "4×4"
    default:
        return nullptr;
    }
}

} // namespace

QString slugify(const QString &title)
{
    // Symbols go before decomposition, or NFKD turns "™" into "TM" and "℃" into "°C".
    QString prepared;
    prepared.reserve(title.size());
    for (qsizetype i = 0; i < title.size(); ++i) {
        char32_t c = title.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < title.size() && title.at(i + 1).isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), title.at(++i).unicode());
        if (vanishes(c))
            continue;
        if (c == U'×') {
            prepared.append(QLatin1Char('x'));
            continue;
        }
        switch (QChar::category(c)) {
        case QChar::Symbol_Math:
        case QChar::Symbol_Currency:
        case QChar::Symbol_Other:
            prepared.append(QLatin1Char(' '));
            continue;
        default:
            break;
        }
        prepared.append(QStringView(QChar::fromUcs4(c)));
    }
    const QString folded = prepared.normalized(QString::NormalizationForm_KD).toLower();

    QString slug;
    slug.reserve(folded.size());
    bool pendingHyphen = false;
    auto put = [&](QLatin1String ascii) {
        if (pendingHyphen && !slug.isEmpty())
            slug.append(QLatin1Char('-'));
        pendingHyphen = false;
        slug.append(ascii);
    };
    for (const QChar ch : folded) {
        const char16_t c = ch.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            const char ascii = char(c);
            put(QLatin1String(&ascii, 1));
        } else if (ch.isMark()) {
            // The accents NFKD split off: "é" -> "e" + U+0301.
        } else if (const char *fold = asciiFold(c)) {
            put(QLatin1String(fold));
        } else if (ch.category() == QChar::Number_DecimalDigit) {
            const char ascii = char('0' + ch.digitValue()); // Arabic-Indic, Devanagari, ...
            put(QLatin1String(&ascii, 1));
        } else {
            pendingHyphen = true;
        }
    }
    return slug;
}

} // namespace pw
