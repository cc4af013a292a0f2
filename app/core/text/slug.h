// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

// "Crème Brûlée: 10 Tips!" -> "creme-brulee-10-tips". Lowercase, Unicode-decomposed and folded
// to ASCII (ß -> ss, æ -> ae, ø -> o, ...), runs of anything else become one hyphen,
// no hyphen at either end.
QString slugify(const QString &title);

} // namespace pw
