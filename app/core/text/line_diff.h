// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

// One row of a side-by-side comparison: a line of the left text, of the right text, or both.
struct DiffRow {
    enum class Kind {
        Equal,     // the same line on both sides
        Changed,   // a left line replaced by a right line
        OnlyLeft,  // a line the right text does not have
        OnlyRight, // a line the left text does not have
    };
    Kind kind = Kind::Equal;
    int leftLine = -1;  // 0-based index into the left lines; -1 for OnlyRight
    int rightLine = -1; // 0-based index into the right lines; -1 for OnlyLeft
    QString left;
    QString right;
    bool operator==(const DiffRow &) const = default;
};

struct LineDiff {
    QList<DiffRow> rows;
    // False when the texts differed in too many lines for a line-by-line comparison (see
    // diffLines): the differing middle is then shown as one replaced block.
    bool exact = true;
};

// The lines of `text`: split at "\n" (a "\r" before it dropped), with no empty last line for a
// final line break. An empty text has no lines.
QStringList splitLines(const QString &text);

// The rows that show `left` and `right` side by side, in order. Lines are matched along a
// longest common subsequence after the common first and last lines are set aside; within each run
// of differences, left and right lines are paired as Changed rows and the surplus of the longer
// side follows as OnlyLeft or OnlyRight rows.
//
// The comparison (Myers' O(ND) algorithm) keeps (D+1)² ints for D differing lines (left lines
// deleted plus right lines inserted); when that would exceed `maxCells` the differing middle is
// paired as one block instead (exact = false), so a reworked long post never stalls the window.
// The default allows about 2000 differing lines (16 MB).
inline constexpr qsizetype kDefaultDiffCells = 4'000'000;
LineDiff diffLines(const QStringList &left, const QStringList &right,
                   qsizetype maxCells = kDefaultDiffCells);
LineDiff diffTexts(const QString &left, const QString &right,
                   qsizetype maxCells = kDefaultDiffCells);

} // namespace pw
