// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/post.h"
#include "core/text/mojibake.h"

#include <QList>
#include <QString>

namespace pw {

// One mojibake repair, told by the characters around it rather than by an offset: readers cut
// the repaired text into a post (front matter, generator markers, trimming, line ends, HTML to
// Markdown), and the characters around a repair survive that where offsets do not.
struct RepairSite {
    QString garbled;         // what the text read before ("â€™")
    QString repaired;        // what it became ("’")
    QString before;          // up to 16 characters of its line before it, as repaired
    QString after;           // up to 16 characters of its line after it
    bool lineStart = false;  // `before` reaches the start of its line
    bool lineEnd = false;    // `after` reaches the end of its line
    bool aloneInWord = true; // no other repair in its word (see the messages)
};

// The sites of `fixes` (from repairMojibake) in the text they repaired. At most
// MaxListedRepairs: beyond that a list helps nobody, and the summary finding counts them all.
inline constexpr qsizetype MaxListedRepairs = 500;
QList<RepairSite> repairSites(const QString &repairedText, const QList<MojibakeFix> &fixes);

// The id of the finding for one repair; the summary findings are "encoding.repaired" (a
// file) and "import.mojibake.repaired" (a field of an imported post).
inline constexpr char RepairFindingId[] = "encoding.repaired.at";

// The text of `field` that the range of a finding indexes: the body or a metadata value; the
// tags and categories joined by ", ", as the metadata panel shows them. Empty for File/None.
QString fieldText(const Post &post, Field field);

// One Info finding per site found in `post`, with the field and the range of the repaired
// characters in it. Each site is looked for in the metadata fields and then in the body,
// after the previous repair found in the same field, first with all of its context and then
// with less. Sites that are not in the post (a generator transcript's prompt, a dropped
// front matter key) get no finding: the summary counts them.
QList<Finding> locateRepairs(const Post &post, const QList<RepairSite> &sites);

// The same within the text of one field, where the caller knows the field (an importer).
QList<Finding> locateRepairsIn(const QString &fieldText, Field field,
                               const QList<RepairSite> &sites);

} // namespace pw
