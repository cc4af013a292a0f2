// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pw::gui {

// A value the post does not have yet, offered under its field (“…”  [Use], where it comes
// from in the tooltip): hidden while there is nothing to offer; one click takes it.
class SuggestionOffer : public QWidget {
    Q_OBJECT
public:
    // `source` says where the value comes from ("From the first heading").
    SuggestionOffer(const QString &source, QWidget *parent = nullptr);

    // Empty hides the offer.
    void setValue(const QString &value);
    QString value() const { return m_value; }
    QPushButton *useButton() const { return m_use; }

signals:
    void accepted(const QString &value);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // One line, cut with "…" to the width there is: the whole text is the tooltip.
    void showText();

    QString m_source;
    QString m_value;
    QLabel *m_text;
    QPushButton *m_use;
};

} // namespace pw::gui
