// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace pw {

// The body as cmark sees it (UTF-8 bytes, lines ended by \n, \r\n or \r) with the
// bookkeeping to turn cmark's 1-based byte columns into the UTF-16 columns and body
// offsets that QTextDocument and QString use. Built once per analysis in linear time, so
// each conversion afterwards is O(1).
class SourceMap {
public:
    explicit SourceMap(const QString &body);

    // What cmark parses: NUL is replaced by U+FFFD here, as cmark would do internally,
    // so byte columns agree (both are one UTF-16 unit, so UTF-16 offsets are unchanged).
    const QByteArray &utf8() const { return m_utf8; }
    // The bytes of body lines [first, end), terminators included. Whole-body line numbers,
    // whatever setFirstLine() says.
    QByteArrayView utf8OfLines(int first, int end) const;

    // A long body is parsed in pieces (markdown/piecewise_parse.h), and cmark numbers each
    // piece's lines from 1: from here on, line 0 of the calls below is this body line.
    void setFirstLine(int line) { m_firstLine = line; }

    int lineCount() const { return int(m_lines.size()) - m_firstLine; }
    // Bytes of a 0-based line, without its terminator; out-of-range lines are empty.
    int lineLength(int line) const;
    QByteArrayView lineBytes(int line) const;
    // The byte at a 0-based line and 0-based byte column, or 0 outside the line.
    char byteAt(int line, int column) const;
    // Where a paragraph continuation line's text starts: after the container prefix
    // ('>' markers and indentation), which cmark strips before parsing inlines.
    int contentStart(int line) const;

    // UTF-16 column of a 0-based byte column, clamped to the line.
    int utf16Column(int line, int byteColumn) const;
    // UTF-16 offset into the body of a 0-based line and byte column, clamped to the line.
    qsizetype bodyOffset(int line, int byteColumn) const;

private:
    struct Line {
        int start;   // byte offset of the line
        int end;     // byte offset of its terminator (or the end)
        int utf16;   // UTF-16 offset of the line's start
        int columns; // into m_columns for a line with non-ASCII bytes; -1 for ASCII
    };
    const Line *lineAt(int line) const;
    int clampColumn(const Line &line, int byteColumn) const;

    QByteArray m_utf8;
    std::vector<Line> m_lines;
    // Per byte of each non-ASCII line (and one past its end): the UTF-16 column of the
    // character holding it. ASCII lines, most of a typical post, need none: a table for
    // every byte was four times the text.
    std::vector<int> m_columns;
    int m_utf16Size = 0;
    int m_firstLine = 0;
};

} // namespace pw
