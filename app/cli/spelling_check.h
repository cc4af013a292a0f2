// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/post.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace pw {
class SpellChecker;
}

namespace pw::cli {

struct Console;

// The spelling part of `check`: --lang and --no-spelling, one checker per language (loaded
// once for all files), the personal dictionary the GUI also writes to.
class CliSpelling {
public:
    CliSpelling();
    ~CliSpelling();

    void addOptions(QCommandLineParser &parser) const;
    void configure(const QCommandLineParser &parser);

    // Misspellings as "spelling.misspelled" info findings. Without a dictionary for the
    // post's language: one info finding saying which package to install.
    QList<Finding> findings(const Post &post);

private:
    std::shared_ptr<SpellChecker> checkerFor(const QString &language, QString *error);

    bool m_enabled = true;
    QString m_forcedLanguage;
    QStringList m_personalWords;
    QHash<QString, std::shared_ptr<SpellChecker>> m_checkers; // null: no dictionary
    QHash<QString, QString> m_errors;
};

} // namespace pw::cli
