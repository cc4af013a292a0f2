// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settings.h"

namespace pw::gui {

Settings::Settings(QObject *parent) : QObject(parent), m_values(AppSettings::load()) {}

void Settings::change(const AppSettings &values)
{
    values.save();
    m_values = values;
    emit changed(m_values);
}

void Settings::setTheme(Theme theme)
{
    AppSettings values = m_values;
    values.theme = theme;
    change(values);
}

} // namespace pw::gui
