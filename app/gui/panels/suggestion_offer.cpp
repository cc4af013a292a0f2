// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/panels/suggestion_offer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pw::gui {

SuggestionOffer::SuggestionOffer(const QString &source, QWidget *parent)
    : QWidget(parent), m_source(source), m_text(new QLabel(this)), m_use(new QPushButton(this))
{
    m_text->setTextFormat(Qt::PlainText);
    // Any width will do: the text is cut to fit rather than widening the panel.
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 8);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_use->setText(tr("Use"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_use);
    connect(m_use, &QPushButton::clicked, this, [this] { emit accepted(m_value); });
    hide();
}

void SuggestionOffer::setValue(const QString &value)
{
    m_value = value;
    // The narrow panel shows as much of the value as fits; where it comes from is the tooltip.
    m_text->setToolTip(tr("%1: “%2”").arg(m_source, value));
    m_use->setToolTip(m_text->toolTip());
    showText();
    setVisible(!value.isEmpty());
}

void SuggestionOffer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showText();
}

void SuggestionOffer::showText()
{
    m_text->setText(m_text->fontMetrics().elidedText(tr("“%1”").arg(m_value), Qt::ElideRight,
                                                     qMax(0, m_text->width())));
}

} // namespace pw::gui
