// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/markdown/analysis.h"

#include <QFont>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace pw::gui {

// Colours the body from the spans of the analysis snapshot: the same cmark-gfm parse the
// preview renders, so the editor never disagrees with it and never parses on the GUI thread.
//
// Spans live on the blocks (QTextBlockUserData), so they travel with their line while the
// writer inserts lines above it before the next snapshot arrives. A new snapshot re-colours
// only the blocks whose spans changed.
class MarkdownHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument *document);
    ~MarkdownHighlighter() override;

    // Takes the spans of `snapshot`. The snapshot may be a revision or two behind the text:
    // spans are clipped to the lines they land on until the next one arrives.
    void setSnapshot(SnapshotPtr snapshot);
    SnapshotPtr snapshot() const { return m_snapshot; }

    // Rebuilds the formats for this palette (light or dark) and base font, and re-colours.
    void setAppearance(const QPalette &palette, const QFont &baseFont);

    QTextCharFormat formatFor(HighlightKind kind, int level = 0) const;

    // For tests and the benchmark: how often highlightBlock() ran.
    int highlightCount() const { return m_highlightCount; }
    void resetHighlightCount() { m_highlightCount = 0; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void buildFormats();

    SnapshotPtr m_snapshot;
    QPalette m_palette;
    QFont m_baseFont;
    std::array<QTextCharFormat, int(HighlightKind::Autolink) + 1> m_formats;
    std::array<QTextCharFormat, 7> m_headingFormats; // by level; 0 unused
    QTextCharFormat m_quoteText;
    QTextCharFormat m_delimiter;
    int m_highlightCount = 0;
};

} // namespace pw::gui
