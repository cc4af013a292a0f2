// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/post_file.h"

#include "core/formats/post_writer.h"
#include "core/io/file_loader.h"
#include "core/site/site_dialect.h"

namespace pw {

PostReadResult readPostFile(const QString &path, QByteArray *bytes)
{
    const LoadedFile file = loadFile(path);
    if (!file.ok) {
        PostReadResult result;
        result.error = file.error;
        return result;
    }
    PostReadResult result = readPostBytes(file.bytes, frontMatterDialectAt(path));
    if (!result.error.isEmpty())
        result.error = QStringLiteral("%1: %2").arg(path, result.error);
    if (bytes)
        *bytes = file.bytes;
    return result;
}

QList<PostReadResult> readAllPostsFromFile(const QString &path)
{
    const LoadedFile file = loadFile(path);
    if (!file.ok) {
        PostReadResult result;
        result.error = file.error;
        return {result};
    }
    QList<PostReadResult> results = readAllPostBytes(file.bytes);
    for (PostReadResult &result : results) {
        if (!result.error.isEmpty())
            result.error = QStringLiteral("%1: %2").arg(path, result.error);
    }
    return results;
}

WriteResult writePostFile(const QString &path, const Post &post, PostFormat format)
{
    return writeFileAtomically(path, writePost(post, format));
}

} // namespace pw
