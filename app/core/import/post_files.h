// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/post_format.h"
#include "core/import/output_names.h"
#include "core/import/wordpress_import.h"

#include <QList>
#include <QString>

namespace pw {

// One post's fate. Its `file` is set unless it has an error.
struct PostOutcome {
    enum class Status {
        Written,
        Unchanged, // the file already holds exactly these bytes (an earlier run)
        Differs,   // the file exists with other content and `force` was not given
        Error,     // skipped for `error`
    };
    QString source;
    int index = 0; // 1-based position in its source
    QString slug;
    QString file;
    Status status = Status::Error;
    QString error;
    bool writeFailed = false; // the Error is the file system's, not the post's
    QList<Finding> findings;
};

// Writes imported posts one file each into an output folder, as `import` and `pull` (and the
// window's pull) do: a file named by the post's slug, left alone when it already holds these
// bytes (a re-run), kept when it holds anything else unless `force`, written atomically
// otherwise. Counts what happened to each post. Posts arrive one at a time, so a caller may
// feed it from files or page by page from a site. Says nothing itself: callers report outcomes.
// A value: one thread at a time may use it, and it may be handed from one thread to the next.
class PostFiles {
public:
    struct Options {
        QString outDir; // must exist
        PostFormat format = PostFormat::MarkdownFrontMatter;
        bool force = false; // overwrite files that exist with other content
    };

    PostFiles(); // into no folder: a placeholder until one is given
    explicit PostFiles(const Options &options);

    // Writes (or skips) the `index`th (1-based) post of `source`, and gives what happened.
    // `sourceFindings` are about the source as a whole (its decoding); they are kept with this
    // post. A post with an Error finding is skipped. A post with neither slug nor WordPress id
    // is named after the base name of `source`.
    const PostOutcome &add(const QString &source, int index, const ImportedPost &imported,
                           const QList<Finding> &sourceFindings = {});

    const Options &options() const { return m_options; }
    const QList<PostOutcome> &outcomes() const { return m_outcomes; }
    int written() const { return m_written; }
    int skipped() const { return m_skipped; } // for errors in the post
    int unchanged() const { return m_unchanged; }
    int differs() const { return m_differs; }
    bool writeFailed() const { return m_writeFailed; }

private:
    void writeUnlessPresent(PostOutcome &outcome, const QByteArray &bytes);

    Options m_options;
    OutputNames m_names;
    QList<PostOutcome> m_outcomes;
    int m_written = 0;
    int m_skipped = 0;
    int m_unchanged = 0;
    int m_differs = 0;
    bool m_writeFailed = false;
};

} // namespace pw
