// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/theme.h"

#include <QApplication>
#include <QPalette>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>

namespace pw::gui {

Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

namespace {

// Fusion outlines check boxes and radio buttons, the category checklist's included, in the
// palette's Window colour made darker (QFusionStylePrivate::outline()), whatever the palette.
// On a dark theme that outline is as dark as the Base the box is filled with, so an unchecked
// box vanishes, and no dark Window can make it stand out by WCAG's 3:1 (on the light one it is
// 1.9:1). This style hands
// Fusion a Window colour for the indicators alone whose outline lies between the palette's
// Text and Base, which stands out from both Base and Window.
class IndicatorContrastStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (!button || (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            return;
        }
        QStyleOptionButton copy(*button);
        const QColor text = copy.palette.color(QPalette::Text);
        const QColor base = copy.palette.color(QPalette::Base);
        // 60 % of the way: halfway reached only 2.9:1 on the light theme's grey Window, once
        // Fusion lightened it for the frame.
        const auto mix = [](int from, int to) { return from + (to - from) * 3 / 5; };
        const QColor outline(mix(base.red(), text.red()), mix(base.green(), text.green()),
                             mix(base.blue(), text.blue()));
        // Fusion darkens Window by 140 % (150 % for radio buttons) to get the outline.
        copy.palette.setColor(QPalette::Window, outline.lighter(140));
        QProxyStyle::drawPrimitive(element, &copy, painter, widget);
    }
};

} // namespace

static QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor dim(0x8a, 0x8d, 0x93), highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x9c, 0xff));
    p.setColor(QPalette::Light, window.lighter(130));
    p.setColor(QPalette::Midlight, window.lighter(115));
    p.setColor(QPalette::Mid, window.lighter(150));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

void applyTheme(QApplication &app, Theme theme)
{
    // The system style is kept for System; Fusion draws a chosen palette faithfully everywhere.
    static const QString systemStyle = app.style()->name();
    switch (theme) {
    case Theme::System:
        app.setStyle(QStyleFactory::create(systemStyle));
        app.setPalette(app.style()->standardPalette());
        break;
    case Theme::Light:
        // Fusion's light outline stands out from white by 1.9:1 only.
        app.setStyle(new IndicatorContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        app.setPalette(app.style()->standardPalette());
        break;
    case Theme::Dark:
        app.setStyle(new IndicatorContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        app.setPalette(darkPalette());
        break;
    }
}

Theme savedTheme()
{
    return themeFromName(QSettings().value(QStringLiteral("theme")).toString());
}

void saveTheme(Theme theme)
{
    QSettings().setValue(QStringLiteral("theme"), themeName(theme));
}

} // namespace pw::gui
