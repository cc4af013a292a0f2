// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/post.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>

class QCommandLineParser;

namespace pw {
class SpellChecker;
}

namespace pw::cli {

// The spelling part of `check`: --lang, --no-spelling and --suggest, one checker per language
// (loaded once for all files, so its word cache serves them all), the personal dictionary the
// GUI also writes to. Posts are checked on a thread pool of their own, one per core; with
// --suggest each of its threads computes suggestions on a hunspell handle of its own, and each
// distinct word's suggestions once for all files.
class CliSpelling {
public:
    CliSpelling();
    ~CliSpelling();

    void addOptions(QCommandLineParser &parser) const;
    void configure(const QCommandLineParser &parser);

    // Starts checking `post` on the pool and returns its misspellings as "spelling.misspelled"
    // info findings, with suggestions only when --suggest was given. Without a dictionary for
    // the post's language: one info finding saying which package to install. Call from one
    // thread only (it loads the dictionaries); the checks themselves run in parallel.
    // `path` is the post's file: its site's word list (.postwright/words.txt) is accepted too.
    QFuture<QList<Finding>> start(const Post &post, const QString &path = {});
    // The same, waiting for the result.
    QList<Finding> findings(const Post &post, const QString &path = {});

private:
    // One checker per language and site word list.
    std::shared_ptr<SpellChecker> checkerFor(const QString &language, const QString &siteWordsFile,
                                             QString *error);

    bool m_enabled = true;
    bool m_suggest = false;
    QString m_forcedLanguage;
    QStringList m_personalWords;
    QHash<QString, std::shared_ptr<SpellChecker>> m_checkers; // null: no dictionary
    QHash<QString, QString> m_errors;
    QThreadPool m_pool; // last member: its destructor waits for the checks still running
};

} // namespace pw::cli
