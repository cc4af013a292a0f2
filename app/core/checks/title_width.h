// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

namespace pw {

// Measures text as Google draws a result title: Arial 20 px. Liberation Sans has Arial's advance
// widths; shaping with HarfBuzz applies its kerning as a browser does. The font is looked up
// in the usual Debian locations, so a missing font is an answer (isValid() == false), not a crash.
class TitleWidthMeter {
public:
    explicit TitleWidthMeter(const QString &fontPath = defaultFontPath());
    ~TitleWidthMeter();
    TitleWidthMeter(const TitleWidthMeter &) = delete;
    TitleWidthMeter &operator=(const TitleWidthMeter &) = delete;

    bool isValid() const;
    QString fontPath() const;
    // Width in pixels (unrounded) at the given pixel size; 0 when !isValid().
    double widthPx(const QString &text, double pixelSize = 20.0) const;

    static QString defaultFontPath(); // empty when no Liberation Sans / Arial is installed

private:
    struct Font;
    std::unique_ptr<Font> m_font;
    QString m_fontPath;
};

} // namespace pw
