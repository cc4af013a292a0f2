// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/front_matter_dialect.h"
#include "core/formats/post_format.h"
#include "core/post.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pw {

struct PostReadResult {
    std::optional<Post> post;
    PostFormat format = PostFormat::Markdown;
    QString encoding;
    QString titleSuggestion;
    QList<Finding> findings;  // decoding, repairs, format warnings
    QString error;            // set when there is no post: what is wrong and where
    // The file holds more than the post (a generator transcript's prompt, text after the
    // end marker): saving the post alone over it would lose that.
    bool textAroundPost = false;
};

// Recognises the format from the content (not the file name) and reads it.
PostFormat sniffFormat(const QString &text);
// `dialect`: how the post's site reads its front matter (core/site: frontMatterDialectFor).
PostReadResult readPostText(const QString &text, const FrontMatterDialect &dialect = {});
PostReadResult readPostBytes(const QByteArray &bytes, const FrontMatterDialect &dialect = {});
// Every post the bytes hold: each post of a WordPress export as its own result (so one post
// without content does not stop the others), the one post of any other format. Never empty.
QList<PostReadResult> readAllPostBytes(const QByteArray &bytes);

} // namespace pw
