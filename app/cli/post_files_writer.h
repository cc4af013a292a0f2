// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/post_format.h"
#include "core/import/wordpress_import.h"

#include "cli/output_names.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pw::cli {

struct Console;

// One post's fate. Its `file` is set unless it has an error.
struct PostOutcome {
    enum class Status {
        Written,
        Unchanged, // the file already holds exactly these bytes (an earlier run)
        Differs,   // the file exists with other content and --force was not given
        Error,     // skipped for `error`
    };
    QString source;
    int index = 0; // 1-based position in its source
    QString slug;
    QString file;
    Status status = Status::Error;
    QString error;
    QList<Finding> findings;
};

// Writes imported posts one file each into an output folder, as `import` and `pull` do: a file
// named by the post's slug, left alone when it already holds these bytes (a re-run), kept when
// it holds anything else unless `force`, written atomically otherwise. Counts what happened to
// each post and words the run's summary. Posts arrive one at a time, so a caller may feed it
// from files or page by page from a site.
class PostFilesWriter {
public:
    struct Options {
        QString outDir; // must exist
        PostFormat format = PostFormat::MarkdownFrontMatter;
        bool force = false;    // overwrite files that exist with other content
        bool progress = false; // "[3/250] slug.md" lines on stderr
    };

    PostFilesWriter(const Options &options, Console &console);

    // Writes (or skips) the `index`th (1-based) post of `source`. `sourceFindings` are about
    // the source as a whole (its decoding); they are reported with this post. A post with an
    // Error finding is skipped. A post with neither slug nor WordPress id is named after the
    // base name of `source`.
    void add(const QString &source, int index, const ImportedPost &imported,
             const QList<Finding> &sourceFindings = {});

    // A source (a file, a page of a site) that gave no posts; `error` starts with what it is.
    // Printed now and counted in the summary.
    void addSourceError(const QString &error);

    // Moves the total that progress lines show ("[3/250]") by `posts`: up as more is known to
    // come, down when an estimate was high.
    void addExpected(int posts);

    const Options &options() const { return m_options; }
    const QList<PostOutcome> &outcomes() const { return m_outcomes; }
    const QStringList &sourceErrors() const { return m_sourceErrors; }
    int expected() const { return m_expected; }
    int written() const { return m_written; }
    int skipped() const { return m_skipped; } // for errors in the post
    int unchanged() const { return m_unchanged; }
    int differs() const { return m_differs; }
    bool writeFailed() const { return m_writeFailed; }

    // The report for stdout: the posts that need attention, then `doneSentence` (the caller's
    // translated "Imported %n post(s) into %1.", with written() as %n), or the cancellation
    // sentence when `signal` is not 0, then what was skipped and counts of what to look at.
    QString summaryText(int signal, const QString &doneSentence) const;
    // The --json shape: stable keys and status names, never translated.
    QJsonObject summaryJson(int signal) const;

private:
    void writeUnlessPresent(PostOutcome &outcome, const QByteArray &bytes);
    void showProgress(const QString &what);

    Options m_options;
    Console &m_console;
    OutputNames m_names;
    QList<PostOutcome> m_outcomes;
    QStringList m_sourceErrors;
    int m_expected = 0;
    int m_done = 0;
    int m_written = 0;
    int m_skipped = 0;
    int m_unchanged = 0;
    int m_differs = 0;
    bool m_writeFailed = false;
};

} // namespace pw::cli
