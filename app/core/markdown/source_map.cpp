// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/source_map.h"

#include <algorithm>

namespace pw {

static QByteArray cmarkInput(const QString &body)
{
    if (!body.contains(QChar(0)))
        return body.toUtf8();
    QString copy = body;
    copy.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    return copy.toUtf8();
}

SourceMap::SourceMap(const QString &body) : m_utf8(cmarkInput(body))
{
    const auto *bytes = reinterpret_cast<const quint8 *>(m_utf8.constData());
    const int size = int(m_utf8.size());
    int utf16 = 0;
    for (int start = 0;;) {
        int end = start;
        bool ascii = true;
        for (; end < size && bytes[end] != '\n' && bytes[end] != '\r'; ++end)
            ascii = ascii && bytes[end] < 0x80;
        m_lines.push_back({start, end, utf16, ascii ? -1 : int(m_columns.size())});
        if (ascii) {
            utf16 += end - start;
        } else {
            int column = 0;
            int leadColumn = 0;
            for (int i = start; i < end; ++i) {
                if ((bytes[i] & 0xC0) != 0x80) { // a lead byte starts a character
                    leadColumn = column;
                    column += bytes[i] >= 0xF0 ? 2 : 1;
                }
                m_columns.push_back(leadColumn);
            }
            m_columns.push_back(column);
            utf16 += column;
        }
        if (end == size)
            break;
        const int terminator =
            bytes[end] == '\r' && end + 1 < size && bytes[end + 1] == '\n' ? 2 : 1;
        utf16 += terminator;
        start = end + terminator;
    }
    m_utf16Size = utf16;
}

QByteArrayView SourceMap::utf8OfLines(int first, int end) const
{
    const int lines = int(m_lines.size());
    first = std::clamp(first, 0, lines);
    end = std::clamp(end, first, lines);
    const int from = first < lines ? m_lines[size_t(first)].start : int(m_utf8.size());
    const int to = end < lines ? m_lines[size_t(end)].start : int(m_utf8.size());
    return QByteArrayView(m_utf8).sliced(from, to - from);
}

const SourceMap::Line *SourceMap::lineAt(int line) const
{
    if (line < 0 || line >= lineCount())
        return nullptr;
    return &m_lines[size_t(line + m_firstLine)];
}

int SourceMap::lineLength(int line) const
{
    const Line *l = lineAt(line);
    return l ? l->end - l->start : 0;
}

QByteArrayView SourceMap::lineBytes(int line) const
{
    const Line *l = lineAt(line);
    return l ? QByteArrayView(m_utf8).sliced(l->start, l->end - l->start) : QByteArrayView();
}

char SourceMap::byteAt(int line, int column) const
{
    const Line *l = lineAt(line);
    if (!l || column < 0 || column >= l->end - l->start)
        return 0;
    return m_utf8[l->start + column];
}

int SourceMap::contentStart(int line) const
{
    int column = 0;
    for (char c; (c = byteAt(line, column)) == ' ' || c == '\t' || c == '>';)
        ++column;
    return column;
}

int SourceMap::clampColumn(const Line &line, int byteColumn) const
{
    return std::clamp(byteColumn, 0, line.end - line.start);
}

int SourceMap::utf16Column(int line, int byteColumn) const
{
    const Line *l = lineAt(line);
    if (!l)
        return 0;
    const int column = clampColumn(*l, byteColumn);
    return l->columns < 0 ? column : m_columns[size_t(l->columns + column)];
}

qsizetype SourceMap::bodyOffset(int line, int byteColumn) const
{
    const Line *l = lineAt(line);
    if (!l)
        return m_utf16Size;
    return l->utf16 + utf16Column(line, byteColumn);
}

} // namespace pw
