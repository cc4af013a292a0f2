// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace pw {

// A colour as 0xAARRGGBB (QRgb's layout; core has no QtGui). Alpha 0 means none.
using Argb = quint32;
constexpr bool hasColour(Argb colour) { return (colour >> 24) != 0; }

// One coloured run of a code block, as KSyntaxHighlighting formats it under one theme.
// Offsets are UTF-16 units of the block's text (lines joined by '\n'), so they map onto a
// QString directly. A colour with alpha 0 means none: the theme's normal text, no background.
struct CodeToken {
    enum Flag : quint8 { Bold = 1, Italic = 2, Underline = 4, StrikeOut = 8 };
    int offset = 0;
    int length = 0;
    Argb foreground = 0;
    Argb background = 0;
    quint8 flags = 0;
    quint8 textStyle = 0; // KSyntaxHighlighting::Theme::TextStyle, for stylesheet classes
    bool operator==(const CodeToken &) const = default;
};

// What highlighting one block yields. `language` is the syntax definition it was coloured as
// ("Python" for "py"); empty when the info string names no language the highlighter knows.
struct CodeColours {
    QString language;
    QList<CodeToken> tokens; // in order, not overlapping
    bool operator==(const CodeColours &) const = default;
};
using CodeColoursPtr = std::shared_ptr<const CodeColours>;

// A theme's look for each text style (index = KSyntaxHighlighting::Theme::TextStyle), for the
// stylesheet of class-coloured HTML. Token offsets are unused here.
struct CodeThemeStyles {
    QString theme;
    Argb background = 0;
    QList<CodeToken> styles;
    bool operator==(const CodeThemeStyles &) const = default;
};

} // namespace pw
