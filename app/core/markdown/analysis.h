// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "core/markdown/code_colouring.h"
#include "core/post.h"
#include "core/seo/seo_report.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace pw {

class CategoryWhitelist;
class TitleWidthMeter;
struct SiteProfile;

// The URL under which a viewer serves the local image file at `absolutePath`. Core renders
// for no viewer in particular, so the GUI's preview hands its own scheme in through this.
// Must be callable from any thread.
using LocalImageUrl = std::function<QString(const QString &absolutePath)>;

enum class HighlightKind : quint8 {
    HeadingMarker, Heading, Emphasis, Strong, Strikethrough, InlineCode, CodeFence, CodeBlock,
    Link, LinkUrl, Image, BlockQuote, ListMarker, TaskMarker, TableRow, TableDelimiter, Html,
    ThematicBreak, Autolink,
};

// One coloured run on one line of the body. Lines are QTextDocument block numbers; columns
// and lengths are UTF-16 units within the line, so the highlighter applies them directly.
struct HighlightSpan {
    int line = 0;
    int column = 0;
    int length = 0;
    HighlightKind kind = HighlightKind::Heading;
    quint8 level = 0; // heading level 1-6; 0 otherwise
    bool operator==(const HighlightSpan &) const = default;
};

// A top-level block of the rendered body. The preview replaces blocks whose hash changed;
// source lines (0-based, inclusive) drive scroll sync and click-to-source.
struct PreviewBlock {
    QString html;      // carries data-sourcepos on its root element
    int firstLine = 0;
    int lastLine = 0;
    quint64 hash = 0;  // of html
    bool operator==(const PreviewBlock &) const = default;
};

struct OutlineEntry {
    int level = 1;
    QString text;     // plain text, markup stripped
    int line = 0;     // 0-based
    bool operator==(const OutlineEntry &) const = default;
};

struct TextStats {
    int words = 0;
    int characters = 0;      // user-perceived characters of the prose
    int readingMinutes = 0;  // at 238 words a minute, at least 1 for a non-empty body
};

// What the editor offers for empty metadata of a post that came without any (plain Markdown):
// one click takes it, nothing is filled in unasked.
struct MetadataSuggestion {
    QString title;       // the first heading; empty when the post has a title or no heading
    QString description; // the opening paragraph, cut to fit; empty when the post has one
    bool operator==(const MetadataSuggestion &) const = default;
};

// Everything the GUI shows about one revision of a post, made by a single cmark-gfm parse
// of the body. Immutable once built; shared between the preview, highlighter, panel and
// status bar.
struct Snapshot {
    quint64 revision = 0;
    QList<PreviewBlock> blocks;
    QList<HighlightSpan> spans;      // sorted by line, then column
    QList<OutlineEntry> outline;
    QList<TextRange> proseRanges;    // body offsets of prose text (for spelling, statistics)
    QString body;                    // the text those offsets refer to (implicitly shared)
    QList<Finding> findings;         // metadata checks over the post
    TextStats stats;
    SeoReport seo;                   // SEO and readability checks of the rendered body
    MetadataSuggestion suggestion;   // for an empty title or meta description
    // Fenced code coloured by language (AnalysisContext::code), on top of `spans`.
    QList<CodeSpan> codeSpans;       // sorted by line, then column
    QString codeNotice;              // why code that names a language stayed plain; empty if none
};
using SnapshotPtr = std::shared_ptr<const Snapshot>;

// What an analysis reads besides the post. Runs happen on worker threads and the editor may
// swap in another whitelist while one is going: each run holds what it started with.
struct AnalysisContext {
    std::shared_ptr<const CategoryWhitelist> whitelist;  // null: no metadata checks
    std::shared_ptr<const TitleWidthMeter> titleMeter;   // null: no width check
    // Where the preview reads an image the Markdown names by absolute path or file: URL
    // (renderPreviewBlocks); null: such images stay as the post gives them.
    LocalImageUrl localImageUrl = {};
    // Where posts are published (normalizedSiteAddress): decides the permalink the SEO
    // checks judge links against, for posts without one of their own. Empty: example.com.
    QString siteAddress = {};
    // The site the post belongs to (core/site/site_profile.h) and the post's file in it: the
    // site's address and URL rule give the permalink, its habits the category and tag checks.
    // Null: the post is judged on its own, as above.
    std::shared_ptr<const SiteProfile> site = {};
    QString postPath = {};
    // The user chose `whitelist`: it applies to a site's posts too (see CheckContext).
    bool whitelistChosen = false;
    // How fenced code is coloured in the preview blocks and the editor's spans; a context
    // without a highlighter leaves code plain.
    CodeColouring code = {};
};

// Thread-safe: runs on a worker thread. Renders with the table, strikethrough, autolink,
// tasklist and tagfilter extensions and source positions; raw HTML is kept (tagfilter
// defuses the dangerous tags; the preview's CSP does the rest).
SnapshotPtr analyzePost(const Post &post, const AnalysisContext &context, quint64 revision);

// Where the post will be read: its site's URL for it when the site's address is known, else
// its own permalink or the site address of Preferences with its slug (postPermalink). Empty
// when nothing is known. What the SEO link checks and the search result preview use.
QString permalinkFor(const Post &post, const AnalysisContext &context);

// Snapshot::proseRanges of a body without the rest of the analysis: what spelling reads
// where nothing is previewed (the command line).
QList<TextRange> proseRangesOf(const QString &body);

} // namespace pw
