// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QList>
#include <QString>

struct cmark_node;

namespace pw {

class SourceMap;

// A paragraph that is only bold text, used as a heading: what posts converted from WordPress
// (`<p><strong>Introduction&nbsp;</strong></p>`) have instead of <h2>. They leave the outline
// empty and fail the subheading checks, so the editor offers to make them headings.
//
// What counts: a paragraph of one line whose only content is one strong node (or emphasis
// and strong together, `***x***`), with nothing but white space or no-break spaces around it.
// The paragraph is a top-level one, or the only item of a bullet list standing alone between
// paragraphs (WordPress's <ul><li><strong>Philosophy</strong></li></ul>); never one in a
// quote, a table, a numbered list or a list of several items (a list of bold items is a list).
// Its text is at most maxPseudoHeadingLength characters, has a letter or digit and does not
// end with a period (that is a sentence set in bold), and a block that is neither a heading
// nor a rule follows it (a bold line closing the post or a section is a sign-off, not a
// heading of anything).
struct PseudoHeading {
    TextRange range;  // its whole line in the body (bullet included), without the line break
    int line = 0;     // 0-based body line
    int level = 2;    // what it becomes (2-6)
    QString markdown; // the heading's text as Markdown: inline markup inside the bold kept
    QString text;     // the same as plain text, for menus and messages
    bool operator==(const PseudoHeading &) const = default;
};

constexpr int maxPseudoHeadingLength = 80;

// The line that replaces the paragraph: "## Introduction".
//
// The level is that of the nearest heading above, H2 when there is none or it is an H1 (the
// title is the page's H1): a sibling, not a child. Converting one at a time then gives the
// same levels as converting all at once, in any order; "one below the heading above" would
// step each converted heading one level deeper than the one converted before it. A bulleted
// one is a sibling too: making it a child (its bullet hints at that) would again depend on
// the order of conversion; a writer who wants H3 there presses Ctrl+3.
//
// The bold markers go, and so do white space and no-break spaces at either end (also as
// entities, &nbsp;) and a trailing colon ("**Django is when:**" becomes "Django is when"):
// a heading needs no colon to announce what follows. Other inline markup stays.
QString pseudoHeadingLine(const PseudoHeading &heading);

// Every pseudo-heading of a body, in body order. Parses the body (in pieces, as the analysis
// does); the analysis itself uses PseudoHeadingScanner on the parse it has.
QList<PseudoHeading> findPseudoHeadings(const QString &body);

// The finding "structure.bold_heading" for each: Field::Body, the paragraph's range, and
// pseudoHeadingLine() as the suggestion.
QList<Finding> pseudoHeadingFindings(const QList<PseudoHeading> &headings);

// The scan over an existing parse, internal to core/markdown: feed it every piece of a
// piecewise parse (markdown/piecewise_parse.h) in order, then take the result. A piece's last
// block waits for the next piece to know what follows it.
class PseudoHeadingScanner {
public:
    // `document` is the parse of the piece that `source` is set to, starting at body line
    // `firstLine`.
    void scan(cmark_node *document, const SourceMap &source, int firstLine);
    QList<PseudoHeading> take();

private:
    void settlePending(cmark_node *next);

    QList<PseudoHeading> m_found;
    PseudoHeading m_pending;
    bool m_hasPending = false;
    int m_headingLevel = 0; // of the nearest real heading so far; 0 before the first
};

} // namespace pw
