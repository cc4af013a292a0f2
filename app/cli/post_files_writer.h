// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/formats/post_format.h"
#include "core/import/post_files.h"
#include "core/import/wordpress_import.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pw::cli {

struct Console;

// What `import` and `pull` say about the files they write (PostFiles): a progress line per
// post on stderr, errors as they happen, and the run's summary on stdout. `import` feeds it
// posts (add); `pull` writes through wp::SitePull on a worker and hands each outcome to
// show() as it arrives, then the whole record to adopt().
class PostFilesWriter {
public:
    // Where and how the files are written (PostFiles), and whether to say so as it goes.
    struct Options : PostFiles::Options {
        bool progress = false; // "[3/250] slug.md" lines on stderr
    };

    PostFilesWriter(const Options &options, Console &console);

    // Writes (or skips) the `index`th (1-based) post of `source`. `sourceFindings` are about
    // the source as a whole (its decoding); they are reported with this post. A post with an
    // Error finding is skipped. A post with neither slug nor WordPress id is named after the
    // base name of `source`.
    void add(const QString &source, int index, const ImportedPost &imported,
             const QList<Finding> &sourceFindings = {});

    // Reports a post written elsewhere (by a PostFiles with these options) as add() does.
    void show(const PostOutcome &outcome);
    // Takes that PostFiles' record of the run, for the summary and the counts.
    void adopt(const PostFiles &files) { m_files = files; }

    // A source (a file, a page of a site) that gave no posts; `error` starts with what it is.
    // Printed now and counted in the summary.
    void addSourceError(const QString &error);

    // Moves the total that progress lines show ("[3/250]") by `posts`: up as more is known to
    // come, down when an estimate was high.
    void addExpected(int posts);

    const Options &options() const { return m_options; }
    const QList<PostOutcome> &outcomes() const { return m_files.outcomes(); }
    const QStringList &sourceErrors() const { return m_sourceErrors; }
    int expected() const { return m_expected; }
    int written() const { return m_files.written(); }
    int skipped() const { return m_files.skipped(); } // for errors in the post
    int unchanged() const { return m_files.unchanged(); }
    int differs() const { return m_files.differs(); }
    bool writeFailed() const { return m_files.writeFailed(); }

    // The report for stdout: the posts that need attention, then `doneSentence` (the caller's
    // translated "Imported %n post(s) into %1.", with written() as %n), or the cancellation
    // sentence when `signal` is not 0, then what was skipped and counts of what to look at.
    QString summaryText(int signal, const QString &doneSentence) const;
    // The --json shape: stable keys and status names, never translated.
    QJsonObject summaryJson(int signal) const;

private:
    void showProgress(const QString &what);

    Options m_options;
    Console &m_console;
    PostFiles m_files;
    QStringList m_sourceErrors;
    int m_expected = 0;
    int m_done = 0;
};

} // namespace pw::cli
