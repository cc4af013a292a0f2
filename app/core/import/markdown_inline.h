// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace pw::md {

enum class Span { Strong, Emphasis, Strike, Link };

// How a run of inline content ends up in the Markdown.
enum class InlineMode {
    Paragraph, // hard breaks become "\" + newline, line starts are escaped
    Heading,   // one line: breaks become spaces, a trailing '#' run is escaped
    TableCell, // one line: breaks become <br>, '|' is escaped
};

// Collects the inline content of one block. Emphasis and links are recorded as markers, not
// as delimiters, and resolved in one linear pass when the block is taken: only then is it
// known whether an emphasis is empty, where its edge whitespace must move, whether two runs
// touch, and whether "**" would be read as a delimiter at all (otherwise <strong> is used).
class InlineBuffer {
public:
    // Plain text from the document: whitespace collapses later, Markdown syntax is escaped.
    void appendText(QStringView text);
    // Already-formatted Markdown (code spans, images, safe inline HTML): kept as is.
    void appendMarkdown(QStringView markdown);
    void open(Span span);
    // A link's destination part, already formatted: <url> or url, with an optional title.
    void openLink(const QString &destination);
    void close(Span span);
    void lineBreak();
    // A soft separator between flattened blocks (e.g. two <p> inside one table cell).
    void separator(InlineMode mode);

    void setEscapePipes(bool escape) { m_escapePipes = escape; }
    bool isBlank() const;
    QString take(InlineMode mode);

private:
    QString resolve(InlineMode mode) const;

    QString m_buffer;
    std::vector<QString> m_linkDestinations; // in the order of the links' close markers
    bool m_escapePipes = false;
};

// Text escaped for use inside Markdown link text or image alt text.
QString escapeBracketText(QStringView text);
// A link or image destination, with optional title: "(url)" content without the parentheses.
QString formatDestination(const QString &url, const QString &title);
// A code span that survives backticks and edge spaces in its content.
QString codeSpan(QStringView code);
// Text escaped for HTML element content and attribute values.
QString escapeHtml(QStringView text);

} // namespace pw::md
