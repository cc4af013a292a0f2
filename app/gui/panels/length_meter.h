// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace pw::gui {

// A thin bar that shows a length against the bands a check uses (title pixels, description
// characters): the fill takes the colour of the band the value falls in, marks show the
// thresholds, and the figure is written beside it, so the number is never hidden in a colour.
class LengthMeter : public QWidget {
    Q_OBJECT
public:
    enum class Quality { Good, Ok, Bad };
    struct Band {
        double upTo; // the band covers values up to and including this
        Quality quality;
    };

    explicit LengthMeter(QWidget *parent = nullptr);

    void setScale(double maximum);
    void setBands(const QList<Band> &bands); // ascending; values above the last are Bad
    void setMarks(const QList<double> &marks);
    void setValue(double value, const QString &text);

    double value() const { return m_value; }
    QString text() const { return m_text; }
    Quality quality() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_maximum = 100;
    QList<Band> m_bands;
    QList<double> m_marks;
    double m_value = 0;
    QString m_text;
};

} // namespace pw::gui
