// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pw {

// One repaired character sequence: where its result is in the repaired text and what the
// text read before ("â€™" for ’; over several passes the text it had before the first one).
struct MojibakeFix {
    qsizetype start = 0;  // UTF-16 offset in MojibakeRepair::text
    qsizetype length = 0; // UTF-16 units of the repaired character (2 for a surrogate pair)
    QString garbled;

    bool operator==(const MojibakeFix &) const = default;
};

inline constexpr qsizetype MaxRecordedFixes = 10000;

struct MojibakeRepair {
    QString text;
    int repairs = 0;            // number of repaired character sequences
    QString misreadAs;          // "windows-1252" or "macintosh" when repairs > 0
    // One per repair, in text order: the first MaxRecordedFixes of them (a list helps nobody
    // beyond that, and a long text of mojibake would otherwise take more memory for its list
    // than for its text; `repairs` counts them all).
    QList<MojibakeFix> fixes;
};

// Repairs UTF-8 that was decoded as Windows-1252 (with the C1 fallback for the five bytes
// 1252 leaves undefined: 0x81, 0x8D, 0x8F, 0x90, 0x9D) or as Mac Roman. A run is repaired only
// when re-encoding it gives valid multi-byte UTF-8, so correct text ("café", "naïve", "Ægir",
// "€5", a deliberate "Â£") stays as it is.
MojibakeRepair repairMojibake(const QString &text);

} // namespace pw
