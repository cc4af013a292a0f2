// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/highlight/highlight_backend.h"

#include <QMutex>

#include <memory>

namespace pw {

// Colours code with KSyntaxHighlighting inside this process, where a Qt 6 build of it (KF6)
// exists. Built only there (POSTWRIGHT_IN_PROCESS_COLOURS); such a build has no helper.
//
// The work is the helper's own, so both paths give the same CodeColours and CodeThemeStyles:
// app/highlighter/language_resolver and span_collector are compiled into postwright-core, and
// the rules are those of app/highlighter/responder.cpp (a theme only by its exact name, an
// unknown language as colours with an empty language). What is added here is the mutex and
// the conversion of the collector's spans into CodeTokens.
//
// KSyntaxHighlighting's Repository and highlighters are not thread-safe, and analyses call
// from several worker threads: one mutex serialises every call, as the helper's single pipe
// does. The Repository reads every definition's metadata when it is made, so it is made on
// the first call, not with the backend. There is no time limit: the helper's exists to get rid
// of a stuck process, and here a block takes what the library needs while its caller waits.
//
// Unlike the helper (started with XDG_DATA_HOME and XDG_DATA_DIRS pointing nowhere), the
// Repository here also loads syntax and theme files from the XDG data directories
// (~/.local/share/org.kde.syntax-highlighting/ and the system's). That is acceptable: they are
// the user's own configuration, read by the user's own process. A definition or theme found
// there replaces the built-in one of a lower version, so colours can differ from the helper's.
//
// POSTWRIGHT_HIGHLIGHTER set but empty still turns colouring off (makeCodeHighlighter()); a
// path in it is ignored, since a build with this backend has no helper for it to replace.
class InProcessBackend final : public HighlightBackend {
public:
    InProcessBackend();
    ~InProcessBackend() override;
    InProcessBackend(const InProcessBackend &) = delete;
    InProcessBackend &operator=(const InProcessBackend &) = delete;

    std::optional<CodeColours> highlight(const QString &language, const QString &code,
                                         const QString &theme) override;
    std::optional<CodeThemeStyles> themeStyles(const QString &theme) override;
    // Always empty: nothing can go away in process.
    QString unavailableReason() const override;

private:
    struct Engine; // the Repository, the resolver and the collector; KF6 types stay in the .cpp

    Engine &ensureEngine(); // made on first use; with m_mutex held

    QMutex m_mutex; // one call at a time; guards m_engine and everything in it
    std::unique_ptr<Engine> m_engine;
};

} // namespace pw
