// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace pw::gui {

// A push button that a narrow panel may make narrower than its text: the text is then
// shortened with "…" (and shown whole in the tooltip), where a plain QPushButton would
// insist on its full width and push the panel wider than its dock.
class ElidingButton : public QPushButton {
    Q_OBJECT
public:
    explicit ElidingButton(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace pw::gui
