// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pw {

// Every reader hands the Post the same shape of text, so a post reads back equal whichever
// format it went through.

// Drops a BOM and turns CRLF and lone CR into LF.
QString normalizeLineEnds(QString text);

// The body without leading blank lines or trailing white space. Indentation of the first
// line is kept: it can make an indented code block.
QString trimBody(QStringView body);

// The lines of `text` split at '\n', as views into it (it must outlive them): a QStringList
// copied every line, ten times the text of a long post.
QList<QStringView> lineViews(QStringView text);

// Where `part`, a view into `text`, starts in it.
qsizetype offsetIn(const QString &text, QStringView part);

// A replacement of text[start, end) by `text`, as the front-matter writers edit a file in place.
struct TextEdit {
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

// `text` with the edits applied, in order of their start (stable); an edit that starts inside
// an earlier one's range is applied after it, never over it.
QString applyTextEdits(QStringView text, QList<TextEdit> edits);

// A decoded text as the sniffers and readers look at it, made once per read and handed to
// each of them: LF line ends, no BOM, and its lines. The text as read is not changed (the
// writers give it back byte for byte); this is only what the parsers need.
class NormalizedText {
public:
    explicit NormalizedText(const QString &text);
    NormalizedText(const NormalizedText &) = delete; // the lines are views into the text
    NormalizedText &operator=(const NormalizedText &) = delete;

    const QString &text() const { return m_text; }
    const QList<QStringView> &lines() const { return m_lines; }

private:
    QString m_text;
    QList<QStringView> m_lines;
};

} // namespace pw
