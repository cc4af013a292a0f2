// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/markdown/pseudo_headings.h"

#include <QString>
#include <optional>

class QTextCursor;
class QTextDocument;

namespace pw::gui::markdown {

// The Markdown edits behind the editor's formatting shortcuts, Enter and Tab, made on the
// document of `cursor` (the editor's cursor, copied). Each edit is one edit block, so one
// undo reverts it, and leaves `cursor` where the writer goes on; the editor shows it with
// setTextCursor().

enum class InlineMarkup { Strong, Emphasis, Strikethrough, Code };

// Wraps the selection in the markup, or unwraps it when it is already wrapped, whether the
// markers are inside the selection or just outside it. Without a selection it takes the word
// at the cursor, or opens an empty pair to type into. Returns false, changing nothing, when
// the selection is only white space.
bool toggleInlineMarkup(QTextCursor &cursor, InlineMarkup markup);

// Every line the selection touches becomes an ATX heading of `level` (1-6), or a paragraph
// for 0, or when each line already is a heading of that level.
void setHeadingLevel(QTextCursor &cursor, int level);

// Ctrl+K: wraps the selection into a link and selects the part to type next, unwraps a whole
// selected link, or inserts a link with `placeholderText` selected.
void insertLink(QTextCursor &cursor, const QString &placeholderText);

// Enter in a list item, block quote or indented line starts the next one with the same
// marker (numbers count up; task boxes start unchecked). Enter on an empty item ends the list.
// Returns false when Enter should just split the line.
bool continueBlockOnEnter(QTextCursor &cursor);

// After a fence marker (` or ~) typed at the end of a line inside a fenced code block: when
// the line is a run of markers that would close the block at the opening fence's column but
// does not where it stands (Enter kept the code's indentation, and a fence indented by four
// or more is code), moves it to that column, so the rest of the post is not code. Returns
// whether it moved the line; the move is an undo step of its own.
bool alignClosingFence(QTextCursor &cursor);

// Tab and Shift+Tab in a list item (outside block quotes), without a selection: nest it one
// level deeper or shallower. Returns false when Tab should do what it does elsewhere.
bool indentListItem(QTextCursor &cursor);
bool outdentListItem(QTextCursor &cursor);

// Format → Make Bold Lines Headings: every paragraph that is only bold text used as a heading
// (core/markdown/pseudo_headings.h) becomes a heading, all in one edit block, so one undo
// reverts them all. Returns how many; with none, nothing changes and there is nothing to undo.
int makeBoldLinesHeadings(QTextDocument *document);

// The bold pseudo-heading on the line holding `position`, if that line is one.
std::optional<PseudoHeading> boldLineHeadingAt(const QTextDocument *document, int position);

// Replaces `range` of the body (raw text offsets, as Snapshot::body and findings count) with
// `replacement` as one undo step, only if the text there still reads `expected`: a finding
// or an offer made on an older text must not land on other words. Returns whether it did.
bool replaceIfUnchanged(QTextDocument *document, TextRange range, const QString &expected,
                        const QString &replacement);

} // namespace pw::gui::markdown
