// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/settings/theme.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace pw::gui {

class Settings;

// View → Theme: one checkable action per theme. Choosing one changes the settings (which
// apply and store it); the tick follows every change of the settings, Preferences' too, so it
// always names the theme in use.
class ThemeMenu : public QObject {
    Q_OBJECT
public:
    // Fills `menu`, ticking the theme in force.
    ThemeMenu(QMenu *menu, Settings *settings, QObject *parent = nullptr);

    void setCurrent(Theme theme);
    QAction *action(Theme theme) const;

private:
    QActionGroup *m_group;
};

} // namespace pw::gui
