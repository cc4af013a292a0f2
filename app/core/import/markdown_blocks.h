// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pw::md {

// Writes Markdown blocks inside nested containers (block quotes, list items), adding each
// container's prefix to every line. Strings are only ever appended: one pass, no re-indenting
// of finished text.
class BlockWriter {
public:
    enum class Separator { Blank, Newline };

    void pushContainer(QString firstLine, QString otherLines);
    // Ends the innermost container. An item that never got a block still shows its marker.
    void popContainer();

    // The separator before the next block; reset to Blank after every block.
    void setNextSeparator(Separator separator) { m_next = separator; }
    // Writes a block of one or more lines ('\n'-separated). Lines are written as given.
    void block(QStringView text);

    // Changes each time a block is written: lets callers see whether anything came between.
    qsizetype position() const { return m_out.size(); }
    int depth() const { return int(m_stack.size()); }
    QString take();

private:
    struct Container {
        QString first;
        QString rest;
        bool used = false;
    };
    void writeSeparator();
    void writeLine(QStringView line);

    QList<Container> m_stack;
    QString m_out;
    Separator m_next = Separator::Blank;
};

} // namespace pw::md
