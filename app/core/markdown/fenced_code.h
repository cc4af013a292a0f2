// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QList>
#include <QString>

namespace pw {

// A fenced code block of a body as cmark-gfm reads it, containers (quotes, list items)
// included. Lines are 0-based body lines; the column is in UTF-16 units.
struct FencedCode {
    int openingLine = 0;
    int fenceColumn = 0; // where the opening fence's marker run starts on openingLine
    QChar fenceChar;     // '`' or '~'
    int fenceLength = 0; // a closing fence needs at least as many
    int lastLine = 0;    // the closing fence, or the last line the block holds
    bool closed = false; // whether lastLine is a closing fence (else the container or body ended)
    bool operator==(const FencedCode &) const = default;
};

// Every fenced code block of `body`, in body order. For the editor's typing aids, which must
// know what the parser knows (an indented "```" may or may not close a block).
QList<FencedCode> fencedCodeBlocks(const QString &body);

} // namespace pw
