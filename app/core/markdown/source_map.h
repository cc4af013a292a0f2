#pragma once

#include <QByteArray>
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

    int lineCount() const { return int(m_lineStart.size()); }
    // Bytes of a 0-based line, without its terminator; out-of-range lines are empty.
    int lineLength(int line) const;
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
    int clampColumn(int line, int byteColumn) const;

    QByteArray m_utf8;
    std::vector<int> m_lineStart;   // byte offset of each line
    std::vector<int> m_lineEnd;     // byte offset of each line's terminator (or the end)
    std::vector<int> m_utf16AtByte; // UTF-16 offset of the character holding each byte
};

} // namespace pw
