// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

namespace pw {

class CodeHighlighter;

// The one place that decides how this process colours code:
// - a build without code colouring never does (POSTWRIGHT_NO_CODE_COLOURS);
// - POSTWRIGHT_HIGHLIGHTER set: that helper (in a KF6 build: in process, the path ignored);
//   set but empty: colouring is off;
// - otherwise postwright-highlighter beside the executable (the build tree) or in
//   ../libexec/postwright/ (installed), the first that is executable;
// - none found: a highlighter that never colours and says why.
// The helper is started on the first request, not here. Needs a QCoreApplication for the
// executable's location.
std::shared_ptr<CodeHighlighter> makeCodeHighlighter();

// False when this build has no code colouring at all (no KSyntaxHighlighting found for either
// the helper or in process).
bool codeColouringBuiltIn();
// True when code is coloured in this process (KF6SyntaxHighlighting), with no helper: then a
// path in POSTWRIGHT_HIGHLIGHTER is ignored, and only an empty one turns colouring off.
bool codeColouringInProcess();

} // namespace pw
