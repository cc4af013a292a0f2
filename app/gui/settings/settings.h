// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/settings/app_settings.h"

#include <QObject>

namespace pw::gui {

// The preferences of this editor instance: read from QSettings once, and changed only here, so
// every part of the window sees the same values and hears of a change at the same moment.
// Views, documents and menus apply what concerns them when `changed` arrives.
class Settings : public QObject {
    Q_OBJECT
public:
    explicit Settings(QObject *parent = nullptr);

    const AppSettings &values() const { return m_values; }
    // Stores `values` and announces them.
    void change(const AppSettings &values);
    // The theme alone (View → Theme), stored like the rest.
    void setTheme(Theme theme);

signals:
    void changed(const pw::gui::AppSettings &values);

private:
    AppSettings m_values;
};

} // namespace pw::gui
