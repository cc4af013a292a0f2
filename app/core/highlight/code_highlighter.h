// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/highlight/code_colours.h"
#include "core/highlight/highlight_cache.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace pw {

class HighlightBackend;

// Language colouring of fenced code, for every document's analysis, the CLI and the exports
// at once (shared by std::shared_ptr; thread-safe). It turns a fence's info string into the
// language word, asks the backend for what it has not seen, and keeps the answers.
// makeCodeHighlighter() (highlighter_location.h) builds the one the application uses.
class CodeHighlighter {
public:
    // Without a backend nothing is ever coloured, and `unavailable` says why.
    explicit CodeHighlighter(std::unique_ptr<HighlightBackend> backend, QString unavailable = {});
    ~CodeHighlighter();
    CodeHighlighter(const CodeHighlighter &) = delete;
    CodeHighlighter &operator=(const CodeHighlighter &) = delete;

    // The language an info string names: its first word, without Pandoc's braces and dot
    // ("{.python .numberLines}") and what other tools glue on ("js{1,3}", "ts:line-numbers").
    static QString languageWord(const QString &infoString);
    // Words that ask for no colouring at all (text, txt, plain, none, output, nohighlight, ...).
    static bool isPlainText(const QString &word);

    // Null: plain text, no language named, or no answer now (the backend is down or slow;
    // unavailableReason() says so). A language the highlighter does not know gives colours
    // with an empty language and no tokens.
    CodeColoursPtr colours(const QString &infoString, const QString &code, const QString &theme);
    // Empty for an unknown theme, or no answer now.
    std::optional<CodeThemeStyles> themeStyles(const QString &theme);

    // Empty while code is being coloured; otherwise a translated sentence saying why not.
    QString unavailableReason() const;
    bool hasBackend() const { return m_backend != nullptr; }
    // For tests and diagnostics (the helper's process id).
    const HighlightBackend *backend() const { return m_backend.get(); }

    // Hits: answered without the backend. Misses: the backend was asked.
    struct Stats {
        int hits = 0;
        int misses = 0;
    };
    Stats stats() const;

private:
    const std::unique_ptr<HighlightBackend> m_backend;
    const QString m_unavailable;
    const CodeColoursPtr m_unknown; // the one answer for every unknown language
    HighlightCache m_cache;

    mutable QMutex m_mutex;           // guards the two below
    QSet<QString> m_unknownLanguages; // whatever the code or theme
    QHash<QString, CodeThemeStyles> m_themes;

    std::atomic<int> m_hits = 0;
    std::atomic<int> m_misses = 0;
};

} // namespace pw
