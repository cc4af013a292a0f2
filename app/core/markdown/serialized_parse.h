#pragma once

#include "markdown/cmark_handles.h"

namespace pw {

// parseGfm() under a process-wide lock. cmark-gfm 0.29.0.gfm.6 is not re-entrant: while
// parsing inlines it adds the extensions' special characters to a global table and removes
// them afterwards, so a parse finishing on one thread makes another thread's parse miss
// autolinks and strikethrough (github/cmark-gfm PR #176, still open; reproduced by
// tst_analysis concurrentAnalysesAgree). Every parse that may run beside another must come
// through here; the lock belongs in parseGfm() itself, which the formats also call.
CmarkNodePtr parseGfmExclusive(const QByteArray &utf8, int options = 0);

} // namespace pw
