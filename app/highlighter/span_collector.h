// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compiles against Qt 5 + KF5 (the helper process on Debian 12) and Qt 6 + KF6 (in-process on
// newer systems): QtCore/QtGui and the KSyntaxHighlighting API only, no protocol.

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QRgb>
#include <QStringView>

#include <vector>

namespace pw {

// Colours one code block: runs KSyntaxHighlighting line by line, carrying its state across
// lines (multi-line strings and comments), and keeps only what looks different from the
// theme's normal text. One collector serves many blocks, one at a time (not thread-safe).
class CodeSpanCollector final : public KSyntaxHighlighting::AbstractHighlighter {
public:
    enum Flag : quint8 { Bold = 1, Italic = 2, Underline = 4, StrikeThrough = 8 };

    struct Span {
        quint32 offset = 0; // UTF-16 units of the whole block
        quint32 length = 0;
        QRgb foreground = 0; // alpha 0: none (the theme's normal text colour)
        QRgb background = 0; // alpha 0: none
        quint8 flags = 0;
        quint8 textStyle = 0; // KSyntaxHighlighting::Theme::TextStyle
        bool operator==(const Span &) const = default;
    };

    CodeSpanCollector() = default;

    // `code` is the block's text, lines joined by '\n'. The spans are in order, never
    // overlapping, and adjacent ones that look the same (text style included) are merged.
    std::vector<Span> collect(const KSyntaxHighlighting::Definition &definition,
                              const KSyntaxHighlighting::Theme &theme, QStringView code);

    // One span per text style (offset = the style's number, length 0) with the theme's look
    // for it; Normal's foreground is the theme's normal text colour.
    static std::vector<Span> themeStyles(const KSyntaxHighlighting::Theme &theme);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    std::vector<Span> m_spans;
    quint32 m_lineStart = 0;
    quint8 m_normalFlags = 0;
    bool m_collecting = false;
};

} // namespace pw
