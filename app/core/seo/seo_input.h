// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/post.h"
#include "core/seo/article_text.h"
#include "core/seo/prose.h"
#include "core/seo/topic.h"

#include <QCoreApplication>

namespace pw {

// Translation context of the analysis' messages.
class SeoText {
    Q_DECLARE_TR_FUNCTIONS(SeoText)
};

struct SeoOptions {
    QString keyphrase;
    QString synonyms;         // comma separated
    QString language;         // BCP 47 / locale ("en", "en_US", "de-DE"); empty: English
    double titleWidthPx = -1; // measured title width; negative: not measured, no check
    QString permalink;        // decides internal links; empty: https://example.com/<slug>/
};

// Everything the checks read, worked out once from the post and its rendered article.
struct SeoInput {
    const Post *post = nullptr;
    ArticleText article;
    QList<Sentence> sentences;      // of all analysed text (lists and tables too): keyphrase counts
    QList<Sentence> proseSentences; // of prose only: readability
    Topic topic;
    int words = 0; // words of all analysed text
    bool english = true;
    QString language; // "en", "de", ...
    double titleWidthPx = -1;
    QString permalink;
    QString slug;

    TextRange sourceOfBlock(int block) const;
    // Distinct block ranges of the given sentences, in document order.
    QList<TextRange> rangesOf(const QList<const Sentence *> &sentences) const;
};

SeoInput makeSeoInput(const Post &post, ArticleText article, const SeoOptions &options);

} // namespace pw
