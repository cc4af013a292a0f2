// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QList>
#include <QString>

namespace pw {

// `prose` (sorted body offsets of cmark's text, Snapshot::proseRanges) without what cmark reads
// as text but a site's build does not show as prose:
// - Liquid, Jinja and Hugo template tags and shortcodes: {% .. %}, {{ .. }}, {# .. #},
//   {{< .. >}}, {{% .. %}} (the text between an opening and a closing shortcode stays);
// - MDX: import/export paragraphs, JSX elements (<Chart data={[1, 2]} />, </Chart>, <>),
//   JSX comments {/* .. */} and other {expressions}, which also covers kramdown's and
//   pandoc's {: .class} attribute lists;
// - TeX math: $$..$$, \(..\), \[..\], and $..$ by pandoc's rule (the opening $ followed by a
//   non-space, the closing one preceded by a non-space and not followed by a digit), so
//   "$5 and $10" stays prose.
// A construct counts only where its opening and its closing delimiters are both prose text
// and no blank line lies between them: a dollar in a code span never pairs with one in the
// prose. The scan passes over the body, as these spans cross cmark's inline nodes
// (`{% assign a_b = c_d %}` holds emphasis to cmark).
QList<TextRange> withoutNonProse(const QString &body, const QList<TextRange> &prose);

} // namespace pw
