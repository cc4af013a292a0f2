// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// English word knowledge for the readability and keyphrase checks. The lists are our own,
// written from common style guides (they are not copied from Yoast), so agreement with Yoast
// is measured, not assumed (tests/seo/compare_with_yoast.py).
namespace pw::english {

// Articles, pronouns, prepositions, conjunctions, auxiliaries and similar words that carry
// no topic: a keyphrase's "how to" or "the" need not appear in the text.
bool isFunctionWord(QStringView lowerWord);

// Whether the words (lowercase, in order) contain a transition word or phrase ("however",
// "as a result", "not only ... but also").
bool hasTransition(const QStringList &lowerWords);

// Whether a sentence reads as passive: a form of "be" or "get" starts a clause that holds a
// past participle ("is used", "were being written", "got lost"). `lowerTokens` are the
// sentence's words with commas and other clause breaks kept as their own tokens.
bool isPassive(const QStringList &lowerTokens);

// Syllables of one lowercase word, by vowel groups with the usual English corrections
// (silent final e, -ed and -es that add none, -le, -ia, ...).
int syllables(QStringView lowerWord);

// Words Yoast looks past when comparing sentence beginnings ("The", "A", numbers, "This").
bool isBeginningException(QStringView lowerWord);

// The word itself and its singular or plural ("framework" <-> "frameworks",
// "library" <-> "libraries", "box" <-> "boxes"). Nouns only; verbs are not inflected.
QStringList numberForms(const QString &lowerWord);

} // namespace pw::english
