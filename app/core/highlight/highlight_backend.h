// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/highlight/code_colours.h"

#include <QString>

#include <optional>

namespace pw {

// What colours code: the helper process on Debian 12 (HelperProcessBackend), KSyntaxHighlighting
// in process where a Qt 6 build of it exists. Calls block and may come from any thread at once
// (analysis runs on worker threads without event loops); an implementation serialises them.
class HighlightBackend {
public:
    virtual ~HighlightBackend() = default;

    // `language` is the fence's word as written ("py", "C++"). Empty optional: no answer now
    // (the highlighter is down, busy restarting or too slow), try again later. A language the
    // highlighter does not know is an answer: CodeColours with an empty language, no tokens.
    virtual std::optional<CodeColours> highlight(const QString &language, const QString &code,
                                                 const QString &theme) = 0;
    // Empty optional also for a theme the highlighter does not know.
    virtual std::optional<CodeThemeStyles> themeStyles(const QString &theme) = 0;
    // Empty while the backend answers; otherwise a translated sentence saying why code is plain.
    virtual QString unavailableReason() const = 0;
};

} // namespace pw
