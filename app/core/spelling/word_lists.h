// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pw {

// The words of a word list file: one per line, surrounding spaces dropped, blank lines and
// lines starting with '#' (comments) skipped, each word once.
QStringList parseWordList(const QString &text);
// The words of the word list file at `path`; empty when it cannot be read.
QStringList readWordList(const QString &path);

// Terms a dictionary lacks but a technical blog uses every day (npm, async, backend,
// Kubernetes, ...): shipped as resources/technical-words.txt and accepted in every language,
// so they do not flood the list of misspellings.
QStringList technicalWords();

// A site's own words, shared by its writers through git: `.postwright/words.txt` in the
// folder of `postPath` (a file or a folder) or the nearest ancestor folder that has one.
// Empty when there is none or `postPath` is empty.
QString siteWordsFile(const QString &postPath);
QStringList siteWords(const QString &postPath);

} // namespace pw
