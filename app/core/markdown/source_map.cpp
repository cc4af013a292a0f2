#include "markdown/source_map.h"

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
    const int size = int(m_utf8.size());
    m_utf16AtByte.resize(size_t(size) + 1);
    int utf16 = 0;
    m_lineStart.push_back(0);
    for (int i = 0; i < size; ++i) {
        const auto byte = quint8(m_utf8[i]);
        m_utf16AtByte[size_t(i)] = utf16;
        if ((byte & 0xC0) != 0x80) // a lead byte starts a character
            utf16 += byte >= 0xF0 ? 2 : 1;
        else
            m_utf16AtByte[size_t(i)] = m_utf16AtByte[size_t(i - 1)];
        if (byte == '\n' || byte == '\r') {
            m_lineEnd.push_back(i);
            if (byte == '\r' && i + 1 < size && m_utf8[i + 1] == '\n') {
                m_utf16AtByte[size_t(i) + 1] = utf16++;
                ++i;
            }
            m_lineStart.push_back(i + 1);
        }
    }
    m_utf16AtByte[size_t(size)] = utf16;
    m_lineEnd.push_back(size);
}

int SourceMap::lineLength(int line) const
{
    if (line < 0 || line >= lineCount())
        return 0;
    return m_lineEnd[size_t(line)] - m_lineStart[size_t(line)];
}

char SourceMap::byteAt(int line, int column) const
{
    if (column < 0 || column >= lineLength(line))
        return 0;
    return m_utf8[m_lineStart[size_t(line)] + column];
}

int SourceMap::contentStart(int line) const
{
    int column = 0;
    for (char c; (c = byteAt(line, column)) == ' ' || c == '\t' || c == '>';)
        ++column;
    return column;
}

int SourceMap::clampColumn(int line, int byteColumn) const
{
    return std::clamp(byteColumn, 0, lineLength(line));
}

int SourceMap::utf16Column(int line, int byteColumn) const
{
    if (line < 0 || line >= lineCount())
        return 0;
    const int start = m_lineStart[size_t(line)];
    return m_utf16AtByte[size_t(start + clampColumn(line, byteColumn))] -
           m_utf16AtByte[size_t(start)];
}

qsizetype SourceMap::bodyOffset(int line, int byteColumn) const
{
    if (line < 0 || line >= lineCount())
        return m_utf16AtByte.back();
    return m_utf16AtByte[size_t(m_lineStart[size_t(line)] + clampColumn(line, byteColumn))];
}

} // namespace pw
