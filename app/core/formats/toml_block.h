// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the TOML front-matter reader and writer: where the `+++` block lies in a file's
// text, its toml++ tree, and which TOML keys hold the post's fields. Both sides use the same
// mapping, so the writer edits exactly the key the reader took a field from.

#include <QString>
#include <QStringView>

#include <toml++/toml.h>

#include <optional>
#include <vector>

namespace pw::toml_front_matter {

// Offsets into the file's text (UTF-16), as read: nothing is normalised.
struct Block {
    qsizetype tomlStart = 0; // first character after the opening line's line end
    qsizetype tomlEnd = 0;   // start of the closing `+++` line
    qsizetype bodyStart = 0; // first character after the closing line's line end
    bool closingHasLineEnd = false;
    QString lineEnd; // the opening line's: "\r\n" or "\n"
};

std::optional<Block> findBlock(QStringView text);

// The parsed block with a way from toml++'s positions (1-based lines of the TOML part,
// 1-based columns in code points) to offsets into the file's text.
class Parsed {
public:
    Parsed(QStringView text, const Block &block);

    bool ok() const { return !error_.has_value(); }
    // "line L, column C: what" in the file's own line numbers.
    const std::optional<toml::parse_error> &error() const { return error_; }
    int fileLine(const toml::source_position &position) const;

    const toml::table &root() const { return root_; }
    qsizetype offset(const toml::source_position &position) const;
    // Start of the line holding `position`, and of the line after it (or the block's end).
    qsizetype lineStart(const toml::source_position &position) const;
    qsizetype nextLineStart(const toml::source_position &position) const;
    // The text from `begin` to `end`, as written.
    QStringView slice(const toml::source_region &region) const;
    QStringView text() const { return text_; }
    const Block &block() const { return block_; }
    // Start lines (TOML part) of every [table] and [[array]] header, ascending.
    const std::vector<toml::source_index> &headerLines() const { return headerLines_; }
    // Where a new top-level key goes: after the last top-level `key = value`, before the
    // first header.
    qsizetype topLevelInsertion() const;
    // Where a new key of the header table `table` goes: after its last entry.
    qsizetype tableInsertion(const toml::table &table) const;

private:
    QStringView text_;
    Block block_;
    std::vector<qsizetype> lineStarts_; // file offsets of the TOML part's lines
    toml::table root_;
    std::optional<toml::parse_error> error_;
    std::vector<toml::source_index> headerLines_;
};

// The TOML key a post field was read from, and its node.
struct Binding {
    const toml::node *node = nullptr;
    const toml::key *key = nullptr;
    const toml::table *parent = nullptr;
};

struct Bindings {
    std::optional<Binding> title, description, slug, topic, tags, categories;
    // The Zola `[taxonomies]` table, where new tags and categories go when it exists.
    const toml::table *taxonomies = nullptr;
    bool binds(const toml::node *node) const;
};

// Hugo: title, description (else summary), slug, tags, categories (top level).
// Zola: title, description, slug, and tags / categories in the `taxonomies` table.
Bindings bind(const toml::table &root);

// A top-level key-value pair (not a [table] or [[array]] section): its lines are the pair's.
bool isInlineEntry(const toml::node &node);

} // namespace pw::toml_front_matter
