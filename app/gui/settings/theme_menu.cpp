// SPDX-FileCopyrightText: 2026 The Postwright authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/theme_menu.h"

#include "gui/settings/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>

namespace pw::gui {

ThemeMenu::ThemeMenu(QMenu *menu, Settings *settings, QObject *parent)
    : QObject(parent), m_group(new QActionGroup(this))
{
    // In MainWindow's context, where these strings were first written and are translated;
    // spelled out in full so lupdate still finds them.
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, QCoreApplication::translate("pw::gui::MainWindow", "&System")},
        {Theme::Light, QCoreApplication::translate("pw::gui::MainWindow", "&Light")},
        {Theme::Dark, QCoreApplication::translate("pw::gui::MainWindow", "&Dark")}};
    for (const auto &[theme, label] : choices) {
        QAction *action =
            menu->addAction(label, this, [settings, theme] { settings->setTheme(theme); });
        action->setCheckable(true);
        action->setData(int(theme));
        m_group->addAction(action);
    }
    setCurrent(settings->values().theme);
    connect(settings, &Settings::changed, this,
            [this](const AppSettings &values) { setCurrent(values.theme); });
}

void ThemeMenu::setCurrent(Theme theme)
{
    if (QAction *chosen = action(theme))
        chosen->setChecked(true);
}

QAction *ThemeMenu::action(Theme theme) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toInt() == int(theme))
            return action;
    }
    return nullptr;
}

} // namespace pw::gui
