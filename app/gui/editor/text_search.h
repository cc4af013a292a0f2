// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

class QTextDocument;

namespace pw::gui {

struct SearchOptions {
    bool regularExpression = false;
    bool caseSensitive = false;
    bool wholeWords = false;
};

struct TextMatch {
    int start = 0;
    int length = 0;

    int end() const { return start + length; }
    friend bool operator==(const TextMatch &, const TextMatch &) = default;
};

// A search as the find bar runs it, without the bar: the pattern made from what the writer
// typed and the options, its matches, and replacing them.
//
// Positions are QTextCursor positions: a document is searched as its raw text with block and
// line separators as '\n', one character each, and with its no-break spaces, which a writer
// may search for.
class TextSearch {
public:
    TextSearch(const QString &needle, SearchOptions options);

    // Nothing typed yet: no matches, and no error either.
    bool isEmpty() const { return m_needle.isEmpty(); }
    bool isValid() const { return isEmpty() || m_expression.isValid(); }
    // Why the regular expression does not compile; empty while it does.
    QString errorString() const;
    const QRegularExpression &expression() const { return m_expression; }

    // In order and without overlaps. Empty matches ("^", "a*") are left out: they select
    // nothing and would make Find Next stand still.
    QList<TextMatch> findAll(const QString &text) const;
    QList<TextMatch> findAll(const QTextDocument *document) const;
    // The match that starts exactly at `start`, matched within the whole text so that
    // look-behind and captures see what surrounds it.
    QRegularExpressionMatch matchAt(const QString &text, int start) const;

    // What goes in place of `match`. A plain search inserts `replacement` as typed. With a
    // regular expression, \0 to \9 insert the captured groups, \n and \t a line break and a
    // tab, and a backslash before any other character (also "\\") stands for that character.
    QString replacementFor(const QRegularExpressionMatch &match, const QString &replacement) const;
    // Replaces every match as one undo step; returns how many were replaced.
    int replaceAll(QTextDocument *document, const QString &replacement) const;

    static QString searchedText(const QTextDocument *document);

private:
    QString m_needle;
    SearchOptions m_options;
    QRegularExpression m_expression;
};

// Stepping through matches sorted by start, as findAll() returns them. Each returns an index
// into `matches`, or -1.

// The match the selection covers exactly, if any.
int matchAtSelection(const QList<TextMatch> &matches, int selectionStart, int selectionEnd);
// The first match starting at or after `position`, wrapping around to the first one.
int firstMatchFrom(const QList<TextMatch> &matches, int position);
// After the selected match, or the first from the end of the selection; wraps around.
int nextMatch(const QList<TextMatch> &matches, int selectionStart, int selectionEnd);
// The last match starting before the selection; wraps around to the last one.
int previousMatch(const QList<TextMatch> &matches, int selectionStart);

} // namespace pw::gui
