// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/length_meter.h"

#include <QPainter>
#include <QPainterPath>

namespace pw::gui {

LengthMeter::LengthMeter(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LengthMeter::setScale(double maximum)
{
    m_maximum = qMax(1.0, maximum);
    update();
}

void LengthMeter::setBands(const QList<Band> &bands)
{
    m_bands = bands;
    update();
}

void LengthMeter::setMarks(const QList<double> &marks)
{
    m_marks = marks;
    update();
}

void LengthMeter::setValue(double value, const QString &text)
{
    m_value = value;
    const bool resized =
        fontMetrics().horizontalAdvance(text) != fontMetrics().horizontalAdvance(m_text);
    m_text = text;
    setToolTip(text);
    if (resized)
        updateGeometry(); // the figure is never cut off, so the minimum width follows it
    update();
}

LengthMeter::Quality LengthMeter::quality() const
{
    for (const Band &band : m_bands) {
        if (m_value <= band.upTo)
            return band.quality;
    }
    return Quality::Bad;
}

QSize LengthMeter::sizeHint() const
{
    return {qMax(240, minimumSizeHint().width()), fontMetrics().height() + 6};
}

// The figure whole, beside a bar still long enough to show where the value lies.
QSize LengthMeter::minimumSizeHint() const
{
    const int figure = fontMetrics().horizontalAdvance(m_text) + 8;
    return {qMax(120, figure + 60), fontMetrics().height() + 4};
}

static QColor colourFor(LengthMeter::Quality quality)
{
    switch (quality) {
    case LengthMeter::Quality::Good: return QColor(0x2e, 0x9e, 0x4f);
    case LengthMeter::Quality::Ok: return QColor(0xe0, 0x9b, 0x13);
    case LengthMeter::Quality::Bad: return QColor(0xd6, 0x3a, 0x2f);
    }
    return {};
}

void LengthMeter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int textWidth = fontMetrics().horizontalAdvance(m_text) + 8;
    const QRectF bar(0.5, height() / 2.0 - 3, qMax(20, width() - textWidth) - 1.0, 6);

    QPainterPath groove;
    groove.addRoundedRect(bar, 3, 3);
    painter.fillPath(groove, palette().color(QPalette::Mid));

    const double fraction = qBound(0.0, m_value / m_maximum, 1.0);
    QPainterPath fill;
    fill.addRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * fraction, bar.height()), 3, 3);
    painter.fillPath(fill, colourFor(quality()));

    painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
    for (const double mark : m_marks) {
        const double x = bar.left() + bar.width() * qBound(0.0, mark / m_maximum, 1.0);
        painter.drawLine(QPointF(x, bar.top() - 3), QPointF(x, bar.bottom() + 3));
    }

    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(bar.right() + 6, 0, textWidth - 6, height()),
                     Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

} // namespace pw::gui
