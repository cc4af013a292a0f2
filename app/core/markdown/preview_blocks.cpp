// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/markdown/preview_blocks.h"

#include "core/markdown/cmark_handles.h"

#include <QUrl>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <memory>

namespace pw {

namespace {

// The extensions whose HTML hooks must run at render time; tagfilter's lives here.
class ExtensionList {
public:
    ExtensionList()
    {
        for (const char *name : {"table", "strikethrough", "autolink", "tasklist", "tagfilter"}) {
            if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
                m_list = cmark_llist_append(cmark_get_default_mem_allocator(), m_list, extension);
        }
    }
    ~ExtensionList() { cmark_llist_free(cmark_get_default_mem_allocator(), m_list); }
    ExtensionList(const ExtensionList &) = delete;
    ExtensionList &operator=(const ExtensionList &) = delete;
    cmark_llist *get() const { return m_list; }

private:
    cmark_llist *m_list = nullptr;
};

struct FreeDeleter {
    void operator()(char *text) const { std::free(text); }
};

// Raw HTML is rendered (CMARK_OPT_UNSAFE), which also stops cmark from dropping
// javascript: and similar URLs; this restores that part of its safe mode.
bool isDangerousUrl(const char *url)
{
    QByteArray scheme;
    for (const char *c = url; *c && scheme.size() < 32; ++c) {
        if (quint8(*c) > 0x20) // browsers ignore whitespace and controls inside a scheme
            scheme += char(std::tolower(quint8(*c)));
    }
    if (scheme.startsWith("data:image/png") || scheme.startsWith("data:image/gif") ||
        scheme.startsWith("data:image/jpeg") || scheme.startsWith("data:image/webp"))
        return false;
    return scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") ||
           scheme.startsWith("file:") || scheme.startsWith("data:");
}

void clearDangerousUrls(cmark_node *document, const LocalImageUrl &localImageUrl)
{
    const CmarkIterPtr iter(cmark_iter_new(document));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE))
            continue;
        const char *url = cmark_node_get_url(node);
        if (!url)
            continue;
        // Only an image, and only through the viewer's own address: the viewer decides what
        // it reads there. A file: URL never reaches the HTML itself.
        if (type == CMARK_NODE_IMAGE && localImageUrl) {
            if (const QString path = localImagePath(QString::fromUtf8(url)); !path.isEmpty()) {
                cmark_node_set_url(node, localImageUrl(path).toUtf8().constData());
                continue;
            }
        }
        if (isDangerousUrl(url))
            cmark_node_set_url(node, "");
    }
}

// What to add to the lines of a position that starts at `startLine` of a piece. cmark-gfm
// writes 0 where it lost a position (a paragraph whose last line became a table's header reads
// "0:0-0:0"): unknown stays unknown in whatever piece it was parsed. A known start moves the
// whole position, even an end line of 0 (raw HTML left open at the end of the text ends on
// the line before its start: "1:1-0:0").
int lineShift(int startLine, int lines)
{
    return startLine > 0 ? lines : 0;
}

// cmark numbered the lines of a piece of the body from 1: renumber every data-sourcepos
// ("3:1-4:12") as lines of the body. The attribute is ours, so its shape is known.
QByteArray shiftSourcePositions(QByteArrayView html, int lines)
{
    static constexpr QByteArrayView attribute = "data-sourcepos=\"";
    QByteArray out;
    out.reserve(html.size() + 16);
    qsizetype done = 0;
    for (qsizetype at; (at = html.indexOf(attribute, done)) >= 0;) {
        qsizetype i = at + attribute.size();
        out += html.sliced(done, i - done);
        int shift = 0;
        for (int number = 0; number < 2; ++number) { // the start line, then the end line
            qsizetype digits = i;
            while (digits < html.size() && html[digits] >= '0' && html[digits] <= '9')
                ++digits;
            const int line = html.sliced(i, digits - i).toInt();
            if (number == 0)
                shift = lineShift(line, lines);
            out += QByteArray::number(line + shift);
            const qsizetype next = html.indexOf('-', digits);
            if (number == 0 && next < 0) {
                i = digits;
                break;
            }
            i = number == 0 ? next + 1 : digits;
            out += html.sliced(digits, i - digits);
        }
        done = i;
    }
    out += html.sliced(done);
    return out;
}

