// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/eliding_button.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace pw::gui {

ElidingButton::ElidingButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    // Preferred, not Fixed: the layout may give it less than its text needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ElidingButton::minimumSizeHint() const
{
    // Room for a few characters on either side of the ellipsis: enough to recognise it.
    const int chrome = sizeHint().width() - fontMetrics().horizontalAdvance(text());
    const int few = fontMetrics().averageCharWidth() * 12;
    return {qMin(sizeHint().width(), chrome + few), sizeHint().height()};
}

void ElidingButton::paintEvent(QPaintEvent *)
{
    QStyleOptionButton option;
    initStyleOption(&option);
    // Only when short of room: the advance is rounded, and a text that fits exactly by the
    // button's own measure may not by elidedText()'s.
    if (width() < sizeHint().width()) {
        const int chrome = sizeHint().width() - fontMetrics().horizontalAdvance(text());
        option.text = fontMetrics().elidedText(text(), Qt::ElideMiddle, width() - chrome);
    }
    QStylePainter painter(this);
    painter.drawControl(QStyle::CE_PushButton, option);
}

} // namespace pw::gui
