// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/site/site_dialect.h"

namespace pw {

FrontMatterDialect frontMatterDialectFor(SiteKind kind)
{
    FrontMatterDialect dialect;
    // Jekyll::Utils.pluralized_array_from_hash splits a string of categories or tags at white
    // space ("Categories (plural key) can be specified as a YAML list or a space-separated
    // string", Jekyll's front matter docs).
    dialect.spaceSeparatedLists = kind == SiteKind::Jekyll;
    return dialect;
}

FrontMatterDialect frontMatterDialectAt(const QString &postPath)
{
    if (postPath.isEmpty())
        return {};
    const std::optional<SiteLocation> site = locateSite(postPath);
    return site ? frontMatterDialectFor(site->kind) : FrontMatterDialect{};
}

} // namespace pw
