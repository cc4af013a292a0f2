// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/post_format.h"

namespace pw {

QString formatName(PostFormat format)
{
    switch (format) {
    case PostFormat::Generator: return QStringLiteral("generator");
    case PostFormat::MarkdownFrontMatter: return QStringLiteral("markdown");
    case PostFormat::Markdown: return QStringLiteral("markdown");
    case PostFormat::PostJson: return QStringLiteral("json");
    case PostFormat::WordPressJson: return QStringLiteral("wordpress-json");
    }
    return {};
}

} // namespace pw
