// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/verb_guess.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace pw::cli {

namespace {

// Edits to turn `a` into `b`: insertions, deletions, substitutions and swaps of two neighbours
// (the optimal string alignment distance): "chekc" is one edit from "check", not two.
qsizetype editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<qsizetype>> d(size_t(n + 1), std::vector<qsizetype>(size_t(m + 1)));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = i;
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = j;
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const auto I = size_t(i);
            const auto J = size_t(j);
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[I][J] = std::min({d[I - 1][J] + 1, d[I][J - 1] + 1, d[I - 1][J - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[I][J] = std::min(d[I][J], d[I - 2][J - 2] + 1);
        }
    }
    return d[size_t(n)][size_t(m)];
}

// A typo costs about one edit in three letters; more than that is a different word ("xyz" is
// not "help" mistyped).
qsizetype allowedEdits(const QString &verb)
{
    return std::max<qsizetype>(1, verb.size() / 3);
}

} // namespace

bool looksLikeVerb(const QString &argument)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]*$"));
    return word.match(argument).hasMatch() && !QFileInfo::exists(argument);
}

QString closestVerb(const QString &typed, const QStringList &verbs)
{
    const QString lower = typed.toLower();
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &verb : verbs) {
        const qsizetype distance = editDistance(lower, verb);
        if (distance <= allowedEdits(verb) && (best.isEmpty() || distance < bestDistance)) {
            best = verb;
            bestDistance = distance;
        }
    }
    if (!best.isEmpty())
        return best;
    // "conv" for convert: the beginning of one verb only, long enough to mean something.
    if (lower.size() >= 3) {
        QStringList starting;
        for (const QString &verb : verbs) {
            if (verb.startsWith(lower))
                starting.append(verb);
        }
        if (starting.size() == 1)
            return starting.constFirst();
    }
    return {};
}

} // namespace pw::cli
