// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/markdown_blocks.h"

namespace pw::md {

void BlockWriter::pushContainer(QString firstLine, QString otherLines)
{
    m_stack.append({std::move(firstLine), std::move(otherLines), false});
}

void BlockWriter::popContainer()
{
    if (m_stack.isEmpty())
        return;
    if (!m_stack.last().used) {
        const QString marker = m_stack.last().first.trimmed();
        if (!marker.isEmpty() && marker != QLatin1StringView(">"))
            block(QStringView());
    }
    m_stack.removeLast();
}

void BlockWriter::block(QStringView text)
{
    if (!m_out.isEmpty())
        writeSeparator();
    m_next = Separator::Blank;
    qsizetype start = 0;
    while (true) {
        const qsizetype end = text.indexOf(u'\n', start);
        writeLine(text.mid(start, end < 0 ? text.size() - start : end - start));
        if (end < 0)
            break;
        m_out += u'\n';
        start = end + 1;
    }
}

void BlockWriter::writeSeparator()
{
    m_out += u'\n';
    if (m_next == Separator::Newline)
        return;
    const qsizetype lineStart = m_out.size();
    for (const Container &c : m_stack) {
        if (c.used)
            m_out += c.rest;
    }
    while (m_out.size() > lineStart && m_out.back() == u' ')
        m_out.chop(1);
    m_out += u'\n';
}

void BlockWriter::writeLine(QStringView line)
{
    const qsizetype lineStart = m_out.size();
    for (Container &c : m_stack) {
        m_out += c.used ? c.rest : c.first;
        c.used = true;
    }
    m_out += line;
    if (line.isEmpty()) {
        while (m_out.size() > lineStart && m_out.back() == u' ')
            m_out.chop(1);
    }
}

QString BlockWriter::take()
{
    if (!m_out.isEmpty())
        m_out += u'\n';
    return std::exchange(m_out, QString());
}

} // namespace pw::md
