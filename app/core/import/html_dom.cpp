// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/html_converter.h"

#include <QUrl>
#include <vector>

// Small read-only helpers over gumbo's tree, shared by the converter's files.

namespace pw::importer {

QString attributeString(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

static bool classMatches(const GumboNode *node, QLatin1StringView cls, bool prefix)
{
    const QString classes = attributeString(node, "class");
    for (QStringView c : QStringView(classes).split(u' ', Qt::SkipEmptyParts)) {
        if (prefix ? c.startsWith(cls) : c == cls)
            return true;
    }
    return false;
}

bool hasClass(const GumboNode *node, QLatin1StringView cls)
{
    return classMatches(node, cls, false);
}

bool hasClassPrefix(const GumboNode *node, QLatin1StringView prefix)
{
    return classMatches(node, prefix, true);
}

static bool isNonContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
        return true;
    default:
        return false;
    }
}

QString textContent(const GumboNode *root, bool brAsNewline)
{
    QString out;
    // Iterative: flattened subtrees are the deep ones.
    std::vector<std::pair<const GumboNode *, unsigned>> stack{{root, 0}};
    while (!stack.empty()) {
        auto &[node, index] = stack.back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            out += QString::fromUtf8(node->v.text.text);
            stack.pop_back();
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) {
            stack.pop_back();
            continue;
        }
        if (node->type == GUMBO_NODE_ELEMENT && index == 0) {
            const GumboTag tag = node->v.element.tag;
            if (brAsNewline && tag == GUMBO_TAG_BR)
                out += u'\n';
            if (node != root && isNonContent(tag)) {
                stack.pop_back();
                continue;
            }
        }
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                        : node->v.element.children;
        if (index >= children.length) {
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[index]);
        ++index;
        stack.emplace_back(child, 0);
    }
    return out;
}

QString safeUrl(QStringView raw, UrlKind kind, bool *rejected)
{
    if (rejected)
        *rejected = false;
    QString url = raw.trimmed().toString();
    // Browsers ignore tabs and newlines inside URLs, so "java\tscript:" is still a script.
    url.remove(u'\t');
    url.remove(u'\n');
    url.remove(u'\r');
    QString scheme;
    for (QChar c : url) {
        if (c == u':')
            break;
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.')) {
            scheme.clear();
            break;
        }
        if (c.unicode() > ' ')
            scheme += c.toLower();
    }
    const bool hasScheme = url.indexOf(u':') == scheme.size() && !scheme.isEmpty();
    if (hasScheme) {
        const bool script = scheme == QLatin1StringView("javascript") ||
                            scheme == QLatin1StringView("vbscript") ||
                            scheme == QLatin1StringView("livescript");
        bool data = scheme == QLatin1StringView("data");
        if (data && kind == UrlKind::Image) {
            // Raster images are harmless; SVG and anything else can carry script.
            static const char *const safe[] = {"data:image/png", "data:image/jpeg",
                                               "data:image/gif", "data:image/webp"};
            for (const char *prefix : safe) {
                if (url.startsWith(QLatin1StringView(prefix), Qt::CaseInsensitive))
                    data = false;
            }
        }
        if (script || data) {
            if (rejected)
                *rejected = true;
            return {};
        }
    }
    if (url.startsWith(QLatin1StringView("//")))
        url.prepend(QLatin1StringView("https:"));
    return url;
}

} // namespace pw::importer
