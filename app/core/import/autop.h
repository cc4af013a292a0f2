// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pw {

// WordPress stores a classic post's content without <p> tags and adds them on display
// (wpautop): a blank line ends a paragraph, a single line break is a <br />. The raw content
// of such a post (REST `content.raw`, an export's content) needs the same paragraphs before it
// is converted, or sixty paragraphs become one. Text already in block markup (a block-editor
// post, or HTML with its own <p>) is returned as it is. A simplified wpautop: chunks that start
// with a block-level tag are left alone; <pre> content is never touched.
QString wordpressAutop(const QString &content);

} // namespace pw
