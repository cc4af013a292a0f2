// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

struct MojibakeRepair {
    QString text;
    int repairs = 0;            // number of repaired character sequences
    QString misreadAs;          // "windows-1252" or "macintosh" when repairs > 0
};

// Repairs UTF-8 that was decoded as Windows-1252 (with the C1 fallback for the five bytes
// 1252 leaves undefined: 0x81, 0x8D, 0x8F, 0x90, 0x9D) or as Mac Roman. A run is repaired only
// when re-encoding it gives valid multi-byte UTF-8, so correct text ("café", "naïve", "Ægir",
// "€5", a deliberate "Â£") stays as it is.
MojibakeRepair repairMojibake(const QString &text);

} // namespace pw
