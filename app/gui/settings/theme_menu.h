#pragma once

#include "gui/settings/theme.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace pw::gui {

// View → Theme: one checkable action per theme. Choosing one applies and stores it; the
// window calls setCurrent() when the theme changed elsewhere (Preferences), so the tick
// always names the theme in use.
class ThemeMenu : public QObject {
    Q_OBJECT
public:
    // Fills `menu`, ticking the stored theme.
    explicit ThemeMenu(QMenu *menu, QObject *parent = nullptr);

    void setCurrent(Theme theme);
    QAction *action(Theme theme) const;

private:
    QActionGroup *m_group;
};

} // namespace pw::gui