QString renderBlock(cmark_node *node, const ExtensionList &extensions, int firstLine,
                    const QHash<cmark_node *, QString> *colouredCode)
{
    QByteArray block;
    if (colouredCode && colouredCode->contains(node)) {
        block = colouredCode->value(node).toUtf8();
    } else {
        const std::unique_ptr<char, FreeDeleter> html(
            cmark_render_html(node, CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE, extensions.get()));
        block = cmark_node_get_type(node) != CMARK_NODE_HTML_BLOCK
                    ? QByteArray(html.get())
                    // Raw HTML has no element of ours to carry the position, so give it one.
                    : "<div" + sourcePosAttribute(node) + '>' + html.get() + "</div>\n";
    }
    if (firstLine > 0)
        block = shiftSourcePositions(block, firstLine);
    return QString::fromUtf8(block);
}

// cmark ends some blocks (lists, indented code) at column 0 of the following blank line.
int lastLineOf(cmark_node *node)
{
    const int start = cmark_node_get_start_line(node);
    const int end = cmark_node_get_end_line(node);
    const int last = cmark_node_get_end_column(node) == 0 && end > start ? end - 1 : end;
    return std::max(last, start) - 1;
}

} // namespace

QByteArray sourcePosAttribute(cmark_node *node)
{
    return QByteArray(" data-sourcepos=\"") + QByteArray::number(cmark_node_get_start_line(node)) +
           ':' + QByteArray::number(cmark_node_get_start_column(node)) + '-' +
           QByteArray::number(cmark_node_get_end_line(node)) + ':' +
           QByteArray::number(cmark_node_get_end_column(node)) + '"';
}

QString localImagePath(const QString &destination)
{
    const QString trimmed = destination.trimmed();
    if (trimmed.startsWith(QLatin1Char('/')) && !trimmed.startsWith(QLatin1String("//"))) {
        // As a browser reads it: a path on this host, query and fragment not part of the file.
        const QUrl url(trimmed);
        const QString path = url.path(QUrl::FullyDecoded);
        return url.isValid() && path.startsWith(QLatin1Char('/')) ? path : QString();
    }
    if (!trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return {};
    const QUrl url(trimmed);
    // file://server/share names another machine; only this one's files are local.
    const QString host = url.host();
    if (!url.isValid() || (!host.isEmpty() && host != QLatin1String("localhost")))
        return {};
    const QString path = url.path(QUrl::FullyDecoded);
    return path.startsWith(QLatin1Char('/')) ? path : QString();
}

quint64 positionFreeHash(const QString &html)
{
    // A line added above a block changes its data-sourcepos but not what it shows. Hashing
    // without the positions lets the preview keep such a block; the page shifts its source
    // lines itself (preview.js, pwBuiltAt).
    static const QString attribute = QStringLiteral("data-sourcepos=\"");
    quint64 hash = 14695981039346656037ull;
    qsizetype i = 0;
    while (i < html.size()) {
        if (html.at(i) == QLatin1Char('d') && QStringView(html).mid(i).startsWith(attribute)) {
            i += attribute.size();
            while (i < html.size() && html.at(i) != QLatin1Char('"'))
                ++i;
            continue;
        }
        hash ^= html.at(i).unicode();
        hash *= 1099511628211ull;
        ++i;
    }
    return hash;
}

QList<PreviewBlock> renderPreviewBlocks(cmark_node *document, int firstLine,
                                        const LocalImageUrl &localImageUrl,
                                        const QHash<cmark_node *, QString> *colouredCode)
{
    clearDangerousUrls(document, localImageUrl);
    const ExtensionList extensions;
    QList<PreviewBlock> blocks;
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        PreviewBlock block;
        block.html = renderBlock(node, extensions, firstLine, colouredCode);
        const int shift = lineShift(cmark_node_get_start_line(node), firstLine);
        block.firstLine = shift + cmark_node_get_start_line(node) - 1;
        block.lastLine = shift + lastLineOf(node);
        block.hash = positionFreeHash(block.html);
        blocks.append(std::move(block));
    }
    return blocks;
}

} // namespace pw
