// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pw {

struct PreviewBlock;

// What a reader sees of the rendered body, as the SEO and readability checks need it. Built
// from the snapshot's preview HTML (not from the Markdown): headings, links and images are
// the ones the page shows, whatever syntax produced them.
struct ArticleBlock {
    enum class Kind { Paragraph, Heading, ListItem, TableCell, Code, Quote, Other };
    Kind kind = Kind::Other;
    int level = 0;        // headings: 1-6
    bool topLevel = true; // not nested in a list, quote or table
    QString text;         // plain text, inline code left out, whitespace collapsed
    TextRange source;     // the Markdown lines the block came from (UTF-16 range of the body)
};

struct ArticleLink {
    QString href;
    QString text;
    bool nofollow = false;
    TextRange source;
};

struct ArticleImage {
    QString src;
    QString alt;
    TextRange source;
};

struct ArticleText {
    QList<ArticleBlock> blocks; // document order
    QList<ArticleLink> links;
    QList<ArticleImage> images;
};

// `blocks` are the snapshot's preview blocks; `body` is the Markdown they were rendered
// from, for turning their data-sourcepos lines into body ranges.
ArticleText readArticle(const QList<PreviewBlock> &blocks, const QString &body);

// Prose for sentence statistics: paragraphs and headings outside lists, tables and quotes.
// Tables, code and lists are not sentences (Yoast counts them; its users complain).
bool isProse(const ArticleBlock &block);
// Text Yoast analyses at all: everything but code and quotes (it filters <pre>, <code>,
// <blockquote>).
bool isAnalysedText(const ArticleBlock &block);

} // namespace pw
