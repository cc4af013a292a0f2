// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/formats/front_matter_dialect.h"
#include "core/site/site_profile.h"

#include <QString>

namespace pw {

// How a site of this kind reads front matter.
FrontMatterDialect frontMatterDialectFor(SiteKind kind);

// The dialect of the post at `postPath`: its site's, or the default when it has none. Cheap
// enough for every file opened (a walk up the folders, no file read).
FrontMatterDialect frontMatterDialectAt(const QString &postPath);

} // namespace pw
