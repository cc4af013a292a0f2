// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading HTML back as a browser would, with gumbo: for tests of the pages Postwright writes.
#include <QString>

#include <gumbo.h>

namespace pw::test {

inline QString gumboAttribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

// The text a node holds, its descendants' included.
inline QString gumboText(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        text += gumboText(static_cast<const GumboNode *>(children.data[i]));
    return text;
}

} // namespace pw::test
